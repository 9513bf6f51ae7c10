import { Card, CardHeader } from "@/components/ui/card";
import type { TaskChange } from "@/lib/import/reimport";

/** What re-importing the document would change in the existing plan. */
export function ReimportPreview({ title, changes }: { title: string; changes: TaskChange[] }) {
  const count = (k: TaskChange["kind"]) => changes.filter((c) => c.kind === k).length;
  return (
    <Card className="mb-5 border-amber-300">
      <CardHeader
        title={`Thay đổi so với kế hoạch hiện có: ${title}`}
        description={`${count("changed")} nhiệm vụ thay đổi, ${count("added")} nhiệm vụ mới, ${count("removed")} nhiệm vụ không còn trong văn bản (được giữ nguyên cùng lịch sử)${count("mandated") ? `, ${count("mandated")} nhiệm vụ do tỉnh giao được giữ nguyên (văn bản của xã không sửa được)` : ""}.`}
      />
      {changes.length === 0 ? (
        <p className="px-4 py-4 text-sm text-slate-600">Văn bản không thay đổi nhiệm vụ nào.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="reimport-changes">
          {changes.map((c) => (
            <li key={`${c.kind}-${c.code}`} className="px-4 py-2.5 sm:px-5" data-change={c.kind}>
              <span
                className={`mr-2 rounded px-1.5 py-0.5 text-[11px] font-semibold ${
                  c.kind === "added"
                    ? "bg-green-100 text-green-800"
                    : c.kind === "removed"
                      ? "bg-red-100 text-red-800"
                      : c.kind === "mandated"
                        ? "bg-sky-100 text-sky-900"
                        : "bg-amber-100 text-amber-900"
                }`}
              >
                {c.kind === "added"
                  ? "Mới"
                  : c.kind === "removed"
                    ? "Không còn"
                    : c.kind === "mandated"
                      ? "Tỉnh giao, giữ nguyên"
                      : "Thay đổi"}
              </span>
              <b>{c.code}</b> {c.title}
              {c.kind === "changed" ? (
                <ul className="mt-1 list-disc pl-6 text-xs text-slate-700">
                  {c.fields.map((f) => (
                    <li key={f.label}>
                      {f.label}: <span className="line-through decoration-red-400">{f.before || "(trống)"}</span> → {f.after || "(trống)"}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
