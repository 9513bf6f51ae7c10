import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadCommuneScope, type CommuneInfo } from "../communes/scope";
import { loadProvinceScope, type ProvinceInfo } from "../communes/province-scope";
import { getDb } from "../db";
import { isIdShaped } from "../ids";
import { routes } from "../routes";
import { authOptions } from "./options";
import type { CommuneScope, Viewer } from "./permissions";

export type { CommuneInfo } from "../communes/scope";

export type CurrentUser = Viewer & {
  fullName: string;
  username: string;
  /** An admin-set password or an activation: every page but "Đổi mật khẩu" waits until it is changed. */
  mustChangePassword: boolean;
  session: { id: string; secondFactorAt: Date | null };
};

/** lastSeenAt is written at most this often per session (the sessions list shows it to the minute). */
const LAST_SEEN_EVERY_MS = 60_000;

/**
 * The signed-in user, read from the database (once per request). Null when signed out, or when the
 * token's session row is gone (signed out, password reset, account deactivated) or expired.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const { id, sid } = session?.user ?? {};
  if (!id || !sid) return null;
  const db = getDb();
  const row = await db.userSession.findUnique({ where: { id: sid }, include: { user: true } });
  const now = new Date();
  if (!row || row.userId !== id || row.expiresAt <= now) return null;
  const user = row.user;
  if (!user.active) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    // Best effort: a page is not refused because its "last used" stamp could not be written.
    await db.userSession.updateMany({ where: { id: sid }, data: { lastSeenAt: now } }).catch(() => undefined);
  }
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    provinceId: user.provinceId,
    communeId: user.communeId,
    unitId: user.unitId,
    provinceCoordinator: user.provinceCoordinator,
    mustChangePassword: user.mustChangePassword,
    session: { id: row.id, secondFactorAt: row.secondFactorAt },
  };
});

/**
 * A page's gate: the signed-in user, or the login page. An account that must change its password
 * is sent to "Đổi mật khẩu" from every page but that one (`passwordChangePage`).
 */
export async function requireUser(opts: { passwordChangePage?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(routes.login());
  if (user.mustChangePassword && !opts.passwordChangePage) redirect(routes.changePassword());
  return user;
}

/** A route handler's user: null when signed out or still to change an admin-set password (both answer 401). */
export async function routeUser(): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  return user && !user.mustChangePassword ? user : null;
}

/** Once per request: the layout, the page and its parts all ask for the same commune. */
const loadCommune = cache((communeId: string) => loadCommuneScope(getDb(), communeId));

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

/**
 * A route handler's gate (downloads): 401 when signed out; 404 when the id is not one of ours, the
 * commune does not exist or `check` refuses it, the same answer for all so ids reveal nothing.
 */
export async function requireCommuneForRoute(
  communeId: string,
  check: (v: Viewer, c: CommuneScope) => boolean,
): Promise<{ ok: true; user: CurrentUser; commune: CommuneInfo } | { ok: false; status: 401 | 404 }> {
  const user = await routeUser();
  if (!user) return { ok: false, status: 401 };
  // Ids are ours ([a-z0-9]); anything else is no row, and a NUL byte would make PostgreSQL fail.
  const commune = isIdShaped(communeId) ? await loadCommune(communeId) : null;
  if (!commune || !check(user, commune)) return { ok: false, status: 404 };
  return { ok: true, user, commune };
}

/** Once per request, as loadCommune. */
const loadProvince = cache((provinceId: string) => loadProvinceScope(getDb(), provinceId));

/**
 * A province page's gate (its plans): the user and the province, or a 404 when the province does not
 * exist or `check` refuses it (the same answer for both).
 */
export async function requireProvince(
  provinceId: string,
  check: (v: Viewer, provinceId: string) => boolean,
): Promise<{ user: CurrentUser; province: ProvinceInfo }> {
  const user = await requireUser();
  const province = isIdShaped(provinceId) ? await loadProvince(provinceId) : null;
  if (!province || !check(user, province.provinceId)) notFound();
  return { user, province };
}

/** A province route handler's gate (its downloads): 401 when signed out, else as requireProvince with 404. */
export async function requireProvinceForRoute(
  provinceId: string,
  check: (v: Viewer, provinceId: string) => boolean,
): Promise<{ ok: true; user: CurrentUser; province: ProvinceInfo } | { ok: false; status: 401 | 404 }> {
  const user = await routeUser();
  if (!user) return { ok: false, status: 401 };
  const province = isIdShaped(provinceId) ? await loadProvince(provinceId) : null;
  if (!province || !check(user, province.provinceId)) return { ok: false, status: 404 };
  return { ok: true, user, province };
}

/** The user's own commune, for the header and menu of a page that belongs to no commune (their notifications); null for province and admin accounts. */
export async function ownCommuneOf(user: CurrentUser): Promise<CommuneInfo | null> {
  return user.communeId ? loadCommune(user.communeId) : null;
}
