// /api/health and /api/ready as a proxy or orchestrator sees them: liveness without dependencies,
// readiness that names the failing dependency (a store on a closed port, a database on a closed port).
import { createServer } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { createPrismaClient } from "@/lib/db";
import { readiness } from "@/lib/health/readiness";
import { setStoreForProcess, storeAt } from "@/lib/storage";
import { testDb } from "./db";

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

const db = testDb();
let dir: string;
let deadStoreUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "ready-"));
  deadStoreUrl = `s3://key:very-secret-value@127.0.0.1:${await closedPort()}/cds?forcePathStyle=1&tls=0`;
});

afterAll(async () => {
  setStoreForProcess(undefined);
  await db.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

describe("readiness", () => {
  it("is ready with a reachable database and store, each with its time", async () => {
    const r = await readiness(db, storeAt(dir));
    expect(r.ok).toBe(true);
    expect(r.database).toMatchObject({ ok: true });
    expect(r.storage).toMatchObject({ ok: true });
    expect(r.database.ms).toBeGreaterThanOrEqual(0);
  });

  it("names the store when it is unreachable, the database when it is", async () => {
    const noStore = await readiness(db, storeAt(deadStoreUrl));
    expect(noStore).toMatchObject({ ok: false, database: { ok: true }, storage: { ok: false } });

    const deadDb = createPrismaClient(`postgresql://nobody:x@127.0.0.1:${await closedPort()}/none`, 1);
    try {
      const noDb = await readiness(deadDb, storeAt(dir), 1_500);
      expect(noDb).toMatchObject({ ok: false, database: { ok: false }, storage: { ok: true } });
      expect(noDb.database.ms).toBeLessThan(3_000);
    } finally {
      await deadDb.$disconnect();
    }
  });

  it("answers within its time limit when a dependency hangs", async () => {
    const hanging = { ...storeAt(dir), ping: () => new Promise<void>(() => {}) };
    const r = await readiness(db, hanging, 300);
    expect(r.storage).toMatchObject({ ok: false, error: "TIMEOUT" });
    expect(r.storage.ms).toBeLessThan(1_000);
  });
});

describe("the routes", () => {
  it("/api/health is 200 without touching anything", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("/api/ready is 200 with the store up and 503 naming the store when it is down, with no secret", async () => {
    setStoreForProcess(storeAt(dir));
    const up = await ready();
    expect(up.status).toBe(200);
    expect(up.headers.get("cache-control")).toBe("no-store");

    setStoreForProcess(storeAt(deadStoreUrl));
    const down = await ready();
    expect(down.status).toBe(503);
    const text = await down.text();
    expect(JSON.parse(text)).toMatchObject({ status: "unavailable", database: { ok: true }, storage: { ok: false } });
    expect(text).not.toContain("very-secret-value");
    expect(text).not.toContain("127.0.0.1");
  });
});
