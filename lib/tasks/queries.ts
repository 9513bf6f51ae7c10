import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { DEADLINE_STATUSES, deadlineStatusOf, type DeadlineStatus } from "./deadline-status";
import { IN_ACTIVE_PLAN } from "../plans/active";

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
  group: { select: { code: true, title: true } },
  plan: { select: { title: true, number: true } },
  units: { select: { role: true, unit: { select: { id: true, name: true, shortName: true } } } },
} satisfies Prisma.TaskSelect;

type TaskRowDb = Prisma.TaskGetPayload<{ select: typeof taskRowSelect }>;

export type TaskRow = Omit<TaskRowDb, "units"> & {
  status: DeadlineStatus;
  leadUnits: { id: string; name: string; shortName: string | null }[];
  supportUnits: { id: string; name: string; shortName: string | null }[];
};

export function toTaskRow(t: TaskRowDb, now: Date): TaskRow {
  const { units, ...rest } = t;
  return {
    ...rest,
    status: deadlineStatusOf(t, now),
    leadUnits: units.filter((u) => u.role === "LEAD").map((u) => u.unit),
    supportUnits: units.filter((u) => u.role === "SUPPORT").map((u) => u.unit),
  };
}

export { taskRowSelect };

/** Tasks of a commune where `unitId` leads or helps; `role` says which. */
export async function listUnitTasks(communeId: string, unitId: string, now = new Date()) {
  const tasks = await getDb().task.findMany({
    where: { communeId, ...IN_ACTIVE_PLAN, units: { some: { unitId, communeId } } },
    select: taskRowSelect,
    orderBy: [{ planId: "asc" }, { sortOrder: "asc" }],
  });
  return tasks.map((t) => {
    const row = toTaskRow(t, now);
    const role: "LEAD" | "SUPPORT" = row.leadUnits.some((u) => u.id === unitId) ? "LEAD" : "SUPPORT";
    return { ...row, role };
  });
}

export async function listCommuneTasks(communeId: string, now = new Date()) {
  const tasks = await getDb().task.findMany({
    where: { communeId, ...IN_ACTIVE_PLAN },
    select: taskRowSelect,
    orderBy: [{ planId: "asc" }, { sortOrder: "asc" }],
  });
  return tasks.map((t) => toTaskRow(t, now));
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
