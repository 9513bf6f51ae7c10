// Constants the extension forms share with their server schemas (no server-only imports: the
// client forms read them).

/** A reason shorter than this says nothing the chair can weigh ("xin gia hạn"). */
export const MIN_REASON_LENGTH = 10;

export const EXTENSION_DECISIONS = ["APPROVE", "APPROVE_OTHER", "REFUSE"] as const;
