// The report form's limits, shared by the schema (server) and the form (browser) without pulling the
// server's file checks into the browser.
export const SEVERITIES = ["LOW", "NORMAL", "URGENT"] as const;

export const MAX_COUNTERS_DOWN = 50;
export const MAX_DOSSIERS_AFFECTED = 100_000;
/** "Since when" no older than this: older incidents are history, not something to handle now. */
export const MAX_INCIDENT_AGE_DAYS = 30;
