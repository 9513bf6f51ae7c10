import "server-only";
// The download of a report's DOCX/XLSX as an HTTP response: the portal's route and the API's
// (/api/v1/communes/{communeId}/reports/{reportId}/files/{format}) answer with the same bytes and headers.
import { Readable } from "node:stream";
import { contentDisposition } from "../files/queries";
import { EXPORT_FORMATS, reportExport, type ExportFormat } from "./export";
import type { ReportDetail } from "./queries";

/** The file's response, or null when a finalised report's stored file is missing (the caller says so its own way). */
export async function reportFileResponse(report: ReportDetail, format: ExportFormat): Promise<Response | null> {
  const file = await reportExport(report, format);
  if (!file) {
    console.error(`[reports] finalised report ${report.id} has no stored ${format}`);
    return null;
  }
  const body = file.body instanceof Uint8Array ? file.body : (Readable.toWeb(file.body) as ReadableStream<Uint8Array>);
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": EXPORT_FORMATS[format],
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
