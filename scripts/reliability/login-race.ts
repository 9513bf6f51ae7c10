// Parallel logins against the login limit, over HTTP against the running production app: 100
// attempts at once on one fresh account, 99 wrong passwords and the right one in the middle.
// Exactly the allowed number of wrong passwords may reach the password check (the others are
// refused as "too many attempts" before it); the right one logs in only if it held one of the
// allowed places; and it resets nothing: after the burst the right password is refused too.
import { randomBytes } from "node:crypto";
import type { Db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import type { Check, Log } from "./types";

const ATTEMPTS = 100;
const RIGHT_AT = 50;
const PASSWORD = "Demo@2025";

type Outcome = "login" | "wrong" | "blocked" | "other";

/** One CSRF cookie and token for every attempt (next-auth's double-submit token is reusable). */
async function csrf(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

async function attempt(
  baseUrl: string,
  token: { cookie: string; csrfToken: string },
  username: string,
  password: string,
): Promise<Outcome> {
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: token.cookie },
    body: new URLSearchParams({ username, password, csrfToken: token.csrfToken, callbackUrl: "/", json: "true" }),
  });
  // With json=true next-auth answers {url} for every outcome (status 200, 401 or 302 as it decided).
  const { url } = (await res.json().catch(() => ({}))) as { url?: string };
  if (!url) return "other";
  const error = new URL(url, baseUrl).searchParams.get("error");
  if (error === "CredentialsSignin") return "wrong";
  if (error === "TooManyAttempts") return "blocked";
  return error === null && res.headers.getSetCookie().some((c) => c.includes("session-token=")) ? "login" : "other";
}

/** `limit`: the app's LOGIN_MAX_FAILURES_PER_ACCOUNT. Returns the figures for docs/reliability.json. */
export async function runLoginRace(o: { baseUrl: string; db: Db; limit: number; check: Check; log: Log }) {
  const username = `dua.dang.nhap.${randomBytes(4).toString("hex")}`;
  const like = await o.db.user.findUniqueOrThrow({ where: { username: "vanphong.haian" } });
  await o.db.user.create({
    data: {
      username,
      fullName: "Tài khoản thử đăng nhập song song",
      passwordHash: await hashPassword(PASSWORD),
      role: "UNIT_STAFF",
      provinceId: like.provinceId,
      communeId: like.communeId,
      unitId: like.unitId,
    },
  });
  o.log(
    `▶ Đăng nhập song song: ${ATTEMPTS} lần cùng lúc vào một tài khoản (giới hạn ${o.limit}), mật khẩu đúng ở lần thứ ${RIGHT_AT + 1}…`,
  );
  const token = await csrf(o.baseUrl);
  const started = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: ATTEMPTS }, (_, i) => attempt(o.baseUrl, token, username, i === RIGHT_AT ? PASSWORD : `sai-${i}`)),
  );
  const ms = Date.now() - started;
  const count = (x: Outcome) => outcomes.filter((y) => y === x).length;
  const figures = {
    attempts: ATTEMPTS,
    wrongChecked: count("wrong"),
    logins: count("login"),
    blocked: count("blocked"),
    other: count("other"),
    ms,
  };
  const storedFailures = await o.db.loginAttempt.count({ where: { key: `user:${username}`, success: false } });
  const after = await attempt(o.baseUrl, token, username, PASSWORD);

  o.check(
    "Đăng nhập song song: đúng số lần cho phép được kiểm tra mật khẩu",
    figures.wrongChecked === o.limit && storedFailures === o.limit && figures.logins <= 1 && figures.other === 0,
    `${figures.wrongChecked} mật khẩu sai được kiểm tra (giới hạn ${o.limit}), ${figures.logins} đăng nhập, ${figures.blocked} bị chặn, ` +
      `${figures.other} trả lời khác, ${storedFailures} lần sai trong CSDL, ${ms} ms`,
  );
  o.check(
    "Đăng nhập song song: mật khẩu đúng không xóa bộ đếm",
    after === "blocked",
    `sau loạt thử, mật khẩu đúng → ${after === "blocked" ? "bị chặn" : after}`,
  );
  return { ...figures, storedFailures, afterBurst: after };
}
