// A new commune receives its province's published plans (the tasks addressed to every commune) as
// soon as it exists, not at the job worker's next catch-up: its standing office signs in to a
// portal that already holds the province's plan. The same catch-up the worker runs (each commune in
// its own transaction); a failure is logged and the worker's next tick tries again.
import type { Db } from "../db";
import { applyPendingPublications } from "../province-plans/catch-up";

export async function handDownProvincePlans(db: Db): Promise<number> {
  try {
    const report = await applyPendingPublications(db);
    for (const f of report.failed) console.error(`[tenants] province plan not applied to commune ${f.communeId}: ${f.message}`);
    return report.applied;
  } catch (err) {
    console.error("[tenants] handing down province plans:", err instanceof Error ? err.message : err);
    return 0;
  }
}
