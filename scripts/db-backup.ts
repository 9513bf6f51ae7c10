// `npm run db:backup [-- <file.zip | folder>]`: the database (DATABASE_URL, or the embedded one of
// `npm start`) and the stored files (STORAGE_URL, else EVIDENCE_DIR) into one zip, by default backups/cds-<time>.zip.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { backupDatabase, BackupError, storeFromEnv, openTarget } from "./lib/backup";

/** yyyy-mm-dd-HHmmss in Vietnam's time, as people there read it. */
function stamp(d = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}-${parts.hour}${parts.minute}${parts.second}`;
}

function outFile(arg: string | undefined): string {
  const name = `cds-${stamp()}.zip`;
  if (!arg) return path.join("backups", name);
  if (arg.endsWith("/") || (existsSync(arg) && statSync(arg).isDirectory())) return path.join(arg, name);
  return arg;
}

async function main() {
  const target = await openTarget(console.log);
  try {
    await backupDatabase({ url: target.url, store: storeFromEnv(), outFile: outFile(process.argv[2]), log: console.log });
  } finally {
    await target.close();
  }
}

main().catch((err) => {
  const full = (err as NodeJS.ErrnoException).code === "ENOSPC";
  const message = full
    ? "ổ đĩa đã đầy (không còn chỗ cho tệp sao lưu)"
    : err instanceof BackupError || err instanceof Error
      ? err.message
      : err;
  console.error(`✖ Không sao lưu được: ${String(message).replace(/\.$/, "")}. Không để lại tệp dở dang.`);
  process.exit(1);
});
