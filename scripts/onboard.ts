// `npm run onboard -- <tệp.xlsx | xa-phuong.csv [tai-khoan.csv]> [--apply] [--as <tên đăng nhập quản trị>]`:
// bulk onboarding from the command line, with the code of Quản trị → Khởi tạo hàng loạt
// (lib/onboarding). Without --apply it prints the preview (one line per row, then a summary) and
// writes nothing; with --apply it writes everything in one transaction and prints each new account's
// activation link (or "đã gửi thư"). Exit 1 when a row has an error (nothing written), 2 for a bad
// command line. Audit lines name the admin account (--as, or the first active ADMIN).
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openAppDatabase } from "./lib/app-target";

const USAGE = `Cách dùng: npm run onboard -- <tệp.xlsx | xa-phuong.csv [tai-khoan.csv]> [--apply] [--as <tên đăng nhập quản trị>]

Kiểm tra (mặc định) hoặc ghi (--apply) tệp khởi tạo xã, phường và tài khoản.
Không có DATABASE_URL thì dùng PostgreSQL nhúng của npm start (.data/postgres).`;

function usageError(text: string): never {
  console.error(`✖ ${text}\n\n${USAGE}`);
  process.exit(2);
}

const STATE = { new: "MỚI", unchanged: "KHÔNG ĐỔI", error: "LỖI" } as const;

async function readArg(file: string) {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) usageError(`Không tìm thấy tệp ${file}`);
  return { name: path.basename(file), bytes: await readFile(file) };
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { apply: { type: "boolean", default: false }, as: { type: "string" }, help: { type: "boolean", default: false } },
    });
  } catch (err) {
    usageError(`Tham số không hợp lệ: ${err instanceof Error ? err.message : err}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return void console.log(USAGE);
  if (positionals.length < 1 || positionals.length > 2)
    usageError("Cần một tệp .xlsx, hoặc một tệp CSV xã, phường và (tùy chọn) một tệp CSV tài khoản.");
  const main = await readArg(positionals[0]!);
  const accounts = positionals[1] ? await readArg(positionals[1]) : null;

  const { readOnboardingFiles } = await import("../lib/onboarding/parse");
  const read = await readOnboardingFiles(main, accounts);
  if (!read.ok) usageError(read.message);

  const target = await openAppDatabase((line) => console.error(line));
  const { createPrismaClient } = await import("../lib/db");
  const { previewOnboarding, ROLE_LABEL } = await import("../lib/onboarding/check");
  const { applyOnboarding, deliverActivationMails } = await import("../lib/onboarding/apply");
  const { AppError } = await import("../lib/errors");
  const { formatDateTime } = await import("../lib/dates");
  const db = createPrismaClient(target.url, 1);
  try {
    const plan = await db.$transaction((tx) => previewOnboarding(tx, read));
    for (const c of plan.communes) {
      const what = `${c.name || "(thiếu tên)"} (${c.adminCode || "?"})${c.provinceName ? `, ${c.provinceName}` : ""}`;
      console.log(`Xã, phường dòng ${c.line}: ${STATE[c.state]} — ${what}${c.errors.length ? `: ${c.errors.join("; ")}` : ""}`);
    }
    for (const a of plan.accounts) {
      const what = `${a.fullName || "(thiếu tên)"} — ${a.username || "?"}${a.role ? `, ${ROLE_LABEL[a.role]}` : ""}${a.communeName ? `, ${a.communeName}` : ""}`;
      console.log(`Tài khoản dòng ${a.line}: ${STATE[a.state]} — ${what}${a.errors.length ? `: ${a.errors.join("; ")}` : ""}`);
    }
    const { counts } = plan;
    console.log(`Tổng: ${counts.new} mới, ${counts.unchanged} không đổi, ${counts.error} lỗi.`);
    if (counts.error > 0) {
      console.error("✖ Tệp còn dòng lỗi: chưa ghi gì. Sửa tệp rồi chạy lại.");
      process.exitCode = 1;
      return;
    }
    if (!values.apply) {
      console.log(counts.new ? "Chưa ghi gì: chạy lại với --apply để khởi tạo." : "Không có gì mới để ghi.");
      return;
    }
    const admin = await db.user.findFirst({
      where: { role: "ADMIN", active: true, ...(values.as ? { username: values.as.trim().toLowerCase() } : {}) },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (!admin) usageError(values.as ? `Không có tài khoản quản trị đang hoạt động "${values.as}".` : "Chưa có tài khoản quản trị nào.");
    const done = await db
      .$transaction((tx) => applyOnboarding(tx, { actorId: admin.id, fileName: main.name, rows: read }), { timeout: 120_000 })
      .catch((err: unknown) => {
        if (!(err instanceof AppError)) throw err;
        console.error(`✖ ${err.message}`);
        return null;
      });
    if (!done) {
      process.exitCode = 1;
      return;
    }
    const links = await deliverActivationMails(done.accounts);
    const { handDownProvincePlans } = await import("../lib/tenants/hand-down");
    const handedDown = done.createdCommunes.length > 0 ? await handDownProvincePlans(db) : 0;
    if (handedDown > 0) console.log(`✔ Đã giao kế hoạch của tỉnh cho ${handedDown} xã, phường mới.`);
    console.log(`✔ Đã khởi tạo ${done.createdCommunes.length} xã, phường và ${links.length} tài khoản.`);
    for (const l of links) {
      const how = l.emailed ? `đã gửi thư tới ${l.email}` : `${l.link} (hết hạn ${formatDateTime(l.expiresAt)})`;
      console.log(`${l.username}\t${l.fullName}\t${l.communeName}\t${how}`);
    }
  } finally {
    await db.$disconnect();
    await target.close();
  }
}

main().catch((err) => {
  console.error("✖ Không khởi tạo được:", err instanceof Error ? err.message : err);
  process.exit(1);
});
