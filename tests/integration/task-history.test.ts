// The task page's history on the real database: the newest RECENT_HISTORY progress reports and edits
// at first, with no gap (what is shown is everything from its cut-off on), every direction kept, and
// the whole history on request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getTaskDetail } from "@/lib/tasks/detail";
import { RECENT_HISTORY, type TimelineEvent } from "@/lib/tasks/timeline";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let office: Viewer;
let chair: Viewer;
let taskIds: string[];

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  office = await viewer(db, "vanphong.haian");
  chair = await viewer(db, "chutich.haian");
  taskIds = (await db.task.findMany({ where: { communeId: haiAn }, orderBy: { sortOrder: "asc" }, take: 3, select: { id: true } })).map(
    (t) => t.id,
  );
});
afterAll(() => db.$disconnect());

const HOUR = 3_600_000;
const start = new Date("2026-01-05T02:00:00Z").getTime();

async function addUpdates(taskId: string, n: number, from = start) {
  await db.taskUpdate.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      communeId: haiAn,
      taskId,
      unitId: office.unitId,
      authorId: office.id,
      workStatus: "IN_PROGRESS" as const,
      progress: Math.min(99, i + 1),
      result: `Báo cáo tuần thứ ${i + 1}`,
      createdAt: new Date(from + i * 24 * HOUR),
    })),
  });
}

async function addEdits(taskId: string, n: number, from: number) {
  await db.auditLog.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      communeId: haiAn,
      actorId: chair.id,
      action: "tasks.edit",
      entityType: "Task",
      entityId: taskId,
      data: { reason: `Điều chỉnh lần ${i + 1}`, dueDate: { from: null, to: "2026-12-31" } },
      createdAt: new Date(from + i * 24 * HOUR + HOUR),
    })),
  });
}

const idsOf = (events: TimelineEvent[], type: TimelineEvent["type"]) =>
  events.filter((e) => e.type === type).map((e) => (e.type === "update" ? e.update.id : e.type === "edit" ? e.edit.id : e.directive.id));

describe("task history: recent first, the whole on request", () => {
  it("shows the newest reports with no gap, keeps an old open direction, and the full history has everything", async () => {
    const taskId = taskIds[0]!;
    await addUpdates(taskId, RECENT_HISTORY + 12);
    await addEdits(taskId, 4, start + 2 * 24 * HOUR);
    const old = await db.directive.create({
      data: { communeId: haiAn, taskId, authorId: chair.id, content: "Chỉ đạo cũ chưa tiếp nhận", createdAt: new Date(start - 24 * HOUR) },
    });

    const recent = (await getTaskDetail(haiAn, taskId))!;
    const full = (await getTaskDetail(haiAn, taskId, { fullHistory: true }))!;
    expect(full.historyFrom).toBeNull();
    expect(recent.historyFrom).not.toBeNull();
    const from = recent.historyFrom!.getTime();

    const allUpdates = await db.taskUpdate.count({ where: { taskId } });
    expect(idsOf(full.timeline, "update")).toHaveLength(allUpdates);
    expect(idsOf(recent.timeline, "update")).toHaveLength(RECENT_HISTORY);
    // No gap: the recent history is exactly the full history from the cut-off on (directions apart).
    const fromCut = full.timeline.filter((e) => e.type === "directive" || e.at.getTime() >= from);
    expect(recent.timeline.map((e) => `${e.type}:${e.at.toISOString()}`)).toEqual(fromCut.map((e) => `${e.type}:${e.at.toISOString()}`));
    // The four edits are older than the newest 30 reports: left out with them.
    expect(idsOf(recent.timeline, "edit")).toHaveLength(0);
    expect(idsOf(full.timeline, "edit")).toHaveLength(4);
    // An open direction is always there to acknowledge.
    expect(idsOf(recent.timeline, "directive")).toContain(old.id);
    expect(recent.openDirectives.map((d) => d.id)).toContain(old.id);
    // Newest first, in both.
    for (const t of [recent.timeline, full.timeline])
      expect(t.map((e) => e.at.getTime())).toEqual([...t.map((e) => e.at.getTime())].sort((a, b) => b - a));
  });

  it("cuts on the edits when they are the long list: older reports are left out with them", async () => {
    const taskId = taskIds[1]!;
    await addUpdates(taskId, 3);
    await addEdits(taskId, RECENT_HISTORY + 5, start + 10 * 24 * HOUR);
    const recent = (await getTaskDetail(haiAn, taskId))!;
    const full = (await getTaskDetail(haiAn, taskId, { fullHistory: true }))!;
    expect(idsOf(recent.timeline, "edit")).toHaveLength(RECENT_HISTORY);
    expect(idsOf(full.timeline, "edit")).toHaveLength(RECENT_HISTORY + 5);
    const from = recent.historyFrom!.getTime();
    // The three reports (older than every edit) are not shown, and nothing newer than the cut is missing.
    expect(idsOf(recent.timeline, "update")).toEqual(
      idsOf(
        full.timeline.filter((e) => e.at.getTime() >= from),
        "update",
      ),
    );
    expect(recent.timeline.every((e) => e.type === "directive" || e.at.getTime() >= from)).toBe(true);
  });

  it("a task with a short history shows all of it, with no cut", async () => {
    const taskId = taskIds[2]!;
    await addUpdates(taskId, 5);
    const recent = (await getTaskDetail(haiAn, taskId))!;
    const full = (await getTaskDetail(haiAn, taskId, { fullHistory: true }))!;
    expect(recent.historyFrom).toBeNull();
    expect(recent.timeline).toEqual(full.timeline);
  });

  it("reads only this commune's task", async () => {
    const other = await db.task.findFirstOrThrow({ where: { communeId: (await communeByName(db, "Phường Thạch Khôi")).id } });
    expect(await getTaskDetail(haiAn, other.id, { fullHistory: true })).toBeNull();
  });
});
