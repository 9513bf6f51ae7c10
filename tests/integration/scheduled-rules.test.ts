// Each scheduled reminder rule on the real database, at chosen moments of the fixture's week
// (scheduled-fixture.ts): who hears it, which tasks it lists, what it leaves out (done tasks,
// archived plans, other communes, a group member whose part does not concern it), how weekends and
// days off are caught up, and that a slot is never written twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runScheduled } from "@/lib/jobs/schedule";
import { reminderTopic } from "@/lib/reports/open-items";
import { routes } from "@/lib/routes";
import { freshDemo, testDb } from "./db";
import { at, scheduledRows, setUpCommuneWeek, type Fixture } from "./scheduled-fixture";

const db = testDb();
let f: Fixture;

beforeAll(async () => {
  await freshDemo(db);
  f = await setUpCommuneWeek(db);
});
beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  await db.notification.deleteMany();
  await db.jobRun.deleteMany();
  await db.communeSettings.deleteMany();
});
afterAll(() => db.$disconnect());

type Row = Awaited<ReturnType<typeof scheduledRows>>[number];
const run = (day: string, time = "07:30") => runScheduled({ at: at(day, time), communeIds: [f.commune.id, f.other.id], db });
const codesOf = (r: Row | undefined) => ((r?.data as { tasks?: { code: string }[] } | undefined)?.tasks ?? []).map((t) => t.code);
async function rowsOf(kind: string) {
  return (await scheduledRows(db, f.commune.id)).filter((r) => r.kind === kind);
}
const to = (r: Row[], username: string) => r.find((x) => x.user.username === username);

describe("DEADLINE_APPROACHING", () => {
  it("tells each lead unit once, listing its tasks at a threshold; done, archived and overdue tasks left out", async () => {
    await run("2026-10-12");
    const rows = await rowsOf("DEADLINE_APPROACHING");
    expect(rows.map((r) => r.user.username).sort()).toEqual(["tthcc.haian", "vanphong.haian"]);
    const vp = to(rows, "vanphong.haian")!;
    // T5 (1 day before is today) is done, TA (7 days before is today) is in an archived plan, T4 is overdue;
    // T3's 7-day threshold fell on Sunday and is caught today.
    expect(codesOf(vp)).toEqual(["T3"]);
    expect(vp.title).toBe("1 nhiệm vụ sắp đến hạn");
    expect(vp.body).toBe("• T3 Nhiệm vụ thử T3 — hạn 18/10/2026, còn 6 ngày");
    expect(vp.href).toBe(routes.commune(f.commune.id).tasks({ status: "DUE_SOON" }));
    expect(vp.dedupeKey).toBe(`deadline:${f.units.u1}:2026-10-12:${f.users.vanphong}`);
    // Sunday's 3-day threshold of T2 is caught on Monday.
    expect(codesOf(to(rows, "tthcc.haian"))).toEqual(["T2"]);
  });

  it("lists several tasks in one message, leaving out a group member whose part is not applicable", async () => {
    await run("2026-10-13");
    const rows = await rowsOf("DEADLINE_APPROACHING");
    const tt = to(rows, "tthcc.haian")!;
    expect(tt.title).toBe("2 nhiệm vụ sắp đến hạn");
    expect(tt.body).toBe("• T2 Nhiệm vụ thử T2 — hạn 14/10/2026, còn 1 ngày\n• T6 Nhiệm vụ thử T6 — hạn 20/10/2026, còn 7 ngày");
    // VP leads T6 too, but its part is "không phát sinh".
    expect(codesOf(to(rows, "vanphong.haian"))).toEqual(["T1"]);
    // A 7-day reminder is outside the list's "sắp đến hạn" filter: the unfiltered list shows it.
    expect(tt.href).toBe(routes.commune(f.commune.id).tasks());
  });

  it("keeps communes apart", async () => {
    await run("2026-10-12");
    const other = await db.notification.findMany({
      where: { communeId: f.other.id, kind: "DEADLINE_APPROACHING" },
      select: { userId: true, data: true },
    });
    const tk = other.find((r) => r.userId === f.users.otherVanphong);
    expect(codesOf(tk as Row | undefined)).toContain("TK1");
    const here = await rowsOf("DEADLINE_APPROACHING");
    expect(here.flatMap(codesOf)).not.toContain("TK1");
    expect(other.map((r) => r.userId)).not.toContain(f.users.vanphong);
  });

  it("skips a day off and catches its threshold up on the next working day", async () => {
    const thursday = await run("2026-10-15");
    expect(thursday.sent).toBe(0);
    expect(await rowsOf("DEADLINE_APPROACHING")).toHaveLength(0);
    await run("2026-10-16");
    const vp = to(await rowsOf("DEADLINE_APPROACHING"), "vanphong.haian")!;
    // T3's 3-day threshold fell on Thursday 15/10.
    expect(vp.body).toBe("• T3 Nhiệm vụ thử T3 — hạn 18/10/2026, còn 2 ngày");
  });

  it("sends nothing before the reminder time or on a weekend", async () => {
    expect((await run("2026-10-13", "07:29")).byRule["deadline-approaching"]).toBeUndefined();
    expect((await run("2026-10-17")).sent).toBe(0);
    expect(await rowsOf("DEADLINE_APPROACHING")).toHaveLength(0);
  });
});

describe("OVERDUE_UNIT and OVERDUE_CHAIR", () => {
  it("digests a unit's overdue tasks daily, and only when the commune keeps the digest", async () => {
    await run("2026-10-13");
    const rows = await rowsOf("OVERDUE_UNIT");
    expect(rows.map((r) => r.user.username)).toEqual(["vanphong.haian"]);
    expect(rows[0]!.body).toBe("• T4 Nhiệm vụ thử T4 — hạn 01/10/2026, quá hạn 12 ngày");
    expect(rows[0]!.href).toBe(routes.commune(f.commune.id).tasks({ status: "OVERDUE" }));

    await db.communeSettings.create({ data: { communeId: f.commune.id, overdueDigest: false } });
    await run("2026-10-14");
    expect(await rowsOf("OVERDUE_UNIT")).toHaveLength(1);
  });

  it("tells the chair once a week, on the first working day, grouped by unit", async () => {
    await run("2026-10-12");
    const rows = await rowsOf("OVERDUE_CHAIR");
    expect(rows.map((r) => r.userId)).toEqual([f.users.chair]);
    expect(rows[0]!.title).toBe("1 nhiệm vụ quá hạn, 1 đơn vị");
    expect(rows[0]!.body).toBe("• VP HĐND-UBND: 1 nhiệm vụ (T4 Nhiệm vụ thử T4, quá hạn 11 ngày)");
    expect((rows[0]!.data as { week: string }).week).toBe("2026-W42");
    await run("2026-10-13");
    await run("2026-10-16");
    expect(await rowsOf("OVERDUE_CHAIR")).toHaveLength(1);
  });

  it("moves the chair's list to Tuesday when Monday is a day off", async () => {
    await db.holiday.create({ data: { date: new Date("2026-10-19T00:00:00Z"), name: "Nghỉ thử thứ Hai", workingDay: false } });
    try {
      await run("2026-10-19");
      expect(await rowsOf("OVERDUE_CHAIR")).toHaveLength(0);
      await run("2026-10-20");
      const rows = await rowsOf("OVERDUE_CHAIR");
      expect(rows).toHaveLength(1);
      expect((rows[0]!.data as { week: string }).week).toBe("2026-W43");
    } finally {
      await db.holiday.delete({ where: { date: new Date("2026-10-19T00:00:00Z") } });
    }
  });
});

describe("PERIOD_REMINDER, PERIOD_MISSING and INDICATOR_VALUE_DUE", () => {
  it("reminds the units that have not confirmed, 2 working days before the end, as the office's button does", async () => {
    await run("2026-10-12");
    const rows = await rowsOf("PERIOD_REMINDER");
    // TT PVHCC confirmed; Phòng KT has no account; the archived plan asks nothing.
    expect(rows.map((r) => r.user.username)).toEqual(["vanphong.haian"]);
    expect(rows[0]!.href).toBe(routes.commune(f.commune.id).confirmReported({ planId: f.plan.id, periodKey: "M-2026-10" }));
    expect(rows[0]!.topic).toBe(reminderTopic(f.plan.id, "M-2026-10", f.units.u1));
    expect(rows[0]!.title).toBe("Sắp hết kỳ báo cáo Tháng 10/2026");
    await run("2026-10-13");
    expect(await rowsOf("PERIOD_REMINDER")).toHaveLength(1);
  });

  it("gives the office the units still missing on the first working day after the end (after the day off)", async () => {
    await run("2026-10-15");
    expect(await rowsOf("PERIOD_MISSING")).toHaveLength(0);
    await run("2026-10-16");
    const rows = await rowsOf("PERIOD_MISSING");
    expect(rows.map((r) => r.userId)).toEqual([f.users.office]);
    expect(rows[0]!.title).toBe("2 đơn vị chưa báo cáo Tháng 10/2026");
    expect(rows[0]!.body).toContain("Kế hoạch số 99/KH-UBND: Văn phòng HĐND và UBND; Phòng Kinh tế, Hạ tầng và Đô thị (chưa có tài khoản)");
    expect(rows[0]!.body).not.toContain("Trung tâm Phục vụ hành chính công");
  });

  it("says nothing to the office when every unit has confirmed", async () => {
    const extra = [f.units.u1, f.units.u3].map((unitId) => ({
      communeId: f.commune.id,
      planId: f.plan.id,
      periodKey: "M-2026-10",
      periodStart: new Date("2026-09-15T00:00:00Z"),
      periodEnd: new Date("2026-10-14T00:00:00Z"),
      unitId,
      confirmedById: f.users.office,
    }));
    await db.reportSubmission.createMany({ data: extra });
    try {
      await run("2026-10-16");
      expect(await rowsOf("PERIOD_MISSING")).toHaveLength(0);
    } finally {
      await db.reportSubmission.deleteMany({ where: { planId: f.plan.id, unitId: { in: [f.units.u1, f.units.u3] } } });
    }
  });

  it("names KPIs without a value for the period to their unit, or to the office when nobody answers for them", async () => {
    await run("2026-10-12");
    const rows = await rowsOf("INDICATOR_VALUE_DUE");
    const kpis = (r: Row | undefined) => ((r?.data as { indicators?: { code: string }[] })?.indicators ?? []).map((k) => k.code);
    expect(rows.map((r) => r.user.username).sort()).toEqual(["vanphong.haian", "vhxh.haian"]);
    expect(kpis(to(rows, "vanphong.haian"))).toEqual(["K1"]);
    expect(kpis(to(rows, "vhxh.haian"))).toEqual(["K3", "K5"]);
    expect(to(rows, "vanphong.haian")!.body).toBe("• K1 Chỉ tiêu thử K1 — Tháng 10/2026, hết kỳ ngày 14/10/2026");
  });
});

describe("running a moment again, and dry runs", () => {
  it("writes nothing more when the same moment runs twice", async () => {
    const first = await run("2026-10-12");
    expect(first.sent).toBeGreaterThanOrEqual(7);
    const count = await db.notification.count();
    const second = await run("2026-10-12", "08:00");
    expect(second.sent).toBe(0);
    expect(second.skipped).toBeGreaterThanOrEqual(first.skipped + 5);
    expect(await db.notification.count()).toBe(count);
  });

  it("plans without writing in a dry run", async () => {
    const dry = await runScheduled({ at: at("2026-10-12"), communeIds: [f.commune.id], db, dryRun: true });
    expect(dry.byKind.DEADLINE_APPROACHING).toBe(2);
    expect(dry.byKind.INDICATOR_VALUE_DUE).toBe(2);
    expect(await db.notification.count()).toBe(0);
    expect(await db.jobRun.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});
