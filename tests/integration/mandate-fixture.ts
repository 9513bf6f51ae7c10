// A province plan as PUBLISH's applyToCommune leaves it in a commune, written directly with Prisma so
// the commune's side can be tested on its own: the province plan (published as version 1) with its
// tasks and one KPI, the version, and for the commune a receiving plan "Thực hiện Kế hoạch số …", one
// task per province task (no units yet, linked by provinceTaskId/mandateVersion), the KPI, and the
// receipt whose changes are the commune's CommuneChange[] (every task NEW).
import type { Db } from "@/lib/db";
import { createId } from "@/lib/ids";
import type { CommuneChange, ProvincePlanSnapshot } from "@/lib/province-plans/types";

export type FixtureTask = {
  code: string;
  title: string;
  leadText?: string;
  adaptable?: boolean;
  dueDate?: string | null;
};

export type MandateFixture = {
  provincePlanId: string;
  receivingPlanId: string;
  /** Commune task ids by province code. */
  taskIds: Record<string, string>;
  provinceTaskIds: Record<string, string>;
  indicatorId: string;
};

const day = (key: string) => new Date(`${key}T00:00:00Z`);

export async function mandateFixture(
  db: Db,
  commune: { id: string; provinceId: string | null },
  tasks: FixtureTask[],
  opts: { number?: string; indicatorCode?: string } = {},
): Promise<MandateFixture> {
  const provinceId = commune.provinceId!;
  const author = await db.user.findFirstOrThrow({ where: { role: "PROVINCE", provinceId } });
  const number = opts.number ?? "45/KH-UBND";
  const plan = await db.provincePlan.create({
    data: {
      provinceId,
      number,
      title: "Kế hoạch chuyển đổi số thành phố năm 2026",
      issuer: "UBND thành phố Hải Phòng",
      publishedVersion: 1,
      version: 1,
      createdById: author.id,
    },
  });
  const provinceTasks = [];
  for (const [i, t] of tasks.entries()) {
    provinceTasks.push(
      await db.provinceTask.create({
        data: {
          provinceId,
          planId: plan.id,
          code: t.code,
          groupCode: "II",
          groupTitle: "Phát triển chính quyền số",
          title: t.title,
          deadlineKind: t.dueDate === null ? "NONE" : "FIXED",
          dueDate: t.dueDate === null ? null : day(t.dueDate ?? "2026-12-31"),
          deadlineText: t.dueDate === null ? "" : "Trong năm 2026",
          leadText: t.leadText ?? "UBND các xã, phường",
          adaptable: t.adaptable ?? false,
          firstVersion: 1,
          sortOrder: i,
        },
      }),
    );
  }
  const provinceIndicator = await db.provinceIndicator.create({
    data: {
      provinceId,
      planId: plan.id,
      code: opts.indicatorCode ?? "CT01",
      name: "Tỷ lệ hồ sơ trực tuyến toàn trình",
      unit: "PERCENT",
      comparison: "GTE",
      target: 80,
      dueDate: day("2026-12-31"),
      firstVersion: 1,
      sortOrder: 0,
    },
  });
  const snapshot: ProvincePlanSnapshot = {
    plan: { number, title: plan.title, issuer: plan.issuer, issuedDate: null, periodStart: null, periodEnd: null },
    tasks: provinceTasks.map((t) => ({
      id: t.id,
      code: t.code,
      groupCode: t.groupCode,
      groupTitle: t.groupTitle,
      title: t.title,
      description: "",
      expectedOutput: null,
      deadlineKind: t.deadlineKind,
      dueDate: t.dueDate?.toISOString().slice(0, 10) ?? null,
      deadlineText: t.deadlineText,
      leadText: t.leadText,
      supportText: null,
      targets: { all: true },
      adaptable: t.adaptable,
      withdrawn: false,
    })),
    indicators: [],
  };
  const planChanges = provinceTasks.map((t) => ({
    item: "TASK" as const,
    id: t.id,
    code: t.code,
    title: t.title,
    kinds: ["NEW" as const],
    details: [],
  }));
  await db.provincePlanVersion.create({
    data: { provinceId, planId: plan.id, number: 1, snapshot, changes: planChanges, publishedById: author.id },
  });

  const communeId = commune.id;
  const receiving = await db.plan.create({
    data: { communeId, number: null, title: `Thực hiện Kế hoạch số ${number} của UBND thành phố`, issuer: "UBND phường" },
  });
  const group = await db.planGroup.create({
    data: { communeId, planId: receiving.id, code: "II", title: "Phát triển chính quyền số", sortOrder: 0 },
  });
  const taskIds: Record<string, string> = {};
  const provinceTaskIds: Record<string, string> = {};
  for (const [i, pt] of provinceTasks.entries()) {
    const id = createId();
    await db.task.create({
      data: {
        id,
        communeId,
        planId: receiving.id,
        groupId: group.id,
        code: pt.code,
        title: pt.title,
        deadlineKind: pt.deadlineKind,
        dueDate: pt.dueDate,
        deadlineText: pt.deadlineText,
        provinceTaskId: pt.id,
        mandateVersion: 1,
        sortOrder: i,
      },
    });
    taskIds[pt.code] = id;
    provinceTaskIds[pt.code] = pt.id;
  }
  const indicator = await db.indicator.create({
    data: {
      communeId,
      planId: receiving.id,
      code: provinceIndicator.code,
      name: provinceIndicator.name,
      unit: "PERCENT",
      comparison: "GTE",
      target: 80,
      dueDate: day("2026-12-31"),
      measure: "DIRECT",
      sortOrder: 0,
      provinceIndicatorId: provinceIndicator.id,
    },
  });
  const changes: CommuneChange[] = planChanges.map((c) => ({ ...c, taskId: taskIds[c.code] }));
  await db.provincePlanReceipt.create({
    data: { provincePlanId: plan.id, communeId, provinceId, planId: receiving.id, appliedVersion: 1, appliedAt: new Date(), changes },
  });
  return { provincePlanId: plan.id, receivingPlanId: receiving.id, taskIds, provinceTaskIds, indicatorId: indicator.id };
}
