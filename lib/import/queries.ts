import "server-only";
import { getDb } from "../db";
import type { PlanDraft } from "./types";

export async function getImport(communeId: string, importId: string) {
  const row = await getDb().planImport.findFirst({ where: { id: importId, communeId } });
  return row ? { ...row, draft: row.draft as unknown as PlanDraft } : null;
}

export function listImportUnits(communeId: string) {
  return getDb().unit.findMany({
    where: { communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
    select: { id: true, name: true, shortName: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}
