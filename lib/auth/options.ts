// next-auth v4: Credentials provider, JWT sessions of at most 12 hours. The token carries only the
// user id and the id of its UserSession row; everything else is read from the database on each
// request (lib/auth/session.ts), so that signing out, a reset password or a deactivated account
// ends sessions for good, even a copied cookie.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../db";
import { env } from "../env";
import { isLoginBlocked, recordLoginAttempt } from "./login-limit";
import { verifyPassword } from "./password";
import { endSession, startSession } from "./user-sessions";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Codes the login form turns into Vietnamese messages. */
export const LOGIN_ERROR = { invalid: "CredentialsSignin", blocked: "TooManyAttempts" } as const;

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản",
      credentials: { username: { label: "Tên đăng nhập" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const db = getDb();
        const e = env();
        const ip = clientIp(req.headers);
        const limits = { perAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT, perIp: e.LOGIN_MAX_FAILURES_PER_IP };
        if (await isLoginBlocked(db, username, ip, limits)) throw new Error(LOGIN_ERROR.blocked);

        const user = await db.user.findUnique({ where: { username: username.toLowerCase() } });
        const ok = user !== null && user.active && (await verifyPassword(user.passwordHash, password));
        await recordLoginAttempt(db, username, ip, ok);
        if (!ok || !user) return null;
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        const sid = await startSession(db, user.id, SESSION_MAX_AGE_SECONDS);
        return { id: user.id, name: user.fullName, sid };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sid;
      }
      return token;
    },
    async session({ session, token }) {
      // Roles and tenants are not taken from the token: lib/auth/session.ts reads them from the
      // database on every request, and checks that the session row still exists.
      return { ...session, user: { id: token.uid, name: session.user?.name ?? null, sid: token.sid } };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endSession(getDb(), token.sid);
    },
  },
};
