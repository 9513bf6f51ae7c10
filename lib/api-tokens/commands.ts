// Creating and revoking API tokens. One function each does the work, for the commune's page (owners
// and tokens of that commune only), the admin's page (any account) and the command line; the server
// actions only say whose tokens they reach.
import { canHoldIndicatorWriteToken, canManageAllApiTokens, canManageApiTokens, type Viewer } from "../auth/permissions";
import { defineAction } from "../actions/safe-action";
import { writeAudit } from "../audit/write";
import type { Tx } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { ApiScope } from "../generated/prisma/enums";
import { expiryDayProblem, tokenExpiresAt } from "./expiry";
import { issueToken } from "./issue";
import { createAnyApiTokenSchema, createApiTokenSchema, revokeAnyApiTokenSchema, revokeApiTokenSchema } from "./schemas";

export type NewTokenInput = { name: string; scope: ApiScope; expires: string | null };

/** What the form (once) and the command line show of a new token: the token itself is never stored. */
export type NewToken = {
  id: string;
  token: string;
  prefix: string;
  ownerName: string;
  ownerUsername: string;
  scope: ApiScope;
  /** The local day chosen ("2027-12-31"), null for a token that does not expire. */
  expires: string | null;
};

export const WRITE_NOT_ALLOWED =
  "Tài khoản này không được nhập số liệu chỉ tiêu (lãnh đạo UBND, tài khoản cấp tỉnh chỉ xem) nên chỉ được cấp khóa chỉ đọc.";

/**
 * Issues a token to the active account `owner` finds (the caller's tenant filter is part of it) and
 * audits it under the owner's commune. Refusals change nothing: AppError, thrown before any write.
 */
export async function createTokenFor(
  tx: Tx,
  args: { actorId: string; owner: Prisma.UserWhereInput; input: NewTokenInput; now: Date; via?: "dòng lệnh" },
): Promise<NewToken> {
  const owner = await tx.user.findFirst({ where: { AND: [args.owner, { active: true }] } });
  if (!owner)
    throw new AppError("NOT_FOUND", "Không tìm thấy tài khoản đang hoạt động này.", { userId: ["Chọn một tài khoản đang hoạt động"] });
  const { name, scope, expires } = args.input;
  if (scope === "INDICATORS_WRITE" && !canHoldIndicatorWriteToken(owner))
    throw new AppError("VALIDATION", WRITE_NOT_ALLOWED, { scope: [WRITE_NOT_ALLOWED] });
  const tooEarlyOrLate = expires ? expiryDayProblem(expires, args.now) : null;
  if (tooEarlyOrLate) throw new AppError("VALIDATION", tooEarlyOrLate, { expires: [tooEarlyOrLate] });

  const issued = await issueToken(tx, {
    userId: owner.id,
    name,
    scope,
    expiresAt: expires ? tokenExpiresAt(expires) : null,
    createdById: args.actorId,
  });
  // The token itself is in neither the audit log nor the database: only its hash and prefix.
  await writeAudit(tx, {
    communeId: owner.communeId,
    actorId: args.actorId,
    action: "apiTokens.create",
    entityType: "ApiToken",
    entityId: issued.id,
    // `via`: a token made from the command line says so (its actor is the owner, not a manager).
    data: { tokenName: name, ownerId: owner.id, scope, expiresAt: expires, ...(args.via ? { via: args.via } : {}) },
  });
  return { ...issued, ownerName: owner.fullName, ownerUsername: owner.username, scope, expires };
}

/**
 * Revokes a token `where` finds. Conditional on it being in use, so of two revokes at once one wins and
 * the other is told; a token already revoked is left as it was.
 */
async function revokeTokenWhere(tx: Tx, user: Viewer, where: Prisma.ApiTokenWhereInput, now: Date) {
  const token = await tx.apiToken.findFirst({ where, select: { id: true, name: true, userId: true, communeId: true } });
  if (!token) throw new AppError("NOT_FOUND");
  const { count } = await tx.apiToken.updateMany({
    where: { id: token.id, revokedAt: null },
    data: { revokedAt: now, revokedById: user.id },
  });
  if (count === 0) throw new AppError("CONFLICT", `Khóa kết nối "${token.name}" đã được thu hồi trước đó.`);
  await writeAudit(tx, {
    communeId: token.communeId,
    actorId: user.id,
    action: "apiTokens.revoke",
    entityType: "ApiToken",
    entityId: token.id,
    data: { tokenName: token.name, ownerId: token.userId },
  });
  return { id: token.id, name: token.name };
}

const tokenInput = (input: NewTokenInput): NewTokenInput => ({ name: input.name, scope: input.scope, expires: input.expires });

export const createApiToken = defineAction({
  name: "apiTokens.create",
  schema: createApiTokenSchema,
  permission: canManageApiTokens,
  run: ({ tx, user, input, commune }) =>
    createTokenFor(tx, {
      actorId: user.id,
      owner: { id: input.userId, communeId: commune.communeId },
      input: tokenInput(input),
      now: new Date(),
    }),
});

export const createAnyApiToken = defineAction({
  name: "apiTokens.createAny",
  scope: "user",
  schema: createAnyApiTokenSchema,
  permission: canManageAllApiTokens,
  run: ({ tx, user, input }) =>
    createTokenFor(tx, { actorId: user.id, owner: { id: input.userId }, input: tokenInput(input), now: new Date() }),
});

export const revokeApiToken = defineAction({
  name: "apiTokens.revoke",
  schema: revokeApiTokenSchema,
  permission: canManageApiTokens,
  run: ({ tx, user, input, commune }) => revokeTokenWhere(tx, user, { id: input.tokenId, communeId: commune.communeId }, new Date()),
});

export const revokeAnyApiToken = defineAction({
  name: "apiTokens.revokeAny",
  scope: "user",
  schema: revokeAnyApiTokenSchema,
  permission: canManageAllApiTokens,
  run: ({ tx, user, input }) => revokeTokenWhere(tx, user, { id: input.tokenId }, new Date()),
});
