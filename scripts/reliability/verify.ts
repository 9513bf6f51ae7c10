// What the database holds after the load, against what the server acknowledged: every acknowledged
// update stored with its own text, no two acknowledgements of one task on the same version (a lost
// update), every version step of a task backed by a stored update and its audit entry (no half rows).
import type { Db } from "../../lib/db";
import type { Ack } from "./load";

export type UpdateCheck = {
  acknowledged: number;
  storedOfAcknowledged: number;
  missing: string[];
  wrongText: string[];
  duplicateVersions: string[];
  /** Tasks whose version moved by a different amount than their stored updates of the run. */
  versionDrift: string[];
  updatesWithoutAudit: number;
  storedInRun: number;
};

export async function checkUpdates(db: Db, acks: Ack[], startVersions: Map<string, number>, since: Date): Promise<UpdateCheck> {
  const rows = await db.taskUpdate.findMany({
    where: { id: { in: acks.map((a) => a.updateId) } },
    select: { id: true, result: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = acks.filter((a) => !byId.has(a.updateId)).map((a) => a.updateId);
  const wrongText = acks.filter((a) => byId.has(a.updateId) && !byId.get(a.updateId)!.result.includes(a.marker)).map((a) => a.updateId);

  const seen = new Set<string>();
  const duplicateVersions: string[] = [];
  for (const a of acks) {
    const key = `${a.taskId}@${a.version}`;
    if (seen.has(key)) duplicateVersions.push(key);
    seen.add(key);
  }

  const taskIds = [...startVersions.keys()];
  const tasks = await db.task.findMany({ where: { id: { in: taskIds } }, select: { id: true, version: true } });
  const stored = await db.taskUpdate.groupBy({
    by: ["taskId"],
    where: { taskId: { in: taskIds }, kind: "PROGRESS", createdAt: { gte: since } },
    _count: { id: true },
  });
  const storedBy = new Map(stored.map((s) => [s.taskId, s._count.id]));
  const versionDrift = tasks
    .filter((t) => t.version - (startVersions.get(t.id) ?? 0) !== (storedBy.get(t.id) ?? 0))
    .map((t) => `${t.id}: +${t.version - (startVersions.get(t.id) ?? 0)} phiên bản, ${storedBy.get(t.id) ?? 0} cập nhật`);

  const runUpdates = await db.taskUpdate.findMany({
    where: { taskId: { in: taskIds }, kind: "PROGRESS", createdAt: { gte: since } },
    select: { id: true },
  });
  const audited = await db.$queryRaw<{ id: string }[]>`
    SELECT data->>'updateId' AS id FROM "AuditLog"
    WHERE action = 'tasks.submitUpdate' AND "createdAt" >= ${since} AND data ? 'updateId'`;
  const auditedIds = new Set(audited.map((a) => a.id));

  return {
    acknowledged: acks.length,
    storedOfAcknowledged: acks.length - missing.length,
    missing,
    wrongText,
    duplicateVersions,
    versionDrift,
    updatesWithoutAudit: runUpdates.filter((u) => !auditedIds.has(u.id)).length,
    storedInRun: runUpdates.length,
  };
}

export function updateCheckPassed(c: UpdateCheck): boolean {
  return !c.missing.length && !c.wrongText.length && !c.duplicateVersions.length && !c.versionDrift.length && c.updatesWithoutAudit === 0;
}
