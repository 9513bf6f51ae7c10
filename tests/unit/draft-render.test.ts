// Draft renderings are kept by content (lib/reports/draft-render.ts): the same document is rendered
// once however often and however concurrently it is asked for; a changed document is rendered anew;
// the caller gets its own copy of the bytes. The renderers are the real ones, counted.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportDocument } from "@/lib/reports/types";
import { docxText, docxXml } from "../support/docx-xml";
import { sampleReport } from "../support/report-document";

const calls = vi.hoisted(() => ({ docx: 0, xlsx: 0 }));
vi.mock("@/lib/reports/docx", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/reports/docx")>();
  return { ...real, renderReportDocx: (doc: ReportDocument) => (calls.docx++, real.renderReportDocx(doc)) };
});
vi.mock("@/lib/reports/xlsx", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/reports/xlsx")>();
  return { ...real, renderReportXlsx: (doc: ReportDocument) => (calls.xlsx++, real.renderReportXlsx(doc)) };
});
const { renderDraft } = await import("@/lib/reports/draft-render");

/** A draft no other test of this file renders (the cache lives for the process). */
const draft = (number: string): ReportDocument => {
  const doc = sampleReport();
  return { ...doc, draft: true, heading: { ...doc.heading, number } };
};

beforeEach(() => {
  calls.docx = 0;
  calls.xlsx = 0;
});

describe("renderDraft", () => {
  it("renders an unchanged draft once for ten concurrent and five later downloads, with the same bytes", async () => {
    const doc = draft("11/BC-UBND");
    const first = await Promise.all(Array.from({ length: 10 }, () => renderDraft(doc, "docx")));
    const later = [];
    for (let i = 0; i < 5; i++) later.push(await renderDraft(structuredClone(doc), "docx"));
    expect(calls.docx).toBe(1);
    for (const bytes of [...first, ...later]) expect(Buffer.from(bytes).equals(Buffer.from(first[0]!))).toBe(true);
    expect(docxText(await docxXml(Buffer.from(first[0]!)))).toContain("Số: 11/BC-UBND");
  });

  it("renders a changed draft anew, and each format separately", async () => {
    const a = await renderDraft(draft("12/BC-UBND"), "docx");
    const b = await renderDraft(draft("13/BC-UBND"), "docx");
    await renderDraft(draft("12/BC-UBND"), "xlsx");
    expect(calls).toEqual({ docx: 2, xlsx: 1 });
    expect(docxText(await docxXml(Buffer.from(a)))).toContain("Số: 12/BC-UBND");
    expect(docxText(await docxXml(Buffer.from(b)))).toContain("Số: 13/BC-UBND");
  });

  it("hands out a copy: spoiling one answer leaves the next whole", async () => {
    const doc = draft("14/BC-UBND");
    const spoiled = await renderDraft(doc, "docx");
    const whole = Buffer.from(spoiled);
    spoiled.fill(0);
    expect(Buffer.from(await renderDraft(doc, "docx")).equals(whole)).toBe(true);
    expect(calls.docx).toBe(1);
  });
});
