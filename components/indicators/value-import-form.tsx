"use client";
import { useState } from "react";
import { Alert, Field, Select, buttonClass, fileInputClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { importIndicatorValuesAction } from "@/lib/indicators/actions";
import type { ImportPlan, ImportRowKind } from "@/lib/indicators/value-import";
import { formatNumber, formatValue } from "@/lib/format/number";
import { routes } from "@/lib/routes";

const KIND: Record<ImportRowKind, { label: string; cls: string }> = {
  new: { label: "Mới", cls: "text-green-800" },
  correction: { label: "Điều chỉnh", cls: "text-amber-800" },
  unchanged: { label: "Không đổi", cls: "text-slate-500" },
  error: { label: "Lỗi", cls: "text-red-700 font-semibold" },
};

type Result = ImportPlan & { applied: boolean; written: number };

/**
 * Upload → preview (nothing written) → confirm. The confirm step sends the same file again: the
 * server re-reads and re-checks it, so what is written is what the preview showed, checked against
 * the data as it is at that moment.
 */
export function ValueImportForm({ communeId, plans }: { communeId: string; plans: { id: string; title: string }[] }) {
  const [planId, setPlanId] = useState(plans[0]?.id ?? "");
  const [formKey, setFormKey] = useState(0);
  const { state, submitForm, pending, setState } = useFormAction<Result>(importIndicatorValuesAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const plan: ImportPlan | null = state?.ok ? state.data : state && !state.ok && state.details?.rows ? (state.details as ImportPlan) : null;
  const applied = state?.ok && state.data.applied;

  function send(form: HTMLFormElement, mode: "preview" | "apply") {
    const data = new FormData(form);
    data.set("mode", mode);
    submitForm(data);
  }

  return (
    <form
      key={formKey}
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send(e.currentTarget, "preview");
      }}
      data-testid="value-import-form"
    >
      <input type="hidden" name="communeId" value={communeId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kế hoạch" name="planId">
          <Select
            name="planId"
            value={planId}
            onChange={(e) => (setPlanId(e.target.value), setState(null))}
            options={plans.map((p) => [p.id, p.title])}
          />
        </Field>
        <Field label="Tệp số liệu (.xlsx hoặc .csv, tối đa 5 MB)" name="file" errors={errors?.file}>
          <input id="file" name="file" type="file" accept=".xlsx,.csv" onChange={() => setState(null)} className={fileInputClass} />
        </Field>
      </div>
      <p className="text-sm text-slate-600">
        Mỗi dòng một chỉ tiêu và một kỳ: Mã chỉ tiêu, Kỳ (ví dụ 11/2025 hoặc Tuần 47/2025), Giá trị hoặc Tử số và Mẫu số, Nguồn.{" "}
        {/* A plain link: a file, not a page (a client-side navigation to it breaks the form). */}
        <a href={routes.commune(communeId).indicatorTemplate(planId)} download className="text-brand-800 underline">
          Tải tệp mẫu của kế hoạch
        </a>
      </p>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {applied ? (
        <Alert tone="success">
          Đã nhập {state.data.written} số liệu ({state.data.counts.new} mới, {state.data.counts.correction} điều chỉnh,{" "}
          {state.data.counts.unchanged} không đổi).
        </Alert>
      ) : null}
      {plan ? <PreviewTable plan={plan} /> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {pending ? "Đang đọc tệp…" : "Kiểm tra tệp"}
        </button>
        {state?.ok && !applied && plan && plan.counts.error === 0 && plan.counts.new + plan.counts.correction > 0 ? (
          <button type="button" className={buttonClass.primary} disabled={pending} onClick={(e) => send(e.currentTarget.form!, "apply")}>
            Nhập {plan.counts.new + plan.counts.correction} số liệu
          </button>
        ) : null}
        {applied ? (
          <button type="button" className={buttonClass.secondary} onClick={() => (setState(null), setFormKey((k) => k + 1))}>
            Nhập tệp khác
          </button>
        ) : null}
      </div>
    </form>
  );
}

function PreviewTable({ plan }: { plan: ImportPlan }) {
  const { counts } = plan;
  return (
    <div className="rounded-md border border-slate-200">
      <p className="border-b border-slate-200 px-3 py-2 text-sm" role="status">
        {plan.rows.length} dòng: {counts.new} mới, {counts.correction} điều chỉnh, {counts.unchanged} không đổi,{" "}
        <span className={counts.error ? "font-semibold text-red-700" : ""}>{counts.error} lỗi</span>
        {counts.error ? " — sửa các dòng lỗi trong tệp rồi kiểm tra lại; chưa có gì được ghi." : ""}
      </p>
      <Table minWidth={760}>
        <TableHead columns={["Dòng", "Chỉ tiêu", "Kỳ", ["Giá trị", "text-right"], ["Trước đó", "text-right"], "Kết quả kiểm tra"]} />
        <TableBody>
          {plan.rows.map((r) => (
            <tr key={r.line} data-testid="import-row" data-kind={r.kind}>
              <Td className="tabular-nums">{r.line}</Td>
              <Td>
                <div className="font-medium">{r.indicator}</div>
                {r.indicatorName ? <div className="text-xs text-slate-500">{r.indicatorName}</div> : null}
              </Td>
              <Td className="whitespace-nowrap">{r.periodLabel ?? r.period}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                {r.value !== null ? formatValue(r.value, r.unit ?? "COUNT") : "—"}
                {r.numerator !== null ? (
                  <div className="text-xs text-slate-500">{`${formatNumber(r.numerator)}/${formatNumber(r.denominator ?? 0)}`}</div>
                ) : null}
              </Td>
              <Td className="text-right tabular-nums text-slate-500">
                {r.previous !== null ? formatValue(r.previous, r.unit ?? "COUNT") : "—"}
              </Td>
              <Td>
                <span className={KIND[r.kind].cls}>{KIND[r.kind].label}</span>
                {r.errors.length ? (
                  <ul className="text-xs text-red-700">
                    {r.errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                ) : null}
              </Td>
            </tr>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
