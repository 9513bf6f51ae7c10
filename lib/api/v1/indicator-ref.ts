// The `{indicator}` of an API path: an indicator id of the commune, or a catalog code naming the one
// indicator of that KPI in the commune's active plans (a source system knows the catalog code, not our
// ids). Several plans tracking the same catalog KPI make the code ambiguous: the caller must use the id.
import type { Db, Tx } from "../../db";
import { IN_ACTIVE_PLAN } from "../../plans/active";
import { ApiError } from "../endpoint";

/** What a catalog code may look like; anything else (a NUL byte, a path) is no indicator. */
const CATALOG_CODE = /^[\p{L}\p{N}._-]{1,64}$/u;

export async function resolveIndicator(db: Db | Tx, communeId: string, ref: string) {
  if (!CATALOG_CODE.test(ref)) throw new ApiError("not-found", "Không tìm thấy chỉ tiêu này trong xã.");
  const byId = await db.indicator.findFirst({ where: { id: ref, communeId } });
  if (byId) return byId;
  const byCode = await db.indicator.findMany({
    where: { communeId, catalogCode: ref, ...IN_ACTIVE_PLAN },
    include: { plan: { select: { title: true } } },
    orderBy: { id: "asc" },
  });
  if (byCode.length === 0) throw new ApiError("not-found", `Xã không có chỉ tiêu mã “${ref}” trong kế hoạch đang thực hiện.`);
  if (byCode.length > 1) {
    const plans = byCode.map((i) => `“${i.plan.title}” (id ${i.id})`).join("; ");
    throw new ApiError("conflict", `Mã danh mục “${ref}” có ở nhiều kế hoạch của xã: ${plans}. Hãy dùng id của chỉ tiêu.`);
  }
  return byCode[0]!;
}
