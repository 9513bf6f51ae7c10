import "server-only";
import { getDb } from "../db";
import { draftGroupNames, withGroupFields } from "./group-mappings";
import { diffPlanTasks, loadExistingTasks } from "./reimport";
import type { PlanDraft } from "./types";

export async function getImport(communeId: string, importId: string) {
  const row = await getDb().planImport.findFirst({ where: { id: importId, communeId } });
  return row ? { ...row, draft: withGroupFields(row.draft as unknown as PlanDraft) } : null;
}

export function listImportUnits(communeId: string) {
  return getDb().unit.findMany({
    where: { communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
    select: { id: true, name: true, shortName: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

/** The commune's unit groups with their active members' ids, for the review's group mappings. */
export async function listImportGroups(communeId: string) {
  const groups = await getDb().unitGroup.findMany({
    where: { communeId },
    select: { id: true, name: true, kind: true, members: { where: { unit: { active: true } }, select: { unitId: true } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return groups.map((g) => ({ id: g.id, name: g.name, kind: g.kind, memberIds: g.members.map((m) => m.unitId) }));
}

/** For a re-import: the target plan's title and what the saved draft would change in it. */
export async function getReimportPreview(communeId: string, planId: string, draft: PlanDraft) {
  const db = getDb();
  const plan = await db.plan.findFirst({ where: { id: planId, communeId }, select: { id: true, title: true } });
  if (!plan) return null;
  const [existing, units, groups] = await Promise.all([
    loadExistingTasks(db, communeId, planId),
    listImportUnits(communeId),
    listImportGroups(communeId),
  ]);
  return { plan, changes: diffPlanTasks(existing, draft.tasks, units, draftGroupNames(draft.groupMappings, groups)) };
}

export function listPlanChoices(communeId: string) {
  return getDb().plan.findMany({ where: { communeId }, select: { id: true, title: true }, orderBy: { createdAt: "desc" } });
}
