import { canManageTenants } from "@/lib/auth/permissions";
import { routeUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { xlsxResponse } from "@/lib/exports/xlsx-table";
import { onboardingTemplate, TEMPLATE_FILE_NAME } from "@/lib/onboarding/template";

// The onboarding file's template (XLSX). The gate of the page: signed out → 401, not an admin → 404.
export async function GET() {
  const user = await routeUser();
  if (!user) return Response.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  if (!canManageTenants(user)) return Response.json({ error: "Không tìm thấy trang này." }, { status: 404 });
  const provinces = await getDb().unit.findMany({
    where: { kind: "PROVINCE" },
    orderBy: { name: "asc" },
    select: { name: true, adminCode: true },
  });
  return xlsxResponse(onboardingTemplate(provinces), TEMPLATE_FILE_NAME);
}
