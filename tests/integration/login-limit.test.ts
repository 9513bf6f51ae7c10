import { afterAll, beforeAll, expect, it } from "vitest";
import { isLoginBlocked, recordLoginAttempt } from "@/lib/auth/login-limit";
import { testDb, truncateAll } from "./db";

// Two Prisma clients with their own pools stand for two app instances sharing the database.
const instanceA = testDb();
const instanceB = testDb();
const limits = { perAccount: 5, perIp: 8 };

beforeAll(() => truncateAll(instanceA));
afterAll(async () => {
  await instanceA.$disconnect();
  await instanceB.$disconnect();
});

it("failures counted on one instance block the account on the other", async () => {
  for (let i = 0; i < 4; i++) await recordLoginAttempt(i % 2 ? instanceA : instanceB, "chutich.haian", "10.0.0.1", false);
  expect(await isLoginBlocked(instanceB, "chutich.haian", "10.0.0.2", limits)).toBe(false);
  await recordLoginAttempt(instanceA, "ChuTich.HaiAn", "10.0.0.1", false);
  expect(await isLoginBlocked(instanceB, "chutich.haian", "10.0.0.2", limits)).toBe(true);
  expect(await isLoginBlocked(instanceA, "khac.user", "10.0.0.2", limits)).toBe(false);
});

it("the address limit holds across accounts", async () => {
  for (let i = 0; i < 8; i++) await recordLoginAttempt(i % 2 ? instanceA : instanceB, `user${i}`, "10.0.0.9", false);
  expect(await isLoginBlocked(instanceA, "someone.new", "10.0.0.9", limits)).toBe(true);
  expect(await isLoginBlocked(instanceA, "someone.new", "10.0.0.10", limits)).toBe(false);
});

it("failures older than the window no longer count", async () => {
  const later = new Date(Date.now() + 16 * 60_000);
  expect(await isLoginBlocked(instanceA, "chutich.haian", "10.0.0.3", limits, later)).toBe(false);
});

it("a successful login clears the account's failures", async () => {
  await recordLoginAttempt(instanceA, "chutich.haian", "10.0.0.4", true);
  expect(await isLoginBlocked(instanceB, "chutich.haian", "10.0.0.4", limits)).toBe(false);
});
