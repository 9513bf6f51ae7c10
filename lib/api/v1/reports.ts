// GET /communes/{communeId}/reports and …/reports/{reportId}/files/{format}: the commune's signed
// reports and their files. Only signed (finalised) reports, whoever owns the token: the commune's own
// leaders see drafts in the portal, but what leaves through the API is an official document.
import { z } from "zod";
import { canViewReports } from "../../auth/permissions";
import { dateOnlyKey, formatDateKey, formatDateTime } from "../../dates";
import type { Prisma } from "../../generated/prisma/client";
import { reportFileResponse } from "../../reports/download";
import { EXPORT_FORMATS } from "../../reports/export";
import { PERIOD_KIND_LABEL, REPORT_PERIOD_KINDS, reportPeriodFromKey } from "../../reports/periods";
import { getReport } from "../../reports/queries";
import { ApiError, defineEndpoint } from "../endpoint";
import { keysetArgs, pageQuerySchema, pageSchema, toPage } from "../pagination";
import { communeIdParam, day, instant } from "./common";

const FORMATS = ["docx", "xlsx"] as const;

/** The API path of a signed report's file (what `files[].path` gives). */
const filePath = (communeId: string, reportId: string, format: string) =>
  `/api/v1/communes/${communeId}/reports/${reportId}/files/${format}`;

export const reportSchema = z
  .object({
    id: z.string(),
    title: z
      .string()
      .meta({ description: "Trích yếu của báo cáo.", example: "Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số tháng 11 năm 2026" }),
    period: z
      .object({
        key: z.string().meta({ example: "M-2026-11" }),
        kind: z.enum(REPORT_PERIOD_KINDS).nullable().meta({ description: "Loại kỳ: WEEK, MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR." }),
        label: z.string().meta({ example: "Tháng 11 năm 2026" }),
        start: day,
        end: day,
      })
      .meta({ id: "ReportPeriod", description: "Kỳ báo cáo." }),
    plan: z.object({ id: z.string(), number: z.string().nullable(), title: z.string() }).meta({ description: "Kế hoạch được báo cáo." }),
    number: z.string().meta({ description: "Số, ký hiệu văn bản như đã ký.", example: "05/BC-UBND" }),
    signedYear: z.number().int().nullable().meta({ description: "Năm ban hành (số văn bản không trùng trong năm của xã)." }),
    issuedDate: day.nullable().meta({ description: "Ngày ban hành ghi trên văn bản." }),
    finalizedAt: instant.meta({ description: "Thời điểm lãnh đạo ký, hoàn tất báo cáo trên hệ thống." }),
    signer: z
      .object({ mode: z.enum(["TM", "KT"]).meta({ description: "TM = thay mặt, KT = ký thay." }), title: z.string(), name: z.string() })
      .meta({ description: "Người ký." }),
    files: z
      .array(
        z.object({
          format: z.enum(FORMATS),
          path: z
            .string()
            .meta({ description: "Đường dẫn API tải tệp (cùng khóa kết nối).", example: "/api/v1/communes/…/reports/…/files/docx" }),
          size: z.number().int().meta({ description: "Dung lượng (byte)." }),
          sha256: z.string().meta({ description: "Mã băm SHA-256 của tệp đã ký, để kiểm tra tệp tải về." }),
        }),
      )
      .meta({ description: "Các tệp đã lưu khi ký (DOCX theo thể thức văn bản, XLSX các bảng số liệu)." }),
    updatedAt: instant,
  })
  .meta({ id: "Report" });

type ReportItem = z.input<typeof reportSchema>;

const listQuery = pageQuerySchema.extend({
  planId: z.string().max(40).optional().meta({ description: "Chỉ báo cáo của kế hoạch này." }),
  period: z.string().max(40).optional().meta({ description: "Chỉ báo cáo của kỳ này (khóa kỳ, ví dụ M-2026-11).", example: "M-2026-11" }),
});

const select = {
  id: true,
  communeId: true,
  summary: true,
  periodKey: true,
  periodLabel: true,
  periodStart: true,
  periodEnd: true,
  number: true,
  signedYear: true,
  issuedDate: true,
  finalizedAt: true,
  signerMode: true,
  signerTitle: true,
  signerName: true,
  updatedAt: true,
  plan: { select: { id: true, number: true, title: true } },
  files: { select: { format: true, size: true, sha256: true }, orderBy: { format: "asc" } },
} satisfies Prisma.ReportSelect;

type ReportRow = Prisma.ReportGetPayload<{ select: typeof select }>;

function toReport(r: ReportRow): ReportItem {
  return {
    id: r.id,
    title: r.summary,
    period: {
      key: r.periodKey,
      kind: reportPeriodFromKey(r.periodKey)?.kind ?? null,
      label: r.periodLabel,
      start: dateOnlyKey(r.periodStart),
      end: dateOnlyKey(r.periodEnd),
    },
    plan: { id: r.plan.id, number: r.plan.number || null, title: r.plan.title },
    number: r.number,
    signedYear: r.signedYear,
    issuedDate: r.issuedDate ? dateOnlyKey(r.issuedDate) : null,
    // Listed reports are FINAL, and a FINAL report has its instant (lib/reports/commands.ts finalizeReport).
    finalizedAt: (r.finalizedAt ?? r.updatedAt).toISOString(),
    signer: { mode: r.signerMode, title: r.signerTitle, name: r.signerName },
    files: r.files
      .filter((f): f is typeof f & { format: (typeof FORMATS)[number] } => (FORMATS as readonly string[]).includes(f.format))
      .map((f) => ({ format: f.format, path: filePath(r.communeId, r.id, f.format), size: f.size, sha256: f.sha256 })),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export const listReports = defineEndpoint({
  id: "listReports",
  method: "GET",
  path: "/communes/{communeId}/reports",
  summary: "Danh sách báo cáo đã ký của xã",
  description:
    "Chỉ các báo cáo đã được lãnh đạo ký (hoàn tất), bất kể khóa kết nối của ai: lãnh đạo xã xem được dự thảo trên cổng, " +
    "nhưng qua API chỉ trao đổi văn bản chính thức. Cán bộ đơn vị không xem báo cáo (404 như xã khác).",
  tag: "Báo cáo",
  allow: canViewReports,
  params: z.object({ communeId: communeIdParam }),
  query: listQuery,
  response: pageSchema(reportSchema, "ReportPage"),
  csv: {
    fileName: "bao-cao.csv",
    columns: [
      { header: "Số, ký hiệu", value: (r) => r.number },
      { header: "Trích yếu", value: (r) => r.title },
      { header: "Kỳ báo cáo", value: (r) => r.period.label },
      { header: "Loại kỳ", value: (r) => (r.period.kind ? PERIOD_KIND_LABEL[r.period.kind] : "") },
      { header: "Kế hoạch", value: (r) => r.plan.number ?? r.plan.title },
      { header: "Ngày ban hành", value: (r) => (r.issuedDate ? formatDateKey(r.issuedDate) : "") },
      { header: "Người ký", value: (r) => `${r.signer.mode} ${r.signer.title} ${r.signer.name}`.trim() },
      { header: "Thời điểm ký", value: (r) => formatDateTime(new Date(r.finalizedAt)) },
      { header: "Tệp", value: (r) => r.files.map((f) => f.path).join(" ") },
    ],
  },
  handler: async ({ db, commune, query }) => {
    const rows = await db.report.findMany({
      ...keysetArgs<Prisma.ReportWhereInput>(
        query,
        { communeId: commune!.communeId, status: "FINAL" },
        query.planId ? { planId: query.planId } : {},
        query.period ? { periodKey: query.period } : {},
      ),
      select,
    });
    const page = toPage(rows, query.limit);
    return { body: { data: page.data.map(toReport), nextCursor: page.nextCursor } };
  },
});

export const getReportFile = defineEndpoint({
  id: "getReportFile",
  method: "GET",
  path: "/communes/{communeId}/reports/{reportId}/files/{format}",
  summary: "Tải tệp báo cáo đã ký",
  description:
    "Tệp DOCX hoặc XLSX được lưu khi ký, đúng từng byte như tệp tải trên cổng. Dự thảo, báo cáo của xã khác " +
    "hoặc định dạng khác docx, xlsx: 404.",
  tag: "Báo cáo",
  allow: canViewReports,
  params: z.object({
    communeId: communeIdParam,
    reportId: z.string().meta({ description: "Mã (id) của báo cáo." }),
    format: z.enum(FORMATS).meta({ description: "docx hoặc xlsx." }),
  }),
  response: z.string(),
  files: {
    [EXPORT_FORMATS.docx]: "Văn bản báo cáo (DOCX) như đã ký.",
    [EXPORT_FORMATS.xlsx]: "Bảng số liệu của báo cáo (XLSX) như đã ký.",
  },
  handler: async ({ caller, commune, params }) => {
    const report = await getReport(caller.viewer, commune!, params.reportId);
    // A draft is as absent as a report of another commune: the API serves signed documents only.
    if (!report || report.status !== "FINAL")
      throw new ApiError("not-found", "Không tìm thấy báo cáo đã ký này, hoặc khóa kết nối không có quyền xem nó.");
    const response = await reportFileResponse(report, params.format);
    if (!response) throw new ApiError("server-error", "Tệp của báo cáo không còn trên máy chủ. Vui lòng báo quản trị hệ thống.");
    return response;
  },
});
