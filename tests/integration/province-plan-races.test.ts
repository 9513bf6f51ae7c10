// Issue 20: two publications of the same working copy (one wins, the other is told who published),
// a commune whose transaction fails (left untouched, listed, completed later by applyPending), and
// two applyPending racing (each commune receives the version once).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { applyPendingPublications } from "@/lib/province-plans/catch-up";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { addTask, createProvincePlan, edit, pending, provinceCoordinator, publish } from "./province-plan-fixture";

const db = testDb();
let hp: string;
let haiAn: string;
let thachKhoi: string;
let first: Viewer;
let second: Viewer;
let planId: string;

beforeAll(async () => {
  await freshDemo(db);
  const a = await communeByName(db, "Phường Hải An");
  hp = a.provinceId!;
  haiAn = a.id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  first = await provinceCoordinator(db, hp, "dieuphoi.mot");
  second = await provinceCoordinator(db, hp, "dieuphoi.hai");
  planId = await createProvincePlan(db, hp, first.id, [{ code: "1.1" }, { code: "1.2" }], [{ code: "CT01", target: 80 }]);
});
afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS fail_commune ON "Task"`);
  await db.$disconnect();
  await getDb().$disconnect();
});

const receipt = (communeId: string) =>
  db.provincePlanReceipt.findUnique({ where: { provincePlanId_communeId: { provincePlanId: planId, communeId } } });

describe("publication races and failures", () => {
  it("two publications of the same copy: exactly one version, the other told who published it", async () => {
    const shown = await db.provincePlan.findUniqueOrThrow({ where: { id: planId } });
    const [a, b] = await Promise.all([publish(db, first, hp, planId, "A", shown), publish(db, second, hp, planId, "B", shown)]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(loser).toMatchObject({ ok: false, code: "CONFLICT" });
    const winner = a.ok ? first : second;
    expect(!loser.ok && loser.message).toMatch(
      new RegExp(
        `^Kế hoạch vừa được ban hành phiên bản 1 bởi ${winner.id === first.id ? "Điều phối kế hoạch dieuphoi.mot" : "Điều phối kế hoạch dieuphoi.hai"}`,
      ),
    );
    expect(await db.provincePlanVersion.count({ where: { planId } })).toBe(1);
    expect(await db.provincePlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ publishedVersion: 1 });
    expect(await db.task.count({ where: { provinceTask: { planId } } })).toBe(4);
    expect(await db.auditLog.count({ where: { action: "provincePlans.publish", entityId: planId } })).toBe(1);
  });

  it("a stale copy (edited since it was shown) is refused", async () => {
    const { version } = await db.provincePlan.findUniqueOrThrow({ where: { id: planId } });
    await edit(db, planId, () => addTask(db, planId, hp, { code: "1.3" }, 5));
    const { executeAction } = await import("@/lib/actions/safe-action");
    const { publishPlan } = await import("@/lib/province-plans/publish-commands");
    const r = await executeAction(publishPlan, first, { provinceId: hp, planId, version, note: "" }, db);
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!r.ok && r.message).toMatch(/^Kế hoạch vừa được sửa hoặc ban hành \(mới nhất: phiên bản 1 bởi/);
    const edited = await executeAction(publishPlan, first, { provinceId: hp, planId, version, publishedVersion: 1, note: "" }, db);
    expect(!edited.ok && edited.message).toMatch(/^Kế hoạch vừa được sửa\. Vui lòng tải lại trang/);
    // Having seen version 0 while version 1 exists: told who published it.
    const seen = await executeAction(
      publishPlan,
      first,
      { provinceId: hp, planId, version: version + 1, publishedVersion: 0, note: "" },
      db,
    );
    expect(!seen.ok && seen.message).toMatch(/^Kế hoạch vừa được ban hành phiên bản 1 bởi/);
  });

  it("a commune whose transaction fails is left untouched and listed; the others receive the version", async () => {
    // A real failure inside Thạch Khôi's transaction: the database refuses its new task.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_commune() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'commune write refused'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_commune BEFORE INSERT ON "Task" FOR EACH ROW WHEN (NEW."communeId" = '${thachKhoi}') EXECUTE FUNCTION fail_commune()`,
    );
    await edit(db, planId, () => db.provinceIndicator.update({ where: { planId_code: { planId, code: "CT01" } }, data: { target: 95 } }));
    const beforeTk = {
      tasks: await db.task.count({ where: { communeId: thachKhoi } }),
      audit: await db.auditLog.count({ where: { communeId: thachKhoi } }),
    };
    const r = await publish(db, first, hp, planId);
    expect(r).toMatchObject({
      ok: true,
      data: { version: 2, applied: 1, failed: [{ communeId: thachKhoi, commune: "Phường Thạch Khôi" }] },
    });
    expect((await receipt(haiAn))!.appliedVersion).toBe(2);
    expect((await receipt(thachKhoi))!.appliedVersion).toBe(1);
    expect(await db.task.count({ where: { communeId: thachKhoi } })).toBe(beforeTk.tasks);
    expect(await db.auditLog.count({ where: { communeId: thachKhoi } })).toBe(beforeTk.audit);
    // The KPI change was in the same (rolled back) transaction.
    const kpi = await db.indicator.findFirstOrThrow({ where: { communeId: thachKhoi, provinceIndicator: { planId } } });
    expect(kpi.target.toNumber()).toBe(80);
  });

  it("applyPending completes it; two of them racing apply it once", async () => {
    const stillFailing = await pending(db, first, hp, planId);
    expect(stillFailing).toMatchObject({ ok: true, data: { applied: 0, failed: [{ communeId: thachKhoi }] } });
    await db.$executeRawUnsafe(`DROP TRIGGER fail_commune ON "Task"`);
    // Two people pressing "Áp dụng tiếp" and the job worker's catch-up, all at once: applied once.
    const [a, b, worker] = await Promise.all([
      pending(db, first, hp, planId),
      pending(db, second, hp, planId),
      applyPendingPublications(db),
    ]);
    const data = [a, b].map((r) => (r.ok ? r.data : null));
    expect(data.every((d) => d && d.failed.length === 0)).toBe(true);
    expect(worker.failed).toEqual([]);
    expect(data.reduce((n, d) => n + d!.applied, 0) + worker.applied).toBe(1);
    expect((await receipt(thachKhoi))!.appliedVersion).toBe(2);
    expect(await db.task.count({ where: { communeId: thachKhoi, provinceTask: { planId, code: "1.3" } } })).toBe(1);
    const kpi = await db.indicator.findFirstOrThrow({ where: { communeId: thachKhoi, provinceIndicator: { planId } } });
    expect(kpi.target.toNumber()).toBe(95);
    expect(await db.auditLog.count({ where: { communeId: thachKhoi, action: "mandates.receive", entityId: planId } })).toBe(2);
    // Nothing pending any more: idempotent.
    expect(await pending(db, first, hp, planId)).toMatchObject({ ok: true, data: { applied: 0, communeIds: [] } });
  });

  it("the job worker's catch-up alone completes a commune a publication did not reach", async () => {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_commune BEFORE INSERT ON "Task" FOR EACH ROW WHEN (NEW."communeId" = '${thachKhoi}') EXECUTE FUNCTION fail_commune()`,
    );
    await edit(db, planId, () => addTask(db, planId, hp, { code: "1.4" }, 6));
    expect(await publish(db, first, hp, planId)).toMatchObject({ ok: true, data: { version: 3, failed: [{ communeId: thachKhoi }] } });
    expect(await applyPendingPublications(db)).toMatchObject({ plans: 1, applied: 0, failed: [{ communeId: thachKhoi }] });
    await db.$executeRawUnsafe(`DROP TRIGGER fail_commune ON "Task"`);
    expect(await applyPendingPublications(db)).toEqual({ plans: 1, applied: 1, failed: [] });
    expect((await receipt(thachKhoi))!.appliedVersion).toBe(3);
    expect(await db.task.count({ where: { communeId: thachKhoi, provinceTask: { planId, code: "1.4" } } })).toBe(1);
    expect(await applyPendingPublications(db)).toEqual({ plans: 0, applied: 0, failed: [] });
  });

  it("applyPending is refused to the read-only province account", async () => {
    expect(await pending(db, await viewer(db, "tinh.haiphong"), hp, planId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
