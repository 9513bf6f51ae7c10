// One run of the scheduler for `npm run bench:jobs`, in a process of its own (as `npm run worker`
// would run it), so that the bench's HTTP client and the run do not share an event loop.
// Usage: tsx scripts/bench/jobs-run.ts <databaseUrl> <at ISO>. Clears the traces of an earlier run
// of the same moment (the rules' JobRun rows — this is the bench's own database —, its notifications and their outbox rows) so that
// every run does the full work, then prints one JSON line: the run's window and the summary.
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../../lib/db";
import { RULES } from "../../lib/jobs/rules";
import { runScheduled } from "../../lib/jobs/schedule";
import { STAND_IN_RULES } from "./jobs-rules";

async function main() {
  const [url, atIso] = process.argv.slice(2);
  if (!url || !atIso) throw new Error("usage: jobs-run.ts <databaseUrl> <at>");
  const at = new Date(atIso);
  const db = createPrismaClient(url, 4);
  const rules = RULES.length ? RULES : STAND_IN_RULES;
  await db.$transaction([
    db.outboxMessage.deleteMany({ where: { notification: { createdAt: at } } }),
    db.notification.deleteMany({ where: { createdAt: at } }),
    db.jobRun.deleteMany({ where: { rule: { in: rules.map((r) => r.name) } } }),
  ]);
  const startedAt = Date.now();
  const t0 = performance.now();
  const summary = await runScheduled({ at, db, rules });
  const ms = performance.now() - t0;
  const endedAt = Date.now();
  await db.$disconnect();
  console.log(JSON.stringify({ startedAt, endedAt, ms, standIn: RULES.length === 0, rules: rules.map((r) => r.name), summary }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
