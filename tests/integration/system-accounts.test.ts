// Quản trị → Tài khoản cấp tỉnh, quản trị against the real database and a real SMTP server
// (smtp-server, started here; SMTP_URL points at it before anything reads the configuration).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/safe-action";
import { consumeAccountToken } from "@/lib/accounts/tokens";
import { verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/user-sessions";
import { resetEmailTransport } from "@/lib/notifications/channels/email";
import {
  createSystemAccount,
  issueSystemAccountActivation,
  resetSystemAccountPassword,
  resetSystemAccountSecondFactor,
  updateSystemAccount,
} from "@/lib/system-accounts/commands";
import { deliverActivation, type PendingActivation } from "@/lib/system-accounts/delivery";
import { listSystemAccounts } from "@/lib/system-accounts/queries";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDemo, testDb, viewer } from "./db";

const smtp: TestSmtp = await startSmtp();
process.env.SMTP_URL = smtp.url;

const db = testDb();
let admin: Viewer;
let province: Viewer;
let coordinator: Viewer;
let haiPhong: string;
let otherProvince: string;

beforeAll(async () => {
  await freshDemo(db);
  admin = await viewer(db, "admin");
  province = await viewer(db, "tinh.haiphong");
  coordinator = await viewer(db, "vhxh.haian");
  haiPhong = province.provinceId!;
  otherProvince = (await db.unit.findFirstOrThrow({ where: { kind: "PROVINCE", id: { not: haiPhong } } })).id;
}, 120_000);
afterAll(async () => {
  resetEmailTransport();
  await smtp.close();
  await db.$disconnect();
});

type Result = Awaited<ReturnType<typeof executeAction>>;
const run = (def: Parameters<typeof executeAction>[0], user: Viewer | null, input: unknown): Promise<Result> =>
  executeAction(def, user, input, db);
function ok<T>(r: Result): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data as T;
}
type Created = { id: string; username: string; activation: PendingActivation | null };

const tokenOf = (link: string) => link.split("/").pop()!;
const base = (over: Record<string, unknown> = {}) => ({
  username: "tinh.quangninh",
  fullName: "Sở KH&CN Quảng Ninh",
  role: "PROVINCE",
  provinceId: haiPhong,
  provinceCoordinator: "on",
  email: "",
  phone: "0203 3835 111",
  firstPassword: "LINK",
  password: "",
  ...over,
});

describe("creating a province or admin account", () => {
  it("with an activation link: a token row, printed (no e-mail address), usable once; audited", async () => {
    const created = ok<Created>(await run(createSystemAccount, admin, base()));
    const user = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({
      username: "tinh.quangninh",
      role: "PROVINCE",
      provinceId: haiPhong,
      provinceCoordinator: true,
      phone: "0203 3835 111",
      communeId: null,
      mustChangePassword: false,
    });
    const outcome = await deliverActivation(created.activation!);
    expect(outcome).toMatchObject({ delivery: "PRINT", mailFailed: false });
    expect(smtp.received).toHaveLength(0);
    const tokens = await db.accountToken.findMany({ where: { userId: created.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ purpose: "ACTIVATION", usedAt: null, createdById: admin.id });
    // Only the hash is stored.
    expect(tokens[0]!.tokenHash).not.toBe(tokenOf(outcome.link!));
    expect(await db.$transaction((tx) => consumeAccountToken(tx, tokenOf(outcome.link!), "ACTIVATION"))).toBe(created.id);
    expect(await db.$transaction((tx) => consumeAccountToken(tx, tokenOf(outcome.link!), "ACTIVATION"))).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action).sort()).toEqual(["tenants.createAccount", "users.issueActivation"]);
    expect(audit.find((a) => a.action === "tenants.createAccount")!.data).toEqual({
      username: "tinh.quangninh",
      fullName: "Sở KH&CN Quảng Ninh",
      role: "PROVINCE",
      provinceId: haiPhong,
      email: null,
    });
    expect(audit.find((a) => a.action === "users.issueActivation")!.data).toEqual({ username: "tinh.quangninh", delivery: "PRINT" });
    expect(JSON.stringify(audit)).not.toContain(tokenOf(outcome.link!));
  });

  it("with an e-mail address and SMTP: the link goes by e-mail after commit and is not shown", async () => {
    const created = ok<Created>(
      await run(createSystemAccount, admin, base({ username: "tinh.email", email: "so@qn.gov.vn", provinceCoordinator: "" })),
    );
    expect(created.activation?.delivery).toBe("EMAIL");
    expect(smtp.received).toHaveLength(0); // nothing before commit and delivery
    const outcome = await deliverActivation(created.activation!);
    expect(outcome).toMatchObject({ delivery: "EMAIL", link: null, email: "so@qn.gov.vn", mailFailed: false });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(["so@qn.gov.vn"]);
    const body = smtp.received[0]!.raw.replace(/=\r?\n/g, "");
    const token = body.match(/\/kich-hoat\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeTruthy();
    expect(await db.$transaction((tx) => consumeAccountToken(tx, token!, "ACTIVATION"))).toBe(created.id);
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "users.issueActivation" } })).data).toEqual({
      username: "tinh.email",
      delivery: "EMAIL",
    });
  });

  it("with a password the admin types: the person must change it at first sign-in; no link", async () => {
    const created = ok<Created>(
      await run(
        createSystemAccount,
        admin,
        base({
          username: "quantri.hai",
          role: "ADMIN",
          provinceId: "",
          provinceCoordinator: "",
          firstPassword: "PASSWORD",
          password: "Tam-thoi-2026",
        }),
      ),
    );
    expect(created.activation).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({ role: "ADMIN", provinceId: null, provinceCoordinator: false, mustChangePassword: true });
    expect(await verifyPassword(user.passwordHash, "Tam-thoi-2026")).toBe(true);
    expect(await db.accountToken.count({ where: { userId: created.id } })).toBe(0);
    expect(JSON.stringify(await db.auditLog.findMany({ where: { entityId: created.id } }))).not.toContain("Tam-thoi-2026");
  });

  it("refuses bad input with Vietnamese messages and writes nothing", async () => {
    const users = await db.user.count();
    const audits = await db.auditLog.count();
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ username: "tinh.quangninh" }, { username: ["Tên đăng nhập đã được sử dụng"] }],
      [{ username: "TINH QN" }, { username: ["Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -"] }],
      [{ username: "tinh.moi", provinceId: "" }, { provinceId: ["Tài khoản cấp tỉnh phải thuộc một tỉnh, thành phố"] }],
      [{ username: "tinh.moi", role: "ADMIN" }, { provinceId: ["Tài khoản quản trị không thuộc tỉnh nào"] }],
      [{ username: "tinh.moi", role: "CHAIR" }, { role: ["Chọn vai trò: cấp tỉnh hoặc quản trị"] }],
      [{ username: "tinh.moi", firstPassword: "PASSWORD", password: "ngan" }, { password: ["Mật khẩu phải có ít nhất 8 ký tự"] }],
      [{ username: "tinh.moi", provinceId: "khong-co" }, { provinceId: ["Chọn một tỉnh, thành phố"] }],
      [{ username: "tinh.moi", email: "khong-phai-email" }, { email: ["Email không hợp lệ"] }],
      [{ username: "tinh.moi", phone: "goi em" }, { phone: ["Số điện thoại không hợp lệ"] }],
    ];
    for (const [over, fieldErrors] of cases) {
      const r = await run(createSystemAccount, admin, base(over));
      expect(r, JSON.stringify(over)).toMatchObject({ ok: false, fieldErrors });
    }
    expect(await db.user.count()).toBe(users);
    expect(await db.auditLog.count()).toBe(audits);
  });
});

describe("editing an account", () => {
  it("changes name, contacts, coordinator flag and province; deactivating ends the sessions", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { username: "tinh.quangninh" } });
    await startSession(db, target.id, 3600);
    await startSession(db, target.id, 3600);
    ok(
      await run(updateSystemAccount, admin, {
        userId: target.id,
        fullName: "Sở KH&CN tỉnh Quảng Ninh",
        role: "PROVINCE",
        provinceId: otherProvince,
        provinceCoordinator: "",
        email: "kh@qn.gov.vn",
        phone: "",
        active: "",
      }),
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      fullName: "Sở KH&CN tỉnh Quảng Ninh",
      provinceId: otherProvince,
      provinceCoordinator: false,
      email: "kh@qn.gov.vn",
      phone: null,
      active: false,
    });
    expect(await db.userSession.count({ where: { userId: target.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "tenants.updateAccount" } });
    expect(audit.data).toMatchObject({
      before: { fullName: "Sở KH&CN Quảng Ninh", role: "PROVINCE", active: true, provinceCoordinator: true },
      after: { fullName: "Sở KH&CN tỉnh Quảng Ninh", role: "PROVINCE", active: false, provinceCoordinator: false },
    });
  });

  it("an admin cannot deactivate or demote themselves", async () => {
    const me = { userId: admin.id, fullName: "Quản trị hệ thống", provinceId: "", provinceCoordinator: "", email: "", phone: "" };
    expect(await run(updateSystemAccount, admin, { ...me, role: "ADMIN", active: "" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Bạn không thể tự khóa hoặc đổi vai trò của chính mình.",
    });
    expect(await run(updateSystemAccount, admin, { ...me, role: "PROVINCE", provinceId: haiPhong, active: "on" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true });
  });

  it("the last active admin cannot be deactivated, even by two admins at the same moment", async () => {
    const second = await viewer(db, "quantri.hai");
    const edit = (userId: string, fullName: string) => ({
      userId,
      fullName,
      role: "ADMIN",
      provinceId: "",
      provinceCoordinator: "",
      email: "",
      phone: "",
      active: "",
    });
    // Each locks out the other at once: only one may win, or the portal has no admin left.
    const results = await Promise.all([
      run(updateSystemAccount, admin, edit(second.id, "Quản trị thứ hai")),
      run(updateSystemAccount, second, edit(admin.id, "Quản trị hệ thống")),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    // Put both back for the tests below (whoever is still active reopens the other).
    const active = await db.user.findFirstOrThrow({ where: { role: "ADMIN", active: true } });
    const locked = active.id === admin.id ? second : admin;
    ok(await run(updateSystemAccount, await viewer(db, active.username), { ...edit(locked.id, "Quản trị"), active: "on" }));
    // With one admin left alone, a (stale) second admin cannot lock them out either.
    ok(await run(updateSystemAccount, admin, edit(second.id, "Quản trị thứ hai")));
    expect(await run(updateSystemAccount, second, edit(admin.id, "Quản trị hệ thống"))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ active: true });
  });
});

describe("per-account actions", () => {
  it("reset password: a generated one shown once, must be changed, sessions end; audited without it", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { username: "tinh.email" } });
    await startSession(db, target.id, 3600);
    const { password, username } = ok<{ username: string; password: string }>(
      await run(resetSystemAccountPassword, admin, { userId: target.id }),
    );
    expect(username).toBe("tinh.email");
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await verifyPassword(after.passwordHash, password)).toBe(true);
    expect(after.mustChangePassword).toBe(true);
    expect(await db.userSession.count({ where: { userId: target.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "users.resetPassword" } });
    expect(audit.data).toEqual({ username: "tinh.email" });
  });

  it("reset second factor: authenticator and recovery codes gone, enrolment due now, sessions end", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { username: "tinh.haiphong" } });
    await db.user.update({ where: { id: target.id }, data: { totpSecret: "sealed", totpEnabledAt: new Date(), totpLastStep: 5 } });
    await db.recoveryCode.createMany({
      data: [
        { userId: target.id, codeHash: "a" },
        { userId: target.id, codeHash: "b" },
      ],
    });
    await startSession(db, target.id, 3600);
    expect((await listSystemAccounts(haiPhong, db)).find((r) => r.id === target.id)?.secondFactor).toBe(true);
    ok(await run(resetSystemAccountSecondFactor, admin, { userId: target.id }));
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(after.secondFactorResetAt).toBeInstanceOf(Date);
    expect(await db.recoveryCode.count({ where: { userId: target.id } })).toBe(0);
    expect(await db.userSession.count({ where: { userId: target.id } })).toBe(0);
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "users.resetTwoFactor" } })).data).toEqual({
      username: "tinh.haiphong",
    });
    expect((await listSystemAccounts(haiPhong, db)).find((r) => r.id === target.id)?.secondFactor).toBe(false);
  });

  it("a new activation link voids the earlier one", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { username: "tinh.haiphong" } });
    const first = await deliverActivation(ok<PendingActivation>(await run(issueSystemAccountActivation, admin, { userId: target.id })));
    const second = await deliverActivation(ok<PendingActivation>(await run(issueSystemAccountActivation, admin, { userId: target.id })));
    expect(first.link).not.toBe(second.link);
    expect(await db.$transaction((tx) => consumeAccountToken(tx, tokenOf(first.link!), "ACTIVATION"))).toBeNull();
    expect(await db.$transaction((tx) => consumeAccountToken(tx, tokenOf(second.link!), "ACTIVATION"))).toBe(target.id);
    expect(await db.auditLog.count({ where: { entityId: target.id, action: "users.issueActivation" } })).toBe(2);
  });

  it("commune accounts are not reachable here: NOT_FOUND, nothing written", async () => {
    const chair = await db.user.findUniqueOrThrow({ where: { username: "chutich.haian" } });
    const audits = await db.auditLog.count();
    const tokens = await db.accountToken.count();
    for (const def of [resetSystemAccountPassword, resetSystemAccountSecondFactor, issueSystemAccountActivation]) {
      expect(await run(def as never, admin, { userId: chair.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(
      await run(updateSystemAccount, admin, {
        userId: chair.id,
        fullName: "Chiếm quyền",
        role: "PROVINCE",
        provinceId: haiPhong,
        provinceCoordinator: "",
        email: "",
        phone: "",
        active: "on",
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.user.findUniqueOrThrow({ where: { id: chair.id } })).toEqual(chair);
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.accountToken.count()).toBe(tokens);
  });

  it("non-admins are refused (FORBIDDEN) and nothing is written", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { username: "tinh.email" } });
    const snapshot = async () => [
      await db.user.count(),
      await db.auditLog.count(),
      await db.accountToken.count(),
      await db.user.findUniqueOrThrow({ where: { id: target.id } }),
    ];
    const before = await snapshot();
    for (const u of [province, coordinator, await viewer(db, "chutich.haian"), await viewer(db, "vanphong.haian")]) {
      expect(await run(createSystemAccount, u, base({ username: "tinh.chen" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(
        await run(updateSystemAccount, u, {
          userId: target.id,
          fullName: "X",
          role: "ADMIN",
          provinceId: "",
          email: "",
          phone: "",
          active: "on",
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      for (const def of [resetSystemAccountPassword, resetSystemAccountSecondFactor, issueSystemAccountActivation]) {
        expect(await run(def as never, u, { userId: target.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    }
    expect(await run(createSystemAccount, null, base({ username: "tinh.chen" }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await snapshot()).toEqual(before);
  });
});
