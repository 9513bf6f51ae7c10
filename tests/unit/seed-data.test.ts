import { describe, expect, it } from "vitest";
import { haiAn } from "@/prisma/seed/hai-an";
import { haLong } from "@/prisma/seed/ha-long";
import { thachKhoi } from "@/prisma/seed/thach-khoi";
import { parseDeadlineText } from "@/lib/tasks/deadline-text";

// The hand-entered demo plans must be consistent with themselves and with the deadline rule.
describe.each([haiAn, thachKhoi, haLong])("seed plan $name", (commune) => {
  const tasks = commune.plan.groups.flatMap((g) => g.tasks);
  const unitNames = new Set(commune.units.map((u) => u.name));

  it("has tasks, each with at least one lead unit from the commune's units", () => {
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) {
      expect(t.lead.length, t.code).toBeGreaterThan(0);
      for (const u of [...t.lead, ...t.support]) expect(unitNames.has(u), `${t.code}: ${u}`).toBe(true);
    }
  });

  it("task codes are unique", () => {
    expect(new Set(tasks.map((t) => t.code)).size).toBe(tasks.length);
  });

  it("deadline kinds agree with parseDeadlineText", () => {
    for (const t of tasks) {
      const parsed = parseDeadlineText(t.deadline.text);
      expect(parsed.kind, `${t.code}: ${t.deadline.text}`).toBe(t.deadline.kind);
      if (t.deadline.kind === "FIXED") expect(parsed.dueDate).toBe(t.deadline.dueDate);
    }
  });

  it("has the standing office and the units the demo accounts belong to", () => {
    for (const u of ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công"])
      expect(unitNames.has(u)).toBe(true);
  });
});
