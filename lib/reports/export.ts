import "server-only";
// The bytes of a report export: a finalised report's stored file (exactly as signed), or a fresh
// rendering of a draft (marked "DỰ THẢO"; kept by content, ./draft-render.ts).
import type { Readable } from "node:stream";
import { documentOf, exportFileName } from "./document";
import { renderDraft } from "./draft-render";
import type { ReportDetail } from "./queries";
import { storedReportFile } from "./queries";
import { openEvidence } from "../files/storage";

export const EXPORT_FORMATS = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A signed file is streamed from the store; a draft's rendering is in memory anyway. */
export type ReportExport = { body: Readable | Uint8Array; size: number; fileName: string };

export async function reportExport(report: ReportDetail, format: ExportFormat): Promise<ReportExport | null> {
  const doc = documentOf(report);
  const fileName = exportFileName(doc, format);
  if (report.status === "FINAL") {
    const stored = await storedReportFile(report.communeId, report.id, format);
    if (!stored) return null;
    // Files signed before object storage keep their bytes in the row; newer ones are in the store.
    if (stored.bytes) return { body: new Uint8Array(stored.bytes), size: stored.bytes.length, fileName };
    const body = await openEvidence(stored.id);
    return body ? { body, size: stored.size, fileName } : null;
  }
  const bytes = await renderDraft(doc, format);
  return { body: bytes, size: bytes.length, fileName };
}
