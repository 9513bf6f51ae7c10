// What the last version of a province plan changed for this commune: new, changed (wording, deadline,
// targets), withdrawn, each with its details and the province's note.
import Link from "next/link";
import type { ChangeKind, CommuneChange } from "@/lib/province-plans/types";
import { routes } from "@/lib/routes";

const KIND: Record<ChangeKind, { label: string; cls: string }> = {
  NEW: { label: "Mới", cls: "bg-green-100 text-green-800" },
  WORDING: { label: "Sửa nội dung", cls: "bg-amber-100 text-amber-900" },
  DEADLINE: { label: "Đổi thời hạn", cls: "bg-amber-100 text-amber-900" },
  TARGETS: { label: "Đổi phạm vi", cls: "bg-amber-100 text-amber-900" },
  WITHDRAWN: { label: "Rút", cls: "bg-red-100 text-red-800" },
  RESTORED: { label: "Khôi phục", cls: "bg-sky-100 text-sky-900" },
};

export function PlanChanges({ communeId, changes }: { communeId: string; changes: CommuneChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-600">Phiên bản này không thay đổi gì với xã/phường.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="mandate-changes">
      {changes.map((c) => (
        <li key={`${c.item}-${c.id}`} className="py-2" data-change={c.kinds.join(" ")}>
          {c.kinds.map((k) => (
            <span key={k} className={`mr-1 rounded px-1.5 py-0.5 text-[11px] font-semibold ${KIND[k].cls}`}>
              {KIND[k].label}
            </span>
          ))}
          <b className="ml-1">{c.code}</b>{" "}
          {c.taskId ? (
            <Link href={routes.commune(communeId).task(c.taskId)} className="text-brand-700 hover:underline">
              {c.title}
            </Link>
          ) : (
            c.title
          )}
          {c.item === "INDICATOR" ? <span className="ml-1 text-xs text-slate-500">(chỉ tiêu)</span> : null}
          {c.details.length > 0 ? (
            <ul className="mt-1 list-disc pl-6 text-xs text-slate-700">
              {c.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
          {c.note ? <p className="mt-1 text-xs italic text-slate-600">Ghi chú của tỉnh: {c.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
