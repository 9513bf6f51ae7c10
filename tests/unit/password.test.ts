import { expect, it } from "vitest";
import { DUMMY_HASH, OPTIONS, hashPassword, verifyPassword } from "@/lib/auth/password";

it("the dummy hash costs what a real hash costs: argon2id with the same parameters", async () => {
  const params = `$argon2id$v=19$m=${OPTIONS.memoryCost},t=${OPTIONS.timeCost},p=${OPTIONS.parallelism}$`;
  expect(DUMMY_HASH.startsWith(params)).toBe(true);
  expect((await hashPassword("x")).startsWith(params)).toBe(true);
  expect(await verifyPassword(DUMMY_HASH, "Demo@2025")).toBe(false);
});
