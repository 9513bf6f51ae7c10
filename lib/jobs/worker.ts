// The job worker: pg-boss schedules two jobs and this process works them.
// - "scheduler-tick" every 5 minutes runs the reminder rules (lib/jobs/schedule.ts runScheduled)
//   and completes province plan versions that did not reach every commune (lib/province-plans/catch-up.ts),
//   and removes evidence uploaded ahead of a form that was never sent (lib/uploads/sweep.ts);
// - "outbox-deliver" every minute sends what the outbox has due (lib/notifications/outbox.ts).
// Several app instances (or `npm run worker` processes) may run this at once. Two guarantees, one
// on top of the other:
// 1. pg-boss sends one job per cron slot across all instances: each instance's clock monitor takes
//    a database-wide "cron time" lock (trySetCronTime) before it looks at the schedules, and the job
//    it queues carries singletonKey = the schedule's name with singletonSeconds = 60, so a second
//    instance in the same minute inserts nothing;
// 2. whatever pg-boss does (a retried job, a tick sent by hand, two ticks for the same moment), the
//    JobRun row (key "rule:communeId:slot", inserted in the transaction that writes the messages)
//    lets one run per (rule, commune, slot) through, and the outbox claims each message with
//    FOR UPDATE SKIP LOCKED: nothing is written or sent twice.
import PgBoss from "pg-boss";
import { getDb, type Db } from "../db";
import { deliverDue, type DeliveryResult, type Senders } from "../notifications/outbox";
import { ensureOfficialHolidays } from "../calendar/official-holidays";
import { removeExpiredUploads } from "../uploads/sweep";
import { now } from "./clock";
import { forgetBoss, getBoss } from "./boss";
import { applyPendingPublications } from "../province-plans/catch-up";
import { runScheduled, type Rule, type ScheduleSummary } from "./schedule";

export const TICK_QUEUE = "scheduler-tick";
export const DELIVER_QUEUE = "outbox-deliver";
/** Rules decide their own time of day (07:30 by default); a tick every 5 minutes finds them due. */
export const TICK_CRON = "*/5 * * * *";
export const DELIVER_CRON = "* * * * *";
export const SCHEDULE_TZ = "Asia/Ho_Chi_Minh";
/** Under the 10 s `npm start`'s supervisor gives a child between SIGTERM and SIGKILL. */
const STOP_TIMEOUT_MS = 8_000;

/** A tick may name its moment (tests, a tick sent by hand); the cron's ticks run at now(). */
export type TickData = { at?: string };

export type WorkerOptions = {
  db?: Db;
  boss?: PgBoss;
  /** Tests only: a rule set of their own instead of RULES. */
  rules?: readonly Rule[];
  /** Tests only: senders pointed at local servers (a real SMTP server, a node:http server). */
  senders?: Senders;
  /** Stop on SIGTERM/SIGINT (off in tests, which stop the worker themselves). */
  handleSignals?: boolean;
  log?: (line: string) => void;
  /** Every tick's summary, whether or not it wrote anything (tests; monitoring). */
  onTick?: (summary: ScheduleSummary) => void;
  logError?: (line: string, err: unknown) => void;
};

export type RunningWorker = { boss: PgBoss; stop: () => Promise<void> };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Starts pg-boss, its queues and schedules, and works both jobs until stop(). Never throws after start. */
export async function startWorker(opts: WorkerOptions = {}): Promise<RunningWorker> {
  const db = opts.db ?? getDb();
  const boss = opts.boss ?? getBoss();
  const log = opts.log ?? ((line: string) => console.log(line));
  const logError = opts.logError ?? ((line: string, err: unknown) => console.error(line, message(err)));

  // pg-boss reports its own trouble (a lost connection, a failed maintenance) here; without a
  // listener an "error" event would throw and take the app down.
  const onError = (err: Error) => logError("[jobs] pg-boss:", err);
  boss.on("error", onError);

  try {
    // Instances starting at the same moment deadlock in pg-boss's createQueue (each creates a queue's
    // partition of pgboss.job, its own "__pgboss__send-it" queue included, in start()): one instance
    // at a time, under an advisory lock held by our own client while pg-boss works on its pool.
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('cds-jobs:setup'))`;
        await boss.start();
        await boss.createQueue(TICK_QUEUE, {
          name: TICK_QUEUE,
          // A failed tick is tried once more a minute later; the next cron tick catches up anyway.
          retryLimit: 1,
          retryDelay: 60,
          expireInSeconds: 10 * 60,
        });
        await boss.createQueue(DELIVER_QUEUE, {
          name: DELIVER_QUEUE,
          // The outbox keeps its own attempts and back-off per message: the job itself is not retried.
          retryLimit: 0,
          expireInSeconds: 10 * 60,
        });
        await boss.schedule(TICK_QUEUE, TICK_CRON, {}, { tz: SCHEDULE_TZ });
        await boss.schedule(DELIVER_QUEUE, DELIVER_CRON, {}, { tz: SCHEDULE_TZ });
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
  } catch (err) {
    // Nothing half started stays behind (pg-boss's timers and pool, when it got that far); the
    // caller may try again, with a new PgBoss.
    await boss.stop({ graceful: false }).catch(() => {});
    boss.off("error", onError);
    forgetBoss(boss);
    throw err;
  }

  // Official days off of the years the portal ships with, for a database that has none of a year
  // (never overwrites the admin's table). A failure costs only the holidays, not the worker.
  await ensureOfficialHolidays(db).catch((err) => logError("[jobs] ngày nghỉ lễ chưa nạp được:", err));

  // A handler that throws fails its job (pg-boss records the error and retries as configured); the
  // worker goes on with the next job.
  await boss.work<TickData>(TICK_QUEUE, async (jobs) => {
    for (const job of jobs) {
      const at = job.data?.at ? new Date(job.data.at) : now();
      try {
        const summary = await runScheduled({ at, db, rules: opts.rules });
        // Slots already run are skipped on every tick after their time: only a run that wrote something is worth a line.
        opts.onTick?.(summary);
        if (summary.sent > 0) log(`[jobs] ${TICK_QUEUE} ${JSON.stringify(brief(summary))}`);
        // A province plan version that did not reach every commune is completed here.
        const caughtUp = await applyPendingPublications(db);
        if (caughtUp.plans > 0) log(`[jobs] kế hoạch của tỉnh áp dụng tiếp ${JSON.stringify(caughtUp)}`);
        const expired = await removeExpiredUploads(db, at);
        if (expired > 0) log(`[jobs] đã xoá ${expired} tệp tải lên chưa gửi quá 24 giờ`);
      } catch (err) {
        logError(`[jobs] ${TICK_QUEUE} lúc ${at.toISOString()} thất bại:`, err);
        throw err;
      }
    }
  });
  await boss.work(DELIVER_QUEUE, async () => {
    try {
      const result: DeliveryResult = await deliverDue(db, { senders: opts.senders });
      if (result.sent + result.retried + result.failed > 0) log(`[jobs] ${DELIVER_QUEUE} ${JSON.stringify(result)}`);
    } catch (err) {
      logError(`[jobs] ${DELIVER_QUEUE} thất bại:`, err);
      throw err;
    }
  });

  let stopping: Promise<void> | undefined;
  const onSignal = () => void stop();
  const stop = () => {
    stopping ??= (async () => {
      if (opts.handleSignals) for (const s of ["SIGTERM", "SIGINT"] as const) process.off(s, onSignal);
      // Waits for the jobs in hand (up to the timeout), then closes pg-boss's pool. A job cut off
      // midway leaves nothing half written: its JobRun and messages are one transaction, and an
      // outbox row it had claimed is tried again when its lease runs out.
      await boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS });
      boss.off("error", onError);
    })();
    return stopping;
  };
  if (opts.handleSignals) for (const s of ["SIGTERM", "SIGINT"] as const) process.on(s, onSignal);
  return { boss, stop };
}

/** The tick's log line: what was written, without the empty parts. */
function brief(s: ScheduleSummary) {
  return { at: s.at, communes: s.communes, sent: s.sent, byKind: s.byKind, emails: s.emails, webhooks: s.webhooks, skipped: s.skipped };
}
