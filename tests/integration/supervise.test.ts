// Stopping and keeping up the portal (issue 16, item 17), against a real embedded PostgreSQL: the
// supervisor of scripts/start.ts runs in tests/support/supervised-portal.ts with a tiny Node child
// standing in for the Next server. A stop signal must leave no process behind; a PostgreSQL that
// dies while the portal runs must come back.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { removeEmbeddedData } from "@/scripts/lib/embedded-db";

const HARNESS = path.resolve("tests/support/supervised-portal.ts");
const started: { dir: string; pids: number[] }[] = [];

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

/** Starts the stand-in portal, through `sh -c` as npm runs `npm start` when `viaShell`. */
async function startPortal(name: string, viaShell = false) {
  const dataDir = path.resolve(`.data/test-supervise-${name}-${process.pid}`);
  const node = `${process.execPath} --import tsx ${HARNESS} ${dataDir}`;
  const child: ChildProcess = viaShell
    ? spawn("sh", ["-c", node], { stdio: ["ignore", "pipe", "inherit"] })
    : spawn(process.execPath, ["--import", "tsx", HARNESS, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const json = out.split("\n").find((l) => l.startsWith("{"));
      if (json) resolve(json);
    });
    child.on("exit", (code) => reject(new Error(`stand-in portal exited early (${code}): ${out}`)));
  });
  const { url, appPid } = JSON.parse(line) as { url: string; appPid: number };
  const pgPid = await postmasterPid(dataDir);
  started.push({ dir: dataDir, pids: [child.pid!, appPid, pgPid] });
  return { child, url, appPid, pgPid, dataDir };
}

afterAll(async () => {
  // A failing run (the old code) leaves processes behind: end exactly those, then their data.
  for (const { dir, pids } of started) {
    for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGKILL");
    await until(() => pids.every((pid) => !alive(pid)), 5_000);
    await removeEmbeddedData(dir);
  }
}, 30_000);

describe("the portal's supervisor", () => {
  it("SIGTERM to the `sh -c` npm runs it in (what npm forwards) stops the app server and PostgreSQL", async () => {
    const portal = await startPortal("shell", true);
    portal.child.kill("SIGTERM");
    const gone = await until(() => !alive(portal.appPid) && !alive(portal.pgPid), 15_000);
    expect({ appServer: alive(portal.appPid), postgres: alive(portal.pgPid) }).toEqual({ appServer: false, postgres: false });
    expect(gone).toBe(true);
  }, 60_000);

  it.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)(
    "%s to the portal process stops the app server and PostgreSQL",
    async (signal) => {
      const portal = await startPortal(signal.toLowerCase());
      portal.child.kill(signal);
      await until(() => !alive(portal.appPid) && !alive(portal.pgPid) && !alive(portal.child.pid!), 15_000);
      expect({ portal: alive(portal.child.pid!), appServer: alive(portal.appPid), postgres: alive(portal.pgPid) }).toEqual({
        portal: false,
        appServer: false,
        postgres: false,
      });
    },
    60_000,
  );

  it("restarts PostgreSQL killed while the portal runs; it answers queries again", async () => {
    const portal = await startPortal("restart");
    process.kill(portal.pgPid, "SIGKILL");
    const answers = async () => {
      const client = new pg.Client({ connectionString: portal.url, connectionTimeoutMillis: 1_000 });
      try {
        await client.connect();
        return (await client.query("SELECT 1 AS one")).rows[0].one === 1;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    };
    const t0 = Date.now();
    expect(await until(answers, 30_000)).toBe(true);
    console.log(`PostgreSQL answered again ${Date.now() - t0} ms after SIGKILL`);
    const newPid = await postmasterPid(portal.dataDir);
    expect(newPid).not.toBe(portal.pgPid);
    started.at(-1)!.pids.push(newPid);
    portal.child.kill("SIGTERM");
    expect(await until(() => !alive(newPid) && !alive(portal.appPid), 15_000)).toBe(true);
  }, 60_000);
});
