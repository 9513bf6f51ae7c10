// GET /api/v1/provinces/{provinceId}/summary: the province table's figures (lib/dashboard/province.ts),
// the province's totals, the tenants, and a CSV whose columns are the province table's XLSX columns.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { getProvinceOverview } from "@/lib/dashboard/province";
import { provinceTableWorkbook } from "@/lib/dashboard/province-export";
import { XLSX_HEADER_ROW } from "@/lib/exports/xlsx-table";
import { communeByName, freshDemo, testDb } from "./db";
import { api, tokenFor } from "./api-support";

let db: Db;
let haiPhong: string;
let thanhHoa: string;
let haiAn: string;
const tokens: Record<string, string> = {};

type Summary = {
  provinceId: string;
  provinceName: string;
  computedAt: string;
  totals: { communes: number; total: number; done: number; overdue: number; completion: number };
  data: {
    id: string;
    name: string;
    tasks: { total: number; done: number; completion: number; progress: number; overdue: number };
    indicators: { total: number; onTrack: number | null; counts: Record<string, number> };
    keyIndicators: { code: string; value: number | null }[];
    lastUpdateAt: string | null;
    latestReport: { id: string } | null;
  }[];
};

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  const c = await communeByName(db, "Phường Hải An");
  haiAn = c.id;
  haiPhong = c.provinceId!;
  thanhHoa = (await communeByName(db, "Xã Hà Long")).provinceId!;
  for (const u of ["tinh.haiphong", "kehoach.haiphong", "tinh.thanhhoa", "chutich.haian", "vhxh.haian", "admin"])
    tokens[u] = (await tokenFor(db, u)).token;
});
afterAll(async () => {
  await db.$disconnect();
});

const summary = (user: string, provinceId = haiPhong, query = "") =>
  api(db, `/api/v1/provinces/${provinceId}/summary${query}`, { token: tokens[user] });

/** The cells of one CSV line (RFC 4180 quoting). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (const m of line.matchAll(re)) cells.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ""));
  return cells;
}

describe("API v1: the province summary", () => {
  it("gives each commune's figures as the province table computes them, and the province's totals", async () => {
    const r = await summary("tinh.haiphong");
    expect(r.status).toBe(200);
    const body = r.json() as Summary;
    const expected = await getProvinceOverview(haiPhong);
    expect(body.provinceId).toBe(haiPhong);
    expect(body.provinceName).toBe((await db.unit.findUniqueOrThrow({ where: { id: haiPhong } })).name);
    expect(body.data.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(body.data.map((c) => c.id)).toContain(haiAn);
    for (const [i, c] of expected.entries()) {
      const got = body.data[i]!;
      expect(got.name).toBe(c.name);
      expect(got.tasks).toEqual({ total: c.total, done: c.done, completion: c.completion, progress: c.progress, overdue: c.overdue });
      expect(got.indicators.total).toBe(c.indicatorTotal);
      expect(got.indicators.counts).toEqual(c.indicatorCounts);
      expect(got.indicators.onTrack).toBe(c.indicatorOnTrack === null ? null : Math.round(c.indicatorOnTrack * 100));
      expect(got.keyIndicators.map((k) => k.value)).toEqual(
        got.keyIndicators.map((k) => (c.keyIndicators as Record<string, number | undefined>)[k.code] ?? null),
      );
      expect(got.lastUpdateAt).toBe(c.lastUpdateAt?.toISOString() ?? null);
      expect(got.latestReport?.id ?? null).toBe(c.latestReport?.id ?? null);
    }
    // The demo's communes do have tasks: a summary of zeros would prove nothing.
    expect(body.data.every((c) => c.tasks.total > 0)).toBe(true);
    const total = expected.reduce((n, c) => n + c.total, 0);
    const done = expected.reduce((n, c) => n + c.done, 0);
    expect(body.totals).toEqual({
      communes: expected.length,
      total,
      done,
      overdue: expected.reduce((n, c) => n + c.overdue, 0),
      completion: Math.round((done / total) * 100),
    });
    expect(Date.parse(body.computedAt)).not.toBeNaN();
  });

  it("is the province's and the admin's only: a commune token, another province's token and unknown ids get 404", async () => {
    expect((await summary("kehoach.haiphong")).status).toBe(200);
    expect((await summary("admin")).status).toBe(200);
    expect(((await summary("admin", thanhHoa)).json() as Summary).data.map((c) => c.name)).toEqual(["Xã Hà Long"]);
    expect((await summary("tinh.thanhhoa")).status).toBe(404);
    expect((await summary("tinh.haiphong", thanhHoa)).status).toBe(404);
    for (const user of ["chutich.haian", "vhxh.haian"]) {
      const r = await summary(user);
      expect(r.status).toBe(404);
      expect(r.headers.get("content-type")).toBe("application/problem+json");
    }
    // A commune's id is no province.
    expect((await summary("admin", haiAn)).status).toBe(404);
    expect((await summary("admin", "khong-co")).status).toBe(404);
    expect((await summary("tinh.haiphong", haiPhong, "?limit=5")).status).toBe(400);
  });

  it("answers CSV with exactly the columns of the province table's XLSX export, one line per commune", async () => {
    const r = await summary("tinh.haiphong", haiPhong, "?format=csv");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = r.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const communes = await getProvinceOverview(haiPhong);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      await provinceTableWorkbook({
        communes,
        query: { q: "", sort: "ten", dir: "asc", provinceId: "" },
        provinceName: "Hải Phòng",
        computedAt: new Date(),
      }).xlsx.writeBuffer(),
    );
    const sheet = wb.worksheets[0]!;
    const xlsxHeader = (sheet.getRow(XLSX_HEADER_ROW).values as unknown[]).slice(1).map(String);
    expect(csvCells(lines[0]!)).toEqual(xlsxHeader);
    expect(xlsxHeader).toContain("Quá hạn");
    expect(lines).toHaveLength(1 + communes.length);
    // The rows agree too: name and overdue count of each commune, in the same order.
    const nameCol = xlsxHeader.indexOf("Xã, phường");
    const overdueCol = xlsxHeader.indexOf("Quá hạn");
    expect(lines.slice(1).map((l) => [csvCells(l)[nameCol], Number(csvCells(l)[overdueCol])])).toEqual(
      communes.map((c) => [c.name, c.overdue]),
    );
  });
});
