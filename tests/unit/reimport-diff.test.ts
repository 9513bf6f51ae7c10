import { describe, expect, it } from "vitest";
import { diffPlanTasks, type ExistingTask } from "@/lib/import/reimport";
import type { TaskDraft } from "@/lib/import/types";
import { draftGroupNames } from "@/lib/import/group-mappings";

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
  leadGroups: [],
  supportGroups: [],
  mandated: false,
  ...over,
});

const noGroups = () => ({ names: [], loose: [] });

const draft = (deadline: TaskDraft["deadline"], over: Partial<TaskDraft> = {}): TaskDraft => ({
  code: "1.1",
  group: null,
  title: "Cập nhật con dấu",
  description: "",
  leadUnits: ["Văn phòng HĐND và UBND"],
  supportUnits: [],
  leadGroups: [],
  supportGroups: [],
  supportText: null,
  deadline,
  expectedOutput: null,
  sourceLines: [0, 0],
  ...over,
});

describe("re-import diff of deadlines", () => {
  it("a date given by direction to a task the document still words the same is not a change", () => {
    const directed = existing({ deadlineKind: "FIXED", dueDate: "2026-11-30" });
    expect(diffPlanTasks([directed], [draft({ kind: "RECURRING", date: null, text: "Thường xuyên" })], units, noGroups)).toEqual([]);
  });

  it("a deadline the document words differently is a change, shown with both sides", () => {
    const changes = diffPlanTasks([existing()], [draft({ kind: "DATE", date: "2026-12-31", text: "31/12/2026" })], units, noGroups);
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

describe("re-import diff of group mappings", () => {
  const recurring = { kind: "RECURRING" as const, date: null, text: "Thường xuyên" };
  const offices = "Các phòng chuyên môn thuộc UBND phường";
  const groups = [{ id: "g1", name: offices, kind: "OFFICES" }];
  const mappings = [
    {
      key: "cac phong thuoc ubnd phuong",
      wording: "Các phòng thuộc UBND phường",
      target: { kind: "BUILTIN" as const, builtin: "OFFICES" as const },
    },
  ];
  const worded = draft(recurring, { leadGroups: [{ text: "Các phòng thuộc UBND phường", line: 3 }] });

  it("a wording newly mapped to a group is shown like a unit change", () => {
    const changes = diffPlanTasks([existing()], [worded], units, draftGroupNames(mappings, groups));
    expect(changes).toEqual([
      {
        kind: "changed",
        code: "1.1",
        title: "Cập nhật con dấu",
        fields: [{ label: "Chủ trì", before: "Văn phòng HĐND và UBND", after: `${offices}; Văn phòng HĐND và UBND` }],
      },
    ]);
  });

  it("a group the task names today stays, even when the document's wording no longer gives it", () => {
    const confirmed = existing({ leadGroups: ["Các đơn vị quản lý nền tảng số"] });
    expect(diffPlanTasks([confirmed], [draft(recurring)], units, noGroups)).toEqual([]);
    const changes = diffPlanTasks([confirmed], [worded], units, draftGroupNames(mappings, groups));
    expect(changes[0]?.kind === "changed" && changes[0].fields[0]?.after).toBe(
      `${offices}; Các đơn vị quản lý nền tảng số; Văn phòng HĐND và UBND`,
    );
  });

  it("a task the province handed down is kept as it is, reworded or left out of the document", () => {
    const mandated = existing({ mandated: true });
    const reworded = draft({ kind: "RECURRING", date: null, text: "Thường xuyên" }, { title: "Tên khác hẳn" });
    expect(diffPlanTasks([mandated], [reworded], units, noGroups)).toEqual([{ kind: "mandated", code: "1.1", title: "Cập nhật con dấu" }]);
    expect(diffPlanTasks([mandated], [], units, noGroups)).toEqual([{ kind: "mandated", code: "1.1", title: "Cập nhật con dấu" }]);
  });
});
