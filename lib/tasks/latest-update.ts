// The latest progress report of each task, as the task list's export and the API show it: when, by
// which unit, the progress it gave and the start of its result. A report returned for correction is
// not the latest word on a task, so it is left out (returning one touches Task.updatedAt, see
// lib/tasks/commands.ts returnUpdate, so the API's updatedSince sees the change).
import { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../db";

/** How much of a report's result a list shows; the task page has the whole text. */
export const SUMMARY_CHARS = 300;

export type LatestUpdate = { at: Date; unitName: string | null; progress: number; summary: string };

export function summaryOf(text: string): string {
  const t = text.trim();
  return t.length > SUMMARY_CHARS ? `${t.slice(0, SUMMARY_CHARS - 1)}…` : t;
}

/** One query for a page of tasks: task id → its latest progress report (absent when it has none). */
export async function latestUpdates(db: Db | Tx, communeId: string, taskIds: readonly string[]): Promise<Map<string, LatestUpdate>> {
  if (!taskIds.length) return new Map();
  const rows = await db.$queryRaw<{ taskId: string; createdAt: Date; unitName: string | null; progress: number; result: string }[]>`
    SELECT DISTINCT ON (u."taskId") u."taskId", u."createdAt", un.name AS "unitName", u.progress, u.result
    FROM "TaskUpdate" u LEFT JOIN "Unit" un ON un.id = u."unitId"
    WHERE u."communeId" = ${communeId} AND u."taskId" IN (${Prisma.join([...taskIds])})
      AND u.kind = 'PROGRESS' AND u."returnedAt" IS NULL
    ORDER BY u."taskId", u."createdAt" DESC, u.id DESC`;
  return new Map(
    rows.map((r) => [r.taskId, { at: r.createdAt, unitName: r.unitName, progress: r.progress, summary: summaryOf(r.result) }]),
  );
}
