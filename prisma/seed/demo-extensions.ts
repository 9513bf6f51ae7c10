// Deadline extension requests in the demo (Hải An): one granted a few days ago, so that a task shows
// "đã được gia hạn" (and the report says so), and one waiting for the chair on the dashboard. Both
// come from the lead unit's own staff, as the portal's form would write them, and the granted one
// moves the deadline later without changing any task's category today or in past periods.
import type { AuditAction } from "../../lib/audit/labels";
import type { Tx } from "../../lib/db";
import { addDays, dateFromKey, dateOnlyKey, localDateKey } from "../../lib/dates";
import { routes } from "../../lib/routes";

type SeedUser = { id: string; unitId: string | null; role: string };

export async function seedDemoExtensions(tx: Tx, c: { key: string; communeId: string; chairId: string; users: SeedUser[] }, now: Date) {
  if (c.key !== "hai-an") return;
  const today = localDateKey(now);
  const staff = c.users.filter((u) => u.role === "UNIT_STAFF" && u.unitId);
  const candidates = await tx.task.findMany({
    where: {
      communeId: c.communeId,
      deadlineKind: "FIXED",
      dueDate: { not: null },
      workStatus: { not: "DONE" },
      units: { some: { role: "LEAD", unitId: { in: staff.map((s) => s.unitId!) } } },
    },
    include: { units: { where: { role: "LEAD" } } },
    orderBy: { sortOrder: "asc" },
  });
  const later = (t: (typeof candidates)[number]) => dateOnlyKey(t.dueDate!) > addDays(today, 7);
  // Granted: a task due later than a week, so that moving it later keeps its category.
  const granted = candidates.find(later) ?? candidates[0];
  const waiting = candidates.find((t) => t !== granted && dateOnlyKey(t.dueDate!) >= today) ?? candidates.find((t) => t !== granted);
  const requester = (t: (typeof candidates)[number]) => {
    const s = staff.find((u) => t.units.some((l) => l.unitId === u.unitId));
    if (!s) throw new Error(`Nhiệm vụ ${t.code}: đơn vị chủ trì không có tài khoản cán bộ`);
    return s;
  };
  const at = (days: number, hour: number) => new Date(`${addDays(today, days)}T${String(hour).padStart(2, "0")}:00:00+07:00`);

  if (granted) {
    const from = dateOnlyKey(granted.dueDate!);
    const to = addDays(from, 30);
    const s = requester(granted);
    const ext = await tx.deadlineExtension.create({
      data: {
        communeId: c.communeId,
        taskId: granted.id,
        unitId: s.unitId!,
        requestedById: s.id,
        reason: "Nhà thầu chậm bàn giao thiết bị do thiếu hàng; đơn vị đề nghị gia hạn 30 ngày để lắp đặt, chạy thử.",
        currentDueDate: dateFromKey(from),
        requestedDueDate: dateFromKey(to),
        status: "APPROVED",
        decidedById: c.chairId,
        decidedAt: at(-2, 10),
        approvedDueDate: dateFromKey(to),
        decisionComment: "Đồng ý gia hạn; đề nghị đơn vị hoàn thành đúng thời hạn mới.",
        createdAt: at(-4, 9),
      },
    });
    await tx.task.update({
      where: { id: granted.id },
      data: { dueDate: dateFromKey(to), originalDueDate: dateFromKey(from), extensionCount: 1, version: { increment: 1 } },
    });
    // As `decideExtension` does: the previous date is audited, so that past periods rewind to it.
    await tx.auditLog.create({
      data: {
        communeId: c.communeId,
        actorId: c.chairId,
        action: "tasks.decideExtension" satisfies AuditAction,
        entityType: "Task",
        entityId: granted.id,
        data: { extensionId: ext.id, decision: "APPROVE", before: { dueDate: from }, after: { dueDate: to } },
        createdAt: at(-2, 10),
      },
    });
  }
  if (waiting) {
    const from = dateOnlyKey(waiting.dueDate!);
    const s = requester(waiting);
    await tx.deadlineExtension.create({
      data: {
        communeId: c.communeId,
        taskId: waiting.id,
        unitId: s.unitId!,
        requestedById: s.id,
        reason: "Chờ Sở Khoa học và Công nghệ hướng dẫn kết nối dữ liệu; đơn vị đề nghị gia hạn thêm 20 ngày.",
        currentDueDate: dateFromKey(from),
        requestedDueDate: dateFromKey(addDays(from, 20)),
        createdAt: at(-1, 14),
      },
    });
    await tx.notification.create({
      data: {
        communeId: c.communeId,
        userId: c.chairId,
        kind: "EXTENSION_REQUESTED",
        title: `Đề nghị gia hạn nhiệm vụ ${waiting.code}`,
        body: "Đơn vị chủ trì đề nghị gia hạn thời hạn nhiệm vụ; xem lý do và cho ý kiến.",
        href: routes.commune(c.communeId).task(waiting.id),
        topic: `extension:${waiting.id}`,
        createdAt: at(-1, 14),
      },
    });
  }
}
