// Task rows (taskRowSelect's shape) in one statement: the task, its plan, group and province task,
// its units and unit groups as json_agg. The ORM reads the same select as one statement per relation
// (ten for "Nhiệm vụ của tôi"), which cost more than the data on the pages opened most
// (docs/benchmarks.md, ORM/raw ratio). Shaped exactly as the ORM's result, so that toTaskRow (the one
// status and label rule) takes it. The province task is a correlated subquery rather than two more
// LEFT JOINs, and listUnitTasks tests the joined plan rather than an EXISTS on Plan: together about a
// quarter faster on the benchmark's data (ORM/raw 2.3 → 1.7 on a busy machine).
import "server-only";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { OwnPart, taskRowSelect } from "./queries";

type TaskRowDb = Prisma.TaskGetPayload<{ select: typeof taskRowSelect }>;

/** The units of task `t` (an alias), as taskRowSelect's `units`, in its order (the commune's unit order). */
const taskUnitsJson = Prisma.sql`COALESCE((
  SELECT json_agg(json_build_object('role', tu.role, 'viaGroupId', tu."viaGroupId",
           'unit', json_build_object('id', u.id, 'name', u.name, 'shortName', u."shortName")) ORDER BY u."sortOrder", u.name, tu."unitId", tu.role)
  FROM "TaskUnit" tu JOIN "Unit" u ON u.id = tu."unitId" WHERE tu."taskId" = t.id), '[]'::json)`;

/** The unit groups of task `t`, in the groups' order (taskRowSelect's orderBy). */
const taskUnitGroupsJson = Prisma.sql`COALESCE((
  SELECT json_agg(json_build_object('role', tg.role, 'group', json_build_object('id', ug.id, 'name', ug.name)) ORDER BY ug."sortOrder", ug.id)
  FROM "TaskUnitGroup" tg JOIN "UnitGroup" ug ON ug.id = tg."groupId" WHERE tg."taskId" = t.id), '[]'::json)`;

type PartJson = Omit<OwnPart, "lastUpdateAt"> & { lastUpdateAt: string | null };

/**
 * The commune's tasks matching `where` (SQL on the aliases t = Task, p = Plan), in the plan's order;
 * with `partOf`, each row's `part` is that unit's own part of the task (or null).
 */
export async function readTaskRowsWhere(
  db: Db,
  communeId: string,
  where: Prisma.Sql,
  partOf?: string,
): Promise<(TaskRowDb & { part?: OwnPart | null })[]> {
  const part = partOf
    ? Prisma.sql`, (SELECT json_build_object('workStatus', tp."workStatus", 'progress', tp.progress, 'lastUpdateAt', tp."lastUpdateAt",
                     'notApplicableReason', tp."notApplicableReason")
              FROM "TaskPart" tp WHERE tp."taskId" = t.id AND tp."unitId" = ${partOf} AND tp."communeId" = ${communeId}) AS part`
    : Prisma.empty;
  const rows = await db.$queryRaw<(TaskRowDb & { part?: PartJson | null })[]>`
    SELECT t.id, t.code, t.title, t.description, t."planId", t."deadlineKind", t."dueDate", t."originalDueDate",
      t."deadlineText", t."supportText", t."workStatus", t.progress, t."completedAt", t."lastUpdateAt",
      t."closedKind", t."closedReason", t."mandateVersion",
      (SELECT json_build_object('code', pt.code, 'plan', json_build_object('number', pp.number, 'title', pp.title))
        FROM "ProvinceTask" pt JOIN "ProvincePlan" pp ON pp.id = pt."planId" WHERE pt.id = t."provinceTaskId") AS "provinceTask",
      CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('code', g.code, 'title', g.title) END AS "group",
      json_build_object('title', p.title, 'number', p.number) AS plan,
      ${taskUnitsJson} AS units,
      ${taskUnitGroupsJson} AS "unitGroups"
      ${part}
    FROM "Task" t
    JOIN "Plan" p ON p.id = t."planId"
    LEFT JOIN "PlanGroup" g ON g.id = t."groupId"
    WHERE t."communeId" = ${communeId} AND ${where}
    ORDER BY t."planId", t."sortOrder"`;
  if (!partOf) return rows as TaskRowDb[];
  // JSON has no dates: the part's timestamp comes back as text.
  return rows.map((r) => ({
    ...r,
    part: r.part ? { ...r.part, lastUpdateAt: r.part.lastUpdateAt ? new Date(r.part.lastUpdateAt) : null } : null,
  }));
}
