import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes.
export const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The hash of a random password nobody knows, with OPTIONS' parameters (a unit test keeps them
 * equal). A login for an unknown or deactivated account is verified against it, so that it costs
 * the same argon2id work as a wrong password and its timing does not tell which usernames exist.
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$EnhAX6mqI3jryD2Pf4Y07Q$PUiLOrpxcw6SpNch0BQwSt6D8oUM/Y94QGE1q/jHXP0";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // malformed hash: treat as a wrong password, never as a crash
  }
}

/** A password a person can read out over the phone: no look-alike characters. */
export function generatePassword(length = 12): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
}
