// The pure halves of a task's assignment: how named units and groups expand into TaskUnit rows
// (lib/tasks/assignment.ts expandAssignment) and how the members' parts add up to the task
// (lib/tasks/parts.ts aggregateParts).
import { describe, expect, it } from "vitest";
import { expandAssignment, sideLabel, viewAssignment } from "@/lib/tasks/assignment";
import { aggregateParts, type PartState } from "@/lib/tasks/parts";

const OFFICES = "g-offices";
const PLATFORMS = "g-platforms";
const members = new Map([
  [OFFICES, ["vp", "vhxh", "kt"]],
  [PLATFORMS, ["vhxh", "tt"]],
]);
const none = { unitIds: [], groupIds: [] };
const sorted = (rows: ReturnType<typeof expandAssignment>) =>
  [...rows].sort((a, b) => `${a.role}${a.unitId}`.localeCompare(`${b.role}${b.unitId}`));

describe("expandAssignment", () => {
  it("expands a lead group into one LEAD row per member, marked with the group", () => {
    expect(sorted(expandAssignment({ lead: { unitIds: [], groupIds: [OFFICES] }, support: none }, members))).toEqual([
      { role: "LEAD", unitId: "kt", viaGroupId: OFFICES },
      { role: "LEAD", unitId: "vhxh", viaGroupId: OFFICES },
      { role: "LEAD", unitId: "vp", viaGroupId: OFFICES },
    ]);
  });

  it("keeps a unit named directly and through a group once, as named directly", () => {
    const rows = expandAssignment({ lead: { unitIds: ["vp", "tt"], groupIds: [OFFICES] }, support: none }, members);
    expect(rows.filter((r) => r.unitId === "vp")).toEqual([{ role: "LEAD", unitId: "vp", viaGroupId: null }]);
    expect(rows).toHaveLength(4);
  });

  it("keeps a unit of two groups on one side once", () => {
    const rows = expandAssignment({ lead: { unitIds: [], groupIds: [OFFICES, PLATFORMS] }, support: none }, members);
    expect(rows.filter((r) => r.unitId === "vhxh")).toHaveLength(1);
    expect(rows.map((r) => r.unitId).sort()).toEqual(["kt", "tt", "vhxh", "vp"]);
  });

  it("never makes a lead unit also a helper, whether named or through a group", () => {
    const rows = expandAssignment(
      { lead: { unitIds: ["tt"], groupIds: [OFFICES] }, support: { unitIds: ["vp"], groupIds: [PLATFORMS] } },
      members,
    );
    expect(rows.filter((r) => r.role === "SUPPORT")).toEqual([]);
    expect(
      rows
        .filter((r) => r.role === "LEAD")
        .map((r) => r.unitId)
        .sort(),
    ).toEqual(["kt", "tt", "vhxh", "vp"]);
  });

  it("adds the helpers a lead group does not cover", () => {
    const rows = expandAssignment({ lead: { unitIds: ["vp"], groupIds: [] }, support: { unitIds: [], groupIds: [PLATFORMS] } }, members);
    expect(sorted(rows)).toEqual([
      { role: "LEAD", unitId: "vp", viaGroupId: null },
      { role: "SUPPORT", unitId: "tt", viaGroupId: PLATFORMS },
      { role: "SUPPORT", unitId: "vhxh", viaGroupId: PLATFORMS },
    ]);
  });

  it("expands a group without active members to nothing", () => {
    expect(expandAssignment({ lead: { unitIds: ["vp"], groupIds: ["g-empty"] }, support: none }, members)).toEqual([
      { role: "LEAD", unitId: "vp", viaGroupId: null },
    ]);
  });
});

describe("viewAssignment and sideLabel", () => {
  it("shows a side's groups first, then the units named by themselves (members are not repeated)", () => {
    const unit = (id: string) => ({ id, name: id.toUpperCase(), shortName: null });
    const view = viewAssignment(
      [
        { role: "LEAD", viaGroupId: OFFICES, unit: unit("vp") },
        { role: "LEAD", viaGroupId: null, unit: unit("tt") },
        { role: "SUPPORT", viaGroupId: null, unit: unit("snc") },
      ],
      [{ role: "LEAD", group: { id: OFFICES, name: "Các phòng chuyên môn thuộc UBND phường" } }],
    );
    expect(sideLabel(view.lead)).toBe("Các phòng chuyên môn thuộc UBND phường; TT");
    expect(view.leadUnitIds).toEqual(["vp", "tt"]);
    expect(sideLabel(view.support)).toBe("SNC");
  });
});

const part = (workStatus: PartState["workStatus"], progress: number, extra: Partial<PartState> = {}): PartState => ({
  workStatus,
  progress,
  completedAt: null,
  notApplicableReason: null,
  ...extra,
});

describe("aggregateParts", () => {
  it("is the mean progress, in progress while any part is open", () => {
    expect(
      aggregateParts([part("DONE", 100, { completedAt: new Date("2026-11-01") }), part("IN_PROGRESS", 40), part("NOT_STARTED", 0)]),
    ).toEqual({
      workStatus: "IN_PROGRESS",
      progress: 47,
      completedAt: null,
    });
  });

  it("is done only when every applicable part is done, completed on the last part's day", () => {
    const last = new Date("2026-11-20T03:00:00Z");
    expect(aggregateParts([part("DONE", 100, { completedAt: new Date("2026-11-01") }), part("DONE", 100, { completedAt: last })])).toEqual({
      workStatus: "DONE",
      progress: 100,
      completedAt: last,
    });
  });

  it("leaves out parts marked 'không phát sinh'", () => {
    expect(
      aggregateParts([
        part("DONE", 100, { completedAt: new Date("2026-11-01") }),
        part("NOT_STARTED", 0, { notApplicableReason: "Không liên quan" }),
      ]),
    ).toMatchObject({ workStatus: "DONE", progress: 100 });
  });

  it("is not started while no part started, paused when nothing is in progress and something is paused", () => {
    expect(aggregateParts([part("NOT_STARTED", 0), part("NOT_STARTED", 0)])).toEqual({
      workStatus: "NOT_STARTED",
      progress: 0,
      completedAt: null,
    });
    expect(aggregateParts([part("PAUSED", 30), part("DONE", 100)])).toMatchObject({ workStatus: "PAUSED", progress: 65 });
    expect(aggregateParts([part("PAUSED", 30), part("IN_PROGRESS", 50)])).toMatchObject({ workStatus: "IN_PROGRESS", progress: 40 });
  });

  it("gives nothing when no part applies (the task stays as it is)", () => {
    expect(aggregateParts([])).toBeNull();
    expect(aggregateParts([part("NOT_STARTED", 0, { notApplicableReason: "Không phát sinh" })])).toBeNull();
  });
});
