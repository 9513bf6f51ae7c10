// One run of the scheduler for `npm run bench:jobs`, in a process of its own (as `npm run worker`
// would run it), so that the bench's HTTP client and the run do not share an event loop.
// Usage: tsx scripts/bench/jobs-run.ts <databaseUrl> <at ISO>. Clears the traces of an earlier run
// of the same moment (the rules' JobRun rows — this is the bench's own database —, its notifications and their outbox rows) so that
// every run does the full work, then prints one JSON line: the run's window and the summary.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../../lib/db";
import { RULES } from "../../lib/jobs/rules";
import { runScheduled } from "../../lib/jobs/schedule";
import { STAND_IN_RULES } from "./jobs-rules";

async function main() {
  const [url, atIso] = process.argv.slice(2);
  // As `npm run worker` runs (scripts/worker.ts): below normal priority, beside the app.
  os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
  if (!url || !atIso) throw new Error("usage: jobs-run.ts <databaseUrl> <at>");
  const at = new Date(atIso);
  const db = createPrismaClient(url, 4);
  const rules = RULES.length ? RULES : STAND_IN_RULES;
  const clear = () =>
    db.$transaction([
      db.outboxMessage.deleteMany({ where: { notification: { createdAt: at } } }),
      db.notification.deleteMany({ where: { createdAt: at } }),
      db.jobRun.deleteMany({ where: { rule: { in: rules.map((r) => r.name) } } }),
    ]);
  // The worker is a long-lived process: warm it up (module loading, JIT, the client's first queries)
  // on five communes, as its earlier ticks would have, then clear and time the whole province.
  await clear();
  const some = await db.unit.findMany({
    where: { kind: { in: ["COMMUNE", "WARD"] } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 5,
  });
  await runScheduled({ at, db, rules, communeIds: some.map((c) => c.id) });
  await clear();
  const startedAt = Date.now();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const summary = await runScheduled({ at, db, rules });
  const ms = performance.now() - t0;
  // On a busy machine wall time mostly measures the wait for a core: CPU time is this process's own work.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const endedAt = Date.now();
  await db.$disconnect();
  console.log(JSON.stringify({ startedAt, endedAt, ms, cpuMs, standIn: RULES.length === 0, rules: rules.map((r) => r.name), summary }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
