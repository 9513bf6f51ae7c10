// The real plans give almost every task a recurring deadline ("Thường xuyên"); in practice the
// chairperson then sets dates by direction. The demo does the same for a few tasks per commune, so
// that the dashboard shows overdue, due-soon and completed-late tasks and difficulties awaiting the
// leaders, all relative to the day the demo is seeded.
import type { Tx } from "../../lib/db";
import { addDays, dateFromKey, formatDateKey, localDateKey } from "../../lib/dates";

type Scenario = { dueIn: number; done?: number; progress: number; difficulties?: string; proposals?: string };

/** Due date relative to today (days), and for finished ones the day they were done (days from today). */
const SCENARIOS: Scenario[] = [
  {
    dueIn: -12,
    progress: 40,
    difficulties: "Chưa được bố trí kinh phí mua sắm thiết bị; đường truyền tại bộ phận một cửa chập chờn.",
    proposals: "Đề nghị UBND phường bổ sung kinh phí và chỉ đạo đơn vị viễn thông khắc phục đường truyền.",
  },
  { dueIn: -3, progress: 70, difficulties: "Cán bộ phụ trách đang đi tập huấn, chậm tổng hợp số liệu." },
  { dueIn: 4, progress: 60 },
  { dueIn: 25, progress: 30 },
  { dueIn: -30, done: -34, progress: 100 },
  { dueIn: -40, done: -26, progress: 100 },
];

/** Every `SPACING`-th task that has a lead unit gets a scenario, from the third one on. */
const SPACING = 3;

export async function seedDemoDeadlines(
  tx: Tx,
  c: { communeId: string; chairId: string; users: { id: string; unitId: string | null; role: string }[] },
  now: Date,
) {
  const today = localDateKey(now);
  const instant = (dayOffset: number, hour = 9) => new Date(`${addDays(today, dayOffset)}T${String(hour).padStart(2, "0")}:00:00+07:00`);
  const tasks = await tx.task.findMany({
    where: { communeId: c.communeId, units: { some: { role: "LEAD" } } },
    include: { units: { where: { role: "LEAD" } } },
    orderBy: { sortOrder: "asc" },
  });
  for (const [i, s] of SCENARIOS.entries()) {
    const task = tasks[2 + i * SPACING];
    if (!task) break;
    const due = addDays(today, s.dueIn);
    // The query keeps only tasks with a lead unit, and includes only that unit.
    const [lead] = task.units;
    if (!lead) throw new Error(`Nhiệm vụ ${task.code} không có đơn vị chủ trì`);
    const unitId = lead.unitId;
    const staff = c.users.find((u) => u.unitId === unitId && u.role === "UNIT_STAFF");
    const authorId = staff?.id ?? c.chairId;
    const directedAt = instant(Math.min(s.dueIn, s.done ?? 0) - 20, 8);
    await tx.directive.create({
      data: {
        communeId: c.communeId,
        taskId: task.id,
        authorId: c.chairId,
        content: `Giao đơn vị chủ trì hoàn thành nhiệm vụ trước hết ngày ${formatDateKey(due)}, báo cáo kết quả về UBND.`,
        newDueDate: dateFromKey(due),
        createdAt: directedAt,
        acknowledgedAt: new Date(directedAt.getTime() + 86_400_000),
        acknowledgedById: authorId,
      },
    });
    const done = s.done !== undefined;
    const at = done ? instant(s.done!, 15) : instant(-6, 10);
    // As `giveDirective` does: the task gets the date, its wording from the plan stays.
    await tx.task.update({
      where: { id: task.id },
      data: {
        deadlineKind: "FIXED",
        dueDate: dateFromKey(due),
        workStatus: done ? "DONE" : "IN_PROGRESS",
        progress: s.progress,
        completedAt: done ? at : null,
        lastUpdateAt: at,
      },
    });
    await tx.taskUpdate.create({
      data: {
        communeId: c.communeId,
        taskId: task.id,
        unitId,
        authorId,
        workStatus: done ? "DONE" : "IN_PROGRESS",
        progress: s.progress,
        result: done
          ? "Đã hoàn thành, có văn bản báo cáo kết quả gửi UBND."
          : "Đang triển khai, đã hoàn thành một phần khối lượng công việc.",
        difficulties: s.difficulties ?? "",
        proposals: s.proposals ?? "",
        completedAt: done ? at : null,
        createdAt: at,
      },
    });
  }
}
