// The working copy's tasks, grouped as the document groups them: code, wording, deadline, lead, the
// communes it goes to, and its state against the last publication (new, changed, withdrawn).
import { formatDateKey } from "@/lib/dates";
import type { WorkingCopyTask } from "@/lib/province-plans/queries";
import { DEADLINE_KIND_LABEL } from "@/lib/tasks/status-meta";
import { AuthoringRowEnd } from "./authoring-row-end";

type Props = {
  provinceId: string;
  planId: string;
  version: number;
  tasks: WorkingCopyTask[];
  communeNames: Map<string, string>;
  communeCount: number;
  /** The link that opens a task's form beside the table; null when the viewer only reads. */
  editHref: ((taskId: string) => string) | null;
};

export function targetsLabel(t: { targetAll: boolean; targetCommuneIds: string[] }, names: Map<string, string>, total: number) {
  if (t.targetAll) return `Tất cả xã, phường (${total})`;
  if (t.targetCommuneIds.length === 0) return "Không giao cho xã";
  return t.targetCommuneIds.map((id) => names.get(id) ?? "?").join(", ");
}

function groupsOf(tasks: WorkingCopyTask[]) {
  const groups: { key: string; title: string; tasks: WorkingCopyTask[] }[] = [];
  for (const t of tasks) {
    const key = t.groupCode ?? "";
    let g = groups.find((x) => x.key === key);
    if (!g) groups.push((g = { key, title: key ? `${key}. ${t.groupTitle ?? ""}` : "Nhiệm vụ chưa xếp nhóm", tasks: [] }));
    g.tasks.push(t);
  }
  return groups;
}

export function AuthoringTaskTable({ provinceId, planId, version, tasks, communeNames, communeCount, editHref }: Props) {
  return (
    <div className="divide-y divide-slate-200" data-testid="province-task-table">
      {groupsOf(tasks).map((g) => (
        <section key={g.key} aria-label={g.title}>
          <h3 className="bg-slate-50 px-4 py-2 text-sm font-semibold text-slate-800">{g.title}</h3>
          <ul className="divide-y divide-slate-100">
            {g.tasks.map((t) => (
              <li
                key={t.id}
                className={`px-4 py-3 text-sm ${t.withdrawn ? "bg-slate-50 text-slate-500" : ""}`}
                data-testid="province-task-row"
              >
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0 flex-1">
                    <p className={`font-medium ${t.withdrawn ? "line-through" : "text-slate-900"}`}>
                      <span className="mr-1 tabular-nums text-slate-500">{t.code}</span> {t.title}
                    </p>
                    <p className="mt-1 text-xs text-slate-600">
                      {t.deadlineKind === "FIXED" && t.dueDate ? `Hạn ${formatDateKey(t.dueDate)}` : DEADLINE_KIND_LABEL[t.deadlineKind]}
                      {t.deadlineText ? ` · “${t.deadlineText}”` : ""}
                      {t.leadText ? ` · Chủ trì: ${t.leadText}` : ""}
                    </p>
                    <p
                      className={`mt-1 text-xs ${!t.targetAll && t.targetCommuneIds.length === 0 ? "font-medium text-amber-800" : "text-slate-600"}`}
                    >
                      Giao cho: {targetsLabel(t, communeNames, communeCount)}
                      {t.adaptable ? " · xã được điều chỉnh nội dung" : ""}
                    </p>
                  </div>
                  <AuthoringRowEnd
                    provinceId={provinceId}
                    planId={planId}
                    version={version}
                    item={{ kind: "task", id: t.id, code: t.code }}
                    state={t}
                    editHref={editHref}
                  />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
