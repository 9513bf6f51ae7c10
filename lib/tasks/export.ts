import "server-only";
// "Xuất Excel" of the Nhiệm vụ page: the viewer's list as filtered on screen (list-load.ts, the page's
// own path), each row with its latest progress report, rendered with the columns of export-columns.ts.
import type { Viewer } from "../auth/permissions";
import type { CommuneInfo } from "../communes/scope";
import { formatDateTime, localDateKey } from "../dates";
import { getDb } from "../db";
import { dayKey, taskExportRow, type TaskExportRow } from "./export-columns";
import { renderTaskListXlsx } from "./export-xlsx";
import type { TaskFilters } from "./filters";
import { latestUpdates } from "./latest-update";
import { loadTaskList } from "./list-load";

export async function taskListExport(viewer: Viewer, commune: CommuneInfo, filters: TaskFilters, now = new Date()) {
  const { view, shown } = await loadTaskList(viewer, commune, filters, now);
  const latest = await latestUpdates(
    getDb(),
    commune.communeId,
    shown.map((t) => t.id),
  );
  const rows: TaskExportRow[] = shown.map((t) =>
    taskExportRow({
      ...t,
      dueDate: dayKey(t.dueDate),
      originalDueDate: dayKey(t.originalDueDate),
      lastSummary: latest.get(t.id)?.summary ?? null,
    }),
  );
  const filtered = [view.countLine, ...view.extraFilters].join(" · ");
  const bytes = await renderTaskListXlsx({
    title: `${view.title.toUpperCase()} – ${commune.name}`,
    subtitle: `${filtered} · Số liệu đến ${formatDateTime(now)}`,
    rows,
    now,
  });
  return { bytes, rows, fileName: `Nhiệm vụ - ${commune.name} - ${localDateKey(now)}.xlsx` };
}
