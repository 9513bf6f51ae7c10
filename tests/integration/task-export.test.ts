// "Xuất Excel" of the Nhiệm vụ page: the workbook holds the list the page shows for the same filters
// and viewer (its codes in its order), with the export's columns, parsed back with exceljs.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCommuneScope, type CommuneInfo } from "@/lib/communes/scope";
import type { Db } from "@/lib/db";
import { deadlineStatusOf } from "@/lib/tasks/deadline-status";
import { TASK_EXPORT_COLUMNS } from "@/lib/tasks/export-columns";
import { TASK_EXPORT_HEADER_ROW } from "@/lib/tasks/export-xlsx";
import { taskListExport } from "@/lib/tasks/export";
import { readTaskFilters } from "@/lib/tasks/filters";
import { loadTaskList } from "@/lib/tasks/list-load";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";
import { communeByName, freshDemo, testDb, viewer } from "./db";

let db: Db;
let haiAn: CommuneInfo;
const now = new Date();

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiAn = (await loadCommuneScope(db, (await communeByName(db, "Phường Hải An")).id))!;
});
afterAll(async () => {
  await db.$disconnect();
});

async function sheetOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const header = (sheet.getRow(TASK_EXPORT_HEADER_ROW).values as unknown[]).slice(1);
  const rows: unknown[][] = [];
  for (let r = TASK_EXPORT_HEADER_ROW + 1; r <= sheet.rowCount; r += 1) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
  return { sheet, header, rows };
}

const col = (header: string) => TASK_EXPORT_COLUMNS.findIndex((c) => c.header === header);

describe("task list export", () => {
  it("the standing office's list filtered on 'Quá hạn': the page's rows, in its order, with the category and progress", async () => {
    const v = await viewer(db, "vhxh.haian");
    const filters = readTaskFilters({ "trang-thai": "OVERDUE" });
    const file = await taskListExport(v, haiAn, filters, now);
    const { sheet, header, rows } = await sheetOf(file.bytes);
    const page = await loadTaskList(v, haiAn, filters, now);

    expect(header).toEqual(TASK_EXPORT_COLUMNS.map((c) => c.header));
    expect(rows.map((r) => r[col("STT")])).toEqual(page.shown.map((t) => t.code));
    // Independently of the page's path: the counted tasks whose category is OVERDUE.
    const counted = await db.task.findMany({ where: { communeId: haiAn.communeId, closedKind: null, plan: { archivedAt: null } } });
    const overdue = counted.filter((t) => deadlineStatusOf(t, now) === "OVERDUE");
    expect(overdue.length).toBeGreaterThan(0);
    expect(rows.length).toBe(overdue.length);
    expect(rows.every((r) => r[col("Tình trạng")] === DEADLINE_STATUS_META.OVERDUE.label)).toBe(true);
    expect(rows.map((r) => r[col("Tiến độ (%)")])).toEqual(page.shown.map((t) => t.progress));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: TASK_EXPORT_HEADER_ROW });
    expect(sheet.autoFilter).toBeTruthy();
    expect(file.fileName).toMatch(/^Nhiệm vụ - Phường Hải An - \d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it("no filter: every counted task, most urgent first, as the page orders them", async () => {
    const v = await viewer(db, "chutich.haian");
    const filters = readTaskFilters({});
    const { rows } = await sheetOf((await taskListExport(v, haiAn, filters, now)).bytes);
    const page = await loadTaskList(v, haiAn, filters, now);
    expect(rows.map((r) => r[col("STT")])).toEqual(page.shown.map((t) => t.code));
    expect(rows.length).toBe(await db.task.count({ where: { communeId: haiAn.communeId, closedKind: null, plan: { archivedAt: null } } }));
    const labels = rows.map((r) => r[col("Tình trạng")]);
    expect(new Set(labels).size).toBeGreaterThan(2);
  });

  it("unit staff export 'Nhiệm vụ của tôi': their unit's tasks only, with the lead-unit and search filters", async () => {
    const v = await viewer(db, "vanphong.haian");
    const mine = await db.task.findMany({
      where: { communeId: haiAn.communeId, closedKind: null, plan: { archivedAt: null }, units: { some: { unitId: v.unitId! } } },
    });
    const all = await sheetOf((await taskListExport(v, haiAn, readTaskFilters({}), now)).bytes);
    expect(all.rows.length).toBe(mine.length);
    expect(all.sheet.getCell(1, 1).value).toMatch(/^NHIỆM VỤ CỦA TÔI – /);

    const word = mine[0]!.title.split(" ").slice(0, 3).join(" ");
    const filters = readTaskFilters({ q: word, "vai-tro": "LEAD" });
    const searched = await sheetOf((await taskListExport(v, haiAn, filters, now)).bytes);
    const page = await loadTaskList(v, haiAn, filters, now);
    expect(searched.rows.map((r) => r[col("STT")])).toEqual(page.shown.map((t) => t.code));
    expect(searched.rows.length).toBeLessThanOrEqual(all.rows.length);
  });
});
