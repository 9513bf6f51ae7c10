// A group-led task in the demo (issue 18, "phần việc của đơn vị"): Hải An's plan words the lead of
// 2.1 collectively ("Chủ trì thực hiện: Các phòng của UBND phường; Công an phường"), so the task is
// led by the built-in group of the ward's offices plus the police, and each member shows a
// different state: one done, one in progress with its report, one not started, one "không phát
// sinh" with its reason. Parts, progress reports and the task's aggregate are written as
// recordProgress and markPartNotApplicable would leave them, backdated like the rest of the demo.
import type { AuditAction } from "../../lib/audit/labels";
import type { Tx } from "../../lib/db";
import type { WorkStatus } from "../../lib/generated/prisma/enums";
import { readAssignment, writeAssignment } from "../../lib/tasks/assignment";
import { writeTaskAggregate } from "../../lib/tasks/parts";

const TASK_CODE = "2.1";

/** What each member's part looks like, by unit name; units not listed stay not started. */
const STATES: Record<string, { workStatus: WorkStatus; progress: number; daysAgo: number; result: string } | { notApplicable: string }> = {
  "Phòng Kinh tế, Hạ tầng và Đô thị": {
    workStatus: "DONE",
    progress: 100,
    daysAgo: 5,
    result: "Đã rà soát, làm sạch và cập nhật dữ liệu đất đai, xây dựng theo địa giới hành chính mới.",
  },
  "Công an phường": {
    workStatus: "IN_PROGRESS",
    progress: 40,
    daysAgo: 3,
    result: "Đã làm sạch 40% dữ liệu dân cư của các tổ dân phố sáp nhập; đang đối chiếu với dữ liệu hộ tịch.",
  },
  "Phòng Văn hóa - Xã hội": {
    notApplicable:
      "Phòng không quản lý cơ sở dữ liệu chuyên ngành nào thuộc phạm vi nhiệm vụ này; dữ liệu cán bộ, công chức đã báo cáo ở nhiệm vụ 2.3.",
  },
};

export async function seedDemoGroups(
  tx: Tx,
  communeKey: string,
  c: { communeId: string; users: { id: string; unitId: string | null }[] },
  now: Date,
): Promise<void> {
  if (communeKey !== "hai-an") return;
  const task = await tx.task.findFirst({ where: { communeId: c.communeId, code: TASK_CODE }, select: { id: true, communeId: true } });
  const offices = await tx.unitGroup.findFirst({ where: { communeId: c.communeId, kind: "OFFICES" }, select: { id: true } });
  if (!task || !offices) throw new Error(`Seed hai-an: thiếu nhiệm vụ ${TASK_CODE} hoặc nhóm các phòng`);

  // Idempotent: the plan import may already have named the group for this wording.
  const assigned = await readAssignment(tx, task.id);
  if (!assigned.lead.groupIds.includes(offices.id)) {
    await writeAssignment(tx, task, { ...assigned, lead: { ...assigned.lead, groupIds: [...assigned.lead.groupIds, offices.id] } });
  }

  const parts = await tx.taskPart.findMany({ where: { taskId: task.id }, include: { unit: { select: { name: true } } } });
  for (const part of parts) {
    const state = STATES[part.unit.name];
    const author = c.users.find((u) => u.unitId === part.unitId);
    if (!state) {
      await tx.taskPart.update({
        where: { id: part.id },
        data: { workStatus: "NOT_STARTED", progress: 0, completedAt: null, lastUpdateAt: null },
      });
      continue;
    }
    if ("notApplicable" in state) {
      const at = new Date(now.getTime() - 4 * 86_400_000);
      await tx.taskPart.update({
        where: { id: part.id },
        // It never reported on this task: the part is what "không phát sinh" leaves, nothing else.
        data: {
          workStatus: "NOT_STARTED",
          progress: 0,
          completedAt: null,
          lastUpdateAt: null,
          notApplicableReason: state.notApplicable,
          notApplicableAt: at,
          notApplicableById: author?.id ?? null,
          version: 1,
        },
      });
      // As markPartNotApplicable logs it, so that the task's history shows it.
      await tx.auditLog.create({
        data: {
          communeId: c.communeId,
          actorId: author?.id ?? null,
          action: "tasks.markPartNotApplicable" satisfies AuditAction,
          entityType: "Task",
          entityId: task.id,
          data: { partUnitId: part.unitId, reason: state.notApplicable },
          createdAt: at,
        },
      });
      continue;
    }
    // The part is its unit's latest report: after any the demo wrote before the task became shared.
    const earlier = await tx.taskUpdate.aggregate({ where: { taskId: task.id, unitId: part.unitId }, _max: { createdAt: true } });
    const planned = now.getTime() - state.daysAgo * 86_400_000;
    const at = new Date(Math.min(Math.max(planned, (earlier._max.createdAt?.getTime() ?? 0) + 3_600_000), now.getTime() - 60_000));
    const completedAt = state.workStatus === "DONE" ? at : null;
    const writer = author ?? (await tx.user.findFirstOrThrow({ where: { communeId: c.communeId, role: "COORDINATOR" } }));
    await tx.taskPart.update({
      where: { id: part.id },
      data: { workStatus: state.workStatus, progress: state.progress, completedAt, lastUpdateAt: at, version: part.version + 1 },
    });
    await tx.taskUpdate.create({
      data: {
        communeId: c.communeId,
        taskId: task.id,
        unitId: part.unitId,
        authorId: writer.id,
        // A unit without an account is reported for by the standing office ("báo cáo thay").
        onBehalf: !author,
        workStatus: state.workStatus,
        progress: state.progress,
        completedAt,
        result: state.result,
        createdAt: at,
      },
    });
  }
  await writeTaskAggregate(tx, task.id);
  const last = await tx.taskPart.aggregate({ where: { taskId: task.id }, _max: { lastUpdateAt: true } });
  const lastUpdate = await tx.taskUpdate.aggregate({ where: { taskId: task.id, kind: "PROGRESS" }, _max: { createdAt: true } });
  const latest = [last._max.lastUpdateAt, lastUpdate._max.createdAt]
    .filter((d): d is Date => !!d)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  await tx.task.update({ where: { id: task.id }, data: { lastUpdateAt: latest ?? null } });
}
