// The working copy of a province plan, as every command of the authoring side writes it: loaded with
// the province filter (another province's plan is "not found"), changed only at the version the
// person saw (a stale form is refused with who changed what), and its targets checked against the
// province's own communes.
import { notFound } from "../actions/safe-action";
import { auditActionLabel } from "../audit/labels";
import type { Tx } from "../db";
import { formatDateTime } from "../dates";
import { AppError } from "../errors";

export async function loadWorkingCopy(tx: Tx, provinceId: string, planId: string) {
  const plan = await tx.provincePlan.findFirst({ where: { id: planId, provinceId } });
  if (!plan) notFound();
  return plan;
}

/** The refusal of a stale write: the last change of the copy, so the person knows what to look at. */
async function planConflict(tx: Tx, planId: string): Promise<AppError> {
  const [plan, last] = await Promise.all([
    tx.provincePlan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } }),
    tx.auditLog.findFirst({
      where: { action: { startsWith: "provincePlans." }, data: { path: ["planId"], equals: planId } },
      orderBy: { createdAt: "desc" },
      select: { action: true, createdAt: true, data: true, actor: { select: { fullName: true } } },
    }),
  ]);
  const data = (last?.data ?? {}) as { code?: string; title?: string; name?: string };
  const what = last ? `${auditActionLabel(last.action)}${data.code ? ` ${data.code}` : ""}` : null;
  const who = last ? `${last.actor?.fullName ?? "người khác"} lúc ${formatDateTime(last.createdAt)}` : "người khác";
  return new AppError(
    "CONFLICT",
    `Kế hoạch vừa được ${who} thay đổi${what ? ` (${what})` : ""}. Nội dung bạn nhập vẫn được giữ: hãy tải lại trang để xem thay đổi rồi lưu lại.`,
    undefined,
    { version: plan.version, lastChange: what, lastBy: last?.actor?.fullName ?? null, lastAt: last?.createdAt.toISOString() ?? null },
  );
}

/** Bumps the copy's version if it is still `version` (the one the form was built on); otherwise refuses. */
export async function bumpIfCurrent(tx: Tx, planId: string, version: number, data: { [key: string]: unknown } = {}) {
  const res = await tx.provincePlan.updateMany({ where: { id: planId, version }, data: { ...data, version: { increment: 1 } } });
  if (res.count === 0) throw await planConflict(tx, planId);
  return version + 1;
}

/** The province's communes (wards and communes), in the order the province table shows them. */
export function provinceCommunes(tx: Tx, provinceId: string) {
  return tx.unit.findMany({
    where: { provinceId, kind: { in: ["COMMUNE", "WARD"] }, active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/**
 * The targets as stored: "all" keeps no list; a chosen list must name communes of this province
 * (an id of another province, or of a unit that is no commune, is refused in Vietnamese).
 */
export async function checkedTargets(tx: Tx, provinceId: string, input: { targetAll: boolean; targetCommuneIds: string[] }) {
  if (input.targetAll) return { targetAll: true, targetCommuneIds: [] as string[] };
  const wanted = [...new Set(input.targetCommuneIds)];
  const communes = await provinceCommunes(tx, provinceId);
  const known = new Set(communes.map((c) => c.id));
  if (wanted.some((id) => !known.has(id))) {
    const message = "Có xã, phường được chọn không thuộc tỉnh này. Hãy chọn lại trong danh sách xã, phường của tỉnh.";
    throw new AppError("VALIDATION", message, { targetCommuneIds: [message] });
  }
  // Kept in the province's order, so the same choice always reads the same.
  return { targetAll: false, targetCommuneIds: communes.map((c) => c.id).filter((id) => wanted.includes(id)) };
}
