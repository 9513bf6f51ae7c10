// One commune's data for the scheduled-rule tests, written explicitly relative to the week of
// Monday 12/10/2026 (M-2026-10 runs 15/09–14/10/2026, ending on Wednesday 14/10). Hải An's demo
// plans are archived first, so that only the tasks below (whose dates the tests reason about by hand)
// are in force. Thursday 15/10 is made a day off (a Holiday row).
import { localInstant } from "@/lib/jobs/clock";
import type { Db } from "@/lib/db";
import { communeByName } from "./db";

export const WEEK = ["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16", "2026-10-17", "2026-10-18"] as const;
export const HOLIDAY = "2026-10-15";
export const at = (day: string, time = "07:30") => localInstant(day, time);
const date = (day: string) => new Date(`${day}T00:00:00.000Z`);

export type Fixture = Awaited<ReturnType<typeof setUpCommuneWeek>>;

export async function setUpCommuneWeek(db: Db) {
  const commune = await communeByName(db, "Phường Hải An");
  const other = await communeByName(db, "Phường Thạch Khôi");
  const unit = async (communeId: string, name: string) =>
    (await db.unit.findFirstOrThrow({ where: { communeId, name }, select: { id: true } })).id;
  const user = async (username: string) => (await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const u1 = await unit(commune.id, "Văn phòng HĐND và UBND");
  const u2 = await unit(commune.id, "Trung tâm Phục vụ hành chính công");
  const u3 = await unit(commune.id, "Phòng Kinh tế, Hạ tầng và Đô thị");
  const users = {
    vanphong: await user("vanphong.haian"),
    tthcc: await user("tthcc.haian"),
    chair: await user("chutich.haian"),
    office: await user("vhxh.haian"),
    otherVanphong: await user("vanphong.thachkhoi"),
  };

  await db.plan.updateMany({ where: { communeId: commune.id }, data: { archivedAt: new Date("2026-01-01T00:00:00Z") } });
  await db.holiday.upsert({
    where: { date: date(HOLIDAY) },
    create: { date: date(HOLIDAY), name: "Ngày nghỉ thử", workingDay: false },
    update: { workingDay: false },
  });

  const plan = await db.plan.create({
    data: { communeId: commune.id, title: "Kế hoạch thử nhắc lịch", number: "99/KH-UBND", issuer: "UBND" },
  });
  const archived = await db.plan.create({
    data: { communeId: commune.id, title: "Kế hoạch đã lưu trữ", issuer: "UBND", archivedAt: new Date("2026-06-01T00:00:00Z") },
  });
  let order = 0;
  const task = async (
    communeId: string,
    planId: string,
    code: string,
    due: string,
    leads: string[],
    opts: { done?: boolean; parts?: Record<string, "open" | "done" | "na"> } = {},
  ) => {
    const t = await db.task.create({
      data: {
        communeId,
        planId,
        code,
        title: `Nhiệm vụ thử ${code}`,
        deadlineKind: "FIXED",
        dueDate: date(due),
        workStatus: opts.done ? "DONE" : "IN_PROGRESS",
        completedAt: opts.done ? new Date("2026-10-01T03:00:00Z") : null,
        sortOrder: order++,
      },
    });
    await db.taskUnit.createMany({ data: leads.map((unitId) => ({ communeId, taskId: t.id, unitId, role: "LEAD" as const })) });
    for (const [unitId, state] of Object.entries(opts.parts ?? {})) {
      await db.taskPart.create({
        data: {
          communeId,
          taskId: t.id,
          unitId,
          workStatus: state === "done" ? "DONE" : "IN_PROGRESS",
          notApplicableReason: state === "na" ? "Không phát sinh ở đơn vị" : null,
        },
      });
    }
    return t.id;
  };
  const c = commune.id;
  const tasks = {
    T1: await task(c, plan.id, "T1", "2026-10-20", [u1]),
    T2: await task(c, plan.id, "T2", "2026-10-14", [u2]),
    T3: await task(c, plan.id, "T3", "2026-10-18", [u1]),
    T4: await task(c, plan.id, "T4", "2026-10-01", [u1]),
    T5: await task(c, plan.id, "T5", "2026-10-13", [u1], { done: true }),
    T6: await task(c, plan.id, "T6", "2026-10-20", [u1, u2], { parts: { [u1]: "na", [u2]: "open" } }),
    T7: await task(c, plan.id, "T7", "2026-10-19", [u3]),
    TA: await task(c, archived.id, "TA", "2026-10-19", [u1]),
  };
  const otherPlan = await db.plan.findFirstOrThrow({ where: { communeId: other.id }, select: { id: true } });
  const otherUnit = await unit(other.id, "Văn phòng HĐND và UBND");
  const otherTask = await task(other.id, otherPlan.id, "TK1", "2026-10-19", [otherUnit]);

  // U2 confirmed "đã báo cáo" for M-2026-10 in the plan; U1 and U3 (no account) did not.
  await db.reportSubmission.create({
    data: {
      communeId: c,
      planId: plan.id,
      periodKey: "M-2026-10",
      periodStart: date("2026-09-15"),
      periodEnd: date("2026-10-14"),
      unitId: u2,
      confirmedById: users.tthcc,
    },
  });

  let kpiOrder = 0;
  const kpi = async (code: string, frequency: "WEEKLY" | "MONTHLY", responsibleUnitId: string | null, planId = plan.id) =>
    (
      await db.indicator.create({
        data: {
          communeId: c,
          planId,
          code,
          name: `Chỉ tiêu thử ${code}`,
          unit: "PERCENT",
          comparison: "GTE",
          target: 100,
          dueDate: date("2026-12-31"),
          measure: "DIRECT",
          frequency,
          responsibleUnitId,
          sortOrder: kpiOrder++,
        },
      })
    ).id;
  const kpis = {
    K1: await kpi("K1", "MONTHLY", u1),
    K2: await kpi("K2", "MONTHLY", u2),
    K3: await kpi("K3", "MONTHLY", null),
    K4: await kpi("K4", "WEEKLY", u2),
    K5: await kpi("K5", "MONTHLY", u3),
    KA: await kpi("KA", "MONTHLY", u1, archived.id),
  };
  await db.indicatorValue.create({
    data: {
      communeId: c,
      indicatorId: kpis.K2,
      periodKey: "2026-10",
      periodStart: date("2026-09-15"),
      periodEnd: date("2026-10-14"),
      revision: 1,
      value: 40,
      enteredById: users.tthcc,
    },
  });
  return { commune, other, plan, archived, units: { u1, u2, u3 }, users, tasks, kpis, otherTask };
}

/** The scheduled rows of the rules under test, as "KIND username day" strings, sorted. */
export const MY_KINDS = [
  "DEADLINE_APPROACHING",
  "OVERDUE_UNIT",
  "OVERDUE_CHAIR",
  "PERIOD_REMINDER",
  "PERIOD_MISSING",
  "INDICATOR_VALUE_DUE",
] as const;

export async function scheduledRows(db: Db, communeId: string) {
  return db.notification.findMany({
    where: { communeId, kind: { in: [...MY_KINDS] } },
    select: {
      kind: true,
      dedupeKey: true,
      userId: true,
      title: true,
      body: true,
      href: true,
      topic: true,
      data: true,
      createdAt: true,
      user: { select: { username: true } },
    },
    orderBy: [{ createdAt: "asc" }, { kind: "asc" }],
  });
}
