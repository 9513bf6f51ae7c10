import "server-only";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { DEADLINE_STATUSES, deadlineStatusOf, type DeadlineStatus } from "./deadline-status";
import { COUNTED_TASK, countedTaskOfPlanSql } from "../plans/active";
import { readTaskRowsWhere } from "./task-rows";
import { sideLabel, viewAssignment } from "./assignment";

const taskRowSelect = {
  id: true,
  code: true,
  title: true,
  description: true,
  planId: true,
  deadlineKind: true,
  dueDate: true,
  /** Set once the deadline was extended: the first deadline ("Đã gia hạn"). */
  originalDueDate: true,
  deadlineText: true,
  supportText: true,
  workStatus: true,
  progress: true,
  completedAt: true,
  lastUpdateAt: true,
  /** Closed ("không phát sinh", withdrawn by the province): still shown on the plan and task pages, with a badge. */
  closedKind: true,
  closedReason: true,
  /** Handed down by the province ("Tỉnh giao"): its plan and the version applied. */
  mandateVersion: true,
  provinceTask: { select: { code: true, plan: { select: { number: true, title: true } } } },
  group: { select: { code: true, title: true } },
  plan: { select: { title: true, number: true } },
  // In the commune's unit order, so that "Chủ trì"/"Phối hợp" read the same on every page (the
  // one-statement lists of lib/tasks/task-rows.ts order them so too).
  units: {
    select: { role: true, viaGroupId: true, unit: { select: { id: true, name: true, shortName: true } } },
    orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }, { unitId: "asc" }, { role: "asc" }],
  },
  unitGroups: { select: { role: true, group: { select: { id: true, name: true } } }, orderBy: { group: { sortOrder: "asc" } } },
} satisfies Prisma.TaskSelect;

type TaskRowDb = Prisma.TaskGetPayload<{ select: typeof taskRowSelect }>;

export type TaskRow = Omit<TaskRowDb, "units" | "unitGroups"> & {
  status: DeadlineStatus;
  /** Every lead unit, members of a lead group included (who reports, whose list shows the task). */
  leadUnits: { id: string; name: string; shortName: string | null }[];
  supportUnits: { id: string; name: string; shortName: string | null }[];
  /** What the lead column shows: "Các phòng chuyên môn thuộc UBND phường; Công an phường". */
  leadLabel: string;
  supportLabel: string;
};

export function toTaskRow(t: TaskRowDb, now: Date): TaskRow {
  const { units, unitGroups, ...rest } = t;
  const view = viewAssignment(units, unitGroups);
  const byId = new Map(units.map((u) => [u.unit.id, u.unit]));
  const pick = (ids: string[]) => [...new Set(ids)].map((id) => byId.get(id)!);
  return {
    ...rest,
    status: deadlineStatusOf(t, now),
    leadUnits: pick(view.leadUnitIds),
    supportUnits: pick(view.supportUnitIds),
    leadLabel: sideLabel(view.lead),
    supportLabel: sideLabel(view.support),
  };
}

export { taskRowSelect };

/** A unit's own part of a group-led task, as its list shows it beside the task's overall state (read by lib/tasks/task-rows.ts). */
export type OwnPart = Prisma.TaskPartGetPayload<{
  select: { workStatus: true; progress: true; lastUpdateAt: true; notApplicableReason: true };
}>;

/** A row of a task list: the viewer unit's role and own part (its list), or the members that said "không phát sinh" (the commune's list). */
export type ListedTask = TaskRow & { role?: "LEAD" | "SUPPORT"; part?: OwnPart | null; notApplicable?: string[] };

/** Tasks of a commune where `unitId` leads or helps; `role` says which, `part` is the unit's own part when the task has parts. */
export async function listUnitTasks(communeId: string, unitId: string, now = new Date()) {
  // One statement (lib/tasks/task-rows.ts): this list is what every unit's staff opens first.
  const tasks = await readTaskRowsWhere(
    getDb(),
    communeId,
    Prisma.sql`${countedTaskOfPlanSql(Prisma.sql`t`, Prisma.sql`p`)}
      AND EXISTS (SELECT 1 FROM "TaskUnit" x WHERE x."taskId" = t.id AND x."unitId" = ${unitId} AND x."communeId" = ${communeId})`,
    unitId,
  );
  return tasks.map(({ part, ...t }) => {
    const row = toTaskRow(t, now);
    const role: "LEAD" | "SUPPORT" = row.leadUnits.some((u) => u.id === unitId) ? "LEAD" : "SUPPORT";
    return { ...row, role, part: part ?? null };
  });
}

/** Every task still carried out (active plans, not closed); `notApplicable` names the member units that said "không phát sinh" (for the standing office). */
export async function listCommuneTasks(communeId: string, now = new Date()) {
  const tasks = await getDb().task.findMany({
    where: { communeId, ...COUNTED_TASK },
    select: {
      ...taskRowSelect,
      parts: { where: { communeId, notApplicableReason: { not: null } }, select: { unit: { select: { name: true } } } },
    },
    orderBy: [{ planId: "asc" }, { sortOrder: "asc" }],
  });
  return tasks.map(({ parts, ...t }) => ({ ...toTaskRow(t, now), notApplicable: parts.map((p) => p.unit.name) }));
}

/** Rows grouped by category in the order of urgency (DEADLINE_STATUSES). */
export function countByStatus(rows: { status: DeadlineStatus }[]): Record<DeadlineStatus, number> {
  const counts = Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, 0])) as Record<DeadlineStatus, number>;
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

export async function getUnitName(communeId: string, unitId: string): Promise<string | null> {
  const unit = await getDb().unit.findFirst({ where: { id: unitId, communeId }, select: { name: true } });
  return unit?.name ?? null;
}
