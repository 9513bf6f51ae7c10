// `npm run storage:migrate -- --to s3://KEY:SECRET@host:port/bucket?… [--from <folder | s3://…>]
// [--drop-database-copies]`: copies every stored file into another store (scripts/lib/storage-migrate.ts).
// The source is the portal's store (STORAGE_URL, else EVIDENCE_DIR) unless --from says otherwise.
// Then set STORAGE_URL to the target and restart the instances. Exits 1 on any missing or differing file.
import path from "node:path";
import { parseArgs } from "node:util";
import { storeAt } from "../lib/storage";
import { openTarget, storeFromEnv } from "./lib/backup";
import { migrateStorage } from "./lib/storage-migrate";

const USAGE =
  "Cách dùng: npm run storage:migrate -- --to s3://khóa:bí-mật@máy-chủ:cổng/bucket?region=…&forcePathStyle=1 " +
  "[--from <thư mục | s3://…>] [--drop-database-copies]";

/** A folder or an s3:// address, as the portal reads STORAGE_URL / EVIDENCE_DIR. */
const where = (arg: string) => storeAt(arg.startsWith("s3://") ? arg : path.resolve(arg));

async function main() {
  let args;
  try {
    args = parseArgs({
      options: { to: { type: "string" }, from: { type: "string" }, "drop-database-copies": { type: "boolean" } },
      strict: true,
    }).values;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : err}\n${USAGE}`);
    process.exit(2);
  }
  if (!args.to) {
    console.error(USAGE);
    process.exit(2);
  }
  const from = args.from ? where(args.from) : storeFromEnv();
  const to = where(args.to);
  if (from.describe() === to.describe()) {
    console.error(`✖ Nguồn và đích là cùng một kho (${to.describe()}): không có gì để chuyển.`);
    process.exit(2);
  }
  console.log(`▶ Chuyển tệp từ ${from.describe()} sang ${to.describe()}`);
  const target = await openTarget(console.log);
  let failed = false;
  try {
    const r = await migrateStorage({ url: target.url, from, to, dropDatabaseCopies: args["drop-database-copies"], log: console.log });
    failed = r.failed.length > 0 || r.missing.length > 0;
    if (failed)
      console.error(
        "✖ Có tệp thiếu hoặc sai lệch (xem trên). Đừng đổi STORAGE_URL lúc này: kiểm tra rồi chạy lại lệnh (tệp đã chép sẽ được bỏ qua).",
      );
    else console.log(`✔ Xong. Đặt STORAGE_URL trỏ tới ${to.describe()} rồi khởi động lại các máy chủ ứng dụng.`);
  } finally {
    await target.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(`✖ Không chuyển được tệp: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
