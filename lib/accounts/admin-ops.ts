// What an admin or the standing office does to someone else's account: reset the second factor,
// issue an activation link, set a password the person must change at first sign-in. One place for
// each, used by the commune's user pages, the province accounts page and bulk onboarding.
import type { Tx } from "../db";
import { hashPassword } from "../auth/password";
import { endAllSessions } from "../auth/user-sessions";
import { activationLink } from "./mail";
import { issueAccountToken } from "./tokens";

/**
 * Removes the account's authenticator and recovery codes and ends its sessions. Enrolment is due at
 * its next sign-in (secondFactorResetAt), whatever the grace period, for the roles that require it.
 */
export async function resetSecondFactor(tx: Tx, userId: string, now = new Date()): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, secondFactorResetAt: now },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await endAllSessions(tx, userId);
}

/** A new activation link for the account (earlier unused ones stop working): the absolute link and its expiry. */
export async function issueActivationLink(tx: Tx, userId: string, createdById: string | null, now = new Date()) {
  const { token, expiresAt } = await issueAccountToken(tx, userId, "ACTIVATION", { createdById, now });
  return { link: activationLink(token), expiresAt };
}

/** A password set by someone else: the person must choose their own at the next sign-in; their sessions end. */
export async function setAssignedPassword(tx: Tx, userId: string, password: string): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password), mustChangePassword: true },
  });
  await endAllSessions(tx, userId);
}
