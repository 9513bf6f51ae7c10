// The one place a token row is made (the management page, the command line and the tests call it):
// the token is returned once and only its hash is stored.
import type { Db, Tx } from "../db";
import type { ApiScope } from "../generated/prisma/enums";
import { generateToken } from "../api/tokens";

export type IssueInput = { userId: string; name: string; scope: ApiScope; expiresAt: Date | null; createdById: string };

export async function issueToken(db: Db | Tx, input: IssueInput): Promise<{ id: string; token: string; prefix: string }> {
  const owner = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { communeId: true, provinceId: true } });
  const { token, tokenHash, prefix } = generateToken();
  const row = await db.apiToken.create({
    data: { ...input, tokenHash, prefix, communeId: owner.communeId, provinceId: owner.provinceId },
    select: { id: true },
  });
  return { id: row.id, token, prefix };
}
