// Quản trị → Bảo mật: the two-factor grace and the accounts still to enrol, against the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/safe-action";
import { loadFactorPolicy } from "@/lib/accounts/policy";
import type { Viewer } from "@/lib/auth/permissions";
import { setTwoFactorGrace } from "@/lib/security-settings/commands";
import { securityOverview } from "@/lib/security-settings/queries";
import { resetSystemAccountSecondFactor } from "@/lib/system-accounts/commands";
import { freshDemo, testDb, viewer } from "./db";

const db = testDb();
let admin: Viewer;
const DAY = 86_400_000;

beforeAll(async () => {
  await freshDemo(db);
  admin = await viewer(db, "admin");
}, 120_000);
afterAll(() => db.$disconnect());

const grace = (user: Viewer | null, graceDays: unknown) => executeAction(setTwoFactorGrace, user, { graceDays }, db);

describe("the two-factor grace", () => {
  it("is saved by an admin and audited with before and after", async () => {
    const before = (await loadFactorPolicy(db)).twoFactorGraceDays;
    expect(before).toBe(14);
    expect(await grace(admin, "7")).toMatchObject({ ok: true, data: { graceDays: 7, changed: true } });
    expect((await loadFactorPolicy(db)).twoFactorGraceDays).toBe(7);
    const audit = await db.auditLog.findMany({ where: { action: "tenants.setTwoFactorGrace" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, communeId: null, data: { before: { graceDays: 14 }, after: { graceDays: 7 } } });
    // Saving the same value changes nothing and writes no audit line.
    expect(await grace(admin, 7)).toMatchObject({ ok: true, data: { changed: false } });
    expect(await db.auditLog.count({ where: { action: "tenants.setTwoFactorGrace" } })).toBe(1);
  });

  it("keeps to 0–90 whole days", async () => {
    for (const bad of ["-1", "91", "2.5", "", "mười"]) {
      const r = await grace(admin, bad);
      expect(r, bad).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(r.ok ? [] : r.fieldErrors?.graceDays, bad).toHaveLength(1);
    }
    expect(await grace(admin, "0")).toMatchObject({ ok: true });
    expect(await grace(admin, "90")).toMatchObject({ ok: true });
    expect((await loadFactorPolicy(db)).twoFactorGraceDays).toBe(90);
  });

  it("is refused to everyone but admins, and nothing changes", async () => {
    const audits = await db.auditLog.count();
    for (const name of ["tinh.haiphong", "vhxh.haian", "chutich.haian", "vanphong.haian"]) {
      expect(await grace(await viewer(db, name), "3"), name).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await grace(null, "3")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect((await loadFactorPolicy(db)).twoFactorGraceDays).toBe(90);
    expect(await db.auditLog.count()).toBe(audits);
  });
});

describe("accounts still to enrol", () => {
  it("lists active accounts of required roles without a second factor, with their deadline, a reset one due at once", async () => {
    await grace(admin, "10");
    const since = new Date("2026-01-01T00:00:00Z");
    await db.systemSettings.update({ where: { id: 1 }, data: { twoFactorPolicySince: since } });
    // Everyone old enough: the deadline is the rule's start plus the grace.
    await db.user.updateMany({ data: { createdAt: new Date("2025-06-01T00:00:00Z") } });
    const enrolled = await db.user.findUniqueOrThrow({ where: { username: "chutich.haian" } });
    await db.user.update({ where: { id: enrolled.id }, data: { totpEnabledAt: new Date(), totpSecret: "sealed" } });
    await db.user.update({ where: { username: "tinh.thanhhoa" }, data: { active: false } });
    const newcomer = await db.user.findUniqueOrThrow({ where: { username: "vhxh.haian" } });
    const joined = new Date("2026-03-01T00:00:00Z");
    await db.user.update({ where: { id: newcomer.id }, data: { createdAt: joined } });
    const reset = await db.user.findUniqueOrThrow({ where: { username: "tinh.haiphong" } });
    await db.user.update({ where: { id: reset.id }, data: { totpEnabledAt: new Date(), totpSecret: "sealed" } });
    expect(await executeAction(resetSystemAccountSecondFactor, admin, { userId: reset.id }, db)).toMatchObject({ ok: true });
    const resetAt = (await db.user.findUniqueOrThrow({ where: { id: reset.id } })).secondFactorResetAt!;

    const now = new Date("2026-01-20T00:00:00Z");
    const { policy, pending } = await securityOverview(now, db);
    expect(policy).toMatchObject({ twoFactorGraceDays: 10, twoFactorPolicySince: since });

    const required = await db.user.findMany({
      where: { active: true, role: { in: ["CHAIR", "COORDINATOR", "PROVINCE", "ADMIN"] }, totpEnabledAt: null },
      select: { username: true },
    });
    expect(pending.map((p) => p.username).sort()).toEqual(required.map((u) => u.username).sort());
    expect(pending.map((p) => p.username)).not.toContain("chutich.haian");
    expect(pending.map((p) => p.username)).not.toContain("vanphong.haian"); // unit staff: optional
    expect(pending.map((p) => p.username)).not.toContain("tinh.thanhhoa"); // locked

    const row = (u: string) => pending.find((p) => p.username === u)!;
    expect(row("admin")).toMatchObject({ deadline: new Date(since.getTime() + 10 * DAY), overdue: true, place: null, wasReset: false });
    expect(row("vhxh.haian")).toMatchObject({ deadline: new Date(joined.getTime() + 10 * DAY), overdue: false, place: "Phường Hải An" });
    expect(row("tinh.haiphong")).toMatchObject({ deadline: resetAt, wasReset: true, place: "Thành phố Hải Phòng" });
    // Soonest deadline first.
    const times = pending.map((p) => p.deadline.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
