// GET /api/v1/communes/{communeId}/reports and …/files/{format}: signed reports only, the portal's
// bytes and headers, and the tenants (unit staff and other communes or provinces: 404).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { dateOnlyKey, localDateKey } from "@/lib/dates";
import { createReportDraft, finalizeReport } from "@/lib/reports/commands";
import { documentOf } from "@/lib/reports/document";
import { reportFileResponse } from "@/lib/reports/download";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { getReport } from "@/lib/reports/queries";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { withFreshFactor } from "../support/second-factor";
import { api, tokenFor } from "./api-support";
import { reportFileBytes } from "../support/stored-files";

let db: Db;
let haiAn: { communeId: string; provinceId: string };
let thachKhoi: string;
let planId: string;
let signedId: string;
let draftId: string;
let otherSignedId: string;
const tokens: Record<string, string> = {};

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

/** A draft of `periodKey` made by the standing office, optionally signed by the chair. */
async function report(communeName: string, who: { office: string; chair: string }, periodKey: string, number: string | null) {
  const c = await communeByName(db, communeName);
  const plan = await db.plan.findFirstOrThrow({ where: { communeId: c.id, sourceFile: { not: null } } });
  const res = await run<{ reportId: string }>(createReportDraft, await viewer(db, who.office), {
    communeId: c.id,
    planId: plan.id,
    periodKey,
  });
  if (!res.ok) throw new Error(res.message);
  if (number === null) return res.data.reportId;
  const r = await db.report.findUniqueOrThrow({ where: { id: res.data.reportId } });
  const doc = documentOf(r);
  const signed = await run(finalizeReport, withFreshFactor(await viewer(db, who.chair)), {
    communeId: c.id,
    reportId: r.id,
    version: r.version,
    ...doc.sections,
    summary: doc.heading.summary,
    place: doc.heading.place,
    number,
    issuedDate: "2026-02-03",
    signerMode: "TM",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn Chủ",
    recipients: doc.heading.recipients.join("\n"),
  });
  if (!signed.ok) throw new Error(signed.message);
  return r.id;
}

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  const c = await communeByName(db, "Phường Hải An");
  haiAn = { communeId: c.id, provinceId: c.provinceId! };
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  planId = (await db.plan.findFirstOrThrow({ where: { communeId: c.id, sourceFile: { not: null } } })).id;
  signedId = await report("Phường Hải An", { office: "vhxh.haian", chair: "chutich.haian" }, "M-2026-01", "05/BC-UBND");
  draftId = await report(
    "Phường Hải An",
    { office: "vhxh.haian", chair: "chutich.haian" },
    reportPeriodContaining(localDateKey(new Date()), "MONTH").key,
    null,
  );
  otherSignedId = await report("Phường Thạch Khôi", { office: "vhxh.thachkhoi", chair: "chutich.thachkhoi" }, "M-2026-01", "07/BC-UBND");
  for (const u of ["chutich.haian", "vhxh.haian", "vanphong.haian", "tinh.haiphong", "tinh.thanhhoa", "chutich.thachkhoi", "admin"])
    tokens[u] = (await tokenFor(db, u)).token;
});
afterAll(async () => {
  await db.$disconnect();
});

type Page = {
  data: {
    id: string;
    number: string;
    period: { key: string; kind: string };
    plan: { id: string };
    files: { format: string; path: string; sha256: string }[];
  }[];
  nextCursor: string | null;
};
const list = (user: string, query = "") => api(db, `/api/v1/communes/${haiAn.communeId}/reports${query}`, { token: tokens[user] });
const file = (user: string, reportId: string, format: string, communeId = haiAn.communeId) =>
  api(db, `/api/v1/communes/${communeId}/reports/${reportId}/files/${format}`, { token: tokens[user] });

describe("API v1: signed reports", () => {
  it("lists the signed report only, even to the commune's own leaders who see drafts in the portal", async () => {
    for (const user of ["chutich.haian", "vhxh.haian"]) {
      const r = await list(user);
      expect(r.status).toBe(200);
      const page = r.json() as Page;
      expect(page.data.map((x) => x.id)).toEqual([signedId]);
      expect(page.data.map((x) => x.id)).not.toContain(draftId);
    }
    const [item] = ((await list("chutich.haian")).json() as Page).data;
    const stored = await db.report.findUniqueOrThrow({ where: { id: signedId }, include: { files: true } });
    expect(item).toMatchObject({
      number: "05/BC-UBND",
      signedYear: 2026,
      issuedDate: "2026-02-03",
      period: {
        key: "M-2026-01",
        kind: "MONTH",
        label: stored.periodLabel,
        start: dateOnlyKey(stored.periodStart),
        end: dateOnlyKey(stored.periodEnd),
      },
      plan: { id: planId },
      signer: { mode: "TM", title: "CHỦ TỊCH", name: "Nguyễn Văn Chủ" },
      finalizedAt: stored.finalizedAt!.toISOString(),
    });
    expect(item!.files.map((f) => [f.format, f.path, f.sha256]).sort()).toEqual(
      stored.files.map((f) => [f.format, `/api/v1/communes/${haiAn.communeId}/reports/${signedId}/files/${f.format}`, f.sha256]).sort(),
    );
  });

  it("filters by plan, period and updatedSince, and pages", async () => {
    const ids = async (q: string) => ((await list("chutich.haian", q)).json() as Page).data.map((x) => x.id);
    expect(await ids(`?planId=${planId}`)).toEqual([signedId]);
    expect(await ids("?planId=khongco")).toEqual([]);
    expect(await ids("?period=M-2026-01")).toEqual([signedId]);
    expect(await ids("?period=M-2026-02")).toEqual([]);
    expect(await ids(`?updatedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    const first = (await list("chutich.haian", "?limit=1")).json() as Page;
    expect(first.nextCursor).toBeNull();
    expect((await list("chutich.haian", "?bogus=1")).status).toBe(400);
  });

  it("answers CSV with its header and the signed report's row", async () => {
    const r = await list("chutich.haian", "?format=csv");
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = r.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Số, ký hiệu,Trích yếu,Kỳ báo cáo,Loại kỳ,Kế hoạch,Ngày ban hành,Người ký,Thời điểm ký,Tệp".replace("Số, ký hiệu", '"Số, ký hiệu"'),
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("05/BC-UBND");
    expect(lines[1]).toContain("03/02/2026");
  });

  it("serves the signed files with the portal's bytes and headers", async () => {
    const chair = await viewer(db, "chutich.haian");
    const scope = { communeId: haiAn.communeId, provinceId: haiAn.provinceId };
    const detail = (await getReport(chair, scope, signedId))!;
    for (const format of ["docx", "xlsx"] as const) {
      const portal = (await reportFileResponse(detail, format))!;
      const portalBytes = Buffer.from(await portal.arrayBuffer());
      const res = await api(db, `/api/v1/communes/${haiAn.communeId}/reports/${signedId}/files/${format}`, {
        token: tokens["chutich.haian"],
      });
      // api() reads the body as text; ask the dispatcher again for the raw bytes.
      expect(res.status).toBe(200);
      for (const h of ["content-type", "content-length", "content-disposition", "cache-control"])
        expect(res.headers.get(h), h).toBe(portal.headers.get(h));
      const raw = await rawBytes(`/api/v1/communes/${haiAn.communeId}/reports/${signedId}/files/${format}`, tokens["chutich.haian"]!);
      expect(raw.equals(portalBytes)).toBe(true);
      const stored = await db.reportFile.findFirstOrThrow({ where: { reportId: signedId, format } });
      expect(raw.equals(await reportFileBytes(stored))).toBe(true);
      expect(raw.subarray(0, 2).toString()).toBe("PK");
    }
    const wb = new ExcelJS.Workbook();
    const xlsx = await rawBytes(`/api/v1/communes/${haiAn.communeId}/reports/${signedId}/files/xlsx`, tokens["chutich.haian"]!);
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    // The one-stop centre's sheet comes only with its figures (a commune with checks or incidents in the period).
    const signed = await db.report.findUniqueOrThrow({ where: { id: signedId } });
    const centre = (signed.data as { operations?: unknown }).operations ? ["Vận hành TTPVHCC"] : [];
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Nhiệm vụ", "Chỉ tiêu", "Đơn vị", ...centre]);
  });

  it("a draft's files, another commune's report and a bad format are 404 problems", async () => {
    for (const format of ["docx", "xlsx"]) expect((await file("chutich.haian", draftId, format)).status).toBe(404);
    expect((await file("chutich.haian", otherSignedId, "docx")).status).toBe(404);
    expect((await file("chutich.haian", signedId, "pdf")).status).toBe(404);
    expect((await file("chutich.haian", signedId, "toString")).status).toBe(404);
    const r = await file("chutich.haian", draftId, "docx");
    expect(r.headers.get("content-type")).toBe("application/problem+json");
  });

  it("unit staff tokens get 404 as for another tenant; the province reads its commune's signed report; others 404", async () => {
    expect((await list("vanphong.haian")).status).toBe(404);
    expect((await file("vanphong.haian", signedId, "docx")).status).toBe(404);

    const province = (await list("tinh.haiphong")).json() as Page;
    expect(province.data.map((x) => x.id)).toEqual([signedId]);
    expect((await file("tinh.haiphong", signedId, "docx")).status).toBe(200);
    expect((await file("tinh.haiphong", draftId, "docx")).status).toBe(404);
    // The same province's other commune: its own signed report is there under its own id.
    const other = await api(db, `/api/v1/communes/${thachKhoi}/reports`, { token: tokens["tinh.haiphong"] });
    expect((other.json() as Page).data.map((x) => x.id)).toEqual([otherSignedId]);

    expect((await list("tinh.thanhhoa")).status).toBe(404);
    expect((await file("tinh.thanhhoa", signedId, "docx")).status).toBe(404);
    expect((await list("chutich.thachkhoi")).status).toBe(404);
    expect((await file("chutich.thachkhoi", signedId, "docx")).status).toBe(404);
    expect(((await list("admin")).json() as Page).data.map((x) => x.id)).toEqual([signedId]);
  });
});

async function rawBytes(path: string, token: string): Promise<Buffer> {
  const { dispatch } = await import("@/lib/api/dispatch");
  const res = await dispatch(new Request(`http://portal.test${path}`, { headers: { authorization: `Bearer ${token}` } }), {
    db,
    ratePerMinute: 10_000,
  });
  return Buffer.from(await res.arrayBuffer());
}
