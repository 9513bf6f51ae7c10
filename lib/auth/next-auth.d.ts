import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    /** The UserSession row this sign-in created. */
    sid: string;
  }
  interface Session {
    user: { id: string; name: string | null; sid: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    sid: string;
  }
}
