// The XLSX exports for upper levels: the province table (app/xa-phuong/xuat-excel) holds the table's
// communes in the table's order for a search and a sort; the roll-up by province task
// (…/tong-hop/xuat-excel) holds the roll-up query's counts, its KPIs and one row per (task, commune).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { getProvinceOverview } from "@/lib/dashboard/province";
import { PROVINCE_COLUMNS, provinceSummaryRow } from "@/lib/dashboard/province-columns";
import { provinceTableWorkbook } from "@/lib/dashboard/province-export";
import { provinceRows, type ProvinceQuery } from "@/lib/dashboard/province-table";
import { XLSX_HEADER_ROW } from "@/lib/exports/xlsx-table";
import { getPlanRollup } from "@/lib/province-plans/rollup";
import { EXPORT_CATEGORIES, planRollupWorkbook } from "@/lib/province-plans/rollup-export";
import { KPI_BUCKETS } from "@/lib/province-plans/rollup-kpi";
import { ROLLUP_META } from "@/lib/province-plans/rollup-view";
import { communeByName, freshDemo, testDb } from "./db";

let db: Db;
let haiPhong: string;
let thanhHoa: string;
let planId: string;

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiPhong = (await communeByName(db, "Phường Hải An")).provinceId!;
  thanhHoa = (await communeByName(db, "Xã Hà Long")).provinceId!;
  planId = (await db.provincePlan.findFirstOrThrow({ where: { provinceId: haiPhong, number: "245/KH-UBND" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
});

async function parse(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

/** The header and the data rows of a sheet (cell values, empty cells as null). */
function table(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(XLSX_HEADER_ROW).values as unknown[]).slice(1).map(String);
  const rows: unknown[][] = [];
  for (let n = XLSX_HEADER_ROW + 1; n <= sheet.rowCount; n += 1)
    rows.push(header.map((_, i) => sheet.getRow(n).getCell(i + 1).value ?? null));
  return { header, rows, col: (h: string) => header.indexOf(h) };
}

describe("XLSX of the province table", () => {
  it("holds the rows of the table for a search and a sort, in its order, with the frozen header and the filter", async () => {
    // Every commune of the country (an admin's view), searched without diacritics, worst overdue first.
    const communes = await getProvinceOverview(null);
    const query: ProvinceQuery = { q: "phuong", sort: "qua-han", dir: "desc", provinceId: "ca-nuoc" };
    const expected = provinceRows(communes, query);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(communes.length);
    const wb = await parse(provinceTableWorkbook({ communes, query, provinceName: null, computedAt: new Date() }));
    const sheet = wb.worksheets[0]!;
    const t = table(sheet);
    expect(t.header).toEqual(PROVINCE_COLUMNS.map((c) => c.header));
    expect(t.rows.map((r) => r[t.col("Xã, phường")])).toEqual(expected.map((c) => c.name));
    // Every cell as the one column definition writes it (numbers stay numbers).
    expect(t.rows).toEqual(expected.map((c) => PROVINCE_COLUMNS.map((col) => col.value(provinceSummaryRow(c)) ?? null)));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: XLSX_HEADER_ROW });
    expect(sheet.autoFilter).toBeTruthy();

    // The other direction gives the other order.
    const ascending = await parse(
      provinceTableWorkbook({ communes, query: { ...query, sort: "ten", dir: "desc" }, provinceName: null, computedAt: new Date() }),
    );
    const names = table(ascending.worksheets[0]!).rows.map((r) => r[0]);
    expect(names).toEqual(provinceRows(communes, { ...query, sort: "ten", dir: "desc" }).map((c) => c.name));
  });
});

describe("XLSX of the roll-up by province task", () => {
  it("counts each task's communes per category as the roll-up query does, and lists the laggards", async () => {
    const rollup = (await getPlanRollup(haiPhong, planId))!;
    const file = (await planRollupWorkbook(haiPhong, planId))!;
    const wb = await parse(file.wb);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Nhiệm vụ", "Chỉ tiêu", "Theo xã"]);
    const tasks = table(wb.getWorksheet("Nhiệm vụ")!);
    expect(tasks.rows).toHaveLength(rollup.tasks.length);
    expect(rollup.tasks.length).toBe(8);
    for (const [i, t] of rollup.tasks.entries()) {
      const row = tasks.rows[i]!;
      expect(row[tasks.col("Mã")]).toBe(t.task.code);
      expect(row[tasks.col("Xã được giao")]).toBe(t.targeted);
      for (const c of EXPORT_CATEGORIES) expect(row[tasks.col(ROLLUP_META[c].label)], `${t.task.code} ${c}`).toBe(t.counts[c]);
      expect(row[tasks.col("Xã chậm")] ?? "").toBe(t.laggards.map((l) => l.communeName).join("; "));
    }
    // The demo has something in it: counts of zero everywhere would prove nothing.
    expect(rollup.tasks.some((t) => t.targeted > 0)).toBe(true);

    // Sheet 3 grouped by task and status gives sheet 1's counts back.
    const pairs = table(wb.getWorksheet("Theo xã")!);
    for (const t of rollup.tasks)
      for (const c of EXPORT_CATEGORIES)
        expect(
          pairs.rows.filter((r) => r[pairs.col("Mã nhiệm vụ")] === t.task.code && r[pairs.col("Trạng thái")] === ROLLUP_META[c].label)
            .length,
          `${t.task.code} ${c}`,
        ).toBe(t.counts[c]);
    const laggards = pairs.rows.filter((r) => r[pairs.col("Xã chậm")] === "Có").length;
    expect(laggards).toBe(rollup.tasks.reduce((n, t) => n + t.laggards.length, 0));

    const kpis = table(wb.getWorksheet("Chỉ tiêu")!);
    expect(kpis.rows.map((r) => r[0])).toEqual(rollup.kpis.map((k) => k.indicator.code));
    for (const [i, k] of rollup.kpis.entries()) {
      const row = kpis.rows[i]!;
      expect(row[kpis.col("Xã được giao")]).toBe(k.distribution.targeted);
      expect(row[kpis.col("Đạt")]).toBe(k.distribution.met);
      for (const b of KPI_BUCKETS) expect(row[kpis.col(b.label)]).toBe(k.distribution.buckets[b.key]);
    }
    expect(file.fileName).toBe(`Tổng hợp Kế hoạch 245-KH-UBND - ${file.fileName.slice(-15, -5)}.xlsx`);
  });

  it("is nothing for another province", async () => {
    expect(await planRollupWorkbook(thanhHoa, planId)).toBeNull();
  });
});
