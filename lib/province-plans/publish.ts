// Publishing a version of a province plan: one transaction freezes the working copy as version n+1
// (publishVersion), then each targeted commune receives it in its own transaction (applyAll), so a
// commune that fails leaves the others applied and itself untouched, to be completed later
// (applyPending). Two publications of the same copy cannot both win: the plan row is updated only if
// its version and published version are still the ones read.
import type { Db, Tx } from "../db";
import { AppError, toPublicError } from "../errors";
import { formatDateTime } from "../dates";
import { now as clockNow } from "../jobs/clock";
import type { Prisma } from "../generated/prisma/client";
import { applyToCommune } from "./apply-commune";
import { diff, targets } from "./diff";
import { buildSnapshot } from "./snapshot";
import type { PlanChange, ProvincePlanSnapshot } from "./types";

export type Published = { version: number; communeIds: string[]; changes: PlanChange[] };
export type ApplyReport = {
  version: number;
  applied: number;
  current: number;
  failed: { communeId: string; commune: string; message: string }[];
};

/** The province's communes (wards included), in name order. */
export function provinceCommunes(db: Db | Tx, provinceId: string) {
  return db.unit.findMany({
    where: { provinceId, kind: { in: ["COMMUNE", "WARD"] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Communes of the province that a live task or KPI of the snapshot is handed to (foreign ids ignored). */
export function targetedCommunes(snap: ProvincePlanSnapshot, communes: readonly { id: string }[]): string[] {
  const items = [...snap.tasks, ...snap.indicators].filter((x) => !x.withdrawn);
  return communes.filter((c) => items.some((x) => targets(x.targets, c.id))).map((c) => c.id);
}

export async function latestSnapshot(tx: Db | Tx, planId: string, number: number): Promise<ProvincePlanSnapshot | null> {
  if (number === 0) return null;
  const v = await tx.provincePlanVersion.findUnique({ where: { planId_number: { planId, number } }, select: { snapshot: true } });
  return (v?.snapshot as unknown as ProvincePlanSnapshot | undefined) ?? null;
}

/**
 * The message of a lost race. `seen` is the last version the person was shown (when the page said):
 * a newer one means someone published meanwhile; otherwise the copy was edited meanwhile.
 */
async function conflict(tx: Tx, planId: string, seen: number | undefined): Promise<never> {
  const last = await tx.provincePlanVersion.findFirst({
    where: { planId, number: { gt: seen ?? 0 } },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, publishedById: true },
  });
  const reload = "Vui lòng tải lại trang và xem lại các thay đổi trước khi ban hành.";
  if (!last) throw new AppError("CONFLICT", `Kế hoạch vừa được sửa. ${reload}`);
  const who = await tx.user.findUnique({ where: { id: last.publishedById }, select: { fullName: true } });
  const by = `phiên bản ${last.number} bởi ${who?.fullName ?? "người khác"} lúc ${formatDateTime(last.publishedAt)}`;
  throw new AppError(
    "CONFLICT",
    seen === undefined ? `Kế hoạch vừa được sửa hoặc ban hành (mới nhất: ${by}). ${reload}` : `Kế hoạch vừa được ban hành ${by}. ${reload}`,
  );
}

export async function publishVersion(
  tx: Tx,
  input: { provinceId: string; planId: string; version: number; publishedVersion?: number; note: string; userId: string; at?: Date },
): Promise<Published> {
  const plan = await tx.provincePlan.findFirst({ where: { id: input.planId, provinceId: input.provinceId } });
  if (!plan) throw new AppError("NOT_FOUND");
  const n = plan.publishedVersion;
  if (input.publishedVersion !== undefined && input.publishedVersion !== n) await conflict(tx, plan.id, input.publishedVersion);
  // The guard of the race: the loser's update finds the row changed and updates nothing.
  const { count } = await tx.provincePlan.updateMany({
    where: { id: plan.id, version: input.version, publishedVersion: n },
    data: { publishedVersion: n + 1, version: { increment: 1 } },
  });
  if (count !== 1) await conflict(tx, plan.id, input.publishedVersion);

  const prev = await latestSnapshot(tx, plan.id, n);
  const next = await buildSnapshot(tx, plan.id);
  const changes = diff(prev, next);
  const communes = await provinceCommunes(tx, input.provinceId);
  const targeted = targetedCommunes(next, communes);
  if (n === 0 && !next.tasks.some((t) => !t.withdrawn && communes.some((c) => targets(t.targets, c.id)))) {
    throw new AppError("VALIDATION", "Chưa có nhiệm vụ nào giao cho xã, phường: chọn xã, phường thực hiện trước khi ban hành.");
  }
  if (changes.length === 0) {
    throw new AppError("VALIDATION", `Không có thay đổi nào so với phiên bản ${n}: không cần ban hành phiên bản mới.`);
  }
  await tx.provincePlanVersion.create({
    data: {
      provinceId: input.provinceId,
      planId: plan.id,
      number: n + 1,
      snapshot: next as unknown as Prisma.InputJsonValue,
      changes: changes as unknown as Prisma.InputJsonValue,
      note: input.note,
      publishedById: input.userId,
      publishedAt: input.at ?? clockNow(),
    },
  });
  const fresh = { planId: plan.id, firstVersion: null, withdrawnAt: null };
  await tx.provinceTask.updateMany({ where: fresh, data: { firstVersion: n + 1 } });
  await tx.provinceIndicator.updateMany({ where: fresh, data: { firstVersion: n + 1 } });
  // Communes that had received it still receive the withdrawals.
  const receipts = await tx.provincePlanReceipt.findMany({ where: { provincePlanId: plan.id }, select: { communeId: true } });
  const communeIds = communes.map((c) => c.id).filter((id) => targeted.includes(id) || receipts.some((r) => r.communeId === id));
  return { version: n + 1, communeIds, changes };
}

/** Communes whose receipt is missing or behind the latest version (targeted now, or holding a receipt). */
export async function pendingCommunes(tx: Db | Tx, provinceId: string, planId: string, number: number): Promise<string[]> {
  const snap = await latestSnapshot(tx, planId, number);
  if (!snap) return [];
  const communes = await provinceCommunes(tx, provinceId);
  const receipts = await tx.provincePlanReceipt.findMany({
    where: { provincePlanId: planId },
    select: { communeId: true, appliedVersion: true },
  });
  const targeted = targetedCommunes(snap, communes);
  return communes
    .map((c) => c.id)
    .filter((id) => {
      const r = receipts.find((x) => x.communeId === id);
      return r ? r.appliedVersion < number : targeted.includes(id);
    });
}

/** Applies version `number` to each commune in its own transaction; a failure is reported, not thrown. */
export async function applyAll(
  db: Db,
  v: { provincePlanId: string; provinceId: string; number: number; actorId: string },
  communeIds: readonly string[],
): Promise<ApplyReport> {
  const report: ApplyReport = { version: v.number, applied: 0, current: 0, failed: [] };
  const names = new Map((await provinceCommunes(db, v.provinceId)).map((c) => [c.id, c.name]));
  for (const communeId of communeIds) {
    try {
      const outcome = await db.$transaction((tx) => applyToCommune(tx, { ...v, at: clockNow() }, communeId), { timeout: 60_000 });
      report[outcome] += 1;
    } catch (err) {
      const pub = toPublicError(err);
      if (!pub.expected) console.error(`[provincePlans] applying version ${v.number} of ${v.provincePlanId} to ${communeId}`, err);
      report.failed.push({ communeId, commune: names.get(communeId) ?? communeId, message: pub.message });
    }
  }
  return report;
}
