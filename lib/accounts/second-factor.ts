// Who must have a second factor, and from when. Leaders and everyone who acts for many people
// (CHAIR, COORDINATOR, PROVINCE, ADMIN) must, once the grace period the admin sets has run out;
// unit staff may. The grace runs from the later of the rule's start (SystemSettings.twoFactorPolicySince)
// and the account's creation; after an admin or the standing office resets the factor, enrolment is
// due at the next sign-in.
import type { Role } from "../generated/prisma/enums";

export const ROLES_REQUIRING_SECOND_FACTOR: readonly Role[] = ["CHAIR", "COORDINATOR", "PROVINCE", "ADMIN"];

export function secondFactorRequired(role: Role): boolean {
  return ROLES_REQUIRING_SECOND_FACTOR.includes(role);
}

/** A step-up (signing a report) is needed when the session's last second-factor check is older than this. */
export const FRESH_FACTOR_HOURS = 12;

export function factorIsFresh(checkedAt: Date | null | undefined, now: Date): boolean {
  return !!checkedAt && now.getTime() - checkedAt.getTime() < FRESH_FACTOR_HOURS * 3_600_000;
}

export type FactorAccount = {
  role: Role;
  createdAt: Date;
  totpEnabledAt: Date | null;
  secondFactorResetAt: Date | null;
};

export type FactorPolicy = { twoFactorGraceDays: number; twoFactorPolicySince: Date };

/**
 * The date by which the account must have enrolled: null when it has enrolled or is not required to.
 * A reset asks for enrolment at once (its deadline is the reset itself).
 */
export function enrolmentDeadline(a: FactorAccount, policy: FactorPolicy): Date | null {
  if (a.totpEnabledAt || !secondFactorRequired(a.role)) return null;
  if (a.secondFactorResetAt) return a.secondFactorResetAt;
  const from = Math.max(a.createdAt.getTime(), policy.twoFactorPolicySince.getTime());
  return new Date(from + policy.twoFactorGraceDays * 86_400_000);
}

/** Whether the next sign-in must enrol before any session exists. */
export function mustEnrolNow(a: FactorAccount, policy: FactorPolicy, now: Date): boolean {
  const deadline = enrolmentDeadline(a, policy);
  return deadline !== null && deadline.getTime() <= now.getTime();
}

/** Whole days left before enrolment is due (the banner's countdown); null when nothing is due. */
export function daysLeftToEnrol(a: FactorAccount, policy: FactorPolicy, now: Date): number | null {
  const deadline = enrolmentDeadline(a, policy);
  if (!deadline) return null;
  return Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / 86_400_000));
}
