import { describe, expect, it } from "vitest";
import { diffPlanTasks, type ExistingTask } from "@/lib/import/reimport";
import type { TaskDraft } from "@/lib/import/types";

const units = [{ id: "u1", name: "Văn phòng HĐND và UBND", shortName: null }];

const existing = (over: Partial<ExistingTask> = {}): ExistingTask => ({
  code: "1.1",
  title: "Cập nhật con dấu",
  description: "",
  deadlineKind: "RECURRING",
  dueDate: null,
  deadlineText: "Thường xuyên",
  leadUnits: ["Văn phòng HĐND và UBND"],
  supportUnits: [],
  ...over,
});

const draft = (deadline: TaskDraft["deadline"]): TaskDraft => ({
  code: "1.1",
  group: null,
  title: "Cập nhật con dấu",
  description: "",
  leadUnits: ["Văn phòng HĐND và UBND"],
  supportUnits: [],
  supportText: null,
  deadline,
  expectedOutput: null,
  sourceLines: [0, 0],
});

describe("re-import diff of deadlines", () => {
  it("a date given by direction to a task the document still words the same is not a change", () => {
    const directed = existing({ deadlineKind: "FIXED", dueDate: "2026-11-30" });
    expect(diffPlanTasks([directed], [draft({ kind: "RECURRING", date: null, text: "Thường xuyên" })], units)).toEqual([]);
  });

  it("a deadline the document words differently is a change, shown with both sides", () => {
    const changes = diffPlanTasks([existing()], [draft({ kind: "DATE", date: "2026-12-31", text: "31/12/2026" })], units);
    expect(changes).toEqual([
      {
        kind: "changed",
        code: "1.1",
        title: "Cập nhật con dấu",
        fields: [{ label: "Thời hạn", before: "RECURRING Thường xuyên", after: "FIXED 2026-12-31 31/12/2026" }],
      },
    ]);
  });
});
