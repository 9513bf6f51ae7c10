// A stored report row → the document the exports render.
import { dateOnlyKey } from "../dates";
import type { ReportData, ReportDocument, ReportSections, SignerMode } from "./types";

export type ReportRow = {
  status: "DRAFT" | "FINAL";
  data: unknown;
  sections: unknown;
  number: string;
  issuedDate: Date | null;
  place: string;
  summary: string;
  signerMode: SignerMode;
  signerTitle: string;
  signerName: string;
  recipients: string;
};

/** The JSON columns hold what lib/reports wrote into them (compile and save), nothing typed by hand. */
export function documentOf(r: ReportRow): ReportDocument {
  return {
    data: r.data as ReportData,
    sections: r.sections as ReportSections,
    heading: {
      number: r.number,
      issuedDate: r.issuedDate ? dateOnlyKey(r.issuedDate) : "",
      place: r.place,
      summary: r.summary,
      signerMode: r.signerMode,
      signerTitle: r.signerTitle,
      signerName: r.signerName,
      recipients: r.recipients.split("\n").filter(Boolean),
    },
    draft: r.status !== "FINAL",
  };
}

/** File name of an export: "Bao-cao-05-BC-UBND-thang-11-2025.docx" (ASCII, safe in every browser). */
export function exportFileName(doc: ReportDocument, ext: "docx" | "xlsx"): string {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  const parts = ["Bao-cao", doc.heading.number ? ascii(doc.heading.number) : "du-thao", ascii(doc.data.period.label).toLowerCase()];
  return `${parts.join("-")}.${ext}`;
}
