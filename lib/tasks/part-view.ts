// The rows of "Phần việc của các đơn vị" on a group-led task's page: each member unit's own state
// judged by the same official categories as a task (its deadline is the task's), pure so that the
// page only renders.
import { deadlineStatusOf, type DeadlineStatus, type TaskTiming } from "./deadline-status";

type PartDb = {
  id: string;
  unitId: string;
  unit: { name: string };
  workStatus: TaskTiming["workStatus"];
  progress: number;
  completedAt: Date | null;
  lastUpdateAt: Date | null;
  notApplicableReason: string | null;
  notApplicableAt: Date | null;
  notApplicableById: string | null;
  version: number;
};

export type TaskPartRow = {
  id: string;
  unitId: string;
  unitName: string;
  workStatus: TaskTiming["workStatus"];
  progress: number;
  completedAt: Date | null;
  lastUpdateAt: Date | null;
  version: number;
  /** The official category of this unit's part; null when it said "không phát sinh". */
  status: DeadlineStatus | null;
  notApplicable: { reason: string; at: Date | null; by: string | null } | null;
};

export function taskPartRows(
  task: Pick<TaskTiming, "deadlineKind" | "dueDate">,
  parts: readonly PartDb[],
  userNames: ReadonlyMap<string, string>,
  now: Date,
): TaskPartRow[] {
  return parts.map((p) => ({
    id: p.id,
    unitId: p.unitId,
    unitName: p.unit.name,
    workStatus: p.workStatus,
    progress: p.progress,
    completedAt: p.completedAt,
    lastUpdateAt: p.lastUpdateAt,
    version: p.version,
    status: p.notApplicableReason ? null : deadlineStatusOf({ ...task, ...p }, now),
    notApplicable: p.notApplicableReason
      ? {
          reason: p.notApplicableReason,
          at: p.notApplicableAt,
          by: p.notApplicableById ? (userNames.get(p.notApplicableById) ?? null) : null,
        }
      : null,
  }));
}
