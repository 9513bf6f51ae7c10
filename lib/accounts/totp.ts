// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps) with otplib, and the ten recovery codes.
// A code is accepted once: the accepted time step is stored (User.totpLastStep) with a conditional
// update, so the same code, or an older one, is refused even when two requests carry it at once.
// Clock skew of ±1 step is accepted.
import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { Db, Tx } from "../db";
import { open, seal } from "./secret-box";

export const TOTP_ISSUER = "Theo dõi CĐS";
const PERIOD = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export const sealTotpSecret = (secret: string) => seal(secret);
export const openTotpSecret = (sealed: string) => open(sealed);

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(username: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: username, secret });
}

/** The QR code as an SVG document, rendered here (no third-party service sees the secret). */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** "123 456", "123456" → "123456"; anything else → null. */
export function normalizeTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** The time step a code belongs to, or null (wrong code, or not after `afterStep`). */
export async function matchTotp(secret: string, code: string, afterStep: number | null, now = new Date()): Promise<number | null> {
  const token = normalizeTotpCode(code);
  if (!token) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: PERIOD,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/**
 * Checks a code against the account's enrolled secret and records its step. False for a wrong code,
 * a replayed one, an account without a second factor, or a secret this server cannot open.
 */
export async function acceptTotpCode(db: Db | Tx, userId: string, code: string, now = new Date()): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return false;
  const secret = openTotpSecret(user.totpSecret);
  if (!secret) return false;
  const step = await matchTotp(secret, code, user.totpLastStep, now);
  if (step === null) return false;
  // Two requests with the same code: only one moves the step forward.
  const moved = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return moved.count === 1;
}

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** "k7m2p-x9qrt": 10 characters of a 31-letter alphabet (about 49 bits), easy to read aloud and type. */
function recoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

const normalizeRecovery = (code: string) => code.trim().toLowerCase().replace(/[\s-]/g, "");
export const hashRecoveryCode = (code: string) => createHash("sha256").update(normalizeRecovery(code)).digest("hex");

/** Replaces the account's recovery codes with ten new ones; returns them (shown once, stored hashed). */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })) });
  return codes;
}

/** Uses one recovery code (conditionally: two requests with the same code, one wins). */
export async function acceptRecoveryCode(db: Db | Tx, userId: string, code: string, now = new Date()): Promise<boolean> {
  if (normalizeRecovery(code).length !== 10) return false;
  const used = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return used.count === 1;
}

/** A code typed at the second step: six digits are a TOTP code, anything else a recovery code. */
export async function acceptSecondFactor(db: Db | Tx, userId: string, code: string, now = new Date()): Promise<"totp" | "recovery" | null> {
  if (normalizeTotpCode(code)) return (await acceptTotpCode(db, userId, code, now)) ? "totp" : null;
  return (await acceptRecoveryCode(db, userId, code, now)) ? "recovery" : null;
}
