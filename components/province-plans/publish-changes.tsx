// The changes of a version (or those waiting to be published), grouped as a commune's standing office
// would read them: new, changed (wording, deadline, communes), withdrawn, given back.
import type { PlanChange } from "@/lib/province-plans/types";

const GROUPS: { title: string; match: (c: PlanChange) => boolean; tone: string }[] = [
  { title: "Mới", match: (c) => c.kinds.includes("NEW"), tone: "border-green-300" },
  {
    title: "Thay đổi",
    match: (c) => c.kinds.some((k) => k === "WORDING" || k === "DEADLINE" || k === "TARGETS"),
    tone: "border-amber-300",
  },
  { title: "Rút", match: (c) => c.kinds.includes("WITHDRAWN"), tone: "border-red-300" },
  { title: "Giao lại", match: (c) => c.kinds.includes("RESTORED"), tone: "border-blue-300" },
];

export function ChangeList({ changes }: { changes: readonly PlanChange[] }) {
  return (
    <div className="grid gap-4">
      {GROUPS.map((g) => {
        const lines = changes.filter(g.match);
        if (lines.length === 0) return null;
        return (
          <section key={g.title} aria-label={g.title}>
            <h3 className="text-sm font-semibold text-slate-800">
              {g.title} ({lines.length})
            </h3>
            <ul className="mt-1 grid gap-1.5">
              {lines.map((c) => (
                <li key={`${c.item}-${c.id}`} className={`border-l-4 ${g.tone} bg-slate-50 px-3 py-1.5 text-sm`}>
                  <span className="font-medium text-slate-900">
                    {c.item === "TASK" ? "Nhiệm vụ" : "Chỉ tiêu"} {c.code}. {c.title}
                  </span>
                  {c.details.map((d) => (
                    <span key={d} className="block text-slate-600">
                      {d}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
