// `npm run seed:synthetic`: a realistic database of any size (provinces × communes × tasks × months)
// for load tests and the benchmark. Deterministic for a given --seed and --today. Refuses a database
// that already has data unless --reset. See scripts/synthetic/ for how the rows are made.
import { parseSeedArgs, SEED_USAGE } from "./synthetic/args";
import { SYNTHETIC_PASSWORD } from "./synthetic/config";
import { openDatabase } from "./synthetic/database";
import { NotEmptyError, seedSynthetic } from "./synthetic/seed";

async function main() {
  if (process.argv.includes("--help")) {
    console.log(SEED_USAGE);
    return;
  }
  const { cfg, reset } = parseSeedArgs(process.argv.slice(2));
  console.log(
    `▶ Dữ liệu tổng hợp: ${cfg.provinces} tỉnh × ${cfg.communesPerProvince} xã × ${cfg.tasksPerCommune} nhiệm vụ × ${cfg.months} tháng` +
      ` (seed "${cfg.seed}", hôm nay ${cfg.today})`,
  );
  console.log(process.env.DATABASE_URL ? "▶ Dùng PostgreSQL từ DATABASE_URL" : "▶ Khởi động PostgreSQL nhúng (.data/synthetic)…");
  const db = await openDatabase({ dataDir: "synthetic", database: "cds_synthetic", preferredPort: 54339 });
  // Ctrl+C: stop the embedded PostgreSQL rather than leave it running.
  process.once("SIGINT", () => void db.stop().finally(() => process.exit(130)));
  let code = 0;
  try {
    const result = await seedSynthetic(db.url, cfg, { reset, log: (line) => console.log(line) });
    console.log(
      `\n✔ Đã nạp dữ liệu tổng hợp trong ${result.seconds.toFixed(1)} giây (sinh và ghi dữ liệu ${result.loadSeconds.toFixed(1)} s, trong đó sinh ${result.generateSeconds.toFixed(1)} s chạy song song với ghi; còn lại là migration).`,
    );
    console.log(`  Cơ sở dữ liệu: ${db.url}`);
    for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString("vi-VN").padStart(12)}`);
    console.log(`\nTài khoản (mật khẩu chung ${SYNTHETIC_PASSWORD}): admin, tinh.s01, chutich.s001, vhxh.s001, tthcc.s001, vanphong.s001…`);
  } catch (err) {
    console.error(`✖ ${err instanceof NotEmptyError ? err.message : err instanceof Error ? (err.stack ?? err.message) : err}`);
    console.error(`  Cơ sở dữ liệu: ${db.url}`);
    code = 1;
  } finally {
    await db.stop();
  }
  process.exit(code);
}

main().catch((err) => {
  console.error("✖ Không nạp được dữ liệu tổng hợp:", err instanceof Error ? err.message : err);
  process.exit(1);
});
