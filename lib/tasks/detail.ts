import "server-only";
import { getDb } from "../db";
import { taskRowSelect, toTaskRow } from "./queries";
import type { AuditAction } from "../audit/labels";
import { readAssignment } from "./assignment";
import { buildTimeline, TIMELINE_AUDIT_ACTIONS } from "./timeline";
import { taskPartRows } from "./part-view";

/** Everything the task page shows, or null when the task is not this commune's. */
export async function getTaskDetail(communeId: string, taskId: string, now = new Date()) {
  const db = getDb();
  const task = await db.task.findFirst({
    where: { id: taskId, communeId },
    select: { ...taskRowSelect, expectedOutput: true, version: true },
  });
  if (!task) return null;
  const [updates, directives, edits, units, groups, parts] = await Promise.all([
    db.taskUpdate.findMany({
      where: { taskId, communeId },
      orderBy: { createdAt: "desc" },
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
      orderBy: { createdAt: "desc" },
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
  return {
    task: { ...toTaskRow(task, now), expectedOutput: task.expectedOutput, version: task.version },
    parts: taskPartRows(task, parts, new Map(markers.map((u) => [u.id, u.fullName])), now),
    timeline: buildTimeline(updates, directives, edits, unitNames),
    openDirectives: directives.filter((d) => !d.acknowledgedAt),
  };
}

/** Directives not yet acknowledged on tasks the unit leads: shown at the top of its list. */
export function listOpenDirectives(communeId: string, unitId: string) {
  return getDb().directive.findMany({
    where: { communeId, acknowledgedAt: null, task: { units: { some: { unitId, role: "LEAD" } } } },
    orderBy: { createdAt: "desc" },
    include: { author: { select: { fullName: true } }, task: { select: { id: true, code: true, title: true } } },
  });
}

/** Units of the commune for the edit form. */
export function listCommuneUnits(communeId: string) {
  return getDb().unit.findMany({
    where: { communeId, active: true, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** Reports of the unit sent back for correction and not yet followed by a newer report. */
export async function listReturnedUpdates(communeId: string, unitId: string) {
  const returned = await getDb().taskUpdate.findMany({
    where: { communeId, unitId, kind: "PROGRESS", returnedAt: { not: null } },
    orderBy: { returnedAt: "desc" },
    take: 50,
    include: { task: { select: { id: true, code: true, title: true, lastUpdateAt: true } }, returnedBy: { select: { fullName: true } } },
  });
  return returned.filter((u) => !u.task.lastUpdateAt || u.task.lastUpdateAt <= u.createdAt);
}

/** What the edit form starts from: the units and groups each side names (members of a group are not listed as units). */
export function getTaskAssignment(communeId: string, taskId: string) {
  return getDb().$transaction(async (tx) => {
    const task = await tx.task.findFirst({ where: { id: taskId, communeId }, select: { id: true } });
    return task ? readAssignment(tx, task.id) : null;
  });
}
