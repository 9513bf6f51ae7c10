// "What a unit still has open in a period" (issue 18 §2), the one rule the confirmation page, the
// submission table, confirmReported, closePeriod and the scheduled cut-off reminder
// (lib/jobs/rules/period-cutoff.ts) all ask. Kept apart from the actions in ./close-period.ts so that
// the job worker and `npm run jobs` can read it without loading the report compiler (server-only).
import { localDayStart } from "../dates";
import type { Tx } from "../db";
import type { WorkStatus } from "../generated/prisma/enums";
import type { ReportPeriod } from "./periods";

/** The notification topic of a reminder: lets the page show when a unit was last reminded. */
export const reminderTopic = (planId: string, periodKey: string, unitId: string) => `remind:${planId}:${periodKey}:${unitId}`;

export type LastReport = { createdAt: Date; result: string; author: string; unchanged: boolean; onBehalf: boolean };

/** Something a lead unit answers for in a period: a task it leads, or on a group task its own part. */
export type OpenItem = {
  unitId: string;
  taskId: string;
  code: string;
  title: string;
  /** The unit's own part of a task led by a unit group. */
  part: boolean;
  workStatus: WorkStatus;
  progress: number;
  completedAt: Date | null;
  /** Of the part on a group task, of the task otherwise: what a report must name. */
  version: number;
  /** The latest progress report since the period began (on a part: the unit's own), null when none. */
  updatedAt: Date | null;
  /** The latest progress report at all (on a part: the unit's own). */
  last: LastReport | null;
};

type LinkRow = {
  unitId: string;
  task: {
    id: string;
    code: string;
    title: string;
    sortOrder: number;
    workStatus: WorkStatus;
    progress: number;
    completedAt: Date | null;
    version: number;
    parts: {
      unitId: string;
      workStatus: WorkStatus;
      progress: number;
      completedAt: Date | null;
      version: number;
      notApplicableReason: string | null;
    }[];
  };
};
type UpdateRow = LastReport & { taskId: string; unitId: string | null };

/**
 * The pure rule. A task without parts is open for each lead unit while it is not done, and counts as
 * reported in the period when anyone reported its progress since the period began (the task is
 * one). A task with parts is open for a lead unit while the unit's own part is neither done nor
 * "không phát sinh", and counts as reported only with that unit's own report (members answer each
 * for their part).
 */
export function decideOpenItems(links: readonly LinkRow[], updates: readonly UpdateRow[], periodStart: Date): OpenItem[] {
  const latest = (rows: UpdateRow[]) => rows.reduce<UpdateRow | null>((a, b) => (!a || b.createdAt > a.createdAt ? b : a), null);
  const byTask = new Map<string, UpdateRow[]>();
  for (const u of updates) byTask.set(u.taskId, [...(byTask.get(u.taskId) ?? []), u]);
  const items: OpenItem[] = [];
  for (const { unitId, task } of [...links].sort((a, b) => a.task.sortOrder - b.task.sortOrder)) {
    const isGroupTask = task.parts.length > 0;
    const part = task.parts.find((p) => p.unitId === unitId);
    const state = isGroupTask ? part : task;
    if (!state || state.workStatus === "DONE" || (part && part.notApplicableReason)) continue;
    const own = (byTask.get(task.id) ?? []).filter((u) => !isGroupTask || u.unitId === unitId);
    const last = latest(own);
    const inPeriod = latest(own.filter((u) => u.createdAt >= periodStart));
    items.push({
      unitId,
      taskId: task.id,
      code: task.code,
      title: task.title,
      part: isGroupTask,
      workStatus: state.workStatus,
      progress: state.progress,
      completedAt: state.completedAt,
      version: state.version,
      updatedAt: inPeriod?.createdAt ?? null,
      last: last && {
        createdAt: last.createdAt,
        result: last.result,
        author: last.author,
        unchanged: last.unchanged,
        onBehalf: last.onBehalf,
      },
    });
  }
  return items;
}

/** The open items of the plan's lead units in the period (of `unitIds` only, when given), in the plan's order. */
export async function openItems(
  tx: Tx,
  communeId: string,
  planId: string,
  period: Pick<ReportPeriod, "start">,
  unitIds?: readonly string[],
) {
  const links = await tx.taskUnit.findMany({
    where: { communeId, role: "LEAD", task: { planId, closedKind: null }, ...(unitIds ? { unitId: { in: [...unitIds] } } : {}) },
    select: {
      unitId: true,
      task: {
        select: {
          id: true,
          code: true,
          title: true,
          sortOrder: true,
          workStatus: true,
          progress: true,
          completedAt: true,
          version: true,
          parts: {
            select: { unitId: true, workStatus: true, progress: true, completedAt: true, version: true, notApplicableReason: true },
          },
        },
      },
    },
  });
  // The latest report of each task and unit is all the rule reads.
  const updates = await tx.taskUpdate.findMany({
    where: { communeId, kind: "PROGRESS", taskId: { in: [...new Set(links.map((l) => l.task.id))] } },
    orderBy: { createdAt: "desc" },
    distinct: ["taskId", "unitId"],
    select: {
      taskId: true,
      unitId: true,
      createdAt: true,
      result: true,
      unchanged: true,
      onBehalf: true,
      author: { select: { fullName: true } },
    },
  });
  return decideOpenItems(
    links,
    updates.map(({ author, ...u }) => ({ ...u, author: author.fullName })),
    localDayStart(period.start),
  );
}
