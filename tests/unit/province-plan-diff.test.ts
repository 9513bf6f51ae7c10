import { describe, expect, it } from "vitest";
import { communeChanges, diff } from "@/lib/province-plans/diff";
import type { ProvincePlanSnapshot, SnapshotIndicator, SnapshotTask } from "@/lib/province-plans/types";

const task = (id: string, over: Partial<SnapshotTask> = {}): SnapshotTask => ({
  id,
  code: id,
  groupCode: "I",
  groupTitle: "Hạ tầng số",
  title: `Nhiệm vụ ${id}`,
  description: "",
  expectedOutput: null,
  deadlineKind: "FIXED",
  dueDate: "2026-06-30",
  deadlineText: "",
  leadText: "UBND các xã, phường",
  supportText: null,
  targets: { all: true },
  adaptable: false,
  withdrawn: false,
  ...over,
});

const kpi = (id: string, over: Partial<SnapshotIndicator> = {}): SnapshotIndicator => ({
  id,
  code: id,
  catalogCode: "HO_SO_TRUC_TUYEN",
  name: "Tỷ lệ hồ sơ trực tuyến",
  unit: "PERCENT",
  comparison: "GTE",
  target: 80,
  dueDate: "2026-12-31",
  measure: "DIRECT",
  numeratorLabel: null,
  denominatorLabel: null,
  method: "",
  frequency: "MONTHLY",
  targets: { all: true },
  withdrawn: false,
  ...over,
});

const snap = (tasks: SnapshotTask[], indicators: SnapshotIndicator[] = []): ProvincePlanSnapshot => ({
  plan: {
    number: "245/KH-UBND",
    title: "Kế hoạch",
    issuer: "UBND thành phố Hải Phòng",
    issuedDate: null,
    periodStart: null,
    periodEnd: null,
  },
  tasks,
  indicators,
});

const kinds = (changes: { code: string; kinds: string[] }[]) => Object.fromEntries(changes.map((c) => [c.code, c.kinds]));

describe("diff (the province's view)", () => {
  it("a first version makes every live item NEW and leaves out one withdrawn before publication", () => {
    const changes = diff(null, snap([task("1"), task("2", { withdrawn: true })], [kpi("CT01")]));
    expect(kinds(changes)).toEqual({ "1": ["NEW"], CT01: ["NEW"] });
    expect(changes[0]!.details).toEqual(["Nhiệm vụ mới, giao cho tất cả xã, phường"]);
    expect(changes[1]!.item).toBe("INDICATOR");
  });

  it("tells each kind of change, with Vietnamese details", () => {
    const prev = snap([task("1"), task("2"), task("3"), task("4"), task("5", { withdrawn: true }), task("6")], [kpi("CT01"), kpi("CT02")]);
    const next = snap(
      [
        task("1", { title: "Tên mới", description: "Mô tả mới" }),
        task("2", { dueDate: "2026-07-31" }),
        task("3", { targets: { all: false, communeIds: ["c1", "c2"] } }),
        task("4", { withdrawn: true }),
        task("5"),
        task("6"),
        task("7"),
      ],
      [kpi("CT01", { target: 90, dueDate: "2027-06-30" }), kpi("CT02", { name: "Tỷ lệ hồ sơ số hóa" })],
    );
    const changes = diff(prev, next);
    expect(kinds(changes)).toEqual({
      "1": ["WORDING"],
      "2": ["DEADLINE"],
      "3": ["TARGETS"],
      "4": ["WITHDRAWN"],
      "5": ["RESTORED"],
      "7": ["NEW"],
      CT01: ["DEADLINE"],
      CT02: ["WORDING"],
    });
    const detail = (code: string) => changes.find((c) => c.code === code)!.details;
    expect(detail("1")).toEqual(["Sửa nội dung: tên nhiệm vụ, mô tả"]);
    expect(detail("2")).toEqual(["Hạn: 30/06/2026 → 31/07/2026"]);
    expect(detail("3")).toEqual(["Giao cho: tất cả xã, phường → 2 xã, phường được chọn"]);
    expect(detail("4")).toEqual(["Tỉnh rút nhiệm vụ"]);
    expect(detail("5")).toEqual(["Tỉnh giao lại nhiệm vụ đã rút"]);
    expect(detail("CT01")).toEqual(["Chỉ tiêu: ≥ 80% → ≥ 90%; Hạn: 31/12/2026 → 30/06/2027"]);
    expect(detail("CT02")).toEqual(["Sửa nội dung: tên chỉ tiêu"]);
  });

  it("a deadline of another kind reads with the document's words; several kinds on one task", () => {
    const prev = snap([task("1")]);
    const next = snap([task("1", { deadlineKind: "RECURRING", dueDate: null, deadlineText: "Hằng năm", adaptable: true })]);
    const [c] = diff(prev, next);
    expect(c!.kinds).toEqual(["WORDING", "DEADLINE"]);
    expect(c!.details).toEqual(["Sửa nội dung: quyền điều chỉnh nội dung", "Hạn: 30/06/2026 → Thường xuyên (Hằng năm)"]);
  });

  it("no change, and the same targets in another order, is nothing", () => {
    const a = snap([task("1", { targets: { all: false, communeIds: ["c1", "c2"] } })], [kpi("CT01")]);
    const b = snap([task("1", { targets: { all: false, communeIds: ["c2", "c1"] } })], [kpi("CT01")]);
    expect(diff(a, b)).toEqual([]);
    // A task withdrawn in both versions says nothing again.
    expect(diff(snap([task("1", { withdrawn: true })]), snap([task("1", { withdrawn: true })]))).toEqual([]);
  });
});

describe("communeChanges (what one commune is shown)", () => {
  const only = (ids: string[]) => ({ all: false as const, communeIds: ids });

  it("is NEW for a task newly targeted at the commune, WITHDRAWN for one no longer targeted, nothing for others' targets", () => {
    const prev = snap([
      task("1", { targets: only(["c2"]) }),
      task("2", { targets: only(["c1", "c2"]) }),
      task("3", { targets: only(["c1"]) }),
    ]);
    const next = snap([
      task("1", { targets: only(["c1", "c2"]) }),
      task("2", { targets: only(["c2"]) }),
      task("3", { targets: only(["c1", "c3"]) }),
    ]);
    const c1 = communeChanges(prev, next, "c1");
    expect(kinds(c1)).toEqual({ "1": ["NEW"], "2": ["WITHDRAWN"] });
    expect(c1.find((c) => c.code === "2")!.details).toEqual(["Tỉnh không còn giao nhiệm vụ này cho xã, phường"]);
    expect(communeChanges(prev, next, "c3")).toEqual([expect.objectContaining({ code: "3", kinds: ["NEW"] })]);
    expect(communeChanges(prev, next, "c9")).toEqual([]);
  });

  it("shows content changes only of the commune's tasks, and restores what had been withdrawn from it", () => {
    const prev = snap([task("1"), task("2", { targets: only(["c2"]) }), task("3", { withdrawn: true })], [kpi("CT01")]);
    const next = snap(
      [task("1", { dueDate: "2026-09-30" }), task("2", { targets: only(["c2"]), title: "Khác" }), task("3")],
      [kpi("CT01", { withdrawn: true })],
    );
    expect(kinds(communeChanges(prev, next, "c1"))).toEqual({ "1": ["DEADLINE"], "3": ["RESTORED"], CT01: ["WITHDRAWN"] });
    expect(kinds(communeChanges(prev, next, "c2"))).toEqual({
      "1": ["DEADLINE"],
      "2": ["WORDING"],
      "3": ["RESTORED"],
      CT01: ["WITHDRAWN"],
    });
  });

  it("the first version a commune receives is all NEW", () => {
    expect(kinds(communeChanges(null, snap([task("1"), task("2", { targets: only(["c2"]) })], [kpi("CT01")]), "c1"))).toEqual({
      "1": ["NEW"],
      CT01: ["NEW"],
    });
  });
});
