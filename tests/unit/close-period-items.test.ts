// The one rule of "a unit's open items in a period" (lib/reports/close-period.ts decideOpenItems):
// a task counts for each lead unit while it is not done, reported by anyone's report since the period
// began; on a group task each member answers for its own part.
import { describe, expect, it } from "vitest";
import { decideOpenItems } from "@/lib/reports/close-period";

const start = new Date("2026-11-15T00:00:00+07:00");
const before = new Date("2026-11-10T09:00:00+07:00");
const during = new Date("2026-11-20T09:00:00+07:00");

type Link = Parameters<typeof decideOpenItems>[0][number];
type Part = Link["task"]["parts"][number];
const task = (id: string, over: Partial<Link["task"]> = {}): Link["task"] => ({
  id,
  code: id,
  title: `Nhiệm vụ ${id}`,
  sortOrder: Number(id.replace(/\D/g, "")),
  workStatus: "IN_PROGRESS",
  progress: 30,
  completedAt: null,
  version: 3,
  parts: [],
  ...over,
});
const part = (unitId: string, over: Partial<Part> = {}): Part => ({
  unitId,
  workStatus: "IN_PROGRESS",
  progress: 20,
  completedAt: null,
  version: 7,
  notApplicableReason: null,
  ...over,
});
const update = (taskId: string, unitId: string, createdAt: Date) => ({
  taskId,
  unitId,
  createdAt,
  result: "Đã làm",
  author: "Cán bộ",
  unchanged: false,
  onBehalf: false,
});

describe("decideOpenItems", () => {
  it("keeps a unit's undone tasks, in the plan's order, reported by anyone's report in the period", () => {
    const items = decideOpenItems(
      [
        { unitId: "A", task: task("t2") },
        { unitId: "A", task: task("t1") },
        { unitId: "A", task: task("t3", { workStatus: "DONE", progress: 100 }) },
      ],
      [update("t1", "B", during), update("t2", "A", before)],
      start,
    );
    expect(items.map((i) => [i.code, i.updatedAt, i.version, i.part])).toEqual([
      ["t1", during, 3, false],
      ["t2", null, 3, false],
    ]);
    expect(items[1]?.last?.createdAt).toEqual(before);
  });

  it("on a group task: the unit's own part, its own version, only its own report; done and 'không phát sinh' parts are not open", () => {
    const shared = task("t9", {
      parts: [part("A"), part("B", { workStatus: "DONE", progress: 100 }), part("C", { notApplicableReason: "Không liên quan" })],
    });
    const links = ["A", "B", "C"].map((unitId) => ({ unitId, task: shared }));
    const items = decideOpenItems(links, [update("t9", "B", during)], start);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ unitId: "A", part: true, version: 7, progress: 20, updatedAt: null, last: null });
  });
});
