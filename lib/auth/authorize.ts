// The credentials check behind next-auth's authorize: login limit, password, session row.
import { z } from "zod";
import { getDb } from "../db";
import { env } from "../env";
import { clientAddress } from "./client-address";
import { markLoginSucceeded, reserveLoginAttempt } from "./login-limit";
import { DUMMY_HASH, verifyPassword } from "./password";
import { startSession } from "./user-sessions";

/** Codes the login form turns into Vietnamese messages (components/auth/login-form.tsx). */
export const LOGIN_ERROR = { invalid: "CredentialsSignin", blocked: "TooManyAttempts" } as const;

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export type AuthorizedUser = { id: string; name: string; sid: string };

/** The signed-in user, null for a wrong login; throws LOGIN_ERROR.blocked past the limits. */
export async function authorizeCredentials(
  credentials: unknown,
  headers: Record<string, string | string[] | undefined>,
  sessionSeconds: number,
): Promise<AuthorizedUser | null> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const db = getDb();
  const e = env();
  const limits = { perAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT, perIp: e.LOGIN_MAX_FAILURES_PER_IP };
  const ticket = await reserveLoginAttempt(db, username, clientAddress(headers, e.TRUSTED_PROXIES), limits);
  if (!ticket) throw new Error(LOGIN_ERROR.blocked);

  const user = await db.user.findUnique({ where: { username: username.toLowerCase() } });
  // Unknown and deactivated accounts cost the same argon2id verification as a wrong password.
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.active || !passwordOk) return null;
  await markLoginSucceeded(db, ticket);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  const sid = await startSession(db, user.id, sessionSeconds);
  return { id: user.id, name: user.fullName, sid };
}
