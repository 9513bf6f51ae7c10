// What /api/ready answers: can this instance serve requests now? Two dependencies, each checked with
// a short time limit so that a proxy or orchestrator polling every few seconds gets its answer fast
// even when a dependency hangs rather than refuses: PostgreSQL (`SELECT 1` on the app's own pool, so
// that an exhausted or broken pool counts too) and the file store (its ping()). The answer names what
// failed and how long each check took, never an address or a credential.
import type { Db } from "../db";
import type { ObjectStore } from "../storage";

export type CheckResult = { ok: boolean; ms: number; error?: string };
export type Readiness = { ok: boolean; database: CheckResult; storage: CheckResult };

export const READY_TIMEOUT_MS = 2_000;

class Timeout extends Error {
  code = "TIMEOUT";
}

/** A short name for the failure (a code such as ECONNREFUSED or the error's class), no message: messages carry hosts. */
function errorName(err: unknown): string {
  const e = err as { code?: unknown; name?: unknown; cause?: { code?: unknown } };
  if (typeof e?.code === "string" && /^[A-Z0-9_]+$/i.test(e.code)) return e.code;
  if (typeof e?.cause?.code === "string") return e.cause.code;
  return typeof e?.name === "string" ? e.name : "Error";
}

async function timed(check: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Timeout()), timeoutMs);
      }),
    ]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, ms: Math.round(performance.now() - started), error: errorName(err) };
  } finally {
    clearTimeout(timer);
  }
}

export async function readiness(db: Db, store: ObjectStore, timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  const [database, storage] = await Promise.all([timed(() => db.$queryRaw`SELECT 1`, timeoutMs), timed(() => store.ping(), timeoutMs)]);
  return { ok: database.ok && storage.ok, database, storage };
}
