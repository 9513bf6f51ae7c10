import { canViewReports } from "@/lib/auth/permissions";
import { requireCommuneForRoute } from "@/lib/auth/session";
import { reportFileResponse } from "@/lib/reports/download";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/reports/export";
import { getReport } from "@/lib/reports/queries";
import { isIdShaped } from "@/lib/ids";

// DOCX/XLSX of a report. The same 404 for a missing report, another commune's, or a draft asked for
// by the province, so ids reveal nothing.
export async function GET(_req: Request, ctx: RouteContext<"/c/[communeId]/bao-cao/[reportId]/tep/[format]">) {
  const { communeId, reportId, format } = await ctx.params;
  const gate = await requireCommuneForRoute(communeId, canViewReports);
  if (!gate.ok && gate.status === 401) return Response.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  const notFound = () => Response.json({ error: "Không tìm thấy báo cáo." }, { status: 404 });
  // Ids are ours ([a-z0-9]); anything else is no row, and a NUL byte would make PostgreSQL fail.
  // Own keys only: "toString" is `in` every object.
  if (!gate.ok || !Object.hasOwn(EXPORT_FORMATS, format) || !isIdShaped(reportId)) return notFound();
  const report = await getReport(gate.user, gate.commune, reportId);
  if (!report) return notFound();
  return (
    (await reportFileResponse(report, format as ExportFormat)) ??
    Response.json({ error: "Tệp của báo cáo không còn trên máy chủ. Vui lòng báo quản trị hệ thống." }, { status: 410 })
  );
}
