"use client";
// Mẫu đơn vị: the units every new commune starts with, edited as a list (add, edit, remove, move)
// and saved as a whole by one action. A ward takes "Tên ở phường" when it is set.
import { useState } from "react";
import { Alert, Select, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveUnitTemplateAction } from "@/lib/tenants/actions";
import { TEMPLATE_UNIT_KIND_LABEL, TEMPLATE_UNIT_KINDS } from "@/lib/tenants/schemas";

type Entry = { key: number; name: string; wardName: string; shortName: string; kind: (typeof TEMPLATE_UNIT_KINDS)[number] };
type Initial = { name: string; wardName: string | null; shortName: string | null; kind: string };

const cell = "block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export function UnitTemplateEditor({ initial }: { initial: Initial[] }) {
  const [entries, setEntries] = useState<Entry[]>(() =>
    initial.map((e, i) => ({
      key: i,
      name: e.name,
      wardName: e.wardName ?? "",
      shortName: e.shortName ?? "",
      kind: (TEMPLATE_UNIT_KINDS as readonly string[]).includes(e.kind) ? (e.kind as Entry["kind"]) : "OTHER",
    })),
  );
  const [nextKey, setNextKey] = useState(initial.length);
  const { state, onSubmit, pending } = useFormAction(saveUnitTemplateAction);
  const errors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];

  const change = (key: number, patch: Partial<Entry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  const move = (i: number, by: -1 | 1) =>
    setEntries((list) => {
      const j = i + by;
      if (j < 0 || j >= list.length) return list;
      const copy = [...list];
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      return copy;
    });

  const payload = JSON.stringify(entries.map(({ name, wardName, shortName, kind }) => ({ name, wardName, shortName, kind })));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="entries" value={payload} />
      {state && !state.ok ? (
        <Alert tone="error">
          {state.message}
          {errors.length ? (
            <ul className="mt-1 list-disc pl-5">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {state?.ok ? <Alert tone="success">Đã lưu mẫu ({state.data.count} đơn vị). Xã, phường tạo từ nay dùng mẫu này.</Alert> : null}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[860px] text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th className="px-2 py-2">Thứ tự</th>
              <th className="px-2 py-2">Tên đơn vị</th>
              <th className="px-2 py-2">Tên ở phường (nếu khác)</th>
              <th className="px-2 py-2">Tên viết tắt</th>
              <th className="px-2 py-2">Loại</th>
              <th className="px-2 py-2" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((e, i) => (
              <tr key={e.key} data-testid="template-row">
                <td className="px-2 py-2 tabular-nums">{i + 1}</td>
                <td className="px-2 py-2">
                  <input
                    aria-label={`Tên đơn vị ${i + 1}`}
                    className={cell}
                    value={e.name}
                    onChange={(ev) => change(e.key, { name: ev.target.value })}
                  />
                </td>
                <td className="px-2 py-2">
                  <input
                    aria-label={`Tên ở phường ${i + 1}`}
                    className={cell}
                    value={e.wardName}
                    onChange={(ev) => change(e.key, { wardName: ev.target.value })}
                  />
                </td>
                <td className="px-2 py-2">
                  <input
                    aria-label={`Tên viết tắt ${i + 1}`}
                    className={cell}
                    value={e.shortName}
                    onChange={(ev) => change(e.key, { shortName: ev.target.value })}
                  />
                </td>
                <td className="px-2 py-2">
                  <Select
                    name={`kind-${e.key}`}
                    aria-label={`Loại ${i + 1}`}
                    value={e.kind}
                    onChange={(ev) => change(e.key, { kind: ev.target.value as Entry["kind"] })}
                    options={TEMPLATE_UNIT_KINDS.map((k) => [k, TEMPLATE_UNIT_KIND_LABEL[k]] as const)}
                  />
                </td>
                <td className="whitespace-nowrap px-2 py-2">
                  <button
                    type="button"
                    className="px-1 text-slate-600 disabled:opacity-30"
                    onClick={() => move(i, -1)}
                    disabled={i === 0}
                    aria-label={`Đưa ${e.name || "dòng"} lên`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="px-1 text-slate-600 disabled:opacity-30"
                    onClick={() => move(i, 1)}
                    disabled={i === entries.length - 1}
                    aria-label={`Đưa ${e.name || "dòng"} xuống`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="ml-2 text-red-700 hover:underline"
                    onClick={() => setEntries((list) => list.filter((x) => x.key !== e.key))}
                  >
                    Xóa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => {
            setEntries((list) => [...list, { key: nextKey, name: "", wardName: "", shortName: "", kind: "OFFICE" }]);
            setNextKey((k) => k + 1);
          }}
        >
          Thêm đơn vị
        </button>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu mẫu"}
        </button>
      </div>
    </form>
  );
}
