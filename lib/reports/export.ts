import "server-only";
// The bytes of a report export: a finalised report's stored file (exactly as signed), or a fresh
// rendering of a draft (marked "DỰ THẢO").
import { documentOf, exportFileName } from "./document";
import { renderReportDocx } from "./docx";
import type { ReportDetail } from "./queries";
import { limitRender } from "./render-limit";
import { storedReportFile } from "./queries";
import { openEvidence } from "../files/storage";
import { readAll } from "../storage/s3";
import { renderReportXlsx } from "./xlsx";

export const EXPORT_FORMATS = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export async function reportExport(report: ReportDetail, format: ExportFormat): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const doc = documentOf(report);
  const fileName = exportFileName(doc, format);
  if (report.status === "FINAL") {
    const stored = await storedReportFile(report.communeId, report.id, format);
    if (!stored) return null;
    // Files signed before object storage keep their bytes in the row; newer ones are in the store.
    const file = stored.bytes ?? (await openEvidence(stored.id).then((s) => (s ? readAll(s) : null)));
    return file ? { bytes: new Uint8Array(file), fileName } : null;
  }
  const bytes = await limitRender(() => (format === "docx" ? renderReportDocx(doc) : renderReportXlsx(doc)));
  return { bytes: new Uint8Array(bytes), fileName };
}
