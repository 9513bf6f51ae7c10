// `npm run jobs -- --at 2026-12-12T07:30+07:00 [--dry-run] [--commune <id>]`: the test clock. Runs
// every scheduled rule as if it were that moment (lib/jobs/clock.ts setClock: the rules, notify and
// the outbox all read that "now"), then, unless --dry-run, delivers what is due at that moment, and
// prints one JSON line: the scheduler's summary plus `delivered: { sent, retried, failed }`.
// A slot already run (by the worker or an earlier call) is skipped: running it twice sends nothing twice.
import { parseArgs } from "node:util";
import { openAppDatabase } from "./lib/app-target";

const USAGE = `Cách dùng: npm run jobs -- --at <thời điểm> [--dry-run] [--commune <id>]

Chạy mọi lịch nhắc như thể đang ở thời điểm đã cho, gửi các thư đến hạn lúc đó, rồi in một dòng JSON.
  --at <thời điểm>   ISO 8601 có múi giờ, ví dụ 2026-12-12T07:30+07:00 (bắt buộc)
  --dry-run          chỉ tính ra các thông báo sẽ tạo, không ghi gì, không gửi gì
  --commune <id>     chỉ xã/phường này (lặp lại để chọn nhiều)
Không có DATABASE_URL thì dùng PostgreSQL nhúng của npm start (.data/postgres).`;

/** Exit code 2: the command line is wrong (nothing was run). */
function usageError(text: string): never {
  console.error(`✖ ${text}\n\n${USAGE}`);
  process.exit(2);
}

/** An instant with an explicit offset; a bare local time would depend on the machine's time zone. */
function parseAt(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        at: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        commune: { type: "string", multiple: true },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (err) {
    usageError(`Tham số không hợp lệ: ${err instanceof Error ? err.message : err}`);
  }
  if (values.help) return void console.log(USAGE);
  if (!values.at) usageError("Thiếu --at (thời điểm chạy lịch nhắc).");
  const at = parseAt(values.at);
  if (!at) usageError(`Thời điểm "${values.at}" không hợp lệ: cần dạng 2026-12-12T07:30+07:00 (ngày, giờ và múi giờ).`);
  const dryRun = values["dry-run"];

  // Progress goes to stderr: stdout is the one JSON line, for scripts.
  const target = await openAppDatabase((line) => console.error(line));
  const { createPrismaClient } = await import("../lib/db");
  const { setClock } = await import("../lib/jobs/clock");
  const { runScheduled } = await import("../lib/jobs/schedule");
  const { deliverDue } = await import("../lib/notifications/outbox");
  const db = createPrismaClient(target.url, 2);
  try {
    if (values.commune?.length) {
      const found = await db.unit.count({ where: { id: { in: values.commune }, kind: { in: ["COMMUNE", "WARD"] } } });
      if (found !== new Set(values.commune).size) usageError(`Không có xã/phường với mã: ${values.commune.join(", ")}.`);
    }
    setClock(at);
    const summary = await runScheduled({ at, dryRun, communeIds: values.commune, db });
    const delivered = dryRun ? { sent: 0, retried: 0, failed: 0 } : await deliverDue(db, { at });
    console.log(JSON.stringify({ ...summary, delivered }));
  } finally {
    await db.$disconnect();
    await target.close();
  }
}

main().catch((err) => {
  console.error("✖ Không chạy được lịch nhắc:", err instanceof Error ? err.message : err);
  process.exit(1);
});
