// `npm run db:restore -- <file.zip>`: a backup into an EMPTY database (DATABASE_URL, or the embedded
// one of `npm start`) and a file store (STORAGE_URL, else EVIDENCE_DIR) without other files. Refuses otherwise.
import { BackupError, storeFromEnv, openTarget, restoreDatabase } from "./lib/backup";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("Cách dùng: npm run db:restore -- backups/cds-<thời điểm>.zip");
    process.exit(2);
  }
  const target = await openTarget(console.log);
  try {
    await restoreDatabase({ url: target.url, store: storeFromEnv(), file, log: console.log });
  } finally {
    await target.close();
  }
}

main().catch((err) => {
  console.error(`✖ Không khôi phục được: ${err instanceof BackupError || err instanceof Error ? err.message : err}`);
  process.exit(1);
});
