// The scheduler's one loop: for every active commune and every rule (lib/jobs/rules), ask the rule
// whether a slot is due at `at` (its own time of day, working days only…), and if so run it once:
// the slot is claimed by inserting a JobRun row in the same transaction that writes the messages (one
// transaction per commune), so a second worker, a retried job or a second `npm run jobs` for the same
// moment finds the row and skips. Dry runs plan the messages and roll everything back.
import { getDb, type Db, type Tx } from "../db";
import { localDateKey } from "../dates";
import { readSettingsOf, type CommuneSettingsValues } from "../communes/settings";
import type { NotificationKind } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { loadCalendar, type Calendar } from "../calendar/working-days";
import { notifyMany } from "../notifications/notify";
import { localTimeOf, now } from "./clock";
import { RULES } from "./rules";

export type RuleCommune = { id: string; name: string; provinceId: string };

export type RuleContext = {
  tx: Tx;
  at: Date;
  /** The local day (Asia/Ho_Chi_Minh) of `at`, "YYYY-MM-DD". */
  today: string;
  /** The local time of `at`, "HH:MM". */
  time: string;
  commune: RuleCommune;
  settings: CommuneSettingsValues;
  calendar: Calendar;
  /**
   * A read shared by the rules of one commune in one run (the open tasks and their lead units, the
   * units' staff): the first rule that asks reads it, the next ones reuse it. Only for reads that the
   * rules themselves do not change.
   */
  once<T>(key: string, read: () => Promise<T>): Promise<T>;
};

/** A message a rule wants written: the same fields notify() takes, keyed to its slot. */
export type PlannedMessage = {
  kind: NotificationKind;
  userIds: string[];
  title: string;
  body: string;
  /** A longer e-mail text than the bell's body (NotifyInput.emailText). */
  emailText?: string;
  href?: string;
  /** A link naming each recipient's own notification (NotifyInput.hrefOf). */
  hrefOf?: (notificationId: string) => string;
  topic?: string;
  data?: Prisma.InputJsonValue;
  /** Unique per message and slot, e.g. "deadline:<unitId>:2026-12-12" (notify appends the user). */
  dedupeKey: string;
};

export type Rule = {
  /** Stable name: part of the JobRun key and the summary. */
  name: string;
  /** The slot due at ctx.at ("2026-12-12", "2026-W50"), or null when the rule has nothing to do now. */
  slot(ctx: Omit<RuleContext, "tx" | "once">): string | null;
  plan(ctx: RuleContext): Promise<PlannedMessage[]>;
};

export type ScheduleSummary = {
  at: string;
  dryRun: boolean;
  communes: number;
  /** Notifications written (or, in a dry run, that would be). */
  sent: number;
  byKind: Partial<Record<NotificationKind, number>>;
  byRule: Record<string, number>;
  emails: number;
  webhooks: number;
  /** Rule slots already run before (by another worker or an earlier call). */
  skipped: number;
};

class DryRun extends Error {}

export type RunOptions = {
  at?: Date;
  dryRun?: boolean;
  communeIds?: string[];
  rules?: readonly Rule[];
  db?: Db;
  /** Communes run at once (default 2): each holds one connection of the pool while it runs. */
  concurrency?: number;
};

export async function runScheduled(opts: RunOptions = {}): Promise<ScheduleSummary> {
  const db = opts.db ?? getDb();
  const at = opts.at ?? now();
  const dryRun = !!opts.dryRun;
  const rules = opts.rules ?? RULES;
  const summary: ScheduleSummary = {
    at: at.toISOString(),
    dryRun,
    communes: 0,
    sent: 0,
    byKind: {},
    byRule: {},
    emails: 0,
    webhooks: 0,
    skipped: 0,
  };
  // Communes are Unit rows of kind COMMUNE/WARD (lib/communes/scope.ts); one without a province is not served.
  const rows = await db.unit.findMany({
    where: {
      kind: { in: ["COMMUNE", "WARD"] },
      active: true,
      provinceId: { not: null },
      ...(opts.communeIds ? { id: { in: opts.communeIds } } : {}),
    },
    select: { id: true, name: true, provinceId: true },
    orderBy: { id: "asc" },
  });
  const communes: RuleCommune[] = rows.map((c) => ({ id: c.id, name: c.name, provinceId: c.provinceId! }));
  summary.communes = communes.length;
  const settings = await readSettingsOf(
    db,
    communes.map((c) => c.id),
  );
  const calendar = await loadCalendar(db);
  const today = localDateKey(at);
  const time = localTimeOf(at);

  // The slots due now, and which of them ran already: after a rule's time every tick of the day
  // finds its slot due, and one read here spares a transaction per commune and rule.
  const due = communes.flatMap((commune) => {
    const shared = new Map<string, Promise<unknown>>();
    const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
      if (!shared.has(key)) shared.set(key, read());
      return shared.get(key) as Promise<T>;
    };
    const base = { at, today, time, commune, settings: settings.get(commune.id)!, calendar, once };
    return rules.flatMap((rule) => {
      const slot = rule.slot(base);
      return slot ? [{ base, rule, slot, key: `${rule.name}:${commune.id}:${slot}` }] : [];
    });
  });
  const done = new Set(
    (await db.jobRun.findMany({ where: { key: { in: due.map((d) => d.key) } }, select: { key: true } })).map((r) => r.key),
  );
  summary.skipped = due.filter((d) => done.has(d.key)).length;
  const todo = due.filter((d) => !done.has(d.key));

  // One transaction per commune: its due slots are claimed together (a JobRun row each; a slot another
  // worker claimed first is skipped), its rules plan in order (the e-mail digest, last, sees what the
  // others wrote), and their messages, counts and claims commit or roll back as one.
  const runCommune = async (commune: RuleCommune) => {
    const items = todo.filter((d) => d.base.commune.id === commune.id);
    try {
      await db.$transaction(
        async (tx) => {
          const claimed = new Set(
            (
              await tx.$queryRaw<{ key: string }[]>`
                INSERT INTO "JobRun" (key, "communeId", rule, slot, messages)
                SELECT k, ${commune.id}, r, s, 0 FROM unnest(${items.map((i) => i.key)}::text[], ${items.map((i) => i.rule.name)}::text[], ${items.map((i) => i.slot)}::text[]) AS v(k, r, s)
                ON CONFLICT (key) DO NOTHING RETURNING key`
            ).map((r) => r.key),
          );
          summary.skipped += items.length - claimed.size;
          const counts: { key: string; written: number }[] = [];
          for (const { base, rule, key } of items) {
            if (!claimed.has(key)) continue;
            const planned = await rule.plan({ ...base, tx });
            const results = dryRun
              ? planned.map((m) => ({ notified: new Set(m.userIds).size, emails: 0, webhooks: 0 }))
              : await notifyMany(
                  tx,
                  planned.map((m) => ({ communeId: commune.id, ...m, at, settings: base.settings })),
                );
            let written = 0;
            for (const [i, m] of planned.entries()) {
              const r = results[i]!;
              written += r.notified;
              summary.sent += r.notified;
              summary.emails += r.emails;
              summary.webhooks += r.webhooks;
              summary.byKind[m.kind] = (summary.byKind[m.kind] ?? 0) + r.notified;
            }
            summary.byRule[rule.name] = (summary.byRule[rule.name] ?? 0) + written;
            counts.push({ key, written });
          }
          if (counts.length)
            await tx.$executeRaw`
              UPDATE "JobRun" j SET messages = v.m
              FROM unnest(${counts.map((c) => c.key)}::text[], ${counts.map((c) => c.written)}::int[]) AS v(k, m) WHERE j.key = v.k`;
          if (dryRun) throw new DryRun();
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
    } catch (err) {
      if (!(err instanceof DryRun)) throw err;
    }
  };
  // A few communes at a time (each its own transaction, on rows no other commune touches): the
  // worker's work and the database's overlap on two cores instead of taking turns.
  const queue = communes.filter((c) => todo.some((d) => d.base.commune.id === c.id));
  const lanes = Math.max(1, opts.concurrency ?? 2);
  const outcomes = await Promise.allSettled(
    Array.from({ length: Math.min(lanes, queue.length) }, async () => {
      try {
        for (let c = queue.shift(); c; c = queue.shift()) await runCommune(c);
      } catch (err) {
        queue.length = 0; // the other lanes finish the commune in hand and stop, as a single loop would
        throw err;
      }
    }),
  );
  const failed = outcomes.find((o) => o.status === "rejected");
  if (failed) throw failed.reason;
  return summary;
}
