import "server-only";
// Quản trị → Bảo mật: the policy and the accounts of required roles that have not enrolled a second
// factor yet, with the deadline that lib/accounts/second-factor.ts computes for each, so the admin
// can chase them before enrolment is forced at their next sign-in.
import { getDb, type Db } from "../db";
import { loadFactorPolicy } from "../accounts/policy";
import { ROLES_REQUIRING_SECOND_FACTOR, enrolmentDeadline, type FactorPolicy } from "../accounts/second-factor";
import type { Role } from "../generated/prisma/enums";

export type PendingEnrolment = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  /** The commune (commune accounts) or the province (province accounts); null for admins. */
  place: string | null;
  communeId: string | null;
  deadline: Date;
  overdue: boolean;
  /** The admin or the standing office reset the factor: enrolment is due at once. */
  wasReset: boolean;
};

export async function securityOverview(now = new Date(), db: Db = getDb()): Promise<{ policy: FactorPolicy; pending: PendingEnrolment[] }> {
  const policy = await loadFactorPolicy(db);
  const users = await db.user.findMany({
    where: { active: true, role: { in: [...ROLES_REQUIRING_SECOND_FACTOR] }, totpEnabledAt: null },
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      communeId: true,
      provinceId: true,
      createdAt: true,
      totpEnabledAt: true,
      secondFactorResetAt: true,
    },
  });
  const placeIds = [...new Set(users.flatMap((u) => [u.communeId, u.provinceId]).filter((v): v is string => !!v))];
  const places = new Map(
    (placeIds.length ? await db.unit.findMany({ where: { id: { in: placeIds } }, select: { id: true, name: true } }) : []).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const pending = users.flatMap((u) => {
    const deadline = enrolmentDeadline(u, policy);
    if (!deadline) return [];
    const place = (u.communeId && places.get(u.communeId)) || (u.provinceId && places.get(u.provinceId)) || null;
    return [
      {
        id: u.id,
        username: u.username,
        fullName: u.fullName,
        role: u.role,
        place,
        communeId: u.communeId,
        deadline,
        overdue: deadline.getTime() <= now.getTime(),
        wasReset: !!u.secondFactorResetAt,
      },
    ];
  });
  pending.sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.username.localeCompare(b.username));
  return { policy, pending };
}
