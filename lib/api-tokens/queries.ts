import "server-only";
// The lists of Quản trị → Kết nối hệ thống: a commune's tokens, or (admins) every token, with whose
// each is, its state and its last use. Never the token itself: only its prefix is stored.
import { getDb, type Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ApiScope, Role } from "../generated/prisma/enums";
import { canHoldIndicatorWriteToken } from "../auth/permissions";
import { API_SCOPE_LABEL } from "./labels";

export type TokenState = { kind: "active" } | { kind: "revoked"; at: Date; by: string | null } | { kind: "expired"; at: Date };

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scope: ApiScope;
  scopeLabel: string;
  owner: { id: string; fullName: string; username: string; role: Role };
  /** The owner's commune and province (the admin's list shows them beside each token). */
  communeName: string | null;
  provinceName: string | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  state: TokenState;
  /** Requests in the last 30 days (the audit log); null where not counted. */
  usesLast30Days: number | null;
};

const select = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  revokedAt: true,
  revokedById: true,
  communeId: true,
  provinceId: true,
  user: { select: { id: true, fullName: true, username: true, role: true } },
  createdById: true,
} satisfies Prisma.ApiTokenSelect;

type Row = Prisma.ApiTokenGetPayload<{ select: typeof select }>;

function stateOf(row: Row, now: Date, names: Map<string, string>): TokenState {
  if (row.revokedAt) return { kind: "revoked", at: row.revokedAt, by: row.revokedById ? (names.get(row.revokedById) ?? null) : null };
  if (row.expiresAt && row.expiresAt <= now) return { kind: "expired", at: row.expiresAt };
  return { kind: "active" };
}

/** The names of units (communes, provinces) by id. */
async function unitNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  const units = wanted.length ? await db.unit.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } }) : [];
  return new Map(units.map((u) => [u.id, u.name]));
}

async function toRows(db: Db, rows: Row[], now: Date, uses: Map<string, number> | null): Promise<TokenRow[]> {
  // Who created and who revoked each token (no relation on the row: names looked up once).
  const people = [...new Set(rows.flatMap((r) => (r.revokedById ? [r.revokedById, r.createdById] : [r.createdById])))];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: people } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]),
  );
  const places = await unitNames(
    db,
    rows.flatMap((r) => [r.communeId, r.provinceId]),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scope: r.scope,
    scopeLabel: API_SCOPE_LABEL[r.scope],
    owner: { id: r.user.id, fullName: r.user.fullName, username: r.user.username, role: r.user.role },
    communeName: r.communeId ? (places.get(r.communeId) ?? null) : null,
    provinceName: r.provinceId ? (places.get(r.provinceId) ?? null) : null,
    createdBy: names.get(r.createdById) ?? "",
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    lastUsedAt: r.lastUsedAt,
    lastUsedIp: r.lastUsedIp,
    state: stateOf(r, now, names),
    usesLast30Days: uses ? (uses.get(r.id) ?? 0) : null,
  }));
}

const DAY_MS = 86_400_000;

/**
 * A commune's tokens, newest first, with their requests of the last 30 days: a commune account's
 * token reads only its commune, so its requests are in that commune's log (an indexed count).
 */
export async function communeTokens(communeId: string, now = new Date(), db: Db = getDb()): Promise<TokenRow[]> {
  const rows = await db.apiToken.findMany({ where: { communeId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select });
  const counts = rows.length
    ? await db.auditLog.groupBy({
        by: ["entityId"],
        where: {
          communeId,
          entityType: "ApiToken",
          entityId: { in: rows.map((r) => r.id) },
          action: "api.request",
          createdAt: { gte: new Date(now.getTime() - 30 * DAY_MS) },
        },
        _count: { _all: true },
      })
    : [];
  return toRows(db, rows, now, new Map(counts.map((c) => [c.entityId, c._count._all])));
}

/** Every token (admins), newest first. Uses are not counted: a province token's requests spread over many communes' logs. */
export async function allTokens(now = new Date(), db: Db = getDb()): Promise<TokenRow[]> {
  const rows = await db.apiToken.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select, take: 500 });
  return toRows(db, rows, now, null);
}

export type OwnerOption = { id: string; label: string; mayWrite: boolean };

const ownerOption = (
  u: { id: string; fullName: string; username: string } & Parameters<typeof canHoldIndicatorWriteToken>[0],
): OwnerOption => ({
  id: u.id,
  label: `${u.fullName} (${u.username})`,
  mayWrite: canHoldIndicatorWriteToken(u),
});

const ownerSelect = { id: true, fullName: true, username: true, role: true, communeId: true, provinceId: true, unitId: true } as const;

/** Who may own a token of the commune: its active accounts (any role). */
export async function communeOwners(communeId: string, db: Db = getDb()): Promise<OwnerOption[]> {
  const users = await db.user.findMany({ where: { communeId, active: true }, orderBy: [{ fullName: "asc" }], select: ownerSelect });
  return users.map(ownerOption);
}

/** Who may own a token on the admin's page: every active account, province and admin accounts first. */
export async function allOwners(db: Db = getDb()): Promise<OwnerOption[]> {
  const users = await db.user.findMany({
    where: { active: true },
    orderBy: [{ communeId: { sort: "asc", nulls: "first" } }, { fullName: "asc" }],
    select: ownerSelect,
  });
  const places = await unitNames(
    db,
    users.flatMap((u) => [u.communeId, u.provinceId]),
  );
  const place = (u: (typeof users)[number]) => places.get(u.communeId ?? "") ?? places.get(u.provinceId ?? "") ?? "Toàn quốc";
  return users.map((u) => ({ ...ownerOption(u), label: `${u.fullName} (${u.username}) · ${place(u)}` }));
}
