// `npm run worker`: the job runner (reminder rules every 5 minutes, outbox delivery every minute) in a
// process of its own, for WORKER=separate (the app then does not run it). Several may run at once,
// on several machines: lib/jobs/worker.ts explains why each slot still runs once. SIGTERM or Ctrl+C
// finish the job in hand (up to 8 s), close pg-boss and the database, then exit.
import os from "node:os";
import { openAppDatabase } from "./lib/app-target";

async function main() {
  const target = await openAppDatabase((line) => console.log(line));
  // Reminders can wait a few seconds, pages cannot: on a machine shared with the app the worker runs
  // below normal priority (docs/benchmarks.md "Lịch nhắc": the pages' latency during a province's run).
  os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
  const { createPrismaClient } = await import("../lib/db");
  const { createBoss } = await import("../lib/jobs/boss");
  const { startWorker } = await import("../lib/jobs/worker");
  const db = createPrismaClient(target.url, 4);
  const worker = await startWorker({ db, boss: createBoss(target.url) });
  console.log("✔ Bộ chạy lịch nhắc đang chạy (tiến trình riêng). Nhấn Ctrl+C để dừng.");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`▶ Đang dừng bộ chạy lịch nhắc (${signal})…`);
    let code = 0;
    try {
      await worker.stop();
      await db.$disconnect();
      await target.close();
    } catch (err) {
      console.error("✖ Dừng không trọn vẹn:", err instanceof Error ? err.message : err);
      code = 1;
    }
    process.exit(code);
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => void stop(signal));
}

main().catch((err) => {
  console.error("✖ Không khởi động được bộ chạy lịch nhắc:", err instanceof Error ? err.message : err);
  process.exit(1);
});
