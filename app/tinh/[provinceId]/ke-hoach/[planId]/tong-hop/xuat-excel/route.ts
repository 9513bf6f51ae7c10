import { canViewProvincePlans } from "@/lib/auth/permissions";
import { requireProvinceForRoute } from "@/lib/auth/session";
import { xlsxResponse } from "@/lib/exports/xlsx-table";
import { isIdShaped } from "@/lib/ids";
import { planRollupWorkbook } from "@/lib/province-plans/rollup-export";

// The roll-up by province task as an XLSX file. The gate of the roll-up page: signed out → 401;
// another province, a commune account, or a plan that is not this province's → 404.
export async function GET(_req: Request, ctx: RouteContext<"/tinh/[provinceId]/ke-hoach/[planId]/tong-hop/xuat-excel">) {
  const { provinceId, planId } = await ctx.params;
  const gate = await requireProvinceForRoute(provinceId, canViewProvincePlans);
  if (!gate.ok && gate.status === 401) return Response.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  const notFound = () => Response.json({ error: "Không tìm thấy kế hoạch." }, { status: 404 });
  // Ids are ours ([a-z0-9]); anything else is no row, and a NUL byte would make PostgreSQL fail.
  if (!gate.ok || !isIdShaped(planId)) return notFound();
  const file = await planRollupWorkbook(gate.province.provinceId, planId);
  return file ? xlsxResponse(file.wb, file.fileName) : notFound();
}
