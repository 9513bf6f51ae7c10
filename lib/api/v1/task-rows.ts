// A page of tasks for the API in one statement: the task, its plan, group and province task, its units
// and unit groups (json_agg). The ORM reads the same select as seven statements (one per relation),
// which on the path of every API request cost more than the data (docs/benchmarks.md, API v1).
// Shaped exactly as the ORM's result, so that toTaskRow (the one status and label rule) takes it.
import type { Db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { taskRowSelect } from "../../tasks/queries";

export const apiTaskSelect = {
  extensionCount: true,
  provinceTaskId: true,
  closedAt: true,
  updatedAt: true,
  plan: { select: { id: true, title: true, number: true } },
} as const;

export type ApiTaskRow = Prisma.TaskGetPayload<{ select: typeof taskRowSelect & typeof apiTaskSelect }>;

export async function readTaskRows(db: Db, communeId: string, ids: readonly string[]): Promise<ApiTaskRow[]> {
  if (!ids.length) return [];
  return db.$queryRaw<ApiTaskRow[]>`
    SELECT t.id, t.code, t.title, t.description, t."planId", t."deadlineKind", t."dueDate", t."originalDueDate",
      t."deadlineText", t."supportText", t."workStatus", t.progress, t."completedAt", t."lastUpdateAt",
      t."closedKind", t."closedReason", t."mandateVersion", t."extensionCount", t."provinceTaskId", t."closedAt", t."updatedAt",
      CASE WHEN pt.id IS NULL THEN NULL
        ELSE json_build_object('code', pt.code, 'plan', json_build_object('number', pp.number, 'title', pp.title)) END AS "provinceTask",
      CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('code', g.code, 'title', g.title) END AS "group",
      json_build_object('id', p.id, 'title', p.title, 'number', p.number) AS plan,
      COALESCE((
        SELECT json_agg(json_build_object('role', tu.role, 'viaGroupId', tu."viaGroupId",
                 'unit', json_build_object('id', u.id, 'name', u.name, 'shortName', u."shortName")) ORDER BY u."sortOrder", u.name, u.id)
        FROM "TaskUnit" tu JOIN "Unit" u ON u.id = tu."unitId" WHERE tu."taskId" = t.id), '[]'::json) AS units,
      COALESCE((
        SELECT json_agg(json_build_object('role', tg.role, 'group', json_build_object('id', ug.id, 'name', ug.name)) ORDER BY ug."sortOrder", ug.id)
        FROM "TaskUnitGroup" tg JOIN "UnitGroup" ug ON ug.id = tg."groupId" WHERE tg."taskId" = t.id), '[]'::json) AS "unitGroups"
    FROM "Task" t
    JOIN "Plan" p ON p.id = t."planId"
    LEFT JOIN "PlanGroup" g ON g.id = t."groupId"
    LEFT JOIN "ProvinceTask" pt ON pt.id = t."provinceTaskId"
    LEFT JOIN "ProvincePlan" pp ON pp.id = pt."planId"
    WHERE t."communeId" = ${communeId} AND t.id IN (${Prisma.join([...ids])})`;
}
