// Versions of the read models, from the table the commit-time triggers keep ("ReadModelVersion", one
// row per commune written since the migration; "*" for data every commune reads: holidays, the KPI
// catalog). A commune without a row has version 0.
import { localDateKey, localDayStart } from "../dates";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { ReadModelScope, VersionSource } from "./cache";

/**
 * Versions read from PostgreSQL, one indexed query per read. They must come from the primary (the
 * database the writes commit to): a replica behind it would hand out an old version with old data.
 */
export function databaseVersions(db: () => Db): VersionSource {
  return {
    async version(scope: ReadModelScope) {
      if ("commune" in scope) {
        // Both rows: a commune's figures change with its own writes and with "*" (holidays, catalog).
        const rows = await db().$queryRaw<{ communeId: string; version: string }[]>`
          SELECT "communeId", version::text AS version FROM "ReadModelVersion" WHERE "communeId" IN (${scope.commune}, '*')`;
        const of = (id: string) => rows.find((r) => r.communeId === id)?.version ?? "0";
        return `${of(scope.commune)}/${of("*")}`;
      }
      // A province: every one of its communes' versions (and its own unit row's, and "*"), as one
      // digest. Not their sum: a row's version is never repeated but may go down (two commits racing
      // for one commune take their numbers in one order and commit in the other), so a sum could
      // come back to an earlier value; the list of versions never does.
      const p = scope.province;
      const where = p === null ? Prisma.sql`TRUE` : Prisma.sql`"provinceId" = ${p} OR "communeId" IN (${p}, '*')`;
      const [row] = await db().$queryRaw<{ digest: string | null }[]>`
        SELECT md5(string_agg("communeId" || ':' || version, ',' ORDER BY "communeId")) AS digest
        FROM "ReadModelVersion" WHERE ${where}`;
      return row?.digest ?? "0";
    },
    async members(province: string) {
      // Communes listed in the version table; one written for the first time changes the digest anyway.
      const rows = await db().$queryRaw<{ communeId: string }[]>`
        SELECT "communeId" FROM "ReadModelVersion" WHERE "provinceId" = ${province} OR "communeId" = ${province}`;
      return rows.map((r) => r.communeId);
    },
  };
}

/**
 * When a province's figures last changed: its communes' last committed write, or the start of the
 * local day when that is later (task categories move at midnight). The same on every instance, so a
 * reply that carries it keeps its ETag until the figures change.
 */
export async function provinceFiguresAsOf(db: Db, provinceId: string, now: Date): Promise<Date> {
  const [row] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT max("changedAt") AS at FROM "ReadModelVersion"
    WHERE "provinceId" = ${provinceId} OR "communeId" IN (${provinceId}, '*')`;
  const dayStart = localDayStart(localDateKey(now));
  return row?.at && row.at > dayStart ? row.at : dayStart;
}
