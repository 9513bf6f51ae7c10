import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { callbackUrlAcceptable } from "@/lib/auth/callback-url";
import { env } from "@/lib/env";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** A bad callbackUrl or an unreadable body: a bare 400 before next-auth sees it (it answered 500). */
async function guarded(request: NextRequest, context: Context) {
  const baseUrl = env().NEXTAUTH_URL ?? request.nextUrl.origin;
  if (!(await callbackUrlAcceptable(request, baseUrl))) return new Response(null, { status: 400 });
  return handler(request, context);
}

export { guarded as GET, guarded as POST };
