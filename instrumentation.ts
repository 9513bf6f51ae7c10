// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request is served: the login limit needs each request's TCP peer (client-address.ts).
  const { stampPeerAddress } = await import("./lib/auth/client-address");
  stampPeerAddress();
  // Every instance hears which communes' data changed (NOTIFY read_models) and frees their cached read
  // models; nothing waits for it, the version check keeps pages exact meanwhile (lib/read-models).
  const { startReadModelListener } = await import("./lib/read-models/process");
  startReadModelListener();
  const { removeOrphanEvidence } = await import("./lib/files/storage");
  const { getDb } = await import("./lib/db");
  try {
    // Files of uploads whose transaction never committed (process killed midway) have no row.
    const removed = await removeOrphanEvidence(getDb());
    if (removed) console.log(`[startup] removed ${removed} orphan evidence file(s)`);
  } catch (err) {
    console.error("[startup] orphan evidence cleanup failed", err);
  }
  // The job runner (reminders, outbox delivery) runs here unless WORKER says it runs in its own
  // process (`npm run worker`) or not at all. A failure to start it (the database not reachable yet)
  // is logged and tried again a minute later; the portal serves meanwhile.
  const { env } = await import("./lib/env");
  if (env().WORKER === "inline") {
    const { startWorker } = await import("./lib/jobs/worker");
    const start = async () => {
      try {
        await startWorker({ handleSignals: true });
        console.log("[startup] job runner started (scheduler-tick every 5 min, outbox-deliver every minute)");
      } catch (err) {
        console.error("[startup] job runner did not start; trying again in 60 s", err);
        setTimeout(() => void start(), 60_000).unref();
      }
    };
    await start();
  }
}

/**
 * A page that fails because PostgreSQL went away tells the 503 proxy at once, so that the requests
 * after it get the "temporarily unavailable" page instead of failing one by one until the next probe.
 */
export async function onRequestError(err: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isConnectionError, markDatabaseDown } = await import("./lib/db-health");
  if (isConnectionError(err)) markDatabaseDown();
}
