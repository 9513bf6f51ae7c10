// Second factor for tests: enrol an account with a known TOTP secret (stored sealed, as the setup
// page stores it) and compute its codes; and a viewer whose session passed a second factor just now,
// for tests that sign reports but are not about the step-up itself.
import { generate } from "otplib";
import type { Db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/permissions";
import { newTotpSecret, sealTotpSecret } from "@/lib/accounts/totp";

/** Enrols the account (sealed secret, enabled now); returns the plain secret the test computes codes from. */
export async function enrolTotp(db: Db, userId: string, now = new Date()): Promise<string> {
  const secret = newTotpSecret();
  await db.user.update({
    where: { id: userId },
    data: { totpSecret: sealTotpSecret(secret), totpEnabledAt: now, totpLastStep: null },
  });
  return secret;
}

/** The code an authenticator app shows for `secret` at `at` (now by default). */
export function totpCode(secret: string, at = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** The viewer with a session whose second-factor check is fresh (no row needed: nothing is stamped). */
export function withFreshFactor(v: Viewer, sessionId = "test-session"): Viewer {
  return { ...v, session: { id: sessionId, secondFactorAt: new Date() } };
}
