// The incident's state machine (Sự cố CNTT), the one place that says which move is allowed from which
// state, by which side, and what it needs written:
//
//   mới ──tiếp nhận──▶ đã tiếp nhận ──bắt đầu xử lý──▶ đang xử lý ──khắc phục──▶ đã khắc phục ──đóng──▶ đóng
//    │                      │                              │                        │ (nguyên nhân, cách khắc phục)
//    └──────────────────────┴──chuyển cấp trên─────────────┴──▶ chuyển cấp trên ────┘ khắc phục (tỉnh hoặc xã)
//                                                                   └─ tỉnh tiếp nhận (stays escalated)
//   đã khắc phục ──mở lại──▶ đang xử lý (the fault came back)
//
// The commune side is the one-stop centre and the standing office (canHandleIncident); the province
// side is the province support team, on escalated incidents only (canHandleEscalatedIncident). A move
// is written only if the incident is still in the state the user saw (version): two people
// acknowledging at once, one wins and the other is told who did.
import type { IncidentEventKind, IncidentStatus } from "../generated/prisma/enums";

export type IncidentMove = "acknowledge" | "start" | "escalate" | "provinceAcknowledge" | "resolve" | "reopen" | "close";
export type IncidentSide = "commune" | "province";

type MoveRule = {
  from: readonly IncidentStatus[];
  /** The state after the move (the province's acknowledgement leaves it escalated). */
  to: IncidentStatus;
  sides: readonly IncidentSide[];
  /** The incident log's line for it. */
  event: IncidentEventKind;
  /** What the user must write: a note (escalate: what help is needed; reopen: what came back), or the cause and fix. */
  needs: readonly ("note" | "cause" | "fix")[];
  label: string;
};

const OPEN_ON_COMMUNE: readonly IncidentStatus[] = ["NEW", "ACKNOWLEDGED", "IN_PROGRESS"];

export const MOVES: Record<IncidentMove, MoveRule> = {
  acknowledge: { from: ["NEW"], to: "ACKNOWLEDGED", sides: ["commune"], event: "ACKNOWLEDGED", needs: [], label: "Tiếp nhận" },
  start: { from: ["NEW", "ACKNOWLEDGED"], to: "IN_PROGRESS", sides: ["commune"], event: "STARTED", needs: [], label: "Bắt đầu xử lý" },
  escalate: { from: OPEN_ON_COMMUNE, to: "ESCALATED", sides: ["commune"], event: "ESCALATED", needs: ["note"], label: "Chuyển cấp trên" },
  provinceAcknowledge: {
    from: ["ESCALATED"],
    to: "ESCALATED",
    sides: ["province"],
    event: "PROVINCE_ACKNOWLEDGED",
    needs: [],
    label: "Tỉnh tiếp nhận",
  },
  resolve: {
    from: [...OPEN_ON_COMMUNE, "ESCALATED"],
    to: "RESOLVED",
    sides: ["commune", "province"],
    event: "RESOLVED",
    needs: [],
    label: "Đã khắc phục",
  },
  reopen: { from: ["RESOLVED"], to: "IN_PROGRESS", sides: ["commune"], event: "REOPENED", needs: ["note"], label: "Mở lại" },
  close: { from: ["RESOLVED"], to: "CLOSED", sides: ["commune"], event: "CLOSED", needs: ["cause", "fix"], label: "Đóng sự cố" },
};

export const ALL_MOVES = Object.keys(MOVES) as IncidentMove[];

/** States in which an incident is still open (counted in "sự cố đang mở"). */
export const OPEN_STATUSES: readonly IncidentStatus[] = ["NEW", "ACKNOWLEDGED", "IN_PROGRESS", "ESCALATED"];

export function isOpen(status: IncidentStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export type IncidentState = { status: IncidentStatus; provinceAcknowledged: boolean };

/** Why a move cannot be made from this state (Vietnamese, for the user), or null when it can. */
export function refusal(state: IncidentState, move: IncidentMove, side: IncidentSide): string | null {
  const rule = MOVES[move];
  if (!rule.sides.includes(side))
    return side === "province"
      ? `Tổ hỗ trợ cấp tỉnh không thực hiện được thao tác "${rule.label}": việc này do xã, phường làm.`
      : `Thao tác "${rule.label}" là của tổ hỗ trợ cấp tỉnh.`;
  if (side === "province" && state.status !== "ESCALATED" && rule.from.includes(state.status))
    return "Tổ hỗ trợ cấp tỉnh chỉ xử lý sự cố xã, phường đã chuyển cấp trên.";
  if (!rule.from.includes(state.status)) return `Không thể "${rule.label}" một sự cố ${STATUS_WORDS[state.status]}.`;
  if (move === "provinceAcknowledge" && state.provinceAcknowledged) return "Tổ hỗ trợ cấp tỉnh đã tiếp nhận sự cố này.";
  return null;
}

/** The moves a side may make now (the buttons of the incident page). */
export function availableMoves(state: IncidentState, side: IncidentSide): IncidentMove[] {
  return ALL_MOVES.filter((m) => refusal(state, m, side) === null);
}

/** The fields a move stamps (besides status and version): first acknowledgement, escalation, resolution, closing. */
export function stampsOf(state: IncidentState & { acknowledgedAt: Date | null }, move: IncidentMove, at: Date) {
  const to = MOVES[move].to;
  return {
    status: to,
    // The first move out of "mới" is the commune's acknowledgement, whichever it is.
    ...(state.acknowledgedAt === null && move !== "provinceAcknowledge" ? { acknowledgedAt: at } : {}),
    ...(move === "escalate" ? { escalatedAt: at, provinceAcknowledgedAt: null, provinceAcknowledgedById: null } : {}),
    ...(move === "provinceAcknowledge" ? { provinceAcknowledgedAt: at } : {}),
    ...(to === "RESOLVED" ? { resolvedAt: at } : {}),
    ...(move === "reopen" ? { resolvedAt: null } : {}),
    ...(to === "CLOSED" ? { closedAt: at } : {}),
  };
}

/** "đang ở trạng thái …", for refusals. */
const STATUS_WORDS: Record<IncidentStatus, string> = {
  NEW: "mới báo",
  ACKNOWLEDGED: "đã được tiếp nhận",
  IN_PROGRESS: "đang được xử lý",
  ESCALATED: "đã chuyển cấp trên",
  RESOLVED: "đã được khắc phục",
  CLOSED: "đã đóng",
};
