// Requests an attacker shapes by hand: an X-Forwarded-For header sent straight to the app (not
// through a trusted proxy) must not choose the address the login limit counts; a broken callbackUrl
// or a server-action body that is not form data is refused with a bare 400, and nothing is stored.
// scripts/e2e.ts starts the app with TRUSTED_PROXIES=127.0.0.1: this test's own requests from
// 127.0.0.1 stand for the proxy, requests from 127.0.0.2 (also loopback) for a client on its own.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { expect, request, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db";
import { idOf } from "./matrix-http";
import { PASSWORD, stateFile } from "./accounts";

const base = new URL(process.env.E2E_BASE_URL!);
const db = createPrismaClient(process.env.DATABASE_URL!, 2);

test.afterAll(async () => {
  await db.$disconnect();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request whose socket starts at `localAddress` (which Playwright's client cannot choose). */
function send(localAddress: string, method: string, path: string, headers: Record<string, string>, body = ""): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, method, path, headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** POSTs the credentials form with a valid CSRF token, from `localAddress`, with extra headers/fields. */
async function credentialsPost(localAddress: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const csrf = await send(localAddress, "GET", "/api/auth/csrf", headers);
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ ...fields, csrfToken, json: "true" }).toString();
  return send(
    localAddress,
    "POST",
    "/api/auth/callback/credentials",
    {
      ...headers,
      cookie,
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(form)),
    },
    form,
  );
}

const someIp = () => `10.${randomBytes(3).join(".")}`;
const failuresFrom = (ip: string) => db.loginAttempt.count({ where: { key: `ip:${ip}`, success: false } });

test("X-Forwarded-For chỉ được tin khi yêu cầu đi qua proxy tin cậy (TRUSTED_PROXIES)", async () => {
  const forged = someIp();
  const direct = await credentialsPost(
    "127.0.0.2",
    { username: `khong.co.${randomBytes(3).toString("hex")}`, password: "sai" },
    { "x-forwarded-for": forged },
  );
  expect(direct.status).toBeLessThan(500);
  expect(await failuresFrom(forged), "a forged header chose the counted address").toBe(0);
  expect(await failuresFrom("127.0.0.2")).toBeGreaterThan(0);

  const client = someIp();
  await credentialsPost(
    "127.0.0.1",
    { username: `khong.co.${randomBytes(3).toString("hex")}`, password: "sai" },
    { "x-forwarded-for": `${client}, 127.0.0.1` },
  );
  expect(await failuresFrom(client), "the client's address as the trusted proxy reports it").toBe(1);
});

/** A throw-away account with the demo password, so that a login that should not happen would. */
async function freshAccount(): Promise<{ id: string; username: string }> {
  const office = await db.user.findUniqueOrThrow({ where: { username: "vanphong.haian" } });
  const username = `e2e.callback.${randomBytes(4).toString("hex")}`;
  return db.user.create({
    data: {
      username,
      fullName: "Tài khoản thử callbackUrl",
      passwordHash: await hashPassword(PASSWORD),
      role: "UNIT_STAFF",
      provinceId: office.provinceId,
      communeId: office.communeId,
      unitId: office.unitId,
    },
    select: { id: true, username: true },
  });
}

test("callbackUrl hỏng hoặc ra ngoài: 400 không kèm chi tiết, không đăng nhập, không ghi gì", async () => {
  const user = await freshAccount();
  const ip = someIp();
  for (const callbackUrl of [
    "javascript:alert(1)",
    "rác không phải địa chỉ",
    "http://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
  ]) {
    const res = await credentialsPost("127.0.0.1", { username: user.username, password: PASSWORD, callbackUrl }, { "x-forwarded-for": ip });
    expect({ callbackUrl, status: res.status, body: res.body }).toEqual({ callbackUrl, status: 400, body: "" });
  }
  const signin = await send("127.0.0.1", "GET", `/api/auth/signin?callbackUrl=${encodeURIComponent("rác ::")}`, {});
  expect(signin.status).toBe(400);
  expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  expect(await db.loginAttempt.count({ where: { key: { in: [`user:${user.username}`, `ip:${ip}`] } } })).toBe(0);
  // The same account with an ordinary callbackUrl does sign in (so the refusals above mean something).
  const ok = await credentialsPost(
    "127.0.0.1",
    { username: user.username, password: PASSWORD, callbackUrl: "/c/x" },
    { "x-forwarded-for": ip },
  );
  expect(ok.status).toBe(200);
  expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1);
});

test("server action với thân không phải form data: 400 không kèm chi tiết, không ghi gì", async () => {
  const id = await idOf("lib/tasks/actions.ts", "submitTaskUpdateAction");
  const ctx = await request.newContext({ baseURL: base.origin, storageState: stateFile("coordinator") });
  const before = await db.taskUpdate.count();
  const bodies: [string, string][] = [
    ["text/plain;charset=UTF-8", JSON.stringify([null, "không phải form"])],
    ["text/plain;charset=UTF-8", "}{ không phải React"],
    ["application/json", JSON.stringify({ communeId: "x", taskId: "y" })],
  ];
  for (const [type, data] of bodies) {
    const res = await ctx.post("/login", {
      headers: { accept: "text/x-component", "next-action": id, "content-type": type },
      data,
      maxRedirects: 0,
    });
    expect({ type, data, status: res.status(), body: await res.text() }).toEqual({ type, data, status: 400, body: "" });
  }
  expect(await db.taskUpdate.count()).toBe(before);
  await ctx.dispose();
});
