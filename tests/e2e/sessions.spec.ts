// Sessions over HTTP against the two instances scripts/e2e.ts starts on one database: a forged or
// expired token is refused, signing out and a password reset end a session even for a copied
// cookie, and the login limit counts failures made on either instance.
import { randomBytes } from "node:crypto";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db";
import { actionId, actionResult, callAction } from "../../scripts/bench/mutation";
import { PASSWORD } from "./accounts";

const COOKIE = "next-auth.session-token";
const first = process.env.E2E_BASE_URL!;
const second = process.env.E2E_SECOND_URL!;
const secret = process.env.E2E_NEXTAUTH_SECRET!;
const db = createPrismaClient(process.env.DATABASE_URL!, 2);

test.afterAll(async () => {
  await db.$disconnect();
});

/** A throw-away staff account of Phường Hải An, so that no shared demo account is touched. */
async function freshAccount(): Promise<string> {
  const office = await db.user.findUniqueOrThrow({ where: { username: "vanphong.haian" } });
  const username = `e2e.phien.${randomBytes(4).toString("hex")}`;
  await db.user.create({
    data: {
      username,
      fullName: "Tài khoản thử phiên",
      passwordHash: await hashPassword(PASSWORD),
      role: "UNIT_STAFF",
      provinceId: office.provinceId,
      communeId: office.communeId,
      unitId: office.unitId,
    },
  });
  return username;
}

/** A client from its own address, so that the per-address limit of other tests is not touched. */
function client(baseURL: string, ip: string, cookie?: string): Promise<APIRequestContext> {
  const headers: Record<string, string> = { "x-forwarded-for": ip };
  if (cookie) headers.cookie = `${COOKIE}=${cookie}`;
  return request.newContext({ baseURL, extraHTTPHeaders: headers });
}

const someIp = () => `10.${randomBytes(3).join(".")}`;

/** Signs in through next-auth's credentials endpoint; the error code when refused. */
async function signIn(ctx: APIRequestContext, username: string, password: string): Promise<{ cookie?: string; error?: string }> {
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { username, password, csrfToken, json: "true" },
    maxRedirects: 0,
  });
  const location = res.headers()["location"] ?? (await res.json().catch(() => ({}))).url ?? "";
  const error = new URL(location, "http://x").searchParams.get("error") ?? undefined;
  const cookie = (await ctx.storageState()).cookies.find((c) => c.name === COOKIE)?.value;
  return { cookie: error ? undefined : cookie, error };
}

/** Where `/` sends a request with this cookie: the login page when the session is not accepted. */
async function landing(baseURL: string, cookie: string): Promise<string> {
  const ctx = await client(baseURL, someIp(), cookie);
  const res = await ctx.get("/", { maxRedirects: 0 });
  const location = res.headers()["location"] ?? "";
  await ctx.dispose();
  return location.includes("/login") ? "login" : "app";
}

test("phiên hợp lệ được cả hai máy chủ chấp nhận; phiên giả mạo hoặc hết hạn bị từ chối", async () => {
  const username = await freshAccount();
  const { cookie } = await signIn(await client(first, someIp()), username, PASSWORD);
  expect(cookie).toBeTruthy();
  expect(await landing(first, cookie!)).toBe("app");
  expect(await landing(second, cookie!)).toBe("app");

  const token = (await decode({ token: cookie!, secret }))!;
  expect(token.sid).toBeTruthy();
  // Re-sealed with the real secret and a valid expiry: still accepted (so the refusals below mean something).
  expect(await landing(first, await encode({ token, secret, maxAge: 3600 }))).toBe("app");
  // Expired.
  expect(await landing(first, await encode({ token, secret, maxAge: -60 }))).toBe("login");
  // Forged: sealed with another secret, or claiming another user's id with this session.
  expect(await landing(first, await encode({ token, secret: randomBytes(32).toString("base64url"), maxAge: 3600 }))).toBe("login");
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  expect(await landing(first, await encode({ token: { ...token, uid: admin.id }, secret, maxAge: 3600 }))).toBe("login");
  // Made up session id, and bytes changed in the sealed token.
  expect(await landing(first, await encode({ token: { ...token, sid: "khong-ton-tai" }, secret, maxAge: 3600 }))).toBe("login");
  const flipped = cookie!.slice(0, 40) + (cookie![40] === "A" ? "B" : "A") + cookie!.slice(41);
  expect(await landing(first, flipped)).toBe("login");
  expect(await landing(first, "khong-phai-jwt")).toBe("login");
});

test("đăng xuất ở một máy chủ kết thúc phiên, kể cả khi cookie đã bị sao chép", async () => {
  const username = await freshAccount();
  const ctx = await client(first, someIp());
  const { cookie } = await signIn(ctx, username, PASSWORD);
  expect(await landing(second, cookie!)).toBe("app");

  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  await ctx.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
  expect(await landing(first, cookie!)).toBe("login");
  expect(await landing(second, cookie!)).toBe("login");
});

test("đặt lại mật khẩu kết thúc mọi phiên của tài khoản", async () => {
  const username = await freshAccount();
  const a = await signIn(await client(first, someIp()), username, PASSWORD);
  const b = await signIn(await client(second, someIp()), username, PASSWORD);
  expect(await landing(first, a.cookie!)).toBe("app");
  expect(await landing(second, b.cookie!)).toBe("app");

  // The reset itself, as the coordinator does it on the user's page.
  const coordinator = await signIn(await client(first, someIp()), "vhxh.haian", PASSWORD);
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  const id = await actionId(".", "resetPasswordAction", "lib/admin/actions.ts");
  const call = await callAction(first, `/c/${user.communeId}/quan-tri/nguoi-dung/${user.id}`, id, `${COOKIE}=${coordinator.cookie}`, {
    communeId: user.communeId!,
    userId: user.id,
  });
  const answer = actionResult(call.text);
  expect(answer).toMatchObject({ ok: true });

  expect(await landing(first, a.cookie!)).toBe("login");
  expect(await landing(second, b.cookie!)).toBe("login");
  expect((await signIn(await client(first, someIp()), username, PASSWORD)).error).toBe("CredentialsSignin");
});

test("giới hạn đăng nhập sai tính chung cho hai máy chủ dùng một cơ sở dữ liệu", async () => {
  const username = await freshAccount();
  const ip = someIp();
  // Works on the second instance before any failure.
  expect((await signIn(await client(second, ip), username, PASSWORD)).cookie).toBeTruthy();
  // Five failures, alternating between the instances (the limit is 5 per account).
  for (let i = 0; i < 5; i++) {
    const res = await signIn(await client(i % 2 ? second : first, ip), username, `sai-${i}`);
    expect(res.error, `lần sai ${i + 1}`).toBe("CredentialsSignin");
  }
  for (const url of [first, second]) {
    expect((await signIn(await client(url, someIp()), username, PASSWORD)).error, url).toBe("TooManyAttempts");
  }
});
