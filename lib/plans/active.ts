// The one rule for archived plans: an archived plan (Plan.archivedAt set) is left out of every
// dashboard, task list, plan and report picker and province figure. Its own page, tasks and reports
// stay reachable by their links, so nothing of its history is lost.
import { Prisma } from "../generated/prisma/client";

/** Prisma `where` of a plan that is not archived. */
export const ACTIVE_PLAN = { archivedAt: null } as const;

/** Prisma `where` of a row (task, indicator) that belongs to a plan that is not archived. */
export const IN_ACTIVE_PLAN = { plan: ACTIVE_PLAN } as const;

/** SQL condition: the plan with id `planId` (an SQL expression) is not archived. */
export const activePlanSql = (planId: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Plan" ap WHERE ap.id = ${planId} AND ap."archivedAt" IS NULL)`;
