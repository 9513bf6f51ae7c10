// Limits of "không phát sinh" shared by its schema (server) and its form (browser), apart from
// lib/tasks/schemas.ts, which pulls in the server-side file checks.

/** The shortest reason that still says why the task does not concern the unit. */
export const NOT_APPLICABLE_REASON_MIN = 10;
