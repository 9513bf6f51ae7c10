// A task's deadline as it was at a past instant. Directions (`giveDirective`) and edits (`editTask`)
// move `Task.dueDate` in place and record the previous date in the audit log (`before.dueDate`), which
// a trigger keeps append-only: the first such change after the instant holds the date that applied
// then. Past dashboard periods and past report periods both rebuild the state this way.
import "server-only";
import { Prisma } from "../generated/prisma/client";

/**
 * SQL expression (a DATE or NULL) for the due date of task `t` at instant `at`: the `before` of the
 * earliest audited deadline change at or after `at`, or the current date when nothing moved it since.
 */
export function dueDateAt(at: Date): Prisma.Sql {
  const firstChange = Prisma.sql`SELECT a.data FROM "AuditLog" a
    WHERE a."communeId" = t."communeId" AND a."entityType" = 'Task' AND a."entityId" = t.id
      AND a."createdAt" >= ${at} AND a.data->'before'->'dueDate' IS NOT NULL
    ORDER BY a."createdAt" ASC LIMIT 1`;
  // One row or none: with none, count(*) = 0 and the current date stands.
  return Prisma.sql`(SELECT CASE WHEN count(*) = 0 THEN t."dueDate" ELSE max(c.data->'before'->>'dueDate')::date END
    FROM (${firstChange}) c)`;
}
