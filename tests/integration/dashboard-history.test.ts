// Issue 16 item 11: a past period shows the plan as it was then. Tasks added after the period ended
// are not counted in it, and a deadline moved by a later direction is rewound, on the dashboard's
// comparison ("since last week") and in a report of a past period alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/safe-action";
import { getCommuneDashboard } from "@/lib/dashboard/commune";
import { readDashboardFilters } from "@/lib/dashboard/filters";
import { localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { compileReport } from "@/lib/reports/compile";
import { reportPeriodFromKey } from "@/lib/reports/periods";
import { giveDirective } from "@/lib/tasks/commands";
import { createDashboardFixture, NOW, type DashboardFixture } from "./dashboard-fixture";
import { freshDemo, testDb, viewer } from "./db";

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

const filters = () => readDashboardFilters({}, localDateKey(NOW));
// Week 11 (09/03–15/03/2026) ended before NOW (18/03): a past report period of plan P1.
const week11 = reportPeriodFromKey("W-2026-03-09")!;
const pastReport = () => db.$transaction((tx) => compileReport(tx, fx.communeId, fx.plans.P1, week11, NOW));

describe("past periods rebuilt as they were", () => {
  it("ignores tasks created after the period and rewinds a deadline moved by a later direction", async () => {
    const before = await getCommuneDashboard(fx.communeId, filters(), NOW);
    const reportBefore = (await pastReport()).data.totals;
    expect(before.comparisonDay).toBe("2026-03-15");

    // 30 tasks imported into P1 on 17/03, after last week ended.
    const group = await db.planGroup.findFirstOrThrow({ where: { planId: fx.plans.P1, code: "I" } });
    await db.task.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        communeId: fx.communeId,
        planId: fx.plans.P1,
        groupId: group.id,
        code: `N${i + 1}`,
        title: `Nhiệm vụ mới ${i + 1}`,
        deadlineKind: "RECURRING" as const,
        sortOrder: 100 + i,
        createdAt: new Date("2026-03-17T02:00:00Z"),
      })),
    });
    // The chair then moves T4's deadline (30/04, not started) to 10/03: overdue from now on.
    const t4 = await db.task.findUniqueOrThrow({ where: { id: fx.taskIds.T4 } });
    const chair = await viewer(db, "chutich.kiemthu");
    const res = await executeAction(
      giveDirective,
      chair,
      { communeId: fx.communeId, taskId: t4.id, content: "Hoàn thành ngay.", newDueDate: "2026-03-10", version: String(t4.version) },
      db,
    );
    expect(res).toMatchObject({ ok: true });

    const after = await getCommuneDashboard(fx.communeId, filters(), NOW);
    expect(after.headline.total).toBe(before.headline.total + 30);
    expect(after.headline.counts.OVERDUE).toBe(before.headline.counts.OVERDUE + 1);
    // Last week is what it was: same counts, same total, same average progress.
    expect(after.previous).toEqual(before.previous);
    // And a report of that past week says what it said before.
    const reportAfter = (await pastReport()).data.totals;
    expect(reportAfter).toEqual(reportBefore);
  });
});
