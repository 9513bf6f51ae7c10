// The login limit under parallel attempts, through next-auth's authorize (the path every login
// takes) against the real database: the allowed number of attempts reach the password check and
// no more, and a right password among the wrong ones neither slips past the limit nor resets it.
import { afterAll, beforeAll, expect, it } from "vitest";

// Set before lib/env reads them: the account limit under test, an address limit out of the way.
process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = "5";
process.env.LOGIN_MAX_FAILURES_PER_IP = "100000";

const { authOptions, LOGIN_ERROR } = await import("@/lib/auth/options");
const { hashPassword } = await import("@/lib/auth/password");
const { getDb } = await import("@/lib/db");
const { testDb, truncateAll } = await import("./db");
const { seedDemo } = await import("@/prisma/seed/demo");

const db = testDb();
const PASSWORD = "Dung@2025";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

beforeAll(async () => {
  await truncateAll(db);
  await seedDemo(db);
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

async function account(username: string) {
  const like = await db.user.findUniqueOrThrow({ where: { username: "vhxh.haian" } });
  const { role, provinceId, communeId } = like;
  await db.user.create({ data: { username, fullName: username, passwordHash: await hashPassword(PASSWORD), role, provinceId, communeId } });
}

type Outcome = "login" | "wrong" | "blocked";

/** One login attempt: "wrong" means the password was checked and refused. */
async function attempt(username: string, password: string, i: number): Promise<Outcome> {
  try {
    const user = await authorize({ username, password }, { headers: { "x-forwarded-for": `10.9.${i >> 8}.${i & 255}` } });
    return user ? "login" : "wrong";
  } catch (err) {
    if (err instanceof Error && err.message === LOGIN_ERROR.blocked) return "blocked";
    throw err;
  }
}

const tally = (outcomes: Outcome[]) => ({
  login: outcomes.filter((o) => o === "login").length,
  wrong: outcomes.filter((o) => o === "wrong").length,
  blocked: outcomes.filter((o) => o === "blocked").length,
});

it("100 lần sai song song vào một tài khoản giới hạn 5: đúng 5 lần được kiểm tra mật khẩu", async () => {
  await account("dua.tranh.sai");
  const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => attempt("dua.tranh.sai", `sai-${i}`, i)));
  expect(tally(outcomes)).toEqual({ login: 0, wrong: 5, blocked: 95 });
});

it("mật khẩu đúng lẫn trong 40 lần sai song song không vượt giới hạn và không xóa bộ đếm", async () => {
  await account("dua.tranh.dung");
  const outcomes = await Promise.all(Array.from({ length: 41 }, (_, i) => attempt("dua.tranh.dung", i === 20 ? PASSWORD : `sai-${i}`, i)));
  const t = tally(outcomes);
  // Exactly five wrong passwords are checked; the right one logs in only if it held one of the
  // allowed places, never beyond them.
  expect(t.wrong).toBe(5);
  expect(t.login).toBeLessThanOrEqual(1);
  expect(t.wrong + t.login + t.blocked).toBe(41);
  // The counter was not reset by that login: the right password is refused now.
  expect(await attempt("dua.tranh.dung", PASSWORD, 999)).toBe("blocked");
});
