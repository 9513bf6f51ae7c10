// The one rule for what is still carried out. An archived plan (Plan.archivedAt set) is left out of
// every dashboard, task list, plan and report picker and province figure; so is a closed task
// (Task.closedKind: "không phát sinh" or withdrawn by the province, lib/province-plans). Their own
// pages stay reachable by their links, so nothing of their history is lost.
import { Prisma } from "../generated/prisma/client";

/** Prisma `where` of a plan that is not archived. */
export const ACTIVE_PLAN = { archivedAt: null } as const;

/** Prisma `where` of a row (task, indicator) that belongs to a plan that is not archived. */
export const IN_ACTIVE_PLAN = { plan: ACTIVE_PLAN } as const;

/** Prisma `where` of a task that is counted and reminded: in an active plan and not closed. */
export const COUNTED_TASK = { plan: ACTIVE_PLAN, closedKind: null } as const;

/** SQL condition: the plan with id `planId` (an SQL expression) is not archived. */
export const activePlanSql = (planId: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Plan" ap WHERE ap.id = ${planId} AND ap."archivedAt" IS NULL)`;

/** SQL condition on the task alias `t` (an SQL identifier such as Prisma.sql`t`): counted and reminded. */
export const countedTaskSql = (t: Prisma.Sql) => Prisma.sql`${t}."closedKind" IS NULL AND ${activePlanSql(Prisma.sql`${t}."planId"`)}`;

/** countedTaskSql for a query that already joins the task's plan as `p`: the same rule without a subquery (cheaper to plan). */
export const countedTaskOfPlanSql = (t: Prisma.Sql, p: Prisma.Sql) => Prisma.sql`${t}."closedKind" IS NULL AND ${p}."archivedAt" IS NULL`;
