// Secrets the server must read back (TOTP secrets) are stored encrypted: AES-256-GCM with a key
// derived from NEXTAUTH_SECRET, so a copy of the database alone (a backup, a replica) does not let
// anyone compute a leader's codes. Changing NEXTAUTH_SECRET makes enrolled authenticators unreadable:
// their owners enrol again after an admin resets their second factor (docs/accounts.md).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

const VERSION = "v1";

function key(secret = env().NEXTAUTH_SECRET): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "cds-secret-box", "totp-secret", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>" (base64url parts). */
export function seal(plain: string, secret?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The sealed text, or null when it was sealed with another key or altered. */
export function open(sealed: string, secret?: string): string | null {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
