import "server-only";
import { getDb } from "../db";
import { taskRowSelect, toTaskRow } from "./queries";
import type { AuditAction } from "../audit/labels";
import { readAssignment } from "./assignment";
import { buildTimeline, RECENT_HISTORY, recentCutoff, TIMELINE_AUDIT_ACTIONS } from "./timeline";
import { taskPartRows } from "./part-view";

/**
 * Everything the task page shows, or null when the task is not this commune's. The history holds the
 * newest RECENT_HISTORY progress reports and edits unless `fullHistory`: a task reported on every
 * week for a year would otherwise send its whole past with every page and every update's answer.
 * Directions are all read (few, and an open one must always be there to acknowledge).
 */
export async function getTaskDetail(communeId: string, taskId: string, opts: { fullHistory?: boolean; now?: Date } = {}) {
  const now = opts.now ?? new Date();
  // One row more than shown tells whether there is more.
  const take = opts.fullHistory ? undefined : RECENT_HISTORY + 1;
  const db = getDb();
  const task = await db.task.findFirst({
    where: { id: taskId, communeId },
    select: { ...taskRowSelect, expectedOutput: true, version: true },
  });
  if (!task) return null;
  const [updates, directives, edits, units, groups, parts] = await Promise.all([
    db.taskUpdate.findMany({
      where: { taskId, communeId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      include: {
        author: { select: { fullName: true } },
        unit: { select: { name: true } },
        returnedBy: { select: { fullName: true } },
        attachments: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
      },
    }),
    db.directive.findMany({
      where: { taskId, communeId },
      orderBy: { createdAt: "desc" },
      include: { author: { select: { fullName: true } }, acknowledgedBy: { select: { fullName: true } } },
    }),
    db.auditLog.findMany({
      where: { communeId, entityType: "Task", entityId: taskId, action: { in: [...TIMELINE_AUDIT_ACTIONS] satisfies AuditAction[] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      include: { actor: { select: { fullName: true } } },
    }),
    db.unit.findMany({ where: { communeId }, select: { id: true, name: true } }),
    db.unitGroup.findMany({ where: { communeId }, select: { id: true, name: true } }),
    db.taskPart.findMany({
      where: { taskId, communeId },
      orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }],
      include: { unit: { select: { name: true } } },
    }),
  ]);
  // Edits in the history name units and unit groups by id.
  const unitNames = new Map([...units, ...groups].map((u) => [u.id, u.name]));
  const markers = await db.user.findMany({
    where: { communeId, id: { in: parts.flatMap((p) => (p.notApplicableById ? [p.notApplicableById] : [])) } },
    select: { id: true, fullName: true },
  });
  // Reports and edits older than the cut-off are left out together, so the shown part has no gap.
  const historyFrom = opts.fullHistory ? null : recentCutoff([updates, edits]);
  const recent = <T extends { createdAt: Date }>(rows: T[]) => (historyFrom ? rows.filter((r) => r.createdAt >= historyFrom) : rows);
  return {
    task: { ...toTaskRow(task, now), expectedOutput: task.expectedOutput, version: task.version },
    parts: taskPartRows(task, parts, new Map(markers.map((u) => [u.id, u.fullName])), now),
    timeline: buildTimeline(recent(updates), directives, recent(edits), unitNames),
    /** Set when older reports or edits are not shown: the history is complete from this moment on. */
    historyFrom,
    openDirectives: directives.filter((d) => !d.acknowledgedAt),
  };
}

/**
 * Directives not yet acknowledged on tasks the unit leads: shown at the top of its list, with what
 * the list draws. One statement: the ORM's include read the author and the task as two more.
 */
export async function listOpenDirectives(communeId: string, unitId: string) {
  const rows = await getDb().$queryRaw<
    { id: string; content: string; createdAt: Date; authorFullName: string; taskId: string; taskCode: string; taskTitle: string }[]
  >`SELECT d.id, d.content, d."createdAt", a."fullName" AS "authorFullName", t.id AS "taskId", t.code AS "taskCode", t.title AS "taskTitle"
    FROM "Directive" d JOIN "User" a ON a.id = d."authorId" JOIN "Task" t ON t.id = d."taskId"
    WHERE d."communeId" = ${communeId} AND d."acknowledgedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "TaskUnit" tu WHERE tu."taskId" = d."taskId" AND tu."unitId" = ${unitId} AND tu.role = 'LEAD')
    ORDER BY d."createdAt" DESC, d.id`;
  return rows.map((d) => ({
    id: d.id,
    content: d.content,
    createdAt: d.createdAt,
    author: { fullName: d.authorFullName },
    task: { id: d.taskId, code: d.taskCode, title: d.taskTitle },
  }));
}

/** Units of the commune for the edit form. */
export function listCommuneUnits(communeId: string) {
  return getDb().unit.findMany({
    where: { communeId, active: true, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** Reports of the unit sent back for correction and not yet followed by a newer report (one statement, what the list draws). */
export async function listReturnedUpdates(communeId: string, unitId: string) {
  const rows = await getDb().$queryRaw<
    {
      id: string;
      createdAt: Date;
      returnedAt: Date;
      returnComment: string | null;
      taskId: string;
      taskCode: string;
      taskTitle: string;
      taskLastUpdateAt: Date | null;
      returnedByFullName: string | null;
    }[]
  >`SELECT x.id, x."createdAt", x."returnedAt", x."returnComment", t.id AS "taskId", t.code AS "taskCode", t.title AS "taskTitle",
      t."lastUpdateAt" AS "taskLastUpdateAt", r."fullName" AS "returnedByFullName"
    FROM "TaskUpdate" x JOIN "Task" t ON t.id = x."taskId" LEFT JOIN "User" r ON r.id = x."returnedById"
    WHERE x."communeId" = ${communeId} AND x."unitId" = ${unitId} AND x.kind = 'PROGRESS' AND x."returnedAt" IS NOT NULL
    ORDER BY x."returnedAt" DESC, x.id
    LIMIT 50`;
  return rows
    .filter((u) => !u.taskLastUpdateAt || u.taskLastUpdateAt <= u.createdAt)
    .map((u) => ({
      id: u.id,
      createdAt: u.createdAt,
      returnedAt: u.returnedAt,
      returnComment: u.returnComment,
      task: { id: u.taskId, code: u.taskCode, title: u.taskTitle },
      returnedBy: u.returnedByFullName === null ? null : { fullName: u.returnedByFullName },
    }));
}

/** What the edit form starts from: the units and groups each side names (members of a group are not listed as units). */
export function getTaskAssignment(communeId: string, taskId: string) {
  return getDb().$transaction(async (tx) => {
    const task = await tx.task.findFirst({ where: { id: taskId, communeId }, select: { id: true } });
    return task ? readAssignment(tx, task.id) : null;
  });
}
