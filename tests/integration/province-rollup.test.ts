// The roll-up by province task (lib/province-plans/rollup.ts) counted in SQL must equal counting the
// communes' tasks one by one in TypeScript with deadlineStatusOf, on random provinces (property) and on
// a small province worked out by hand; another province's communes are never counted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateFromKey, localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { emptyCategoryCounts, getPlanRollup, getTaskRollup, type RollupCategory } from "@/lib/province-plans/rollup";
import { kpiDistribution } from "@/lib/province-plans/rollup-kpi";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { deadlineStatusOf } from "@/lib/tasks/deadline-status";
import { createRng } from "@/scripts/synthetic/prng";
import { communeByName, freshDemo, testDb } from "./db";
import { writeRandomProvince, type RandomProvince } from "./province-rollup-fixture";

const db = testDb();
const NOW = new Date("2026-03-18T03:00:00Z");
const today = localDateKey(NOW);
const periodStart = reportPeriodContaining(today, "MONTH").start;
let userId = "";

beforeAll(async () => {
  await freshDemo(db);
  userId = (await db.user.findUniqueOrThrow({ where: { username: "admin" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

type Expected = { counts: Record<RollupCategory, number>; targeted: number; noLead: number; laggards: string[] };

/** The roll-up of `p`, counted one commune task at a time. */
function countByHand(p: RandomProvince) {
  const own = new Set(p.communes.map((c) => c.id));
  const nameOf = new Map(p.communes.map((c) => [c.id, c.name]));
  const tasks = p.snapshot.tasks.map((st): [string, Expected] => {
    const targeted = st.targets.all ? [...own] : [...new Set(st.targets.communeIds)].filter((id) => own.has(id));
    const linked = new Map(p.tasks.filter((t) => t.provinceTaskId === st.id && own.has(t.communeId)).map((t) => [t.communeId, t]));
    const withdrawnElsewhere = [...linked.values()]
      .filter((t) => t.closedKind === "WITHDRAWN" && !targeted.includes(t.communeId))
      .map((t) => t.communeId);
    const e: Expected = { counts: emptyCategoryCounts(), targeted: targeted.length, noLead: 0, laggards: [] };
    for (const cid of [...targeted, ...withdrawnElsewhere]) {
      const t = linked.get(cid);
      let category: RollupCategory;
      if (!t) category = "NOT_RECEIVED";
      else if (t.closedKind) category = t.closedKind;
      else if (t.planArchived) category = "ARCHIVED";
      else category = deadlineStatusOf({ ...t, deadlineKind: t.dueDate ? "FIXED" : "RECURRING" }, NOW);
      e.counts[category] += 1;
      const open = t && !t.closedKind && !t.planArchived;
      if (open && !t.hasLead) e.noLead += 1;
      const stale = open && t.workStatus !== "DONE" && (!t.lastUpdateAt || localDateKey(t.lastUpdateAt) < periodStart);
      if (open && (category === "OVERDUE" || category === "NOT_STARTED" || stale)) e.laggards.push(cid);
    }
    e.laggards.sort((a, b) => (nameOf.get(a)! < nameOf.get(b)! ? -1 : 1));
    return [st.id, e];
  });
  const kpis = p.snapshot.indicators.map((k) => {
    const targeted = k.targets.all ? [...own] : [...new Set(k.targets.communeIds)].filter((id) => own.has(id));
    const rows = targeted.map((cid) => {
      const ind = p.indicators.find((i) => i.provinceIndicatorId === k.id && i.communeId === cid && !i.withdrawn && !i.planArchived);
      const latest = p.values
        .filter((v) => v.indicatorId === ind?.id && v.periodStart <= today)
        .sort((a, b) => (a.periodEnd === b.periodEnd ? b.revision - a.revision : a.periodEnd < b.periodEnd ? 1 : -1))[0];
      return {
        communeId: cid,
        communeName: nameOf.get(cid)!,
        indicatorId: ind?.id ?? null,
        value: latest?.value ?? null,
        periodKey: latest?.periodKey ?? null,
      };
    });
    return { id: k.id, rows };
  });
  return { tasks: new Map(tasks), kpis };
}

describe("roll-up by province task: SQL equals counting by hand", () => {
  it("on 20 random provinces (3–15 communes, 3–10 tasks, random targets, statuses, closures, receipts)", async () => {
    // Every category, laggards and KPI outcomes must actually occur, or the property proves little.
    const seen = emptyCategoryCounts();
    let laggards = 0;
    let kpiOutcomes = { met: 0, notMet: 0, noValue: 0 };
    for (let run = 0; run < 20; run++) {
      const p = await writeRandomProvince(db, createRng(`province-rollup/${run}`), userId, today);
      const expected = countByHand(p);
      const rollup = (await getPlanRollup(p.provinceId, p.planId, NOW))!;
      expect(rollup.version?.number).toBe(2);
      // In the latest version's order.
      expect(rollup.tasks.map((t) => t.task.id)).toEqual(p.snapshot.tasks.map((t) => t.id));
      for (const t of rollup.tasks) {
        const e = expected.tasks.get(t.task.id)!;
        const where = `run ${run}, task ${t.task.code}`;
        expect(t.counts, where).toEqual(e.counts);
        for (const [c, n] of Object.entries(t.counts)) seen[c as RollupCategory] += n;
        laggards += t.laggards.length;
        expect(t.targeted, where).toBe(e.targeted);
        expect(t.noLead, where).toBe(e.noLead);
        expect(
          t.laggards.map((l) => l.communeId),
          where,
        ).toEqual(e.laggards);
        // Never a commune of the neighbour province.
        expect(
          t.laggards.every((l) => p.communes.some((c) => c.id === l.communeId)),
          where,
        ).toBe(true);
      }
      for (const k of rollup.kpis) {
        const e = expected.kpis.find((x) => x.id === k.indicator.id)!;
        const byHand = kpiDistribution(k.indicator.comparison, k.indicator.target, e.rows);
        expect(k.distribution, `run ${run}, KPI ${k.indicator.code}`).toEqual(byHand);
        expect(k.distribution.met + k.distribution.notMet + k.distribution.noValue).toBe(e.rows.length);
        const { met, notMet, noValue } = k.distribution;
        kpiOutcomes = { met: kpiOutcomes.met + met, notMet: kpiOutcomes.notMet + notMet, noValue: kpiOutcomes.noValue + noValue };
      }
      // The per-task page agrees with the plan roll-up.
      const first = rollup.tasks[0]!;
      const detail = (await getTaskRollup(p.provinceId, p.planId, first.task.id, NOW))!;
      expect(detail.summary.counts).toEqual(first.counts);
      expect(detail.rows.filter((r) => r.lagging).map((r) => r.communeId)).toEqual(first.laggards.map((l) => l.communeId));
      // Asked through another province, the plan does not exist.
      expect(await getPlanRollup((await db.unit.findFirstOrThrow({ where: { name: "Tỉnh Thanh Hóa" } })).id, p.planId, NOW)).toBeNull();
    }
    expect(Object.entries(seen).filter(([, n]) => n === 0)).toEqual([]);
    expect(laggards).toBeGreaterThan(20);
    expect(Math.min(kpiOutcomes.met, kpiOutcomes.notMet, kpiOutcomes.noValue)).toBeGreaterThan(5);
  }, 240_000);
});

describe("roll-up on a province worked out by hand", () => {
  it("counts each category, không phát sinh, chưa nhận, chưa giao chủ trì, the laggards and the KPI spread", async () => {
    const province = await db.unit.findFirstOrThrow({ where: { name: "Thành phố Hải Phòng" } });
    const haian = await communeByName(db, "Phường Hải An");
    const thachkhoi = await communeByName(db, "Phường Thạch Khôi");
    const xaHaLong = await communeByName(db, "Xã Hà Long");
    const planOf = async (communeId: string) => (await db.plan.findFirstOrThrow({ where: { communeId, archivedAt: null } })).id;
    const planId = "rollupfixedplan01";
    await db.provincePlan.create({
      data: { id: planId, provinceId: province.id, title: "Kế hoạch tay", issuer: "UBND", createdById: userId, publishedVersion: 1 },
    });
    const ptA = "rollupfixedtaska1";
    const ptB = "rollupfixedtaskb1";
    const kpi = "rollupfixedkpi001";
    await db.provinceTask.createMany({
      data: [ptA, ptB].map((id, i) => ({
        id,
        provinceId: province.id,
        planId,
        code: `${i + 1}`,
        title: id,
        deadlineKind: "FIXED",
        sortOrder: i,
      })),
    });
    await db.provinceIndicator.create({
      data: {
        id: kpi,
        provinceId: province.id,
        planId,
        code: "CT1",
        name: "Hồ sơ trực tuyến",
        unit: "PERCENT",
        comparison: "GTE",
        target: 80,
        dueDate: dateFromKey("2026-12-31"),
        sortOrder: 0,
      },
    });
    const task = (id: string, targets: { all: true } | { all: false; communeIds: string[] }) => ({
      id,
      code: id,
      groupCode: null,
      groupTitle: null,
      title: id,
      description: "",
      expectedOutput: null,
      deadlineKind: "FIXED" as const,
      dueDate: null,
      deadlineText: "",
      leadText: "",
      supportText: null,
      targets,
      adaptable: false,
      withdrawn: false,
    });
    const snapshot = {
      plan: { number: null, title: "Kế hoạch tay", issuer: "UBND", issuedDate: null, periodStart: null, periodEnd: null },
      // Task B names Xã Hà Long (Thanh Hóa): not a commune of this province, not counted.
      tasks: [task(ptA, { all: true }), task(ptB, { all: false, communeIds: [thachkhoi.id, xaHaLong.id] })],
      indicators: [
        {
          id: kpi,
          code: "CT1",
          catalogCode: null,
          name: "Hồ sơ trực tuyến",
          unit: "PERCENT" as const,
          comparison: "GTE" as const,
          target: 80,
          dueDate: "2026-12-31",
          measure: "DIRECT" as const,
          numeratorLabel: null,
          denominatorLabel: null,
          method: "",
          frequency: "MONTHLY" as const,
          targets: { all: true as const },
          withdrawn: false,
        },
      ],
    };
    await db.provincePlanVersion.create({
      data: { provinceId: province.id, planId, number: 1, snapshot, changes: [], publishedById: userId },
    });
    const lead = async (communeId: string) => (await db.unit.findFirstOrThrow({ where: { communeId, kind: "OFFICE" } })).id;
    // A at Hải An: overdue (due 10/03), lead assigned. A at Thạch Khôi: done on time. B at Thạch Khôi: không phát sinh.
    // B at Hà Long (another province, wrongly linked): must not count.
    const base = { deadlineKind: "FIXED" as const, title: "x", sortOrder: 900 };
    const t1 = await db.task.create({
      data: {
        ...base,
        communeId: haian.id,
        planId: await planOf(haian.id),
        code: "R1",
        provinceTaskId: ptA,
        dueDate: dateFromKey("2026-03-10"),
        workStatus: "IN_PROGRESS",
        lastUpdateAt: new Date("2026-03-16T03:00:00Z"),
      },
    });
    await db.taskUnit.create({ data: { communeId: haian.id, taskId: t1.id, unitId: await lead(haian.id), role: "LEAD" } });
    await db.task.create({
      data: {
        ...base,
        communeId: thachkhoi.id,
        planId: await planOf(thachkhoi.id),
        code: "R2",
        provinceTaskId: ptA,
        dueDate: dateFromKey("2026-04-30"),
        workStatus: "DONE",
        completedAt: new Date("2026-03-01T03:00:00Z"),
        lastUpdateAt: new Date("2026-03-01T03:00:00Z"),
      },
    });
    await db.task.create({
      data: {
        ...base,
        communeId: thachkhoi.id,
        planId: await planOf(thachkhoi.id),
        code: "R3",
        provinceTaskId: ptB,
        closedKind: "NOT_APPLICABLE",
        closedReason: "Không có chợ",
      },
    });
    await db.task.create({
      data: {
        ...base,
        communeId: xaHaLong.id,
        planId: await planOf(xaHaLong.id),
        code: "R4",
        provinceTaskId: ptB,
        dueDate: dateFromKey("2026-01-01"),
      },
    });
    const ind = await db.indicator.create({
      data: {
        communeId: haian.id,
        planId: await planOf(haian.id),
        code: "RCT1",
        name: "x",
        unit: "PERCENT",
        comparison: "GTE",
        target: 80,
        dueDate: dateFromKey("2026-12-31"),
        measure: "DIRECT",
        sortOrder: 900,
        provinceIndicatorId: kpi,
      },
    });
    await db.indicatorValue.create({
      data: {
        communeId: haian.id,
        indicatorId: ind.id,
        periodKey: "2026-02",
        periodStart: dateFromKey("2026-01-15"),
        periodEnd: dateFromKey("2026-02-14"),
        revision: 1,
        value: 30,
        enteredById: userId,
      },
    });

    const r = (await getPlanRollup(province.id, planId, NOW))!;
    const [a, b] = r.tasks;
    // Thạch Khôi finished its task without naming a lead unit: still "chưa giao chủ trì".
    expect(a).toMatchObject({ targeted: 2, done: 1, doneShare: 50, noLead: 1 });
    expect(a!.counts).toMatchObject({ OVERDUE: 1, DONE_ON_TIME: 1, NOT_RECEIVED: 0 });
    expect(a!.laggards.map((l) => [l.communeName, l.category])).toEqual([["Phường Hải An", "OVERDUE"]]);
    expect(b).toMatchObject({ targeted: 1, done: 0, doneShare: null, noLead: 0, laggards: [] });
    expect(b!.counts).toEqual({ ...emptyCategoryCounts(), NOT_APPLICABLE: 1 });
    const d = r.kpis[0]!.distribution;
    expect(d).toMatchObject({ targeted: 2, met: 0, notMet: 1, noValue: 1, min: 30, median: 30, max: 30 });
    expect(d.buckets).toEqual({ Q0: 0, Q1: 1, Q2: 0, Q3: 0, MET: 0 }); // 30/80 = 37.5%
    expect(d.below.map((x) => x.communeName)).toEqual(["Phường Hải An"]);
    const detail = (await getTaskRollup(province.id, planId, ptB, NOW))!;
    expect(detail.rows.map((x) => [x.communeName, x.category, x.closedReason])).toEqual([
      ["Phường Thạch Khôi", "NOT_APPLICABLE", "Không có chợ"],
    ]);
  });
});
