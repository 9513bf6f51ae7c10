import { canListCommunes } from "@/lib/auth/permissions";
import { routeUser } from "@/lib/auth/session";
import { provinceTableFileName, provinceTableWorkbook, shownProvinceFor } from "@/lib/dashboard/province-export";
import { readProvinceQuery } from "@/lib/dashboard/province-table";
import { provinceName } from "@/lib/dashboard/province-view";
import { xlsxResponse } from "@/lib/exports/xlsx-table";
import { provinceOverview } from "@/lib/read-models/models";

// The province table as on screen (same search, sort and province) as an XLSX file. The gate of the
// page: signed out → 401, an account that may not list communes → 404.
export async function GET(req: Request) {
  const user = await routeUser();
  if (!user) return Response.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  if (!canListCommunes(user)) return Response.json({ error: "Không tìm thấy trang này." }, { status: 404 });
  const query = readProvinceQuery(Object.fromEntries(new URL(req.url).searchParams));
  const { provinces, provinceId } = await shownProvinceFor(user, query);
  const computedAt = new Date();
  const communes = await provinceOverview(provinceId, computedAt);
  const name = provinceName(provinceId, provinces, communes);
  return xlsxResponse(provinceTableWorkbook({ communes, query, provinceName: name, computedAt }), provinceTableFileName(name, computedAt));
}
