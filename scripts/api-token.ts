// `npm run api:token -- --user <username> --name <label> [--scope read|indicators:write] [--expires 2027-12-31]`:
// issues an API token for automation and prints it, alone, on stdout (the details go to stderr). The
// same checks and audit entry as Quản trị → Kết nối hệ thống (lib/api-tokens/commands.ts), acting as
// the token's owner. Bad input: a Vietnamese message on stderr, exit code 2, nothing written.
import { parseArgs } from "node:util";
import { openAppDatabase } from "./lib/app-target";

const USAGE = `Cách dùng: npm run api:token -- --user <tên đăng nhập> --name <tên khóa> [--scope read|indicators:write] [--expires 2027-12-31]

Tạo một khóa kết nối API cho tài khoản đã cho và in khóa (chỉ khóa) ra stdout.
  --user <tên>       tài khoản sở hữu khóa, đang hoạt động (bắt buộc)
  --name <tên>       khóa dùng cho việc gì, 3–100 ký tự, ví dụ "Hệ thống một cửa tỉnh" (bắt buộc)
  --scope <quyền>    read (mặc định) hoặc indicators:write (gửi số liệu chỉ tiêu)
  --expires <ngày>   ngày hết hạn YYYY-MM-DD (giờ Việt Nam), từ ngày mai đến 3 năm; khóa dùng được hết ngày đó
Không có DATABASE_URL thì dùng PostgreSQL nhúng của npm start (.data/postgres).`;

/** Exit code 2: the command line is wrong (nothing was written). */
function usageError(text: string): never {
  console.error(`✖ ${text}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        user: { type: "string" },
        name: { type: "string" },
        scope: { type: "string", default: "read" },
        expires: { type: "string" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (err) {
    usageError(`Tham số không hợp lệ: ${err instanceof Error ? err.message : err}`);
  }
  if (values.help) return void console.log(USAGE);
  const { API_SCOPE_LABEL, API_SCOPE_NAME } = await import("../lib/api-tokens/labels");
  const { tokenNameSchema } = await import("../lib/api-tokens/schemas");
  const { isoDay } = await import("../lib/validation/fields");
  const { expiryDayProblem, expiryText } = await import("../lib/api-tokens/expiry");

  const username = values.user?.trim().toLowerCase();
  if (!username) usageError("Thiếu --user (tên đăng nhập của tài khoản sở hữu khóa).");
  if (values.name === undefined) usageError('Thiếu --name (khóa dùng cho việc gì, ví dụ "Hệ thống một cửa tỉnh").');
  const name = tokenNameSchema.safeParse(values.name);
  if (!name.success) usageError(`--name: ${name.error.issues[0]!.message}.`);
  const scope = (Object.keys(API_SCOPE_NAME) as (keyof typeof API_SCOPE_NAME)[]).find((s) => API_SCOPE_NAME[s] === values.scope);
  if (!scope) usageError(`--scope "${values.scope}" không hợp lệ: chỉ nhận read hoặc indicators:write.`);
  const now = new Date();
  let expires: string | null = null;
  if (values.expires !== undefined) {
    const day = isoDay.safeParse(values.expires);
    if (!day.success) usageError(`--expires "${values.expires}" không phải một ngày hợp lệ dạng YYYY-MM-DD.`);
    const problem = expiryDayProblem(day.data, now);
    if (problem) usageError(`--expires: ${problem}`);
    expires = day.data;
  }

  // Progress goes to stderr: stdout is the token alone, for scripts.
  const target = await openAppDatabase((line) => console.error(line));
  const { createPrismaClient } = await import("../lib/db");
  const { createTokenFor } = await import("../lib/api-tokens/commands");
  const { AppError } = await import("../lib/errors");
  const db = createPrismaClient(target.url, 1);
  try {
    const owner = await db.user.findFirst({ where: { username, active: true }, select: { id: true } });
    if (!owner) usageError(`Không có tài khoản đang hoạt động với tên đăng nhập "${username}".`);
    const made = await db
      .$transaction((tx) =>
        createTokenFor(tx, {
          actorId: owner.id,
          owner: { id: owner.id },
          input: { name: name.data, scope, expires },
          now,
          via: "dòng lệnh",
        }),
      )
      .catch((err: unknown) => {
        if (err instanceof AppError && (err.code === "VALIDATION" || err.code === "NOT_FOUND")) usageError(err.message);
        throw err;
      });
    console.log(made.token);
    console.error(
      [
        `✔ Đã tạo khóa kết nối "${name.data}" (${made.prefix}…)`,
        `  Tài khoản: ${made.ownerName} (${made.ownerUsername})`,
        `  Quyền: ${API_SCOPE_LABEL[scope]} (${API_SCOPE_NAME[scope]})`,
        `  Hạn dùng: ${expiryText(expires)}`,
        "  Hãy lưu lại ngay: khóa không hiển thị lại.",
      ].join("\n"),
    );
  } finally {
    await db.$disconnect();
    await target.close();
  }
}

main().catch((err) => {
  console.error("✖ Không tạo được khóa kết nối:", err instanceof Error ? err.message : err);
  process.exit(1);
});
