// A province plan written straight into the database (the editor is another part's), and the
// accounts that publish it, for the publication tests.
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { dateFromKey } from "@/lib/dates";
import { applyPending, publishPlan, type PublishResult } from "@/lib/province-plans/publish-commands";
import { viewer } from "./db";

export type TaskSpec = {
  code: string;
  title?: string;
  dueDate?: string;
  adaptable?: boolean;
  only?: string[];
  groupCode?: string;
};

export async function provinceCoordinator(db: Db, provinceId: string, username: string): Promise<Viewer> {
  await db.user.create({
    data: {
      username,
      fullName: `Điều phối kế hoạch ${username}`,
      role: "PROVINCE",
      provinceId,
      provinceCoordinator: true,
      passwordHash: "x",
    },
  });
  return viewer(db, username);
}

export async function createProvincePlan(
  db: Db,
  provinceId: string,
  createdById: string,
  tasks: TaskSpec[],
  kpis: { code: string; target: number; only?: string[] }[] = [],
) {
  const plan = await db.provincePlan.create({
    data: {
      provinceId,
      number: "99/KH-UBND",
      title: "Kế hoạch chuyển đổi số năm 2026 (thử nghiệm)",
      issuer: "UBND thành phố Hải Phòng",
      periodStart: dateFromKey("2026-01-01"),
      periodEnd: dateFromKey("2026-12-31"),
      createdById,
    },
  });
  for (const [i, t] of tasks.entries()) await addTask(db, plan.id, provinceId, t, i);
  for (const [i, k] of kpis.entries()) {
    await db.provinceIndicator.create({
      data: {
        provinceId,
        planId: plan.id,
        catalogCode: "HO_SO_TRUC_TUYEN",
        code: k.code,
        name: "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình",
        unit: "PERCENT",
        comparison: "GTE",
        target: k.target,
        dueDate: dateFromKey("2026-12-31"),
        targetAll: !k.only,
        targetCommuneIds: k.only ?? [],
        sortOrder: i,
      },
    });
  }
  return plan.id;
}

export async function addTask(db: Db, planId: string, provinceId: string, t: TaskSpec, sortOrder: number) {
  return db.provinceTask.create({
    data: {
      provinceId,
      planId,
      code: t.code,
      groupCode: t.groupCode ?? "I",
      groupTitle: t.groupCode === "II" ? "Phát triển dữ liệu số" : "Phát triển hạ tầng số",
      title: t.title ?? `Nhiệm vụ ${t.code}`,
      description: `Mô tả nhiệm vụ ${t.code}`,
      deadlineKind: "FIXED",
      dueDate: dateFromKey(t.dueDate ?? "2026-06-30"),
      leadText: "UBND các xã, phường",
      targetAll: !t.only,
      targetCommuneIds: t.only ?? [],
      adaptable: t.adaptable ?? false,
      sortOrder,
    },
  });
}

/** Publish the plan as the publish page shows it (its working-copy version and last version number). */
export async function publish(
  db: Db,
  user: Viewer,
  provinceId: string,
  planId: string,
  note = "",
  shown?: { version: number; publishedVersion: number },
) {
  const { version, publishedVersion } = shown ?? (await db.provincePlan.findUniqueOrThrow({ where: { id: planId } }));
  return executeAction(publishPlan, user, { provinceId, planId, version, publishedVersion, note }, db) as Promise<
    ActionResult<PublishResult>
  >;
}

export const pending = (db: Db, user: Viewer, provinceId: string, planId: string) =>
  executeAction(applyPending, user, { provinceId, planId }, db) as Promise<ActionResult<PublishResult>>;

/** An edit of the working copy: what the editor does (change + bump the optimistic counter). */
export async function edit(db: Db, planId: string, change: () => Promise<unknown>) {
  await change();
  await db.provincePlan.update({ where: { id: planId }, data: { version: { increment: 1 } } });
}
