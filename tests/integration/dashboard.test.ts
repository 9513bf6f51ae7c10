import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, dateFromKey, localDateKey } from "@/lib/dates";
import { flaggedTaskIds } from "@/lib/dashboard/action-lists";
import { getCommuneDashboard } from "@/lib/dashboard/commune";
import { readDashboardFilters } from "@/lib/dashboard/filters";
import { getProvinceOverview } from "@/lib/dashboard/province";
import { statusCase, TASK_COLUMNS } from "@/lib/dashboard/sql";
import { taskStates } from "@/lib/dashboard/task-states";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import { DEADLINE_STATUSES, deadlineStatusOf, type DeadlineStatus } from "@/lib/tasks/deadline-status";
import { createDashboardFixture, NOW, type DashboardFixture } from "./dashboard-fixture";
import { freshDemo, testDb } from "./db";

const db = testDb();
let fx: DashboardFixture;

beforeAll(async () => {
  await freshDemo(db);
  fx = await createDashboardFixture(db);
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

const today = localDateKey(NOW);
const filters = (params: Record<string, string> = {}) => readDashboardFilters(params, today);
const counts = (partial: Partial<Record<DeadlineStatus, number>>) => Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, partial[s] ?? 0]));

describe("commune dashboard against a fixture worked out by hand", () => {
  it("counts every category, the completion and the average progress, now and at the end of last week", async () => {
    const d = await getCommuneDashboard(fx.communeId, filters(), NOW);
    expect(d.headline.counts).toEqual(
      counts({
        OVERDUE: 2,
        DUE_SOON: 1,
        IN_PROGRESS: 1,
        NOT_STARTED: 2,
        DONE_ON_TIME: 2,
        DONE_LATE: 1,
        NO_DEADLINE_UPDATED: 1,
        NO_DEADLINE_NOT_UPDATED: 1,
      }),
    );
    expect(d.headline).toMatchObject({ total: 11, done: 3, progress: 48 });
    expect(d.comparisonDay).toBe("2026-03-15");
    expect(d.previous.counts).toEqual(
      counts({ OVERDUE: 2, DUE_SOON: 1, NOT_STARTED: 5, DONE_ON_TIME: 1, DONE_LATE: 1, NO_DEADLINE_NOT_UPDATED: 1 }),
    );
    expect(d.previous).toMatchObject({ total: 11, done: 2, progress: 26 });
  });

  it("filters by plan, group and lead unit", async () => {
    const p1 = await getCommuneDashboard(fx.communeId, filters({ "ke-hoach": fx.plans.P1 }), NOW);
    expect(p1.headline).toMatchObject({ total: 10, done: 3 });
    expect(p1.headline.counts.OVERDUE).toBe(1);
    const groupI = await getCommuneDashboard(fx.communeId, filters({ "ke-hoach": fx.plans.P1, nhom: "I" }), NOW);
    expect(groupI.headline.counts).toEqual(counts({ OVERDUE: 1, DUE_SOON: 1, IN_PROGRESS: 1, NOT_STARTED: 1 }));
    const police = await getCommuneDashboard(fx.communeId, filters({ "don-vi": fx.units.ca }), NOW);
    expect(police.headline.counts).toEqual(counts({ IN_PROGRESS: 1, NOT_STARTED: 1, NO_DEADLINE_NOT_UPDATED: 1 }));
    // KPIs follow the responsible unit: all six belong to the centre.
    expect(police.indicators.cards).toEqual([]);
  });

  it("splits by group and ranks lead units by overdue, then by open tasks", async () => {
    const d = await getCommuneDashboard(fx.communeId, filters({ "ke-hoach": fx.plans.P1 }), NOW);
    expect(d.byGroup.map((g) => [g.code, g.label, g.counts])).toEqual([
      ["I", "I", counts({ OVERDUE: 1, DUE_SOON: 1, IN_PROGRESS: 1, NOT_STARTED: 1 })],
      ["II", "II", counts({ NOT_STARTED: 1, DONE_ON_TIME: 2, DONE_LATE: 1, NO_DEADLINE_UPDATED: 1, NO_DEADLINE_NOT_UPDATED: 1 })],
    ]);
    const all = await getCommuneDashboard(fx.communeId, filters(), NOW);
    expect(all.byLeadUnit.map((u) => [u.unitId, u.total, u.overdue, u.done])).toEqual([
      [fx.units.vp, 4, 1, 1],
      [fx.units.tt, 4, 1, 2],
      [fx.units.ca, 3, 0, 0],
    ]);
    // Groups of two plans share codes: the label names the plan.
    expect(all.byGroup.find((g) => g.planId === fx.plans.P2)?.label).toMatch(/· I$/);
  });

  it("counts completions per local week over twelve weeks", async () => {
    const d = await getCommuneDashboard(fx.communeId, filters(), NOW);
    expect(d.completions).toHaveLength(12);
    expect(d.completions[0]?.key).toBe("2026-W01");
    expect(d.completions.filter((w) => w.n > 0).map((w) => [w.key, w.n])).toEqual([
      ["2026-W09", 1],
      ["2026-W11", 1],
      ["2026-W12", 1],
    ]);
  });

  it("lists what needs acting on", async () => {
    const d = await getCommuneDashboard(fx.communeId, filters(), NOW);
    const code = (id: string) => Object.entries(fx.taskIds).find(([, v]) => v === id)?.[0];
    expect(d.overdue.total).toBe(2);
    expect(d.overdue.rows.map((r) => code(r.id))).toEqual(["T11", "T1"]);
    expect(d.dueSoon.rows.map((r) => code(r.id))).toEqual(["T2"]);
    // T3's proposal was answered by a direction; T7's latest input is a helper's difficulty.
    expect(d.awaiting.rows.map((r) => code(r.id))).toEqual(["T7", "T1"]);
    expect(d.awaiting.rows[1]).toMatchObject({ difficulties: "Thiếu kinh phí mua thiết bị", proposals: "Đề nghị bổ sung kinh phí" });
    expect(d.directives.total).toBe(1);
    expect(d.directives.rows.map((r) => r.code)).toEqual(["T8"]);
    // Nobody confirmed tháng 04/2026 (15/03–14/04): per plan, each lead unit with open tasks, the
    // least updated first (T1, T2, T7 for vp; T3, T4, T8 for ca; T9 and, in P2, T11 for tt).
    expect(d.reportPeriod.key).toBe("M-2026-04");
    const [first, second, ...rest] = d.unconfirmed.map((u) => [u.unitId, u.planId, u.open, u.updated]);
    expect(new Set([first, second].map((r) => JSON.stringify(r)))).toEqual(
      new Set([JSON.stringify([fx.units.tt, fx.plans.P1, 1, 0]), JSON.stringify([fx.units.tt, fx.plans.P2, 1, 0])]),
    );
    expect(rest).toEqual([
      [fx.units.ca, fx.plans.P1, 3, 1],
      [fx.units.vp, fx.plans.P1, 3, 2],
    ]);
  });

  it("the task list's flag filters hold the same tasks as the action lists", async () => {
    const ids = (codes: string[]) => new Set(codes.map((c) => fx.taskIds[c]));
    expect(await flaggedTaskIds(fx.communeId, "cho-chi-dao")).toEqual(ids(["T1", "T7"]));
    expect(await flaggedTaskIds(fx.communeId, "chi-dao-chua-tiep-nhan")).toEqual(ids(["T8"]));
  });

  it("gives each KPI its status from its current revisions", async () => {
    const d = await getCommuneDashboard(fx.communeId, filters(), NOW);
    expect(Object.fromEntries(d.indicators.cards.map((c) => [c.name, c.summary.status]))).toEqual({
      K_MET: "MET",
      K_ON_TRACK: "ON_TRACK",
      K_BEHIND: "BEHIND",
      K_AT_RISK: "AT_RISK",
      K_MISSED: "MISSED",
      K_STALE: "STALE",
    });
    expect(d.indicators.counts).toEqual({ MET: 1, ON_TRACK: 1, BEHIND: 1, AT_RISK: 1, MISSED: 1, STALE: 1, NO_DATA: 0 });
    // The card beside the old value names its month instead of "Chưa có số liệu".
    expect(d.indicators.cards.find((c) => c.name === "K_STALE")!.summary.label).toBe("Số liệu cũ: tháng 01/2026");
    const corrected = d.indicators.cards.find((c) => c.name === "K_ON_TRACK")!;
    expect(corrected.summary.latest).toMatchObject({ value: 60, revision: 2 });
    expect(d.indicators.cards.find((c) => c.name === "K_MET")!.summary.trend.map((t) => t.value)).toEqual([70, 90]);
  });

  it("a past week is rebuilt from the reports sent before it ended", async () => {
    const d = await getCommuneDashboard(fx.communeId, filters({ ky: "2026-W11" }), NOW);
    expect(d.day).toBe("2026-03-15");
    expect(d.headline.counts).toEqual(
      counts({ OVERDUE: 2, DUE_SOON: 1, NOT_STARTED: 5, DONE_ON_TIME: 1, DONE_LATE: 1, NO_DEADLINE_NOT_UPDATED: 1 }),
    );
    expect(d.comparisonDay).toBe("2026-03-08");
    expect(d.previous.counts).toEqual(counts({ OVERDUE: 2, DUE_SOON: 1, NOT_STARTED: 6, DONE_ON_TIME: 1, NO_DEADLINE_UPDATED: 1 }));
  });

  it("never counts another commune's tasks", async () => {
    const other = await getCommuneDashboard(
      fx.communeId,
      filters({ "ke-hoach": (await db.plan.findFirstOrThrow({ where: { communeId: { not: fx.communeId } } })).id }),
      NOW,
    );
    expect(other.headline.total).toBe(0);
    expect(other.overdue.total).toBe(0);
  });
});

describe("province view", () => {
  it("one row per commune of the province with the fixture's figures", async () => {
    const rows = await getProvinceOverview(fx.provinceId, NOW);
    const mine = rows.find((r) => r.id === fx.communeId)!;
    expect(mine).toMatchObject({ total: 11, done: 3, completion: 27, progress: 48, overdue: 2, indicatorTotal: 6 });
    expect(mine.indicatorCounts).toEqual({ MET: 1, ON_TRACK: 1, BEHIND: 1, AT_RISK: 1, MISSED: 1, STALE: 1, NO_DATA: 0 });
    expect(mine.lastUpdateAt?.toISOString()).toBe(new Date("2026-03-17T10:00:00+07:00").toISOString());
    const provinceOf = await db.unit.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { provinceId: true } });
    expect(new Set(provinceOf.map((p) => p.provinceId))).toEqual(new Set([fx.provinceId]));
  });
});

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the SQL category agrees with deadlineStatus", () => {
  it("on 400 random tasks around today, including updates near local midnight", async () => {
    const rand = prng(20261124);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const province = await db.unit.findFirstOrThrow({ where: { kind: "PROVINCE" } });
    const communeId = createId();
    await db.unit.create({
      data: { id: communeId, name: "Xã Ngẫu Nhiên", kind: "COMMUNE", provinceId: province.id, parentId: province.id, communeId },
    });
    const planId = createId();
    await db.plan.create({ data: { id: planId, communeId, title: "Kế hoạch", issuer: "UBND" } });
    const instantNear = (days: number) => {
      // Local midnight ± a few hours, so that the UTC and local days differ.
      const base = new Date(`${addDays(today, days)}T00:00:00+07:00`).getTime();
      return new Date(base + Math.round((rand() - 0.5) * 10 * 3_600_000));
    };
    const tasks = Array.from({ length: 400 }, (_, i) => {
      const kind = pick(["FIXED", "FIXED", "RECURRING", "CONDITIONAL", "NONE"] as const);
      const workStatus = pick(["NOT_STARTED", "IN_PROGRESS", "DONE", "PAUSED"] as const);
      const updated = workStatus !== "NOT_STARTED" || rand() < 0.3;
      return {
        id: createId(),
        communeId,
        planId,
        code: `R${i}`,
        title: `R${i}`,
        deadlineKind: kind,
        dueDate:
          kind === "FIXED" || (kind === "CONDITIONAL" && rand() < 0.3)
            ? dateFromKey(addDays(today, Math.round((rand() - 0.5) * 30)))
            : null,
        workStatus,
        completedAt: workStatus === "DONE" && rand() < 0.8 ? instantNear(Math.round((rand() - 0.7) * 30)) : null,
        lastUpdateAt: updated ? instantNear(-Math.round(rand() * 20)) : null,
        sortOrder: i,
      };
    });
    await db.task.createMany({ data: tasks });
    for (const now of [NOW, new Date(`${today}T23:30:00+07:00`), new Date(`${addDays(today, 3)}T00:10:00+07:00`)]) {
      const day = localDateKey(now);
      const rows = await getDb().$queryRaw<{ id: string; status: DeadlineStatus }[]>`
        SELECT t.id, ${statusCase(TASK_COLUMNS, day, now)} AS status FROM "Task" t WHERE t."communeId" = ${communeId}`;
      const sql = new Map(rows.map((r) => [r.id, r.status]));
      const disagreements = tasks
        .filter((t) => sql.get(t.id) !== deadlineStatusOf(t, now))
        .map((t) => ({ ...t, sql: sql.get(t.id), ts: deadlineStatusOf(t, now) }));
      expect(disagreements).toEqual([]);
      // Every category occurs, so that the comparison covers each branch of both.
      if (now === NOW) expect(new Set(sql.values()).size).toBe(DEADLINE_STATUSES.length);
    }
  });

  it("the state rebuilt from history on today equals the live state when the columns follow the reports", async () => {
    const scope = {};
    const live = await getDb().$queryRaw<
      { id: string; status: string; progress: number }[]
    >`${taskStates(fx.communeId, scope, { day: today, live: true }, NOW)}`;
    const rebuilt = await getDb().$queryRaw<
      { id: string; status: string; progress: number }[]
    >`${taskStates(fx.communeId, scope, { day: today, live: false }, NOW)}`;
    const key = (r: { id: string; status: string; progress: number }) => `${r.id}:${r.status}:${r.progress}`;
    expect(rebuilt.map(key).sort()).toEqual(live.map(key).sort());
  });
});
