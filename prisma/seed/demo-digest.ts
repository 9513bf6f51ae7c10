// The chair's weekly digest looks back over the 7 days before it: so that the digest of the day the
// demo is seeded has something in every section, a task finished 2 days ago (KPI values entered in
// those days: indicator-values.ts; progress reports of the week, overdue tasks, units that have not
// confirmed: the other demo steps). Added on top: facts other steps set are not changed.
import type { Tx } from "../../lib/db";

const DAY = 86_400_000;

export async function seedDemoDigest(
  tx: Tx,
  c: { communeId: string; users: { id: string; unitId: string | null; role: string }[] },
  now: Date,
) {
  // The last untouched task of a unit with an account (not split into parts, no date, no direction):
  // the earlier ones are those the other demo steps and the tests pick.
  const staffUnits = c.users.filter((u) => u.role === "UNIT_STAFF" && u.unitId).map((u) => u.unitId!);
  const task = await tx.task.findFirst({
    where: {
      communeId: c.communeId,
      workStatus: "NOT_STARTED",
      dueDate: null,
      parts: { none: {} },
      directives: { none: {} },
      units: { some: { role: "LEAD", unitId: { in: staffUnits } } },
    },
    include: { units: { where: { role: "LEAD", unitId: { in: staffUnits } } } },
    orderBy: { sortOrder: "desc" },
  });
  if (task) {
    const unitId = task.units[0]!.unitId;
    const authorId = c.users.find((u) => u.unitId === unitId && u.role === "UNIT_STAFF")!.id;
    const at = new Date(now.getTime() - 2 * DAY);
    await tx.task.update({ where: { id: task.id }, data: { workStatus: "DONE", progress: 100, completedAt: at, lastUpdateAt: at } });
    await tx.taskUpdate.create({
      data: {
        communeId: c.communeId,
        taskId: task.id,
        unitId,
        authorId,
        workStatus: "DONE",
        progress: 100,
        result: "Đã hoàn thành, gửi kèm báo cáo kết quả thực hiện.",
        completedAt: at,
        createdAt: at,
      },
    });
  }
}
