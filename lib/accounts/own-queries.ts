// Reads of "Tài khoản của tôi" and of the enrolment banner; always the signed-in account's own rows.
import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import type { Role } from "../generated/prisma/enums";
import { describeDevice } from "./device";
import { loadFactorPolicy } from "./policy";
import { daysLeftToEnrol, enrolmentDeadline, secondFactorRequired } from "./second-factor";

export async function ownAccount(userId: string, currentSessionId: string) {
  const db = getDb();
  const now = new Date();
  const [me, sessions, policy, recoveryLeft] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        username: true,
        fullName: true,
        officialName: true,
        jobTitle: true,
        email: true,
        role: true,
        createdAt: true,
        passwordChangedAt: true,
        totpEnabledAt: true,
        secondFactorResetAt: true,
      },
    }),
    db.userSession.findMany({
      where: { userId, expiresAt: { gt: now } },
      orderBy: { lastSeenAt: "desc" },
      select: { id: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true },
    }),
    loadFactorPolicy(db),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return {
    ...me,
    secondFactorRequired: secondFactorRequired(me.role),
    enrolBy: enrolmentDeadline(me, policy),
    recoveryLeft,
    sessions: sessions.map((s) => ({ ...s, device: describeDevice(s.userAgent), current: s.id === currentSessionId })),
  };
}

/**
 * Days left before an account that must enrol has to (the banner), or null. No query at all for
 * roles without the duty; otherwise one small read of the account and the policy row.
 */
export const enrolDaysLeft = cache(async (userId: string, role: Role): Promise<number | null> => {
  if (!secondFactorRequired(role)) return null;
  const db = getDb();
  const me = await db.user.findUnique({
    where: { id: userId },
    select: { role: true, createdAt: true, totpEnabledAt: true, secondFactorResetAt: true },
  });
  if (!me || me.totpEnabledAt) return null;
  return daysLeftToEnrol(me, await loadFactorPolicy(db), new Date());
});
