// Random provinces for the roll-up property test (tests/integration/province-rollup.test.ts), written
// with prisma in the shapes PUBLISH writes: ProvincePlan, ProvinceTask/Indicator rows, versions with
// snapshots, receipts, commune tasks and KPIs linked by provinceTaskId/provinceIndicatorId. Each
// province comes with a neighbour province whose communes also hold tasks linked to the plan (and
// are named in target lists): the roll-up must never count them.
import { addDays, dateFromKey } from "@/lib/dates";
import type { Db } from "@/lib/db";
import type { IndicatorComparison, TaskClosure, WorkStatus } from "@/lib/generated/prisma/enums";
import { createId } from "@/lib/ids";
import type { ProvincePlanSnapshot, SnapshotIndicator, SnapshotTask, Targets } from "@/lib/province-plans/types";
import type { Rng } from "@/scripts/synthetic/prng";

export type FxTask = {
  id: string;
  communeId: string;
  provinceTaskId: string;
  planArchived: boolean;
  workStatus: WorkStatus;
  dueDate: Date | null;
  completedAt: Date | null;
  lastUpdateAt: Date | null;
  closedKind: TaskClosure | null;
  hasLead: boolean;
};
export type FxValue = { indicatorId: string; periodKey: string; periodStart: string; periodEnd: string; revision: number; value: number };
export type FxIndicator = { id: string; communeId: string; provinceIndicatorId: string; planArchived: boolean; withdrawn: boolean };

export type RandomProvince = {
  provinceId: string;
  planId: string;
  communes: { id: string; name: string }[];
  snapshot: ProvincePlanSnapshot;
  tasks: FxTask[];
  indicators: FxIndicator[];
  values: FxValue[];
};

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`);
const COMPARISONS: IndicatorComparison[] = ["GTE", "GT", "EQ", "LTE", "LT"];

function randomTargets(rng: Rng, own: string[], foreign: string[]): Targets {
  if (rng.chance(0.5)) return { all: true };
  const chosen = own.filter(() => rng.chance(0.6));
  if (rng.chance(0.4) && foreign[0]) chosen.push(foreign[0]); // a commune of another province: never counted
  return { all: false, communeIds: chosen };
}

/** Writes one random province (plus a neighbour) and returns what was written, for counting by hand. */
export async function writeRandomProvince(db: Db, rng: Rng, userId: string, today: string): Promise<RandomProvince> {
  const provinceId = createId();
  const otherId = createId();
  await db.unit.createMany({
    data: [
      { id: provinceId, name: `Tỉnh ${provinceId.slice(0, 6)}`, kind: "PROVINCE" },
      { id: otherId, name: `Tỉnh ${otherId.slice(0, 6)}`, kind: "PROVINCE" },
    ],
  });
  const mk = (p: string, i: number) => ({
    id: createId(),
    name: `Xã ${String(i).padStart(2, "0")} ${p.slice(0, 4)}`,
    kind: "COMMUNE" as const,
    provinceId: p,
  });
  const communes = Array.from({ length: rng.int(3, 15) }, (_, i) => mk(provinceId, i));
  const foreign = Array.from({ length: 2 }, (_, i) => mk(otherId, i));
  const all = [...communes, ...foreign];
  await db.unit.createMany({ data: all.map((c) => ({ ...c, communeId: c.id })) });
  const offices = all.map((c) => ({
    id: createId(),
    name: "Văn phòng",
    kind: "OFFICE" as const,
    communeId: c.id,
    provinceId: c.provinceId,
    parentId: c.id,
  }));
  await db.unit.createMany({ data: offices });
  const plans = all.flatMap((c) => [
    { id: createId(), communeId: c.id, title: "Thực hiện kế hoạch của tỉnh", issuer: "UBND", archivedAt: null },
    { id: createId(), communeId: c.id, title: "Kế hoạch cũ", issuer: "UBND", archivedAt: new Date("2026-01-01T00:00:00Z") },
  ]);
  await db.plan.createMany({ data: plans });
  const planOf = (cid: string, archived: boolean) => plans.find((p) => p.communeId === cid && (p.archivedAt !== null) === archived)!;

  const planId = createId();
  await db.provincePlan.create({
    data: { id: planId, provinceId, title: "Kế hoạch thử", issuer: "UBND tỉnh", createdById: userId, publishedVersion: 2 },
  });
  const ownIds = communes.map((c) => c.id);
  const foreignIds = foreign.map((c) => c.id);
  const snapTasks: SnapshotTask[] = Array.from({ length: rng.int(3, 10) }, (_, i) => ({
    id: createId(),
    code: `${i + 1}`,
    groupCode: rng.pick(["I", "II"]),
    groupTitle: null,
    title: `Nhiệm vụ ${i + 1}`,
    description: "",
    expectedOutput: null,
    deadlineKind: "FIXED",
    dueDate: null,
    deadlineText: "",
    leadText: "UBND các xã, phường",
    supportText: null,
    targets: randomTargets(rng, ownIds, foreignIds),
    adaptable: false,
    withdrawn: rng.chance(0.1),
  }));
  const snapKpis: SnapshotIndicator[] = Array.from({ length: 2 }, (_, i) => ({
    id: createId(),
    code: `CT${i + 1}`,
    catalogCode: null,
    name: `Chỉ tiêu ${i + 1}`,
    unit: "PERCENT",
    comparison: rng.pick(COMPARISONS),
    target: rng.pick([10, 50, 80, 100]),
    dueDate: "2026-12-31",
    measure: "DIRECT",
    numeratorLabel: null,
    denominatorLabel: null,
    method: "",
    frequency: "MONTHLY",
    targets: randomTargets(rng, ownIds, foreignIds),
    withdrawn: false,
  }));
  await db.provinceTask.createMany({
    data: snapTasks.map((t, i) => ({
      id: t.id,
      provinceId,
      planId,
      code: t.code,
      title: t.title,
      deadlineKind: "FIXED",
      sortOrder: i,
      firstVersion: 1,
    })),
  });
  await db.provinceIndicator.createMany({
    data: snapKpis.map((k, i) => ({
      id: k.id,
      provinceId,
      planId,
      code: k.code,
      name: k.name,
      unit: "PERCENT",
      comparison: k.comparison,
      target: k.target,
      dueDate: dateFromKey(k.dueDate),
      sortOrder: i,
      firstVersion: 1,
    })),
  });
  const plan = { number: null, title: "Kế hoạch thử", issuer: "UBND tỉnh", issuedDate: null, periodStart: null, periodEnd: null };
  // Version 1 targeted everyone; version 2 (the latest) is what counts.
  const v1: ProvincePlanSnapshot = { plan, tasks: snapTasks.map((t) => ({ ...t, targets: { all: true } })), indicators: snapKpis };
  const snapshot: ProvincePlanSnapshot = { plan, tasks: [...snapTasks].reverse(), indicators: snapKpis };
  await db.provincePlanVersion.createMany({
    data: [
      { provinceId, planId, number: 1, snapshot: v1, changes: [], publishedById: userId, publishedAt: at(addDays(today, -60), 9) },
      { provinceId, planId, number: 2, snapshot, changes: [], publishedById: userId, publishedAt: at(addDays(today, -20), 9) },
    ],
  });
  await db.provincePlanReceipt.createMany({
    data: all
      .filter(() => rng.chance(0.8))
      .map((c) => ({
        provincePlanId: planId,
        communeId: c.id,
        provinceId: c.provinceId,
        planId: planOf(c.id, false).id,
        appliedVersion: rng.int(1, 2),
        appliedAt: at(today, 8),
        changes: [],
      })),
  });

  const tasks: FxTask[] = [];
  for (const t of snapTasks)
    for (const c of all) {
      if (!rng.chance(0.8)) continue; // not received (or never targeted)
      const workStatus = rng.weighted<WorkStatus>({ NOT_STARTED: 3, IN_PROGRESS: 4, DONE: 3, PAUSED: 1 });
      const lastUpdateAt = rng.chance(0.25) ? null : at(addDays(today, -rng.int(0, 70)), rng.int(7, 23));
      tasks.push({
        id: createId(),
        communeId: c.id,
        provinceTaskId: t.id,
        planArchived: rng.chance(0.08),
        workStatus,
        dueDate: rng.chance(0.25) ? null : dateFromKey(addDays(today, rng.int(-30, 30))),
        completedAt: workStatus === "DONE" && rng.chance(0.8) ? at(addDays(today, -rng.int(0, 40)), rng.int(0, 23)) : null,
        lastUpdateAt,
        closedKind: rng.chance(0.08) ? "NOT_APPLICABLE" : t.withdrawn || rng.chance(0.05) ? "WITHDRAWN" : null,
        hasLead: rng.chance(0.7),
      });
    }
  await db.task.createMany({
    data: tasks.map((t, i) => ({
      id: t.id,
      communeId: t.communeId,
      planId: planOf(t.communeId, t.planArchived).id,
      code: `T${i}`,
      title: "Nhiệm vụ",
      deadlineKind: t.dueDate ? "FIXED" : "RECURRING",
      dueDate: t.dueDate,
      workStatus: t.workStatus,
      completedAt: t.completedAt,
      lastUpdateAt: t.lastUpdateAt,
      provinceTaskId: t.provinceTaskId,
      mandateVersion: 2,
      closedKind: t.closedKind,
      closedReason: t.closedKind ? "Lý do" : null,
      sortOrder: i,
    })),
  });
  await db.taskUnit.createMany({
    data: tasks.flatMap((t) => {
      const unitId = offices.find((o) => o.communeId === t.communeId)!.id;
      return [{ communeId: t.communeId, taskId: t.id, unitId, role: t.hasLead ? ("LEAD" as const) : ("SUPPORT" as const) }];
    }),
  });

  const indicators: FxIndicator[] = [];
  const values: FxValue[] = [];
  for (const k of snapKpis)
    for (const c of all) {
      if (!rng.chance(0.85)) continue;
      const ind: FxIndicator = {
        id: createId(),
        communeId: c.id,
        provinceIndicatorId: k.id,
        planArchived: rng.chance(0.08),
        withdrawn: rng.chance(0.05),
      };
      indicators.push(ind);
      for (let m = rng.int(0, 3); m > 0; m--) {
        const month = addDays(today, 31 * (1 - m)).slice(0, 7); // may be the month after today's period: not yet begun
        const start = `${month}-01`;
        for (let rev = 1; rev <= rng.int(1, 2); rev++)
          values.push({
            indicatorId: ind.id,
            periodKey: `${month}/${m}`,
            periodStart: start,
            periodEnd: addDays(start, 27),
            revision: rev,
            value: rng.int(0, 120),
          });
      }
    }
  await db.indicator.createMany({
    data: indicators.map((ind, i) => ({
      id: ind.id,
      communeId: ind.communeId,
      planId: planOf(ind.communeId, ind.planArchived).id,
      code: `CT${i}`,
      name: "Chỉ tiêu",
      unit: "PERCENT",
      comparison: "GTE",
      target: 1,
      dueDate: dateFromKey("2026-12-31"),
      measure: "DIRECT",
      sortOrder: i,
      provinceIndicatorId: ind.provinceIndicatorId,
      provinceWithdrawnAt: ind.withdrawn ? at(today, 8) : null,
    })),
  });
  await db.indicatorValue.createMany({
    data: values.map((v) => ({
      communeId: indicators.find((i) => i.id === v.indicatorId)!.communeId,
      indicatorId: v.indicatorId,
      periodKey: v.periodKey,
      periodStart: dateFromKey(v.periodStart),
      periodEnd: dateFromKey(v.periodEnd),
      revision: v.revision,
      value: v.value,
      enteredById: userId,
    })),
  });
  return { provinceId, planId, communes: communes.map(({ id, name }) => ({ id, name })), snapshot, tasks, indicators, values };
}
