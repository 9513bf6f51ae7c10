import "server-only";
// The task list of the Nhiệm vụ page for one viewer, loaded and filtered once for the page and for its
// "Xuất Excel" (app/c/[communeId]/nhiem-vu/xuat-excel), so that the file holds what the screen shows,
// in the same order: unit staff get their unit's tasks ("Nhiệm vụ của tôi"), everyone else the commune's.
import { hasOwnTasks, type Viewer } from "../auth/permissions";
import type { CommuneInfo } from "../communes/scope";
import { flaggedTaskIds } from "../dashboard/action-lists";
import type { TaskFilters } from "./filters";
import { taskListView } from "./list-view";
import { communeTasks, unitTasks } from "../read-models/models";
import { getUnitName, type ListedTask } from "./queries";

export async function loadTaskList(viewer: Viewer, commune: CommuneInfo, filters: TaskFilters, now = new Date()) {
  const unitId = hasOwnTasks(viewer) ? viewer.unitId : null;
  const [unitName, all, flagged] = await Promise.all([
    unitId ? getUnitName(commune.communeId, unitId) : null,
    unitId ? unitTasks(commune.communeId, unitId, now) : communeTasks(commune.communeId, now),
    filters.flag ? flaggedTaskIds(commune.communeId, filters.flag) : undefined,
  ]);
  const rows: ListedTask[] = all;
  const view = taskListView({ all: rows, filters, flagged, ownUnit: unitId ? { name: unitName } : null, communeName: commune.name });
  /** The rows in the order the page shows them (its groups by category, one after the other). */
  const shown = view.groups.flatMap((g) => g.rows);
  return { unitId, view, shown };
}
