// The task an action works on: of the action's commune, with its units, or "not found".
import { notFound } from "../actions/safe-action";
import type { CommuneScope } from "../auth/permissions";
import type { Tx } from "../db";
import { taskScope } from "./assignment";

/**
 * The wrapper has already checked that the user may see the commune; the row-level checks (whose
 * task) use the scope returned here.
 */
export async function loadTask(tx: Tx, commune: CommuneScope, taskId: string) {
  const task = await tx.task.findFirst({ where: { id: taskId, communeId: commune.communeId }, include: { units: true } });
  if (!task) notFound();
  return { task, scope: taskScope(commune, task.units) };
}
