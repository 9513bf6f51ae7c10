// Login timing must not tell which usernames exist: a wrong password for an existing account, an
// unknown username and a deactivated account each cost one argon2id verification. Timing is the
// property itself here, so the test times it, robustly: medians of many attempts, compared as a
// ratio (argon2 dominates; a path that skips it is several times faster).
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, expect, it } from "vitest";

// Set before lib/env reads them: no limit may cut the timed attempts short.
process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = "100000";
process.env.LOGIN_MAX_FAILURES_PER_IP = "100000";

const { authOptions } = await import("@/lib/auth/options");
const { hashPassword } = await import("@/lib/auth/password");
const { getDb } = await import("@/lib/db");
const { testDb, truncateAll } = await import("./db");

const db = testDb();
const N = 21;

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

beforeAll(async () => {
  await truncateAll(db);
  const passwordHash = await hashPassword("Dung@2025");
  await db.user.create({ data: { username: "co.that", fullName: "Có thật", passwordHash, role: "ADMIN" } });
  await db.user.create({ data: { username: "da.khoa", fullName: "Đã khóa", passwordHash, role: "ADMIN", active: false } });
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

const KINDS = {
  existing: () => "co.that",
  unknown: (i: number) => `khong.ton.tai.${i}`,
  inactive: () => "da.khoa",
};
type Kind = keyof typeof KINDS;

/**
 * The median time of each kind of attempt. The kinds take turns within each round, so that a busy
 * moment of the machine (another test run, CI neighbours) slows all three alike instead of one.
 */
async function medians(rounds: number): Promise<Record<Kind, number>> {
  const times: Record<Kind, number[]> = { existing: [], unknown: [], inactive: [] };
  for (let i = 0; i < rounds; i++) {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const start = performance.now();
      await authorize({ username: KINDS[kind](i), password: `sai-mat-khau-${i}` }, { headers: {} }).catch(() => null);
      times[kind].push(performance.now() - start);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[list.length >> 1]!;
  return { existing: median(times.existing), unknown: median(times.unknown), inactive: median(times.inactive) };
}

it("sai mật khẩu, tên không tồn tại, tài khoản đã khóa: thời gian trả lời như nhau", async () => {
  await medians(3); // warm-up: connections, argon2's first run
  const { existing, unknown, inactive } = await medians(N);
  const ratios = { unknown: unknown / existing, inactive: inactive / existing };
  console.log(`median ms: existing ${existing.toFixed(1)}, unknown ${unknown.toFixed(1)}, inactive ${inactive.toFixed(1)}`);
  expect(ratios.unknown, JSON.stringify(ratios)).toBeGreaterThan(0.75);
  expect(ratios.inactive, JSON.stringify(ratios)).toBeGreaterThan(0.75);
});
