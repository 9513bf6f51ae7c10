import { describe, expect, it } from "vitest";
import { groupChoices, taskListHref } from "@/lib/dashboard/filters";

describe("dashboard filters", () => {
  const groups = [
    { code: "I", planId: "p1", title: "Nhóm I (kế hoạch 1)" },
    { code: "II", planId: "p1", title: "Nhóm II" },
    { code: "I", planId: "p2", title: "Nhóm I (kế hoạch 2)" },
  ];

  it("offers the chosen plan's groups, or every plan's once per code", () => {
    expect(groupChoices(groups, "p2").map((g) => g.title)).toEqual(["Nhóm I (kế hoạch 2)"]);
    expect(groupChoices(groups, "").map((g) => g.code)).toEqual(["I", "II"]);
  });

  it("links to the task list with the dashboard's filters, the extra ones winning", () => {
    const f = { planId: "p1", group: "I", unitId: "" };
    expect(taskListHref("cm", f)).toBe("/c/cm/nhiem-vu?ke-hoach=p1&nhom=I");
    expect(taskListHref("cm", f, { unitId: "u1", status: "OVERDUE", planId: "p2" })).toBe(
      "/c/cm/nhiem-vu?ke-hoach=p2&nhom=I&don-vi=u1&trang-thai=OVERDUE",
    );
  });
});
