import { describe, expect, it } from "vitest";
import type { DeadlineStatus } from "@/lib/tasks/deadline-status";
import { filterTasks, readTaskFilters, sortByUrgency } from "@/lib/tasks/filters";

const row = (
  code: string,
  status: DeadlineStatus,
  extra: Partial<{ title: string; planId: string; group: string; role: "LEAD" | "SUPPORT"; due: string; lead: string; done: string }> = {},
) => ({
  id: `id-${code}`,
  code,
  title: extra.title ?? `Nhiệm vụ ${code}`,
  description: "",
  planId: extra.planId ?? "p1",
  group: extra.group ? { code: extra.group } : null,
  status,
  role: extra.role,
  dueDate: extra.due ? new Date(`${extra.due}T00:00:00Z`) : null,
  leadUnits: [{ id: extra.lead ?? "u1" }],
  workStatus: extra.done ? "DONE" : "IN_PROGRESS",
  // Completed at 23:30 UTC: already the next day (and here the next ISO week) in Việt Nam.
  completedAt: extra.done ? new Date(`${extra.done}T23:30:00Z`) : null,
  lastUpdateAt: null,
});

describe("task list filters", () => {
  const rows = [
    row("1.1", "IN_PROGRESS", { title: "Công an phường cập nhật dữ liệu", group: "1", role: "LEAD" }),
    row("1.2", "OVERDUE", { group: "1", role: "SUPPORT", due: "2025-12-31" }),
    row("2.1", "NOT_STARTED", { group: "2", planId: "p2", role: "LEAD" }),
    row("2.10", "OVERDUE", { group: "2", role: "LEAD", due: "2025-11-30" }),
    row("2.2", "OVERDUE", { group: "2", role: "LEAD", due: "2025-11-30" }),
    row("3.1", "DONE_ON_TIME", { group: "3", lead: "u2", done: "2025-11-23" }),
  ];

  it("reads only known values from the URL", () => {
    expect(readTaskFilters({ q: "  cong an ", "trang-thai": "OVERDUE", "vai-tro": "LEAD", nhom: ["2", "3"] })).toEqual({
      q: "cong an",
      planId: "",
      group: "2",
      status: "OVERDUE",
      role: "LEAD",
      unitId: "",
      flag: "",
      completedWeek: "",
    });
    expect(readTaskFilters({ "trang-thai": "<script>", "vai-tro": "ADMIN", loc: "xoa", "hoan-thanh": "tuan 3" })).toMatchObject({
      status: "",
      role: "",
      flag: "",
      completedWeek: "",
    });
    expect(readTaskFilters({ loc: "cho-chi-dao", "hoan-thanh": "2025-W48", "don-vi": "u2" })).toMatchObject({
      flag: "cho-chi-dao",
      completedWeek: "2025-W48",
      unitId: "u2",
    });
  });

  it("searches without diacritics and combines the filters", () => {
    expect(filterTasks(rows, readTaskFilters({ q: "CONG AN" })).map((r) => r.code)).toEqual(["1.1"]);
    expect(filterTasks(rows, readTaskFilters({ nhom: "2", "trang-thai": "OVERDUE" })).map((r) => r.code)).toEqual(["2.10", "2.2"]);
    expect(filterTasks(rows, readTaskFilters({ "vai-tro": "SUPPORT" })).map((r) => r.code)).toEqual(["1.2"]);
    expect(filterTasks(rows, readTaskFilters({ "ke-hoach": "p2" })).map((r) => r.code)).toEqual(["2.1"]);
    expect(filterTasks(rows, readTaskFilters({ "don-vi": "u2" })).map((r) => r.code)).toEqual(["3.1"]);
    expect(filterTasks(rows, readTaskFilters({ "trang-thai": "DONE" })).map((r) => r.code)).toEqual(["3.1"]);
  });

  it("keeps only the flagged ids a query found, and nothing when the query found none", () => {
    const f = readTaskFilters({ loc: "cho-chi-dao" });
    expect(filterTasks(rows, f, new Set(["id-1.2", "id-2.1"])).map((r) => r.code)).toEqual(["1.2", "2.1"]);
    expect(filterTasks(rows, f)).toEqual([]);
  });

  it("counts a completion in the local week of its date (Monday 24/11/2025 06:30 in Việt Nam is week 48)", () => {
    expect(filterTasks(rows, readTaskFilters({ "hoan-thanh": "2025-W48" })).map((r) => r.code)).toEqual(["3.1"]);
    expect(filterTasks(rows, readTaskFilters({ "hoan-thanh": "2025-W47" }))).toEqual([]);
  });

  it("puts the most urgent first: category, then due date, then code in numeric order", () => {
    expect(sortByUrgency(rows).map((r) => r.code)).toEqual(["2.2", "2.10", "1.2", "2.1", "1.1", "3.1"]);
  });
});
