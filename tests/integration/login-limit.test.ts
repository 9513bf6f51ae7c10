import { afterAll, beforeAll, expect, it } from "vitest";
import { markLoginSucceeded, reserveLoginAttempt } from "@/lib/auth/login-limit";
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
  for (let i = 0; i < 4; i++)
    expect(await reserveLoginAttempt(i % 2 ? instanceA : instanceB, "chutich.haian", "10.0.0.1", limits)).not.toBeNull();
  expect(await reserveLoginAttempt(instanceB, "ChuTich.HaiAn", "10.0.0.2", limits)).not.toBeNull();
  expect(await reserveLoginAttempt(instanceA, "chutich.haian", "10.0.0.2", limits)).toBeNull();
  expect(await reserveLoginAttempt(instanceA, "khac.user", "10.0.0.2", limits)).not.toBeNull();
});

it("the address limit holds across accounts", async () => {
  for (let i = 0; i < 8; i++) await reserveLoginAttempt(i % 2 ? instanceA : instanceB, `user${i}`, "10.0.0.9", limits);
  expect(await reserveLoginAttempt(instanceA, "someone.new", "10.0.0.9", limits)).toBeNull();
  expect(await reserveLoginAttempt(instanceA, "someone.new", "10.0.0.10", limits)).not.toBeNull();
});

it("failures older than the window no longer count", async () => {
  const later = new Date(Date.now() + 16 * 60_000);
  expect(await reserveLoginAttempt(instanceA, "chutich.haian", "10.0.0.3", limits, later)).not.toBeNull();
});

it("a successful attempt stops counting as a failure, and leaves the earlier failures counted", async () => {
  for (let i = 0; i < 4; i++) await reserveLoginAttempt(instanceA, "vhxh.haian", "10.0.1.1", limits);
  const right = await reserveLoginAttempt(instanceB, "vhxh.haian", "10.0.1.1", limits);
  await markLoginSucceeded(instanceB, right!);
  expect(await instanceA.loginAttempt.count({ where: { id: { in: right!.ids }, success: true } })).toBe(2);
  // Four failures remain: one more attempt is allowed, then the account is blocked.
  expect(await reserveLoginAttempt(instanceA, "vhxh.haian", "10.0.1.2", limits)).not.toBeNull();
  expect(await reserveLoginAttempt(instanceA, "vhxh.haian", "10.0.1.3", limits)).toBeNull();
});
