// The shape of an API token and how it is stored: 32 random bytes behind a recognisable prefix;
// only the SHA-256 is kept (a token is random, so a plain hash suffices: nothing to guess by brute force).
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cds_";

/** A new token (shown once) with what is stored of it. */
export function generateToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string could be one of our tokens (checked before any query). */
export function isTokenShaped(value: string): boolean {
  return /^cds_[A-Za-z0-9_-]{43}$/.test(value);
}
