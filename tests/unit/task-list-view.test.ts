import { describe, expect, it } from "vitest";
import type { DeadlineStatus } from "@/lib/tasks/deadline-status";
import { readTaskFilters } from "@/lib/tasks/filters";
import { extraFilterParts, taskListView } from "@/lib/tasks/list-view";

const task = (code: string, status: DeadlineStatus, extra: { planId?: string; group?: string; lead?: string; due?: string } = {}) => ({
  id: `id-${code}`,
  code,
  title: `Nhiệm vụ ${code}`,
  description: "",
  planId: extra.planId ?? "p1",
  plan: { title: `Kế hoạch ${extra.planId ?? "p1"}` },
  group: extra.group ? { code: extra.group, title: `Nhóm ${extra.group}` } : null,
  status,
  dueDate: extra.due ? new Date(`${extra.due}T00:00:00Z`) : null,
  leadUnits: [{ id: extra.lead ?? "u1", name: `Đơn vị ${extra.lead ?? "u1"}` }],
  workStatus: "IN_PROGRESS",
  completedAt: null,
  lastUpdateAt: null,
});

const all = [
  task("1.1", "IN_PROGRESS", { group: "1" }),
  task("1.2", "OVERDUE", { group: "1", due: "2025-12-31" }),
  task("2.1", "OVERDUE", { group: "2", planId: "p2", lead: "u2", due: "2025-11-30" }),
  task("3.1", "NOT_STARTED"),
];

describe("taskListView", () => {
  it("groups the shown tasks by status, most urgent first, and counts them", () => {
    const v = taskListView({ all, filters: readTaskFilters({}), ownUnit: null, communeName: "Phường Hải An" });
    expect(v.title).toBe("Nhiệm vụ");
    expect(v.description).toBe("Tất cả nhiệm vụ của Phường Hải An");
    expect(v.groups.map((g) => [g.status, g.rows.map((r) => r.code)])).toEqual([
      ["OVERDUE", ["2.1", "1.2"]],
      ["NOT_STARTED", ["3.1"]],
      ["IN_PROGRESS", ["1.1"]],
    ]);
    expect(v.countLine).toBe("4 nhiệm vụ");
    expect(v.extraFilters).toEqual([]);
  });

  it("offers the loaded tasks' plans and groups once each, in first-seen order", () => {
    const v = taskListView({ all, filters: readTaskFilters({}), ownUnit: null, communeName: "X" });
    expect(v.plans).toEqual([
      { id: "p1", title: "Kế hoạch p1" },
      { id: "p2", title: "Kế hoạch p2" },
    ]);
    expect(v.planGroups).toEqual([
      { code: "1", title: "Nhóm 1" },
      { code: "2", title: "Nhóm 2" },
    ]);
  });

  it("counts a filtered list against the whole and names the lead unit filter", () => {
    const v = taskListView({ all, filters: readTaskFilters({ "don-vi": "u2" }), ownUnit: null, communeName: "X" });
    expect(v.countLine).toBe("1 / 4 nhiệm vụ phù hợp");
    expect(v.extraFilters).toEqual(["đơn vị chủ trì: Đơn vị u2"]);
  });

  it("speaks of the user's unit when they have tasks of their own", () => {
    const v = taskListView({ all: [], filters: readTaskFilters({}), ownUnit: { name: "Văn phòng" }, communeName: "X" });
    expect(v.title).toBe("Nhiệm vụ của tôi");
    expect(v.description).toBe("Nhiệm vụ Văn phòng chủ trì hoặc phối hợp thực hiện");
    expect(v.emptyMessage).toBe("Đơn vị của bạn chưa được giao nhiệm vụ nào.");
    expect(taskListView({ all: [], filters: readTaskFilters({}), ownUnit: { name: null }, communeName: "X" }).description).toBe(
      "Nhiệm vụ đơn vị chủ trì hoặc phối hợp thực hiện",
    );
    expect(taskListView({ all: [], filters: readTaskFilters({}), ownUnit: null, communeName: "X" }).emptyMessage).toBe(
      "Không có nhiệm vụ phù hợp.",
    );
  });
});

describe("extraFilterParts", () => {
  it("writes out the filters the form does not show", () => {
    const f = readTaskFilters({ "don-vi": "u9", loc: "cho-chi-dao", "hoan-thanh": "2025-W07" });
    expect(extraFilterParts(f, new Map())).toEqual([
      "đơn vị chủ trì: đơn vị đã chọn",
      "khó khăn, đề xuất chờ lãnh đạo cho ý kiến",
      "hoàn thành trong tuần 7/2025",
    ]);
  });
});
