// Two app instances in one process: two read-model caches that share nothing in memory, each with its
// own version queries and its own LISTEN connection. A real command writes "on A" (a unit's progress
// report naming a difficulty); B reads the dashboard at once, with no wait, and must show it: the
// leader never sees a figure older than the last committed write, whether or not the NOTIFY arrived,
// even while B's listener is cut off.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { readDashboardFilters } from "@/lib/dashboard/filters";
import { localDateKey } from "@/lib/dates";
import { getDb, type Db } from "@/lib/db";
import { evidenceDir } from "@/lib/files/storage";
import { ReadModelCache } from "@/lib/read-models/cache";
import { ReadModelListener } from "@/lib/read-models/listener";
import { communeDashboard, planPage, provinceOverview } from "@/lib/read-models/models";
import { databaseVersions } from "@/lib/read-models/versions";
import { submitTaskUpdate } from "@/lib/tasks/commands";
import { communeByName, freshDemo, openTasksLedBy, testDb, viewer } from "./db";

type Instance = { name: string; db: Db; cache: ReadModelCache; listener: ReadModelListener };

function instance(name: string): Instance {
  const db = testDb();
  const cache = new ReadModelCache(databaseVersions(() => db));
  const listener = new ReadModelListener(process.env.DATABASE_URL!, (ids) => cache.drop(ids), {
    applicationName: `read-models-${name}`,
    minDelayMs: 50,
    maxDelayMs: 400,
  }).start();
  return { name, db, cache, listener };
}

const db = testDb();
let a: Instance;
let b: Instance;
let haiAn: string;
let office: Viewer;
let tasks: string[]; // the office's own open tasks, without parts

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  office = await viewer(db, "vanphong.haian");
  tasks = (await openTasksLedBy(db, haiAn, office.unitId!, 3)).map((t) => t.id);
  expect(tasks).toHaveLength(3);
  a = instance("a");
  b = instance("b");
  await Promise.all([a.listener.listening(), b.listener.listening()]);
});
afterAll(async () => {
  for (const i of [a, b]) {
    await i.listener.stop();
    await i.db.$disconnect();
  }
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
  await getDb().$disconnect();
});

/** The chair's dashboard as instance `i` serves it (current period, no filter). */
function dashboard(i: Instance) {
  const now = new Date();
  return communeDashboard(haiAn, readDashboardFilters({}, localDateKey(now)), now, i.cache);
}

/** What the dashboard's "Khó khăn, đề xuất chưa được trả lời" shows for a task (null: not listed). */
async function shownDifficulty(i: Instance, taskId: string) {
  const data = await dashboard(i);
  return data.awaiting.rows.find((r) => r.id === taskId)?.difficulties ?? null;
}

/** The office reports on `taskId` through the real command, naming difficulty `text`. */
async function report(taskId: string, text: string) {
  const { version } = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  const res = (await executeAction(
    submitTaskUpdate,
    office,
    {
      communeId: haiAn,
      taskId,
      version,
      workStatus: "IN_PROGRESS",
      progress: "40",
      result: "Đang thực hiện.",
      difficulties: text,
      files: [],
    },
    db,
  )) as ActionResult<unknown>;
  expect(res.ok, JSON.stringify(res)).toBe(true);
}

const waitFor = async (check: () => boolean, what: string) => {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("a write on one instance is seen at once on the other", () => {
  // 50 real commands and 150 dashboard reads: about 13 s on a quiet machine, more on a busy one.
  it("50 times in a row: B's cached dashboard shows each new report immediately", async () => {
    const [task] = tasks;
    await report(task!, "Khó khăn lần 0");
    expect(await shownDifficulty(b, task!)).toBe("Khó khăn lần 0");
    for (let n = 1; n <= 50; n++) {
      // B holds a warm entry; the write happens "on A" (A reads too, as its own leader would).
      expect(await shownDifficulty(b, task!)).toBe(`Khó khăn lần ${n - 1}`);
      await report(task!, `Khó khăn lần ${n}`);
      expect(await shownDifficulty(b, task!)).toBe(`Khó khăn lần ${n}`);
      expect(await shownDifficulty(a, task!)).toBe(`Khó khăn lần ${n}`);
    }
    // The cache did serve: the reads between writes were hits.
    expect(b.cache.stats().hits).toBeGreaterThanOrEqual(40);
  }, 120_000);

  it("concurrent writes and reads: no read shows less than what was committed before it began", async () => {
    const committed = new Map<string, number>(tasks.map((t) => [t, -1]));
    const shownIndex = (text: string | null) => (text ? Number(/lần (\d+)$/.exec(text)?.[1] ?? -1) : -1);
    let writing = true;
    const writers = tasks.map(async (taskId) => {
      for (let n = 100; n < 115; n++) {
        await report(taskId, `Khó khăn song song lần ${n}`);
        committed.set(taskId, n);
      }
    });
    const readers = [b, b, a].map(async (i) => {
      let reads = 0;
      while (writing || reads < 5) {
        const floor = new Map(committed);
        const data = await dashboard(i);
        for (const taskId of tasks) {
          const row = data.awaiting.rows.find((r) => r.id === taskId);
          const least = floor.get(taskId)!;
          if (least >= 100) expect(shownIndex(row?.difficulties ?? null), `${i.name} ${taskId}`).toBeGreaterThanOrEqual(least);
        }
        reads += 1;
      }
      return reads;
    });
    await Promise.all(writers);
    writing = false;
    const reads = await Promise.all(readers);
    expect(reads.every((n) => n >= 5)).toBe(true);
    for (const taskId of tasks) expect(await shownDifficulty(b, taskId)).toBe("Khó khăn song song lần 114");
  }, 120_000);

  it("with B's listener killed, B is still exact (version check), and the listener comes back and drops entries again", async () => {
    const [task] = tasks;
    const before = b.listener.connections;
    const pid = b.listener.pid;
    expect(pid).not.toBeNull();
    await shownDifficulty(b, task!); // warm
    await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    // At once, while B hears nothing: still fresh.
    for (let n = 200; n < 205; n++) {
      await report(task!, `Khó khăn khi mất kết nối lần ${n}`);
      expect(await shownDifficulty(b, task!)).toBe(`Khó khăn khi mất kết nối lần ${n}`);
    }
    await waitFor(() => b.listener.connections > before && b.listener.pid !== null, "the listener to reconnect");
    expect(b.listener.pid).not.toBe(pid);
    // Listening again: a write drops B's entries of the commune without B reading anything.
    await shownDifficulty(b, task!);
    expect(b.cache.stats().entries).toBeGreaterThan(0);
    await report(task!, "Khó khăn sau khi kết nối lại");
    await waitFor(() => b.cache.stats().entries === 0, "the NOTIFY to drop B's entries");
    expect(await shownDifficulty(b, task!)).toBe("Khó khăn sau khi kết nối lại");
  });
});

describe("the province table", () => {
  it("shows a commune's write at once on the other instance, and the commune's NOTIFY drops it there", async () => {
    const [task] = tasks;
    const { provinceId } = await db.unit.findUniqueOrThrow({ where: { id: haiAn } });
    const lastUpdate = async (i: Instance) =>
      (await provinceOverview(provinceId, new Date(), i.cache)).find((c) => c.id === haiAn)?.lastUpdateAt?.toISOString();
    for (let n = 300; n < 305; n++) {
      await lastUpdate(b); // warm
      await report(task!, `Khó khăn của tỉnh lần ${n}`);
      const { lastUpdateAt } = await db.task.findUniqueOrThrow({ where: { id: task! } });
      expect(await lastUpdate(b)).toBe(lastUpdateAt!.toISOString());
    }
    b.cache.drop("*");
    await lastUpdate(b);
    expect(b.cache.stats().entries).toBe(1);
    await report(task!, "Khó khăn của tỉnh, lần cuối");
    await waitFor(() => b.cache.stats().entries === 0, "the NOTIFY of a commune to drop its province's entry");
  });
});

describe("cost", () => {
  /** Median milliseconds of `n` runs of `f`. */
  async function median(n: number, f: () => Promise<unknown>) {
    const times: number[] = [];
    for (let k = 0; k < n; k++) {
      const t = performance.now();
      await f();
      times.push(performance.now() - t);
    }
    return times.sort((x, y) => x - y)[Math.floor(n / 2)]!;
  }

  it("a hit costs one version query; a miss the whole computation (numbers for docs/benchmarks.md)", async () => {
    const { cache } = b;
    const plan = await db.plan.findFirstOrThrow({ where: { communeId: haiAn } });
    const { provinceId } = await db.unit.findUniqueOrThrow({ where: { id: haiAn } });
    const models: [string, () => Promise<unknown>][] = [
      ["dashboard", () => dashboard(b)],
      ["plan page", () => planPage(haiAn, plan.id, new Date(), cache)],
      ["province table", () => provinceOverview(provinceId, new Date(), cache)],
    ];
    for (const [name, read] of models) {
      await read();
      const miss = await median(15, () => {
        cache.drop("*");
        return read();
      });
      await read();
      const hit = await median(50, read);
      console.log(`[read-models] ${name}: miss ${miss.toFixed(1)} ms, hit ${hit.toFixed(2)} ms (medians, demo data)`);
      expect(hit).toBeLessThan(miss);
    }
  });
});
