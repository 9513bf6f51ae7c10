// Two job workers on one database (two PgBoss objects, two Prisma clients), as two app instances
// behind a load balancer: ticks for the same moment run on both at once, and both deliver the outbox
// to a real SMTP server at once. Each (rule, commune, slot) must run once, each recipient get one
// notification, and each e-mail arrive once. A handler that throws must not stop a worker, and
// stop() must close everything (the test file ends).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db";
import { createBoss } from "@/lib/jobs/boss";
import { runScheduled, type Rule, type ScheduleSummary } from "@/lib/jobs/schedule";
import { DELIVER_QUEUE, startWorker, TICK_QUEUE, type RunningWorker } from "@/lib/jobs/worker";
import { sendEmail } from "@/lib/notifications/channels/email";
import { realSenders } from "@/lib/notifications/outbox";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDemo, testDb } from "./db";

// A moment in the past, outside quiet hours: its e-mails are due at once for the workers, whose
// outbox delivery reads the machine's clock.
const AT = "2026-01-06T07:30:00+07:00";
const DAY = "2026-01-06";
const BOOM_AT = "2026-01-07T07:30:00+07:00";

/** One message per commune and day, to every active account of the commune. */
const pingRule: Rule = {
  name: "test-ping",
  slot: ({ today }) => (today === DAY ? today : null),
  plan: async ({ tx, commune, today }) => {
    const users = await tx.user.findMany({ where: { communeId: commune.id, active: true }, select: { id: true } });
    return [
      {
        kind: "PERIOD_REMINDER",
        userIds: users.map((u) => u.id),
        title: `Kiểm thử lịch nhắc ${today}`,
        body: `Xã ${commune.name}`,
        dedupeKey: `test-ping:${commune.id}:${today}`,
      },
    ];
  },
};

/** Due only at BOOM_AT, and then always fails: the worker must go on. */
const boomRule: Rule = {
  name: "test-boom",
  slot: ({ today }) => (today === "2026-01-07" ? today : null),
  plan: async () => {
    throw new Error("quy tắc kiểm thử hỏng");
  },
};

const rules = [pingRule, boomRule];
let db: Db;
let dbs: Db[] = [];
let smtp: TestSmtp;
let workers: RunningWorker[] = [];
const errors: string[] = [];
const logs: string[] = [];
const ticks: ScheduleSummary[] = [];

async function waitForJobs(boss: PgBoss, queue: string, ids: string[], done: (state: string) => boolean) {
  const until = Date.now() + 60_000;
  for (;;) {
    const states = await Promise.all(ids.map(async (id) => (await boss.getJobById(queue, id))?.state ?? "missing"));
    if (states.every(done)) return states;
    if (Date.now() > until) throw new Error(`jobs not done: ${states.join(", ")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  await db.$executeRaw`UPDATE "User" SET email = username || '@example.vn' WHERE "communeId" IS NOT NULL`;
  smtp = await startSmtp();
  const senders = { ...realSenders, email: (m: Parameters<typeof sendEmail>[0]) => sendEmail(m, smtp.url) };
  dbs = [testDb(), testDb()];
  // Both start at once, on a database where pg-boss's schema may not exist yet.
  workers = await Promise.all(
    dbs.map((d) =>
      startWorker({
        db: d,
        boss: createBoss(process.env.DATABASE_URL!),
        rules,
        senders,
        log: (line) => void logs.push(line),
        onTick: (summary) => void ticks.push(summary),
        logError: (line) => void errors.push(line),
      }),
    ),
  );
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await Promise.all(dbs.map((d) => d.$disconnect()));
  await smtp?.close();
  await db?.$disconnect();
});

describe("two job workers on one database", () => {
  it("schedule both jobs in Asia/Ho_Chi_Minh, once", async () => {
    const schedules = await workers[0]!.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron]).sort()).toEqual([
      [DELIVER_QUEUE, "* * * * *"],
      [TICK_QUEUE, "*/5 * * * *"],
    ]);
    expect(new Set(schedules.map((s) => (s as unknown as { timezone: string }).timezone))).toEqual(new Set(["Asia/Ho_Chi_Minh"]));
  });

  it("a tick that throws fails its job, and the worker goes on", async () => {
    const [a] = workers;
    const boom = (await a!.boss.send(TICK_QUEUE, { at: BOOM_AT }))!;
    // retryLimit 1: the job waits for its retry (or has failed); either way it did not complete.
    await waitForJobs(a!.boss, TICK_QUEUE, [boom], (s) => s === "retry" || s === "failed");
    expect(errors.some((e) => e.includes(TICK_QUEUE) && e.includes("thất bại"))).toBe(true);
    expect(await db.jobRun.count({ where: { rule: "test-boom" } })).toBe(0); // rolled back
  });

  it("ticks for one moment on both workers at once write each slot and message once", async () => {
    const ids = await Promise.all(
      workers.flatMap((w) => [0, 1, 2].map(async () => ({ boss: w.boss, id: (await w.boss.send(TICK_QUEUE, { at: AT }))! }))),
    );
    // …and, besides the queued jobs, the loop itself called from both clients at the same moment.
    const direct = await Promise.all(dbs.map((d) => runScheduled({ at: new Date(AT), db: d, rules })));
    for (const w of workers) {
      const mine = ids.filter((j) => j.boss === w.boss).map((j) => j.id);
      expect(await waitForJobs(w.boss, TICK_QUEUE, mine, (s) => s === "completed")).toHaveLength(3);
    }

    const communes = await db.unit.count({ where: { kind: { in: ["COMMUNE", "WARD"] }, active: true, provinceId: { not: null } } });
    const runs = await db.jobRun.findMany({ where: { rule: "test-ping" } });
    expect(runs).toHaveLength(communes);
    expect(new Set(runs.map((r) => r.key)).size).toBe(communes);
    expect(runs.every((r) => r.slot === DAY)).toBe(true);

    const expected = await db.user.count({ where: { communeId: { not: null }, active: true } });
    const notes = await db.notification.findMany({ where: { dedupeKey: { startsWith: "test-ping:" } } });
    expect(notes).toHaveLength(expected);
    expect(new Set(notes.map((n) => n.userId)).size).toBe(expected);
    expect(runs.reduce((sum, r) => sum + r.messages, 0)).toBe(expected);
    // Of 8 runs of the loop (6 jobs + 2 direct calls), exactly one wrote each slot; the others skipped it.
    const summaries = [...direct, ...ticks.filter((t) => t.at === new Date(AT).toISOString())];
    expect(summaries).toHaveLength(8);
    expect(summaries.reduce((sum, s) => sum + s.sent, 0)).toBe(expected);
    expect(summaries.reduce((sum, s) => sum + s.skipped, 0)).toBe(7 * communes);
  });

  it("both workers delivering at once send each e-mail exactly once", async () => {
    const outbox = await db.outboxMessage.findMany({
      where: { channel: "EMAIL", notification: { dedupeKey: { startsWith: "test-ping:" } } },
    });
    const expected = await db.user.count({ where: { communeId: { not: null }, active: true } });
    expect(outbox).toHaveLength(expected);

    const ids = await Promise.all(
      workers.flatMap((w) => [0, 1, 2].map(async () => ({ boss: w.boss, id: (await w.boss.send(DELIVER_QUEUE, {}))! }))),
    );
    for (const w of workers) {
      const mine = ids.filter((j) => j.boss === w.boss).map((j) => j.id);
      await waitForJobs(w.boss, DELIVER_QUEUE, mine, (s) => s === "completed");
    }
    // The cron's own outbox-deliver may still be sending: wait for the rows, not the jobs.
    const until = Date.now() + 30_000;
    while ((await db.outboxMessage.count({ where: { channel: "EMAIL", status: "SENT" } })) < expected && Date.now() < until)
      await new Promise((r) => setTimeout(r, 250));

    const sent = await db.outboxMessage.findMany({ where: { id: { in: outbox.map((o) => o.id) } } });
    expect(sent.map((o) => o.status)).toEqual(outbox.map(() => "SENT"));
    expect(sent.every((o) => o.attempts === 1)).toBe(true);
    const recipients = smtp.received.flatMap((m) => m.to).sort();
    expect(recipients).toEqual(outbox.map((o) => o.recipient).sort());
    expect(new Set(recipients).size).toBe(recipients.length);
  });

  it("stop() closes pg-boss's connections", async () => {
    await Promise.all(workers.map((w) => w.stop()));
    const until = Date.now() + 10_000;
    let open = -1;
    while (open !== 0 && Date.now() < until) {
      const [row] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'cds-jobs' AND datname = current_database()`;
      open = Number(row!.n);
      if (open) await new Promise((r) => setTimeout(r, 200));
    }
    expect(open).toBe(0);
  });
});
