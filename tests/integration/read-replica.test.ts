// DATABASE_REPLICA_URL: the province roll-up reads from the replica. A second database stands for the
// replica and holds different data (a commune renamed, a task done only there), so the figures show
// which database answered; the primary stays the place of everything else.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPrismaClient, getDb, getReadDb, type Db } from "@/lib/db";
import { getProvinceOverview } from "@/lib/dashboard/province";
import { ReadModelCache } from "@/lib/read-models/cache";
import { provinceOverview } from "@/lib/read-models/models";
import { databaseVersions } from "@/lib/read-models/versions";
import { seedDemo } from "@/prisma/seed/demo";
import { migrate } from "@/scripts/lib/run";
import { communeByName, freshDemo, testDb } from "./db";

const primary = testDb();
const replicaName = `replica_${process.pid}`;
const replicaUrl = (() => {
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${replicaName}`;
  return u.toString();
})();
let replica: Db;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await freshDemo(primary);
  await admin(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${replicaName}"`);
  await migrate(replicaUrl);
  replica = createPrismaClient(replicaUrl, 2);
  await seedDemo(replica);
  // What only the replica has: a renamed commune, and every task of it done.
  const commune = await communeByName(replica, "Phường Hải An");
  await replica.unit.update({ where: { id: commune.id }, data: { name: "Phường Hải An (bản sao)" } });
  await replica.task.updateMany({ where: { communeId: commune.id }, data: { workStatus: "DONE", progress: 100 } });
  process.env.DATABASE_REPLICA_URL = replicaUrl;
}, 120_000);

afterAll(async () => {
  await getDb().$disconnect();
  await getReadDb().$disconnect();
  await replica?.$disconnect();
  await primary.$disconnect();
  await admin(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
});

it("the province roll-up reads the replica; the primary's client is untouched", async () => {
  // Seeded apart, the two databases have different ids: the replica's commune exists only there.
  const commune = await communeByName(replica, "Phường Hải An (bản sao)");
  expect(getReadDb()).not.toBe(getDb());
  const rows = await getProvinceOverview(commune.provinceId);
  const row = rows.find((r) => r.id === commune.id)!;
  expect(row).toMatchObject({ name: "Phường Hải An (bản sao)" });
  expect(row.total).toBeGreaterThan(0);
  expect(row.done).toBe(row.total);

  // The app's own client still reads and writes the primary, which has neither the rename nor the ids.
  expect(await getDb().unit.findUnique({ where: { id: commune.id } })).toBeNull();
  const onPrimary = await communeByName(getDb(), "Phường Hải An");
  const primaryRows = await getProvinceOverview(onPrimary.provinceId);
  expect(primaryRows).toEqual([]);
});

it("a cached province read model is computed on the replica only once the replica has applied its version", async () => {
  const commune = await communeByName(replica, "Phường Hải An (bản sao)");
  // Seeded apart, the replica's versions differ from the primary's, as a replica that is behind:
  // the primary answers (it has no commune in that province), not the replica's older figures.
  expect(await provinceOverview(commune.provinceId, new Date(), new ReadModelCache(databaseVersions(getDb)))).toEqual([]);

  // The replica "catches up": it now holds exactly the primary's versions, and it answers.
  const versions = await getDb().readModelVersion.findMany();
  await replica.readModelVersion.deleteMany({});
  await replica.readModelVersion.createMany({ data: versions });
  const rows = await provinceOverview(commune.provinceId, new Date(), new ReadModelCache(databaseVersions(getDb)));
  expect(rows.find((r) => r.id === commune.id)).toMatchObject({ name: "Phường Hải An (bản sao)" });
});
