// Search and filters of the task lists (Nhiệm vụ của tôi / Nhiệm vụ), read from the URL.
import { foldText } from "../import/text";
import { DEADLINE_STATUSES, type DeadlineStatus } from "./deadline-status";

export type TaskFilters = { q: string; planId: string; group: string; status: DeadlineStatus | ""; role: "LEAD" | "SUPPORT" | "" };

type Filterable = {
  code: string;
  title: string;
  description: string;
  planId: string;
  group: { code: string } | null;
  status: DeadlineStatus;
  role?: "LEAD" | "SUPPORT";
};

export function readTaskFilters(params: Record<string, string | string[] | undefined>): TaskFilters {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 200) ?? "";
  };
  const status = one("trang-thai");
  const role = one("vai-tro");
  return {
    q: one("q"),
    planId: one("ke-hoach"),
    group: one("nhom"),
    status: (DEADLINE_STATUSES as readonly string[]).includes(status) ? (status as DeadlineStatus) : "",
    role: role === "LEAD" || role === "SUPPORT" ? role : "",
  };
}

export function filterTasks<T extends Filterable>(rows: T[], f: TaskFilters): T[] {
  const words = foldText(f.q).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.planId && r.planId !== f.planId) return false;
    if (f.group && r.group?.code !== f.group) return false;
    if (f.status && r.status !== f.status) return false;
    if (f.role && r.role !== f.role) return false;
    if (words.length) {
      const hay = foldText(`${r.code} ${r.title} ${r.description}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** Most urgent first: the order of DEADLINE_STATUSES, then by due date, then by code. */
export function sortByUrgency<T extends { status: DeadlineStatus; dueDate: Date | null; code: string }>(rows: T[]): T[] {
  const rank = (s: DeadlineStatus) => DEADLINE_STATUSES.indexOf(s);
  return [...rows].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      (a.dueDate?.getTime() ?? Infinity) - (b.dueDate?.getTime() ?? Infinity) ||
      a.code.localeCompare(b.code, "vi", { numeric: true }),
  );
}
