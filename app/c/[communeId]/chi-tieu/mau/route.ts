import { canViewCommune } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { localDateKey } from "@/lib/dates";
import { contentDisposition } from "@/lib/files/queries";
import { lastCompletedPeriod } from "@/lib/indicators/periods";
import { buildValueTemplate } from "@/lib/indicators/value-template";
import { isIdShaped } from "@/lib/ids";

// The value-file template of a plan: its indicators prefilled for their last completed period.
export async function GET(req: Request, ctx: RouteContext<"/c/[communeId]/chi-tieu/mau">) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  const { communeId } = await ctx.params;
  const planId = new URL(req.url).searchParams.get("plan") ?? "";
  // Ids are ours ([a-z0-9]); anything else is no row, and a NUL byte would make PostgreSQL fail.
  if (!isIdShaped(communeId) || !isIdShaped(planId)) return Response.json({ error: "Không tìm thấy kế hoạch." }, { status: 404 });
  const db = getDb();
  const commune = await db.unit.findFirst({
    where: { id: communeId, kind: { in: ["COMMUNE", "WARD"] } },
    select: { id: true, provinceId: true },
  });
  const plan =
    commune?.provinceId && canViewCommune(user, { communeId: commune.id, provinceId: commune.provinceId })
      ? await db.plan.findFirst({ where: { id: planId, communeId: commune.id }, select: { id: true } })
      : null;
  if (!plan) return Response.json({ error: "Không tìm thấy kế hoạch." }, { status: 404 });
  const indicators = await db.indicator.findMany({ where: { planId: plan.id, communeId }, orderBy: { sortOrder: "asc" } });
  const today = localDateKey(new Date());
  const period = lastCompletedPeriod(today, "MONTHLY");
  const bytes = await buildValueTemplate(
    indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unitLabel: i.unit === "PERCENT" ? "%" : "số lượng",
      ratio: i.measure === "RATIO",
      numeratorLabel: i.numeratorLabel,
      denominatorLabel: i.denominatorLabel,
      periodKey: lastCompletedPeriod(today, i.frequency).key,
    })),
    period,
  );
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(`so-lieu-chi-tieu-${period.key}.xlsx`),
      "Cache-Control": "private, no-store",
    },
  });
}
