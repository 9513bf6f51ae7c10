import { canViewCommune } from "@/lib/auth/permissions";
import { requireCommuneForRoute } from "@/lib/auth/session";
import { localDateKey } from "@/lib/dates";
import { contentDisposition } from "@/lib/files/queries";
import { lastCompletedPeriod } from "@/lib/indicators/periods";
import { indicatorsForTemplate } from "@/lib/indicators/queries";
import { buildValueTemplate } from "@/lib/indicators/value-template";
import { isIdShaped } from "@/lib/ids";

// The value-file template of a plan: its indicators prefilled for their last completed period.
export async function GET(req: Request, ctx: RouteContext<"/c/[communeId]/chi-tieu/mau">) {
  const { communeId } = await ctx.params;
  const gate = await requireCommuneForRoute(communeId, canViewCommune);
  if (!gate.ok && gate.status === 401) return Response.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  const planId = new URL(req.url).searchParams.get("plan") ?? "";
  // Ids are ours ([a-z0-9]); anything else is no row, and a NUL byte would make PostgreSQL fail.
  const indicators = gate.ok && isIdShaped(planId) ? await indicatorsForTemplate(gate.commune.communeId, planId) : null;
  if (!indicators) return Response.json({ error: "Không tìm thấy kế hoạch." }, { status: 404 });
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
