// next-auth v4: Credentials provider, JWT sessions of at most 12 hours. The token carries only the
// user id and the id of its UserSession row; everything else is read from the database on each
// request (lib/auth/session.ts), so that signing out, a reset password or a deactivated account
// ends sessions for good, even a copied cookie.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db";
import { authorizeCredentials } from "./authorize";
import { safeRedirect } from "./callback-url";
import { endSession } from "./user-sessions";
import { routes } from "../routes";

export { LOGIN_ERROR } from "./authorize";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: routes.login(), error: routes.login() },
  providers: [
    CredentialsProvider({
      name: "Tài khoản",
      // The form sends { ticket, code? } (lib/auth/sign-in.ts); { username, password } stays for
      // accounts without a second factor (tests, scripts).
      credentials: {
        username: { label: "Tên đăng nhập" },
        password: { label: "Mật khẩu", type: "password" },
        ticket: { label: "Phiếu đăng nhập", type: "hidden" },
        code: { label: "Mã xác thực" },
      },
      authorize: (credentials, req) => authorizeCredentials(credentials, req.headers ?? {}, SESSION_MAX_AGE_SECONDS),
    }),
  ],
  callbacks: {
    // The route refuses a bad callbackUrl with a 400 (app/api/auth/[...nextauth]/route.ts); this
    // covers the callback-url cookie, whose garbage made next-auth's default callback throw.
    redirect: ({ url, baseUrl }) => safeRedirect(url, baseUrl) ?? baseUrl,
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
