import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db";
import { routes } from "../routes";
import { authOptions } from "./options";
import type { CommuneScope, Viewer } from "./permissions";

export type CurrentUser = Viewer & { fullName: string; username: string };

/**
 * The signed-in user, read from the database (once per request). Null when signed out, or when the
 * token's session row is gone (signed out, password reset, account deactivated) or expired.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const { id, sid } = session?.user ?? {};
  if (!id || !sid) return null;
  const row = await getDb().userSession.findUnique({ where: { id: sid }, include: { user: true } });
  if (!row || row.userId !== id || row.expiresAt <= new Date()) return null;
  const user = row.user;
  if (!user.active) return null;
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    provinceId: user.provinceId,
    communeId: user.communeId,
    unitId: user.unitId,
  };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(routes.login());
  return user;
}

export type CommuneInfo = CommuneScope & { name: string; provinceName: string };

const loadCommune = cache(async (communeId: string): Promise<CommuneInfo | null> => {
  const commune = await getDb().unit.findFirst({
    where: { id: communeId, kind: { in: ["COMMUNE", "WARD"] } },
    select: { id: true, name: true, provinceId: true, parent: { select: { name: true } } },
  });
  if (!commune?.provinceId) return null;
  return { communeId: commune.id, provinceId: commune.provinceId, name: commune.name, provinceName: commune.parent?.name ?? "" };
});

/**
 * A commune page's gate: the user and the commune, or a 404 when the commune does not exist or the
 * user may not see it (the same answer for both, so ids of other tenants reveal nothing).
 */
export async function requireCommune(
  communeId: string,
  check: (v: Viewer, c: CommuneScope) => boolean,
): Promise<{ user: CurrentUser; commune: CommuneInfo }> {
  const user = await requireUser();
  const commune = await loadCommune(communeId);
  if (!commune || !check(user, commune)) notFound();
  return { user, commune };
}
