import { canViewCommune } from "@/lib/auth/permissions";
import { requireCommuneForRoute } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/files/queries";
import { taskListExport } from "@/lib/tasks/export";
import { readTaskFilters } from "@/lib/tasks/filters";

// "Xuất Excel" of the Nhiệm vụ page: who may open the page gets its list, as filtered, as a file.
export async function GET(req: Request, ctx: RouteContext<"/c/[communeId]/nhiem-vu/xuat-excel">) {
  const { communeId } = await ctx.params;
  const gate = await requireCommuneForRoute(communeId, canViewCommune);
  if (!gate.ok)
    return gate.status === 401
      ? Response.json({ error: "Vui lòng đăng nhập." }, { status: 401 })
      : Response.json({ error: "Không tìm thấy xã, phường." }, { status: 404 });
  // Read as the page reads its searchParams (a repeated parameter is a list; its first value counts).
  const search = new URL(req.url).searchParams;
  const filters = readTaskFilters(Object.fromEntries([...new Set(search.keys())].map((k) => [k, search.getAll(k)])));
  const file = await taskListExport(gate.user, gate.commune, filters);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(file.fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
