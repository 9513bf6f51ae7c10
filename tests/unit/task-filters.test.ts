import { describe, expect, it } from "vitest";
import type { DeadlineStatus } from "@/lib/tasks/deadline-status";
import { filterTasks, readTaskFilters, sortByUrgency } from "@/lib/tasks/filters";

const row = (
  code: string,
  status: DeadlineStatus,
  extra: Partial<{ title: string; planId: string; group: string; role: "LEAD" | "SUPPORT"; due: string }> = {},
) => ({
  code,
  title: extra.title ?? `Nhiệm vụ ${code}`,
  description: "",
  planId: extra.planId ?? "p1",
  group: extra.group ? { code: extra.group } : null,
  status,
  role: extra.role,
  dueDate: extra.due ? new Date(`${extra.due}T00:00:00Z`) : null,
});

describe("task list filters", () => {
  const rows = [
    row("1.1", "IN_PROGRESS", { title: "Công an phường cập nhật dữ liệu", group: "1", role: "LEAD" }),
    row("1.2", "OVERDUE", { group: "1", role: "SUPPORT", due: "2025-12-31" }),
    row("2.1", "NOT_STARTED", { group: "2", planId: "p2", role: "LEAD" }),
    row("2.10", "OVERDUE", { group: "2", role: "LEAD", due: "2025-11-30" }),
    row("2.2", "OVERDUE", { group: "2", role: "LEAD", due: "2025-11-30" }),
  ];

  it("reads only known values from the URL", () => {
    expect(readTaskFilters({ q: "  cong an ", "trang-thai": "OVERDUE", "vai-tro": "LEAD", nhom: ["2", "3"] })).toEqual({
      q: "cong an",
      planId: "",
      group: "2",
      status: "OVERDUE",
      role: "LEAD",
    });
    expect(readTaskFilters({ "trang-thai": "<script>", "vai-tro": "ADMIN" })).toMatchObject({ status: "", role: "" });
  });

  it("searches without diacritics and combines the filters", () => {
    expect(filterTasks(rows, readTaskFilters({ q: "CONG AN" })).map((r) => r.code)).toEqual(["1.1"]);
    expect(filterTasks(rows, readTaskFilters({ nhom: "2", "trang-thai": "OVERDUE" })).map((r) => r.code)).toEqual(["2.10", "2.2"]);
    expect(filterTasks(rows, readTaskFilters({ "vai-tro": "SUPPORT" })).map((r) => r.code)).toEqual(["1.2"]);
    expect(filterTasks(rows, readTaskFilters({ "ke-hoach": "p2" })).map((r) => r.code)).toEqual(["2.1"]);
  });

  it("puts the most urgent first: category, then due date, then code in numeric order", () => {
    expect(sortByUrgency(rows).map((r) => r.code)).toEqual(["2.2", "2.10", "1.2", "2.1", "1.1"]);
  });
});
