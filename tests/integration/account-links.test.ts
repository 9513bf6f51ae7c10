// Single-use account links (activation 7 days, password reset 30 minutes), "Quên mật khẩu" (the same
// answer, in the same time, for existing and unknown accounts; the e-mail only for the existing one,
// through a real SMTP server) and the own password change (current password, other sessions end,
// the forced change unlocks the account's actions).
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startSmtp } from "../support/smtp";

// The SMTP server first: lib/env reads SMTP_URL once.
const smtp = await startSmtp();
process.env.SMTP_URL = smtp.url;

const { activateAccount, requestPasswordReset, resetForgottenPassword, LINK_GONE, RESET_REQUEST_ANSWER } =
  await import("@/lib/accounts/link-commands");
const { changeOwnPassword } = await import("@/lib/accounts/password-commands");
const { issueAccountToken } = await import("@/lib/accounts/tokens");
const { defineAction, executeAction } = await import("@/lib/actions/safe-action");
const { hashPassword, verifyPassword } = await import("@/lib/auth/password");
const { startSession } = await import("@/lib/auth/user-sessions");
const { resetEmailTransport } = await import("@/lib/notifications/channels/email");
const { communeByName, freshDemo, testDb } = await import("./db");
type Viewer = import("@/lib/auth/permissions").Viewer;

const db = testDb();
const OLD = "Cu@2025abc";
const NEW = "MatKhauMoi2026";
let haiAn: string;
let oldHash: string;
let n = 0;

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  oldHash = await hashPassword(OLD);
});
afterAll(async () => {
  resetEmailTransport();
  await smtp.close();
  await db.$disconnect();
});

async function person(extra: Record<string, unknown> = {}) {
  const username = `lk.${++n}.${Date.now() % 100000}`;
  return db.user.create({
    data: { username, fullName: `Người thử ${n}`, passwordHash: oldHash, role: "UNIT_STAFF", communeId: haiAn, ...extra },
  });
}

const MIN = 60_000;
const issue = (userId: string, purpose: "ACTIVATION" | "PASSWORD_RESET", now = new Date()) =>
  db.$transaction((tx) => issueAccountToken(tx, userId, purpose, { now }));
const form = (token: string, password = NEW, confirm = password) => ({ token, password, confirm });

describe("kích hoạt tài khoản", () => {
  it("dùng một lần: đặt mật khẩu, bỏ buộc đổi mật khẩu, kết thúc phiên, ghi nhật ký; lần hai bị từ chối", async () => {
    const u = await person({ mustChangePassword: true });
    await startSession(db, u.id, 3600);
    const { token } = await issue(u.id, "ACTIVATION");

    const mismatch = await activateAccount(db, form(token, NEW, "KhacHan2026"));
    expect(mismatch.ok).toBe(false);
    expect(!mismatch.ok && mismatch.fieldErrors?.confirm).toBeTruthy();
    const weak = await activateAccount(db, form(token, "ngan"));
    expect(!weak.ok && weak.fieldErrors?.password).toBeTruthy();
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash).toBe(oldHash);

    expect(await activateAccount(db, form(token))).toEqual({ ok: true, data: { username: u.username, sessionsEnded: 1 } });
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect(after.passwordChangedAt).toBeInstanceOf(Date);
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.activate", entityId: u.id } });
    expect(audit).toMatchObject({ communeId: haiAn, actorId: u.id, data: { username: u.username } });

    expect(await activateAccount(db, form(token, "LanHai2026x"))).toMatchObject({ ok: false, message: LINK_GONE });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash, NEW)).toBe(true);
  });

  it("hết hạn sau 7 ngày; liên kết sai dạng, không tồn tại, của mục đích khác: cùng một câu trả lời", async () => {
    const u = await person();
    const stale = await issue(u.id, "ACTIVATION", new Date(Date.now() - 7 * 24 * 60 * MIN - MIN));
    expect(await activateAccount(db, form(stale.token))).toMatchObject({ ok: false, message: LINK_GONE });
    const reset = await issue(u.id, "PASSWORD_RESET");
    expect(await activateAccount(db, form(reset.token))).toMatchObject({ ok: false, message: LINK_GONE });
    expect(await activateAccount(db, form("khong-phai-token"))).toMatchObject({ ok: false, message: LINK_GONE });
    expect(await activateAccount(db, form("A".repeat(43)))).toMatchObject({ ok: false, message: LINK_GONE });
    const fresh = await issue(u.id, "ACTIVATION", new Date(Date.now() - 7 * 24 * 60 * MIN + MIN));
    expect((await activateAccount(db, form(fresh.token))).ok).toBe(true);
  });
});

describe("đặt lại mật khẩu", () => {
  it("hết hạn sau 30 phút; liên kết mới làm liên kết cũ mất hiệu lực; mọi phiên kết thúc", async () => {
    const u = await person();
    const stale = await issue(u.id, "PASSWORD_RESET", new Date(Date.now() - 31 * MIN));
    expect(await resetForgottenPassword(db, form(stale.token))).toMatchObject({ ok: false, message: LINK_GONE });
    const older = await issue(u.id, "PASSWORD_RESET", new Date(Date.now() - 29 * MIN));
    const newer = await issue(u.id, "PASSWORD_RESET");
    expect(await resetForgottenPassword(db, form(older.token))).toMatchObject({ ok: false, message: LINK_GONE });
    await startSession(db, u.id, 3600);
    await startSession(db, u.id, 3600);
    expect(await resetForgottenPassword(db, form(newer.token))).toEqual({ ok: true, data: { username: u.username, sessionsEnded: 2 } });
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.resetForgottenPassword", entityId: u.id } });
    expect(audit).toMatchObject({ communeId: haiAn, data: { username: u.username, sessionsEnded: 2 } });
  });

  it("cùng một câu trả lời cho tài khoản có thật và không có; thư chỉ gửi cho tài khoản có thật; liên kết trong thư dùng được", async () => {
    const u = await person({ email: "nguoi.that@example.vn" });
    smtp.received.length = 0;
    const real = await requestPasswordReset(db, { identifier: u.username }, "10.1.0.1");
    const fake = await requestPasswordReset(db, { identifier: "khong.co.ai" }, "10.1.0.2");
    const byMail = await requestPasswordReset(db, { identifier: "NGUOI.THAT@example.vn" }, "10.1.0.3");
    expect(real.result).toEqual({ ok: true, data: { message: RESET_REQUEST_ANSWER } });
    expect(fake.result).toEqual(real.result);
    expect(byMail.result).toEqual(real.result);
    // Nothing is looked up before the answer: the work is the follow-up (after() in the action).
    expect(await db.accountToken.count({ where: { userId: u.id } })).toBe(0);
    await fake.followUp!();
    expect(smtp.received).toHaveLength(0);
    await real.followUp!();
    await byMail.followUp!();
    expect(smtp.received.map((m) => m.to)).toEqual([["nguoi.that@example.vn"], ["nguoi.that@example.vn"]]);

    const links = smtp.received.map((m) => m.raw.replace(/=\r?\n/g, "").match(/\/dat-lai-mat-khau\/([A-Za-z0-9_-]{43})/)![1]!);
    // The second request voided the first link.
    expect(await resetForgottenPassword(db, form(links[0]!))).toMatchObject({ ok: false, message: LINK_GONE });
    expect((await resetForgottenPassword(db, form(links[1]!))).ok).toBe(true);
  });

  it("giới hạn số yêu cầu theo địa chỉ", async () => {
    for (let i = 0; i < 5; i++) expect((await requestPasswordReset(db, { identifier: `ai.do.${i}` }, "10.2.0.1")).result.ok).toBe(true);
    const sixth = await requestPasswordReset(db, { identifier: "ai.do" }, "10.2.0.1");
    expect(sixth.result.ok).toBe(false);
    expect(sixth.followUp).toBeNull();
    expect((await requestPasswordReset(db, { identifier: "ai.do" }, "10.2.0.2")).result.ok).toBe(true);
  });

  it("thời gian trả lời như nhau cho tài khoản có thật và không có (trung vị nhiều lần, sai số rộng)", async () => {
    const u = await person({ email: "do.thoi.gian@example.vn" });
    const N = 15;
    const time = async (identifier: string, i: number) => {
      const start = performance.now();
      await requestPasswordReset(db, { identifier }, `10.3.${i}.${identifier === u.username ? 1 : 2}`);
      return performance.now() - start;
    };
    await time(u.username, 200); // warm-up
    const real: number[] = [];
    const fake: number[] = [];
    for (let i = 0; i < N; i++) {
      real.push(await time(u.username, i));
      fake.push(await time(`khong.co.${i}`, i));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[N >> 1]!;
    const [r, f] = [median(real), median(fake)];
    console.log(`median ms: existing ${r.toFixed(1)}, unknown ${f.toFixed(1)}`);
    // The answer does no account work at all: any gap is noise, well under an argon2 or an SMTP round trip.
    expect(Math.abs(r - f), JSON.stringify({ r, f })).toBeLessThan(Math.max(25, 0.5 * Math.max(r, f)));
  });
});

describe("đổi mật khẩu của mình", () => {
  const asViewer = (u: { id: string; role: "UNIT_STAFF"; communeId: string | null }, sid: string, mustChangePassword = false): Viewer => ({
    id: u.id,
    role: u.role,
    provinceId: null,
    communeId: u.communeId,
    unitId: null,
    provinceCoordinator: false,
    mustChangePassword,
    session: { id: sid, secondFactorAt: null },
  });
  const input = (currentPassword: string, password = NEW, confirm = password) => ({ currentPassword, password, confirm });

  it("cần đúng mật khẩu hiện tại, khác mật khẩu cũ; kết thúc các phiên khác, giữ phiên đang dùng", async () => {
    const u = await person({ mustChangePassword: true });
    const sessions = [await startSession(db, u.id, 3600), await startSession(db, u.id, 3600), await startSession(db, u.id, 3600)];
    const me = asViewer(u as never, sessions[0]!, true);
    const run = (i: unknown) => executeAction(changeOwnPassword, me, i, db);

    const wrong = await run(input("SaiMatKhau1"));
    expect(wrong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { currentPassword: ["Mật khẩu hiện tại không đúng"] } });
    expect(await run(input(OLD, OLD))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { password: expect.any(Array) } });
    expect(await run(input(OLD, "yeu"))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await run(input(OLD, NEW, "KhongKhop1"))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(3);

    expect(await run(input(OLD))).toEqual({ ok: true, data: { sessionsEnded: 2 } });
    expect((await db.userSession.findMany({ where: { userId: u.id } })).map((s) => s.id)).toEqual([sessions[0]]);
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(after.passwordChangedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.changePassword", entityId: u.id } });
    expect(audit).toMatchObject({ communeId: haiAn, actorId: u.id, data: { sessionsEnded: 2 } });
  });

  it("tài khoản phải đổi mật khẩu: mọi thao tác khác bị từ chối, trừ đổi mật khẩu", async () => {
    const u = await person({ mustChangePassword: true });
    const sid = await startSession(db, u.id, 3600);
    const other = defineAction({ name: "test.other", scope: "user", schema: z.object({}), permission: () => true, run: async () => 1 });
    const forced = asViewer(u as never, sid, true);
    expect(await executeAction(other, forced, {}, db)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await executeAction(changeOwnPassword, forced, input(OLD), db)).ok).toBe(true);
    expect(await executeAction(other, asViewer(u as never, sid, false), {}, db)).toEqual({ ok: true, data: 1 });
  });
});
