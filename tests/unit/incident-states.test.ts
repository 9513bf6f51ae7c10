import { describe, expect, it } from "vitest";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { ALL_MOVES, availableMoves, isOpen, MOVES, refusal, stampsOf, type IncidentMove } from "@/lib/incidents/states";

const ALL: IncidentStatus[] = ["NEW", "ACKNOWLEDGED", "IN_PROGRESS", "ESCALATED", "RESOLVED", "CLOSED"];
const at = new Date("2026-12-04T02:00:00Z");

// The whole table, written from the issue: which move each side may make from each state.
//                      NEW  ACK  INP  ESC  RES  CLO
const COMMUNE: Record<IncidentMove, string> = {
  acknowledge: /*   */ "Y    N    N    N    N    N",
  start: /*         */ "Y    Y    N    N    N    N",
  escalate: /*      */ "Y    Y    Y    N    N    N",
  provinceAcknowledge: "N    N    N    N    N    N",
  resolve: /*       */ "Y    Y    Y    Y    N    N",
  reopen: /*        */ "N    N    N    N    Y    N",
  close: /*         */ "N    N    N    N    Y    N",
};
const PROVINCE: Record<IncidentMove, string> = {
  acknowledge: /*   */ "N    N    N    N    N    N",
  start: /*         */ "N    N    N    N    N    N",
  escalate: /*      */ "N    N    N    N    N    N",
  provinceAcknowledge: "N    N    N    Y    N    N",
  resolve: /*       */ "N    N    N    Y    N    N",
  reopen: /*        */ "N    N    N    N    N    N",
  close: /*         */ "N    N    N    N    N    N",
};
const yes = (row: string) =>
  row
    .replace(/ /g, "")
    .split("")
    .map((c) => c === "Y");

describe("incident state machine", () => {
  for (const [side, table] of [
    ["commune", COMMUNE],
    ["province", PROVINCE],
  ] as const) {
    it.each(ALL_MOVES)(`${side} · %s`, (move) => {
      const expected = yes(table[move]);
      ALL.forEach((status, i) => {
        const refused = refusal({ status, provinceAcknowledged: false }, move, side);
        expect(refused === null, `${side} ${move} from ${status}: ${refused}`).toBe(expected[i]);
        if (refused) expect(refused).toMatch(/[^\x00-\x7f]/); // a Vietnamese sentence, not a code
      });
    });
  }

  it("the province acknowledges an escalated incident once", () => {
    expect(refusal({ status: "ESCALATED", provinceAcknowledged: true }, "provinceAcknowledge", "province")).toBe(
      "Tổ hỗ trợ cấp tỉnh đã tiếp nhận sự cố này.",
    );
    expect(availableMoves({ status: "ESCALATED", provinceAcknowledged: true }, "province")).toEqual(["resolve"]);
    expect(availableMoves({ status: "ESCALATED", provinceAcknowledged: false }, "province")).toEqual(["provinceAcknowledge", "resolve"]);
  });

  it("a closed incident allows nothing", () => {
    expect(availableMoves({ status: "CLOSED", provinceAcknowledged: false }, "commune")).toEqual([]);
    expect(availableMoves({ status: "CLOSED", provinceAcknowledged: true }, "province")).toEqual([]);
  });

  it("open means not yet resolved", () => {
    expect(ALL.filter(isOpen)).toEqual(["NEW", "ACKNOWLEDGED", "IN_PROGRESS", "ESCALATED"]);
  });

  it("closing needs the cause and the fix; escalating and reopening a note", () => {
    expect(MOVES.close.needs).toEqual(["cause", "fix"]);
    expect(MOVES.escalate.needs).toEqual(["note"]);
    expect(MOVES.reopen.needs).toEqual(["note"]);
  });

  it("stamps: the first move out of 'mới' is the acknowledgement; a later one keeps it", () => {
    expect(stampsOf({ status: "NEW", provinceAcknowledged: false, acknowledgedAt: null }, "escalate", at)).toEqual({
      status: "ESCALATED",
      acknowledgedAt: at,
      escalatedAt: at,
      provinceAcknowledgedAt: null,
      provinceAcknowledgedById: null,
    });
    const earlier = new Date("2026-12-04T01:00:00Z");
    expect(stampsOf({ status: "IN_PROGRESS", provinceAcknowledged: false, acknowledgedAt: earlier }, "resolve", at)).toEqual({
      status: "RESOLVED",
      resolvedAt: at,
    });
    expect(stampsOf({ status: "RESOLVED", provinceAcknowledged: false, acknowledgedAt: earlier }, "reopen", at)).toEqual({
      status: "IN_PROGRESS",
      resolvedAt: null,
    });
    expect(stampsOf({ status: "ESCALATED", provinceAcknowledged: false, acknowledgedAt: earlier }, "provinceAcknowledge", at)).toEqual({
      status: "ESCALATED",
      provinceAcknowledgedAt: at,
    });
    expect(stampsOf({ status: "RESOLVED", provinceAcknowledged: true, acknowledgedAt: earlier }, "close", at)).toEqual({
      status: "CLOSED",
      closedAt: at,
    });
  });
});
