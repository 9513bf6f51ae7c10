// "Tài khoản của tôi" on a real database: the profile (and its audit line in the commune's log), the
// sessions list and ending them, enrolling TOTP (sealed secret, ten hashed recovery codes, nothing
// written by a wrong code), new recovery codes and turning the factor off (a current code; never for
// a chair); and the standing office's reset of someone's second factor and activation links.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/user-sessions";
import { issueActivation, resetTwoFactor } from "@/lib/admin/commands";
import {
  disableTwoFactor,
  enableTwoFactor,
  endOtherSessions,
  endOwnSession,
  newRecoveryCodes,
  openPendingSecret,
  sealPendingSecret,
  updateOwnProfile,
} from "@/lib/accounts/own-commands";
import { hashRecoveryCode, newTotpSecret, openTotpSecret } from "@/lib/accounts/totp";
import { peekAccountToken } from "@/lib/accounts/tokens";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { enrolTotp, totpCode } from "../support/second-factor";

const db = testDb();
let haiAn: string;
let chair: Viewer;
let staff: Viewer; // unit staff of Hải An (second factor optional)
let standingOffice: Viewer; // vhxh.haian
let otherOffice: Viewer; // vhxh.thachkhoi

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

const chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const iphone =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

/** The viewer signed in on a new session row (as the browser would be). */
async function signedIn(v: Viewer, userAgent = chrome): Promise<Viewer> {
  const id = await startSession(db, v.id, 3600, { userAgent, ipAddress: "10.0.0.1" });
  return { ...v, session: { id, secondFactorAt: null } };
}

const wrongOf = (code: string) => (code === "000000" ? "111111" : "000000");
const failures = (username: string) => db.loginAttempt.count({ where: { key: `user:${username}`, success: false } });

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  chair = await viewer(db, "chutich.haian");
  staff = await viewer(db, (await db.user.findFirstOrThrow({ where: { communeId: haiAn, role: "UNIT_STAFF", active: true } })).username);
  standingOffice = await viewer(db, "vhxh.haian");
  otherOffice = await viewer(db, "vhxh.thachkhoi");
});
afterAll(async () => {
  await db.$disconnect();
});

describe("profile", () => {
  it("saves the names and title and writes the before/after to the commune's audit log", async () => {
    const me = await signedIn(chair);
    const before = await db.user.findUniqueOrThrow({ where: { id: chair.id } });
    const res = await run(updateOwnProfile, me, {
      fullName: "  Chủ tịch UBND phường Hải An ",
      officialName: "Nguyễn Văn An",
      jobTitle: "Chủ tịch",
    });
    expect(res).toMatchObject({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: chair.id } });
    expect(after).toMatchObject({ fullName: "Chủ tịch UBND phường Hải An", officialName: "Nguyễn Văn An", jobTitle: "Chủ tịch" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.updateProfile" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ communeId: haiAn, actorId: chair.id, entityId: chair.id });
    expect(audit.data).toEqual({
      before: { fullName: before.fullName, officialName: before.officialName, jobTitle: before.jobTitle },
      after: { fullName: "Chủ tịch UBND phường Hải An", officialName: "Nguyễn Văn An", jobTitle: "Chủ tịch" },
    });
  });

  it("refuses an empty name and changes nothing", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: chair.id } });
    expect(await run(updateOwnProfile, await signedIn(chair), { fullName: " ", jobTitle: "x".repeat(101) })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { fullName: expect.any(Array), jobTitle: expect.any(Array) },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: chair.id } })).fullName).toBe(before.fullName);
  });
});

describe("sessions", () => {
  beforeEach(async () => {
    await db.userSession.deleteMany({ where: { userId: { in: [staff.id, chair.id] } } });
  });

  it("ends one other session (not the current one, not another account's) and every other at once", async () => {
    const me = await signedIn(staff, chrome);
    const phone = await signedIn(staff, iphone);
    const third = await signedIn(staff, chrome);
    const chairs = await signedIn(chair);

    expect(await run(endOwnSession, me, { sessionId: me.session!.id })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await run(endOwnSession, me, { sessionId: chairs.session!.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.userSession.count({ where: { id: chairs.session!.id } })).toBe(1);

    expect(await run(endOwnSession, me, { sessionId: phone.session!.id })).toMatchObject({
      ok: true,
      data: { sessionsEnded: 1, device: "Safari trên iPhone" },
    });
    expect(await db.userSession.count({ where: { id: phone.session!.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "account.endSession", actorId: staff.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ communeId: haiAn, data: { device: "Safari trên iPhone", sessionsEnded: 1 } });

    // A form from another session (or a stale page) names a session that is not the caller's: nothing ends.
    expect(await run(endOtherSessions, me, { currentSessionId: third.session!.id })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db.userSession.count({ where: { id: third.session!.id } })).toBe(1);
    expect(await run(endOtherSessions, me, { currentSessionId: me.session!.id })).toMatchObject({ ok: true, data: { sessionsEnded: 1 } });
    expect(await db.userSession.findMany({ where: { userId: staff.id }, select: { id: true } })).toEqual([{ id: me.session!.id }]);
    expect(await db.userSession.count({ where: { id: third.session!.id } })).toBe(0);
    expect(await db.userSession.count({ where: { id: chairs.session!.id } })).toBe(1);
  });
});

describe("two-factor enrolment", () => {
  it("a wrong first code writes nothing but counts; the right one saves the sealed secret, ten hashed codes and stamps the session", async () => {
    const me = await signedIn(staff);
    const secret = newTotpSecret();
    const pendingSecret = sealPendingSecret(staff.id, secret);
    expect(pendingSecret).not.toContain(secret);
    const right = await totpCode(secret);
    const staffName = (await db.user.findUniqueOrThrow({ where: { id: staff.id } })).username;
    const failed = await failures(staffName);

    expect(await run(enableTwoFactor, me, { pendingSecret, code: wrongOf(right) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await failures(staffName)).toBeGreaterThan(failed);
    let row = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row.totpSecret).toBeNull();
    expect(row.totpEnabledAt).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: staff.id } })).toBe(0);

    // Another account's sealed secret is refused.
    const chairs = await signedIn(chair);
    expect(await run(enableTwoFactor, chairs, { pendingSecret, code: right })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(openPendingSecret(chair.id, pendingSecret)).toBeNull();

    // Two more sessions of the same account (another browser, a phone): signed in with the password only.
    await signedIn(staff);
    await signedIn(staff);
    const others = await db.userSession.count({ where: { userId: staff.id, id: { not: me.session!.id } } });
    expect(others).toBeGreaterThanOrEqual(2);
    const res = await run<{ recoveryCodes: string[]; sessionsEnded: number }>(enableTwoFactor, me, { pendingSecret, code: right });
    expect(res).toMatchObject({ ok: true, data: { sessionsEnded: others } });
    expect(await db.userSession.findMany({ where: { userId: staff.id }, select: { id: true } })).toEqual([{ id: me.session!.id }]);
    expect(await db.userSession.count({ where: { id: chairs.session!.id } })).toBe(1); // another account's stays
    const codes = res.ok ? res.data.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    row = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).not.toContain(secret);
    expect(openTotpSecret(row.totpSecret!)).toBe(secret);
    const stored = await db.recoveryCode.findMany({ where: { userId: staff.id } });
    expect(stored).toHaveLength(10);
    expect(stored.map((c) => c.codeHash).sort()).toEqual(codes.map(hashRecoveryCode).sort());
    expect(stored.some((c) => codes.includes(c.codeHash))).toBe(false);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: me.session!.id } })).secondFactorAt).not.toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "account.enableTwoFactor", actorId: staff.id } })).toMatchObject({
      communeId: haiAn,
      data: { via: "Tài khoản của tôi", sessionsEnded: others },
    });
    // Enrolling twice is a conflict.
    expect(await run(enableTwoFactor, me, { pendingSecret, code: right })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("new recovery codes and turning the factor off need a current code", async () => {
    const secret = await enrolTotp(db, staff.id);
    const me = await signedIn(staff);
    const oldHashes = (await db.recoveryCode.findMany({ where: { userId: staff.id } })).map((c) => c.codeHash);
    const code = await totpCode(secret);

    expect(await run(newRecoveryCodes, me, { code: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await run(newRecoveryCodes, me, { code: wrongOf(code) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db.recoveryCode.findMany({ where: { userId: staff.id } })).map((c) => c.codeHash)).toEqual(oldHashes);
    const renewed = await run<{ recoveryCodes: string[] }>(newRecoveryCodes, me, { code });
    expect(renewed).toMatchObject({ ok: true });
    expect(renewed.ok && renewed.data.recoveryCodes).toHaveLength(10);
    expect(await db.auditLog.findFirst({ where: { action: "account.newRecoveryCodes", actorId: staff.id } })).toMatchObject({
      data: { recoveryCodes: 10 },
    });

    // The same code again is a replay; a recovery code turns the factor off for unit staff.
    expect(await run(disableTwoFactor, me, { code })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).totpEnabledAt).not.toBeNull();
    const recovery = renewed.ok ? renewed.data.recoveryCodes[0]! : "";
    expect(await run(disableTwoFactor, me, { code: recovery })).toMatchObject({ ok: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await db.recoveryCode.count({ where: { userId: staff.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "account.disableTwoFactor", actorId: staff.id } })).toMatchObject({
      data: { via: "Tài khoản của tôi" },
    });
  });

  it("a chair cannot turn the factor off, even with a right code", async () => {
    const secret = await enrolTotp(db, chair.id);
    const res = await run(disableTwoFactor, await signedIn(chair), { code: await totpCode(secret) });
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: chair.id } })).totpEnabledAt).not.toBeNull();
  });
});

describe("the standing office's resets", () => {
  it("resets a commune user's second factor: authenticator and codes gone, sessions ended, audited", async () => {
    await enrolTotp(db, chair.id);
    const me = await signedIn(chair);
    await db.recoveryCode.create({ data: { userId: chair.id, codeHash: "x".repeat(64) } });
    expect(await run(resetTwoFactor, standingOffice, { communeId: haiAn, userId: chair.id })).toMatchObject({
      ok: true,
      data: { username: "chutich.haian" },
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: chair.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(row.secondFactorResetAt).not.toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: chair.id } })).toBe(0);
    expect(await db.userSession.count({ where: { id: me.session!.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "users.resetTwoFactor", entityId: chair.id } })).toMatchObject({
      communeId: haiAn,
      actorId: standingOffice.id,
      data: { username: "chutich.haian" },
    });
  });

  it("refuses another commune's user (not found) and a unit staff actor, changing nothing", async () => {
    await enrolTotp(db, chair.id);
    const other = await db.user.findFirstOrThrow({ where: { username: "chutich.thachkhoi" } });
    await enrolTotp(db, other.id);
    // The other commune's office naming a Hải An user through its own commune: not found.
    const foreign = await run(resetTwoFactor, otherOffice, { communeId: otherOffice.communeId, userId: chair.id });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Naming Hải An directly: not its commune, not found either.
    expect(await run(resetTwoFactor, otherOffice, { communeId: haiAn, userId: chair.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Hải An's office naming the other commune's chair.
    expect(await run(resetTwoFactor, standingOffice, { communeId: haiAn, userId: other.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // Unit staff see their commune but may not manage its accounts.
    expect(await run(resetTwoFactor, staff, { communeId: haiAn, userId: chair.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: chair.id } })).totpEnabledAt).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).totpEnabledAt).not.toBeNull();
  });

  it("issues an activation link (printed without SMTP) that names the account, audited without the link", async () => {
    const res = await run<{ link: string; delivery: string; username: string }>(issueActivation, standingOffice, {
      communeId: haiAn,
      userId: staff.id,
    });
    expect(res).toMatchObject({ ok: true, data: { delivery: "PRINT" } });
    const link = res.ok ? res.data.link : "";
    const token = link.split("/").pop()!;
    expect((await peekAccountToken(db, token, "ACTIVATION"))?.id).toBe(staff.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "users.issueActivation", entityId: staff.id } });
    expect(audit.data).toEqual({ username: res.ok ? res.data.username : "", delivery: "PRINT" });
    expect(JSON.stringify(audit.data)).not.toContain(token);
    expect(await run(issueActivation, otherOffice, { communeId: otherOffice.communeId, userId: staff.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
