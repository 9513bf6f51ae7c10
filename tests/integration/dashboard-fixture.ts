// A commune built for the dashboard tests: every task category, update history, directives and KPI
// statuses at a known instant, so that each figure of the dashboard has a number worked out by hand
// (see the comments) rather than by the code under test.
import { dateFromKey } from "@/lib/dates";
import type { Db } from "@/lib/db";
import { createId } from "@/lib/ids";
import { periodFromKey } from "@/lib/indicators/periods";
import { must } from "../../lib/must";

/** Wednesday 18/03/2026 10:00 in Việt Nam: week 12 runs 16/03–22/03; tháng 04/2026 runs 15/03–14/04. */
export const NOW = new Date("2026-03-18T03:00:00Z");

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`);

type Update = {
  day: string;
  hour?: number;
  status: "IN_PROGRESS" | "DONE";
  progress: number;
  difficulties?: string;
  proposals?: string;
  kind?: "CONTRIBUTION";
};
type TaskSpec = {
  code: string;
  plan: "P1" | "P2";
  group: "I" | "II";
  lead: "vp" | "ca" | "tt";
  due?: string;
  deadlineKind: "FIXED" | "RECURRING" | "NONE";
  updates: Update[];
};

/**
 * Category on 18/03/2026 (and at the end of 15/03, the previous week's last day), lead unit and progress:
 * T1  OVERDUE (OVERDUE)                  vp 40   due 10/03, reports 20/02 and 05/03 (difficulties)
 * T2  DUE_SOON (DUE_SOON)                vp 60   due 20/03, report 17/03
 * T3  IN_PROGRESS (NOT_STARTED)          ca 30   due 30/04, report 16/03 with a proposal, answered 17/03
 * T4  NOT_STARTED (NOT_STARTED)          ca 0    due 30/04
 * T5  DONE_ON_TIME (DONE_ON_TIME)        tt 100  due 01/03, done 25/02
 * T6  DONE_LATE (DONE_LATE)              tt 100  due 01/03, done 12/03
 * T7  NO_DEADLINE_UPDATED (NOT_STARTED)  vp 50   recurring, report 17/03, a helper's difficulty 18/03
 * T8  NO_DEADLINE_NOT_UPDATED (same)     ca 50   recurring, report 02/03, direction 10/03 unacknowledged
 * T9  NOT_STARTED (NOT_STARTED)          tt 0    recurring
 * T10 DONE_ON_TIME (NOT_STARTED)         vp 100  no deadline, done 16/03
 * T11 OVERDUE (OVERDUE)                  tt 0    plan P2, due 01/03
 */
const TASKS: TaskSpec[] = [
  {
    code: "T1",
    plan: "P1",
    group: "I",
    lead: "vp",
    due: "2026-03-10",
    deadlineKind: "FIXED",
    updates: [
      { day: "2026-02-20", status: "IN_PROGRESS", progress: 10 },
      {
        day: "2026-03-05",
        status: "IN_PROGRESS",
        progress: 40,
        difficulties: "Thiếu kinh phí mua thiết bị",
        proposals: "Đề nghị bổ sung kinh phí",
      },
    ],
  },
  {
    code: "T2",
    plan: "P1",
    group: "I",
    lead: "vp",
    due: "2026-03-20",
    deadlineKind: "FIXED",
    updates: [{ day: "2026-03-17", status: "IN_PROGRESS", progress: 60 }],
  },
  {
    code: "T3",
    plan: "P1",
    group: "I",
    lead: "ca",
    due: "2026-04-30",
    deadlineKind: "FIXED",
    updates: [{ day: "2026-03-16", status: "IN_PROGRESS", progress: 30, proposals: "Đề nghị hướng dẫn quy trình" }],
  },
  { code: "T4", plan: "P1", group: "II", lead: "ca", due: "2026-04-30", deadlineKind: "FIXED", updates: [] },
  {
    code: "T5",
    plan: "P1",
    group: "II",
    lead: "tt",
    due: "2026-03-01",
    deadlineKind: "FIXED",
    updates: [{ day: "2026-02-25", status: "DONE", progress: 100 }],
  },
  {
    code: "T6",
    plan: "P1",
    group: "II",
    lead: "tt",
    due: "2026-03-01",
    deadlineKind: "FIXED",
    updates: [{ day: "2026-03-12", status: "DONE", progress: 100 }],
  },
  {
    code: "T7",
    plan: "P1",
    group: "II",
    lead: "vp",
    deadlineKind: "RECURRING",
    updates: [
      { day: "2026-03-17", status: "IN_PROGRESS", progress: 50 },
      { day: "2026-03-18", hour: 8, status: "IN_PROGRESS", progress: 50, kind: "CONTRIBUTION", difficulties: "Chưa có tài khoản hệ thống" },
    ],
  },
  {
    code: "T8",
    plan: "P1",
    group: "II",
    lead: "ca",
    deadlineKind: "RECURRING",
    updates: [{ day: "2026-03-02", status: "IN_PROGRESS", progress: 50 }],
  },
  { code: "T9", plan: "P1", group: "I", lead: "tt", deadlineKind: "RECURRING", updates: [] },
  {
    code: "T10",
    plan: "P1",
    group: "II",
    lead: "vp",
    deadlineKind: "NONE",
    updates: [{ day: "2026-03-16", status: "DONE", progress: 100 }],
  },
  { code: "T11", plan: "P2", group: "I", lead: "tt", due: "2026-03-01", deadlineKind: "FIXED", updates: [] },
];

/**
 * KPIs of plan P1 (start 01/07/2025; ≥ 80% by 31/12/2026 unless said). The straight line expects 37,4%
 * on 14/03/2026, the end of tháng 03/2026; "Chậm" is up to 8 points (10% of the way) below it.
 */
const INDICATORS: { code: string; due?: string; values: [string, number][] }[] = [
  {
    code: "K_MET",
    values: [
      ["2026-02", 70],
      ["2026-03", 90],
    ],
  },
  {
    code: "K_ON_TRACK",
    values: [
      ["2026-03", 5],
      ["2026-03", 60],
    ],
  }, // the correction (revision 2) counts
  { code: "K_BEHIND", values: [["2026-03", 33]] },
  { code: "K_AT_RISK", values: [["2026-03", 5]] },
  { code: "K_MISSED", due: "2026-01-31", values: [["2026-03", 50]] },
  { code: "K_STALE", values: [["2026-01", 50]] }, // nothing for tháng 03/2026, the last completed month: too old
];

export type DashboardFixture = Awaited<ReturnType<typeof createDashboardFixture>>;

export async function createDashboardFixture(db: Db) {
  const province = await db.unit.findFirstOrThrow({ where: { kind: "PROVINCE" } });
  const communeId = createId();
  await db.unit.create({
    data: { id: communeId, name: "Phường Kiểm Thử", kind: "WARD", parentId: province.id, provinceId: province.id, communeId },
  });
  const units = { vp: createId(), ca: createId(), tt: createId() };
  const unitNames = { vp: "Văn phòng HĐND và UBND", ca: "Công an phường", tt: "Trung tâm Phục vụ hành chính công" };
  await db.unit.createMany({
    data: (Object.keys(units) as (keyof typeof units)[]).map((k, i) => ({
      id: units[k],
      name: unitNames[k],
      kind: k === "ca" ? "POLICE" : k === "tt" ? "CENTER" : "OFFICE",
      parentId: communeId,
      provinceId: province.id,
      communeId,
      sortOrder: i,
    })),
  });
  const user = (username: string, role: "CHAIR" | "COORDINATOR" | "UNIT_STAFF", unitId: string | null = null) => ({
    id: createId(),
    username,
    fullName: username,
    passwordHash: "-",
    role,
    provinceId: province.id,
    communeId,
    unitId,
  });
  const chair = user("chutich.kiemthu", "CHAIR");
  const staff = {
    vp: user("vp.kiemthu", "UNIT_STAFF", units.vp),
    ca: user("ca.kiemthu", "UNIT_STAFF", units.ca),
    tt: user("tt.kiemthu", "UNIT_STAFF", units.tt),
  };
  await db.user.createMany({ data: [chair, user("vhxh.kiemthu", "COORDINATOR"), ...Object.values(staff)] });

  const plans = { P1: createId(), P2: createId() };
  await db.plan.createMany({
    data: [
      { id: plans.P1, communeId, title: "Kế hoạch chuyển đổi số 2026", issuer: "UBND phường", periodStart: dateFromKey("2025-07-01") },
      { id: plans.P2, communeId, title: "Kế hoạch phụ", issuer: "UBND phường", periodStart: dateFromKey("2025-07-01") },
    ],
  });
  const groups = { P1: { I: createId(), II: createId() }, P2: { I: createId(), II: createId() } };
  await db.planGroup.createMany({
    data: (["P1", "P2"] as const).flatMap((p) =>
      (["I", "II"] as const).map((g, i) => ({ id: groups[p][g], communeId, planId: plans[p], code: g, title: `Nhóm ${g}`, sortOrder: i })),
    ),
  });

  const taskIds: Record<string, string> = {};
  for (const [i, t] of TASKS.entries()) {
    const id = createId();
    taskIds[t.code] = id;
    const progressReports = t.updates.filter((u) => u.kind !== "CONTRIBUTION");
    const last = progressReports.at(-1);
    const done = last?.status === "DONE";
    await db.task.create({
      data: {
        id,
        communeId,
        planId: plans[t.plan],
        groupId: groups[t.plan][t.group],
        code: t.code,
        title: `Nhiệm vụ ${t.code}`,
        deadlineKind: t.deadlineKind,
        dueDate: t.due ? dateFromKey(t.due) : null,
        workStatus: last ? last.status : "NOT_STARTED",
        progress: last?.progress ?? 0,
        completedAt: done ? at(last.day, last.hour) : null,
        lastUpdateAt: last ? at(last.day, last.hour) : null,
        sortOrder: i,
        createdAt: at("2026-01-05"),
        units: { create: [{ communeId, unitId: units[t.lead], role: "LEAD" }] },
      },
    });
    for (const u of t.updates) {
      await db.taskUpdate.create({
        data: {
          communeId,
          taskId: id,
          kind: u.kind ?? "PROGRESS",
          unitId: units[t.lead],
          authorId: staff[t.lead].id,
          workStatus: u.status,
          progress: u.progress,
          difficulties: u.difficulties ?? "",
          proposals: u.proposals ?? "",
          completedAt: u.status === "DONE" ? at(u.day, u.hour) : null,
          createdAt: at(u.day, u.hour),
        },
      });
    }
  }
  await db.directive.createMany({
    data: [
      // Answers T3's proposal: T3 is no longer awaiting the leaders.
      {
        communeId,
        taskId: must(taskIds.T3, "task T3"),
        authorId: chair.id,
        content: "Văn phòng hướng dẫn quy trình.",
        createdAt: at("2026-03-17"),
        acknowledgedAt: at("2026-03-17", 15),
      },
      {
        communeId,
        taskId: must(taskIds.T8, "task T8"),
        authorId: chair.id,
        content: "Đề nghị báo cáo hằng tuần.",
        createdAt: at("2026-03-10"),
      },
    ],
  });

  const indicatorIds: Record<string, string> = {};
  for (const [i, k] of INDICATORS.entries()) {
    const id = createId();
    indicatorIds[k.code] = id;
    await db.indicator.create({
      data: {
        id,
        communeId,
        planId: plans.P1,
        code: `CT${String(i + 1).padStart(2, "0")}`,
        name: k.code,
        unit: "PERCENT",
        comparison: "GTE",
        target: 80,
        dueDate: dateFromKey(k.due ?? "2026-12-31"),
        measure: "DIRECT",
        responsibleUnitId: units.tt,
        sortOrder: i,
      },
    });
    const revisions = new Map<string, number>();
    for (const [key, value] of k.values) {
      const p = periodFromKey(key, "MONTHLY")!;
      const revision = (revisions.get(key) ?? 0) + 1;
      revisions.set(key, revision);
      await db.indicatorValue.create({
        data: {
          communeId,
          indicatorId: id,
          periodKey: key,
          periodStart: dateFromKey(p.start),
          periodEnd: dateFromKey(p.end),
          revision,
          value,
          correctionReason: revision > 1 ? "Sửa số liệu nhập nhầm" : null,
          enteredById: staff.tt.id,
          createdAt: at(p.end),
        },
      });
    }
  }
  return { communeId, provinceId: province.id, units, plans, taskIds, indicatorIds };
}
