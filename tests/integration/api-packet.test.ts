// GET /api/v1/communes/{communeId}/kpi-packet (QCVN 125 KPI data packet): the XML says what the JSON
// says, the period rule, the national code after the admin saves one, bad periods and tenants.
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/safe-action";
import { KPI_PACKET_NS, XSI_NS } from "@/lib/api/v1/kpi-packet-xml";
import type { Db } from "@/lib/db";
import { saveKpiNationalCode } from "@/lib/indicators/national-code-commands";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { api, tokenFor } from "./api-support";

type PacketItem = {
  indicatorCode: string;
  codeSystem: string;
  catalogCode: string | null;
  indicatorId: string;
  name: string;
  period: { key: string } | null;
  value: number | null;
  dataSource: string | null;
  collectedAt: string | null;
};
type Packet = {
  header: { reportingUnit: { id: string; name: string }; period: { key: string; start: string; end: string } };
  indicators: PacketItem[];
};

let db: Db;
let haiAn: string;
let haLong: string;
let token: string;

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  haLong = (await communeByName(db, "Xã Hà Long")).id;
  token = (await tokenFor(db, "vhxh.haian")).token;
});
afterAll(async () => {
  await db.$disconnect();
});

const NOW = new Date("2026-12-05T03:00:00Z");
const packetPath = (period: string, format = "json", commune = haiAn) =>
  `/api/v1/communes/${commune}/kpi-packet?period=${period}&format=${format}`;

/** The XML read back into JSON by its own conventions: elements → keys, <indicator> → list items, xsi:nil → null. */
function fromXml(e: Element): unknown {
  if (e.getAttributeNS(XSI_NS, "nil") === "true") return null;
  const children = Array.from(e.childNodes).filter((n): n is Element => (n as Node).nodeType === 1);
  if (e.localName === "indicators") return children.map(fromXml);
  if (children.length === 0) return e.textContent ?? "";
  return Object.fromEntries(children.map((c) => [c.localName, fromXml(c)]));
}
/** The JSON with every figure as the text XML carries. */
const asText = (v: unknown): unknown =>
  v === null
    ? null
    : Array.isArray(v)
      ? v.map(asText)
      : typeof v === "object"
        ? Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, asText(x)]))
        : String(v);

describe("KPI packet", () => {
  it("the XML parses, is in the documented namespace and says exactly what the JSON says", async () => {
    const json = await api(db, packetPath("M-2026-11"), { token, now: NOW });
    expect(json.status).toBe(200);
    const xml = await api(db, packetPath("M-2026-11", "xml"), { token, now: NOW });
    expect(xml.status).toBe(200);
    expect(xml.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level: string, msg: unknown) => void errors.push(`${level}: ${String(msg)}`),
    }).parseFromString(xml.text, "application/xml");
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect([root.localName, root.namespaceURI]).toEqual(["kpiPacket", KPI_PACKET_NS]);
    expect(fromXml(root)).toEqual(asText(json.json()));
    const packet = json.json() as Packet;
    expect(packet.header.reportingUnit.name).toBe("Phường Hải An");
    expect(packet.header.period).toMatchObject({ key: "M-2026-11", start: "2026-10-15", end: "2026-11-14" });
    expect(packet.indicators.length).toBeGreaterThan(3);
  });

  it("is the same packet, with the same ETag, until its data changes (304 to If-None-Match)", async () => {
    const first = await api(db, packetPath("M-2026-11"), { token, now: NOW });
    const later = await api(db, packetPath("M-2026-11"), { token, now: new Date(NOW.getTime() + 3_600_000) });
    expect(later.text).toBe(first.text);
    const etag = first.headers.get("etag")!;
    expect((await api(db, packetPath("M-2026-11"), { token, now: NOW, headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("a monthly KPI reports its value of the same month, with its source and time of collection", async () => {
    const packet = (await api(db, packetPath("M-2026-11"), { token, now: NOW })).json() as Packet;
    let withValue = 0;
    for (const item of packet.indicators) {
      expect(item.period?.key).toBe("2026-11");
      const stored = await db.indicatorValue.findFirst({
        where: { indicatorId: item.indicatorId, periodKey: "2026-11" },
        orderBy: { revision: "desc" },
      });
      expect(item.value).toBe(stored ? stored.value.toNumber() : null);
      expect(item.collectedAt).toBe(stored ? stored.createdAt.toISOString() : null);
      if (stored) {
        withValue++;
        expect(item.dataSource).toMatch(/^Nhập trên cổng: /);
      }
      expect(item.codeSystem).toBe(item.catalogCode ? "danh-muc-cong" : "ke-hoach");
    }
    expect(withValue).toBeGreaterThan(0);
  });

  it("a value fed through the API names its source system", async () => {
    const center = await tokenFor(db, "tthcc.haian", { scope: "INDICATORS_WRITE" });
    const kpi = await db.indicator.findFirstOrThrow({ where: { communeId: haiAn, code: "CT01", plan: { sourceFile: { not: null } } } });
    const posted = await api(db, `/api/v1/communes/${haiAn}/indicators/${kpi.id}/values`, {
      token: center.token,
      method: "POST",
      body: { period: "2026-11", value: 70, source: "Cổng dịch vụ công tỉnh", externalId: "DVC-11" },
    });
    expect(posted.status).toBe(201);
    const item = ((await api(db, packetPath("M-2026-11"), { token, now: NOW })).json() as Packet).indicators.find(
      (i) => i.indicatorId === kpi.id,
    )!;
    expect(item).toMatchObject({ value: 70, dataSource: "Cổng dịch vụ công tỉnh" });
  });

  it("uses the national code once the admin saves one, and the catalog code again once it is removed", async () => {
    const admin = await viewer(db, "admin");
    const first = (await api(db, packetPath("M-2026-11"), { token, now: NOW })).json() as Packet;
    const target = first.indicators.find((i) => i.catalogCode)!;
    const saved = await executeAction(saveKpiNationalCode, admin, {
      catalogCode: target.catalogCode,
      nationalCode: "CDS.2.01",
      nationalName: "Tỷ lệ <thử> & “tên” quốc gia",
    });
    expect(saved.ok).toBe(true);
    const mapped = ((await api(db, packetPath("M-2026-11"), { token, now: NOW })).json() as Packet).indicators.find(
      (i) => i.indicatorId === target.indicatorId,
    )!;
    expect(mapped).toMatchObject({ indicatorCode: "CDS.2.01", codeSystem: "quoc-gia", name: "Tỷ lệ <thử> & “tên” quốc gia" });
    // The escaped name reads back from the XML as it was typed.
    const xml = await api(db, packetPath("M-2026-11", "xml"), { token, now: NOW });
    expect(xml.text).toContain("Tỷ lệ &lt;thử&gt; &amp; “tên” quốc gia");

    expect(
      (await executeAction(saveKpiNationalCode, admin, { catalogCode: target.catalogCode, nationalCode: "", nationalName: "" })).ok,
    ).toBe(true);
    const unmapped = ((await api(db, packetPath("M-2026-11"), { token, now: NOW })).json() as Packet).indicators.find(
      (i) => i.indicatorId === target.indicatorId,
    )!;
    expect(unmapped).toMatchObject({ indicatorCode: target.catalogCode, codeSystem: "danh-muc-cong" });
  });

  it("refuses a bad period key with 400 and another tenant's commune with 404", async () => {
    for (const period of ["2026-11", "M-2026-13", "tháng 11", ""]) {
      const r = await api(db, packetPath(encodeURIComponent(period)), { token, now: NOW });
      expect(r.status, period).toBe(400);
      expect(r.headers.get("content-type")).toBe("application/problem+json");
    }
    expect((await api(db, packetPath("M-2026-11", "json", haLong), { token, now: NOW })).status).toBe(404);
    expect((await api(db, packetPath("M-2026-11", "pdf"), { token, now: NOW })).status).toBe(400);
  });
});

describe("kpiCodes.save", () => {
  it("saves, audits {catalogCode, before, after} and removes with an empty code; only admins", async () => {
    const entry = await db.indicatorCatalogEntry.findFirstOrThrow({ orderBy: { sortOrder: "desc" } });
    const admin = await viewer(db, "admin");
    const input = { catalogCode: entry.code, nationalCode: "1.2-3", nationalName: "" };
    expect((await executeAction(saveKpiNationalCode, admin, input)).ok).toBe(true);
    expect(await db.kpiNationalCode.findUnique({ where: { catalogCode: entry.code } })).toMatchObject({
      nationalCode: "1.2-3",
      nationalName: null,
      updatedById: admin.id,
    });
    expect((await executeAction(saveKpiNationalCode, admin, { ...input, nationalCode: "" })).ok).toBe(true);
    expect(await db.kpiNationalCode.findUnique({ where: { catalogCode: entry.code } })).toBeNull();
    const logs = await db.auditLog.findMany({ where: { action: "kpiCodes.save", entityId: entry.code }, orderBy: { createdAt: "asc" } });
    expect(logs.map((l) => l.data)).toEqual([
      { catalogCode: entry.code, before: { nationalCode: null, nationalName: null }, after: { nationalCode: "1.2-3", nationalName: null } },
      { catalogCode: entry.code, before: { nationalCode: "1.2-3", nationalName: null }, after: { nationalCode: null, nationalName: null } },
    ]);

    const bad = await executeAction(saveKpiNationalCode, admin, { ...input, nationalCode: "mã có dấu cách" });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? null : bad.fieldErrors?.nationalCode).toEqual(["Mã quốc gia chỉ gồm chữ, số, dấu chấm và dấu gạch ngang"]);
    const unknown = await executeAction(saveKpiNationalCode, admin, { ...input, catalogCode: "KHONG_CO" });
    expect(unknown.ok ? null : unknown.code).toBe("NOT_FOUND");
    for (const username of ["vhxh.haian", "tinh.haiphong", "chutich.haian"]) {
      const r = await executeAction(saveKpiNationalCode, await viewer(db, username), input);
      expect(r.ok ? null : r.code, username).toBe("FORBIDDEN");
    }
    expect(await db.kpiNationalCode.count()).toBe(0);
  });
});
