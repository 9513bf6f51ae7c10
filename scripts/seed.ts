// `npm run db:seed`: fills an empty database with the demo data (never twice). Every run also adds
// KPI catalog entries shipped since the database was created (existing ones keep ADMIN's edits).
import { createPrismaClient } from "../lib/db";
import { syncIndicatorCatalog } from "../lib/indicators/catalog-sync";
import { DEMO_PASSWORD, seedDemo } from "../prisma/seed/demo";

export async function seedIfEmpty(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl, 2);
  try {
    await syncIndicatorCatalog(db);
    if ((await db.user.count()) > 0) return null;
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

export function printLogins(logins: { username: string; role: string; who: string }[]) {
  console.log(`\nTài khoản dùng thử (mật khẩu chung: ${DEMO_PASSWORD}):`);
  for (const l of logins) console.log(`  ${l.username.padEnd(22)} ${l.role.padEnd(12)} ${l.who}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Hãy đặt DATABASE_URL, hoặc dùng `npm start` (tự khởi động PostgreSQL nhúng và nạp dữ liệu mẫu).");
    process.exit(1);
  }
  const logins = await seedIfEmpty(url);
  if (logins) printLogins(logins);
  else console.log("Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu mẫu.");
}
