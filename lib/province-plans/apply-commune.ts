// Applies one published version of a province plan to one commune, inside that commune's own
// transaction (publish.ts runs one per commune). The commune's progress, units, parts, updates and
// directions are never touched: only what the province wrote (wording, deadline, KPI target) and
// whether the task is still carried out. Withdrawn tasks are closed, never deleted.
import type { Tx } from "../db";
import { dateFromKey, dateOnlyKey, formatDateKey } from "../dates";
import { AppError } from "../errors";
import { createId } from "../ids";
import { indicatorSlots } from "../indicators/codes";
import { writeAudit } from "../audit/write";
import { notify } from "../notifications/notify";
import { standingOfficeOf } from "../notifications/recipients";
import { routes } from "../routes";
import { ACTIVE_PLAN } from "../plans/active";
import { matchUnit } from "../units/match";
import type { Prisma } from "../generated/prisma/client";
import { communeChanges, taskDeadlineChanged, kpiDeadlineChanged, changedTaskWording } from "./diff";
import type { CommuneChange, ProvincePlanSnapshot, SnapshotIndicator, SnapshotTask } from "./types";
import { committeeName } from "../text";

export type ApplyOutcome = "applied" | "current";

type Ctx = { tx: Tx; communeId: string; planId: string; number: number; actorId: string; at: Date };

/** Task fields the province's wording sets on the commune's copy (the rest of WORDING is for the province). */
const WORDING_FIELDS = ["title", "description", "expectedOutput", "supportText"] as const;

/** The receiving plan's title: "Thực hiện Kế hoạch số 245/KH-UBND của UBND thành phố Hải Phòng". */
export function receivingPlanTitle(plan: ProvincePlanSnapshot["plan"]): string {
  return plan.number ? `Thực hiện Kế hoạch số ${plan.number} của ${plan.issuer}` : `Thực hiện ${plan.title} của ${plan.issuer}`;
}

async function versionSnapshot(tx: Tx, provincePlanId: string, number: number): Promise<ProvincePlanSnapshot> {
  const v = await tx.provincePlanVersion.findUnique({ where: { planId_number: { planId: provincePlanId, number } } });
  if (!v) throw new AppError("NOT_FOUND");
  return v.snapshot as unknown as ProvincePlanSnapshot;
}

/** The commune's receiving plan, made the first time with one group per task group of the province. */
async function createReceivingPlan(tx: Tx, communeId: string, snap: ProvincePlanSnapshot, at: Date): Promise<string> {
  const commune = await tx.unit.findUniqueOrThrow({ where: { id: communeId }, select: { name: true } });
  const planId = createId();
  await tx.plan.create({
    data: {
      id: planId,
      communeId,
      title: receivingPlanTitle(snap.plan),
      issuer: committeeName(commune.name),
      parentRefs: [snap.plan.number ? `Kế hoạch số ${snap.plan.number}` : "", snap.plan.title].filter(Boolean).join(" – "),
      periodStart: snap.plan.periodStart ? dateFromKey(snap.plan.periodStart) : null,
      periodEnd: snap.plan.periodEnd ? dateFromKey(snap.plan.periodEnd) : null,
      // Made when the version reached the commune (the plan pickers order plans by it).
      createdAt: at,
    },
  });
  return planId;
}

/** The plan's group with the task's group code, added at the end when the plan has none. */
async function groupFor(ctx: Ctx, t: SnapshotTask): Promise<string | null> {
  if (!t.groupCode && !t.groupTitle) return null;
  const code = t.groupCode ?? t.groupTitle ?? "";
  const existing = await ctx.tx.planGroup.findFirst({ where: { planId: ctx.planId, code }, select: { id: true } });
  if (existing) return existing.id;
  const last = await ctx.tx.planGroup.aggregate({ where: { planId: ctx.planId }, _max: { sortOrder: true } });
  const group = await ctx.tx.planGroup.create({
    data: { communeId: ctx.communeId, planId: ctx.planId, code, title: t.groupTitle ?? code, sortOrder: (last._max.sortOrder ?? -1) + 1 },
  });
  return group.id;
}

const taskDeadline = (t: SnapshotTask) => ({
  deadlineKind: t.deadlineKind,
  dueDate: t.deadlineKind === "FIXED" && t.dueDate ? dateFromKey(t.dueDate) : null,
  deadlineText: t.deadlineText,
});

async function createTask(ctx: Ctx, t: SnapshotTask): Promise<string> {
  const last = await ctx.tx.task.aggregate({ where: { planId: ctx.planId }, _max: { sortOrder: true } });
  const task = await ctx.tx.task.create({
    data: {
      communeId: ctx.communeId,
      planId: ctx.planId,
      groupId: await groupFor(ctx, t),
      code: t.code,
      title: t.title,
      description: t.description,
      expectedOutput: t.expectedOutput,
      supportText: t.supportText,
      ...taskDeadline(t),
      provinceTaskId: t.id,
      mandateVersion: ctx.number,
      sortOrder: (last._max.sortOrder ?? -1) + 1,
    },
  });
  return task.id;
}

type CommuneTask = Prisma.TaskGetPayload<object>;

/**
 * The province's changes between what the commune last received (`was`) and `now`, on the commune's
 * copy: only the fields the province changed. An adaptable task the commune reworded keeps its
 * words; a deadline extended by the commune's chair beyond the new date keeps the later date.
 */
function amendTask(task: CommuneTask, was: SnapshotTask | undefined, now: SnapshotTask, notes: string[]): Prisma.TaskUpdateInput {
  const data: Record<string, unknown> = {};
  const base = was ?? now;
  const changed = was ? changedTaskWording(was, now) : [];
  for (const f of WORDING_FIELDS) {
    if (!changed.includes(f)) continue;
    const reworded = (task[f] ?? null) !== (base[f] ?? null);
    if (now.adaptable && reworded) {
      if (!notes.includes("adapted")) notes.push("adapted");
      continue;
    }
    // title and description are never null in a snapshot; expectedOutput and supportText may be.
    data[f] = now[f];
  }
  if (was && taskDeadlineChanged(was, now)) {
    const next = taskDeadline(now);
    const extended = task.extensionCount > 0 && task.dueDate && next.dueDate && task.dueDate > next.dueDate;
    if (extended) {
      notes.push(`extended:${dateOnlyKey(task.dueDate!)}`);
      Object.assign(data, { deadlineKind: next.deadlineKind, deadlineText: next.deadlineText, originalDueDate: next.dueDate });
    } else Object.assign(data, next);
  }
  return data as Prisma.TaskUpdateInput;
}

function noteText(notes: string[]): string | undefined {
  const out = notes.map((n) =>
    n === "adapted"
      ? "Xã, phường đã điều chỉnh nội dung nhiệm vụ (được phép): giữ nội dung của xã, phường."
      : `Nhiệm vụ đã được gia hạn đến ${formatDateKey(n.slice("extended:".length))}, muộn hơn hạn mới: giữ hạn đã gia hạn.`,
  );
  return out.length > 0 ? out.join(" ") : undefined;
}

async function applyTask(ctx: Ctx, change: CommuneChange, was: SnapshotTask | undefined, now: SnapshotTask, live: boolean) {
  const existing = await ctx.tx.task.findUnique({
    where: { communeId_provinceTaskId: { communeId: ctx.communeId, provinceTaskId: now.id } },
  });
  if (!existing) {
    if (!live) return undefined;
    return { taskId: await createTask(ctx, now) };
  }
  const notes: string[] = [];
  const data: Prisma.TaskUpdateInput = live ? amendTask(existing, was, now, notes) : {};
  if (!live && existing.closedKind === null) {
    Object.assign(data, {
      closedKind: "WITHDRAWN",
      closedReason: `Tỉnh rút nhiệm vụ trong phiên bản ${ctx.number}`,
      closedAt: ctx.at,
      closedById: ctx.actorId,
    });
  }
  // Only the province's own closure is lifted: a commune's "không phát sinh" stays its decision.
  if (live && existing.closedKind === "WITHDRAWN")
    Object.assign(data, { closedKind: null, closedReason: null, closedAt: null, closedById: null });
  // Targeted again after it was taken away: the commune has it already, so it comes back.
  if (live && change.kinds.includes("NEW")) change.kinds = ["RESTORED"];
  await ctx.tx.task.update({ where: { id: existing.id }, data: { ...data, mandateVersion: ctx.number, version: { increment: 1 } } });
  return { taskId: existing.id, note: noteText(notes) };
}

async function applyIndicator(
  ctx: Ctx,
  was: SnapshotIndicator | undefined,
  now: SnapshotIndicator,
  live: boolean,
  slot: () => Promise<() => { code: string; sortOrder: number }>,
) {
  const tx = ctx.tx;
  const existing = await tx.indicator.findUnique({
    where: { communeId_provinceIndicatorId: { communeId: ctx.communeId, provinceIndicatorId: now.id } },
  });
  const value = { target: now.target, dueDate: dateFromKey(now.dueDate) };
  if (!existing) {
    if (!live) return undefined;
    // The commune already tracks this catalog KPI in a plan of its own: that KPI is linked, not copied,
    // so its unit enters one value a period (the roll-up reads it against the province's target).
    const own = now.catalogCode
      ? await tx.indicator.findFirst({
          where: { communeId: ctx.communeId, catalogCode: now.catalogCode, provinceIndicatorId: null, plan: ACTIVE_PLAN },
          orderBy: { createdAt: "asc" },
          include: { plan: { select: { number: true, title: true } } },
        })
      : null;
    if (own) {
      await tx.indicator.update({ where: { id: own.id }, data: { provinceIndicatorId: now.id, version: { increment: 1 } } });
      const plan = own.plan.number ? `Kế hoạch số ${own.plan.number}` : own.plan.title;
      return {
        indicatorId: own.id,
        note: `Xã đã theo dõi chỉ tiêu này (${own.code}, ${plan}): liên kết với chỉ tiêu đó, giữ mục tiêu của xã.`,
      };
    }
    const entry = now.catalogCode ? await tx.indicatorCatalogEntry.findUnique({ where: { code: now.catalogCode } }) : null;
    const units = entry?.responsibleHint
      ? await tx.unit.findMany({
          where: { communeId: ctx.communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
          select: { id: true, name: true, shortName: true },
        })
      : [];
    const created = await tx.indicator.create({
      data: {
        communeId: ctx.communeId,
        planId: ctx.planId,
        ...(await slot())(),
        catalogCode: now.catalogCode,
        name: now.name,
        unit: now.unit,
        comparison: now.comparison,
        ...value,
        measure: now.measure,
        numeratorLabel: now.numeratorLabel,
        denominatorLabel: now.denominatorLabel,
        method: now.method,
        frequency: now.frequency,
        responsibleUnitId: entry?.responsibleHint ? (matchUnit(entry.responsibleHint, units)?.id ?? null) : null,
        provinceIndicatorId: now.id,
      },
    });
    return { indicatorId: created.id };
  }
  const data: Prisma.IndicatorUpdateInput = {};
  let note: string | undefined;
  if (live && was && kpiDeadlineChanged(was, now)) {
    // Only where the commune's KPI still holds what the province sent last (a KPI of its own, linked
    // above, keeps the commune's target).
    const asSent = existing.target.toNumber() === was.target && dateOnlyKey(existing.dueDate) === was.dueDate;
    if (asSent) Object.assign(data, value);
    else note = "Chỉ tiêu của xã có mục tiêu riêng: giữ mục tiêu của xã.";
  }
  if (live && was && was.name !== now.name) data.name = now.name;
  if (live && was && was.method !== now.method) data.method = now.method;
  if (!live && !existing.provinceWithdrawnAt) data.provinceWithdrawnAt = ctx.at;
  if (live && existing.provinceWithdrawnAt) data.provinceWithdrawnAt = null;
  if (Object.keys(data).length > 0) await tx.indicator.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } });
  return { indicatorId: existing.id, note };
}

/**
 * Applies version `number` of the province plan to the commune. Appliers of the same commune are
 * serialised by a transaction lock and a commune already at (or past) the version is left alone, so
 * two appliers never apply twice. Returns "current" when there was nothing to do.
 */
export async function applyToCommune(
  tx: Tx,
  v: { provincePlanId: string; provinceId: string; number: number; actorId: string; at: Date },
  communeId: string,
): Promise<ApplyOutcome> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`receipt:${v.provincePlanId}:${communeId}`}, 0))`;
  const receipt = await tx.provincePlanReceipt.findUnique({
    where: { provincePlanId_communeId: { provincePlanId: v.provincePlanId, communeId } },
  });
  if (receipt && receipt.appliedVersion >= v.number) return "current";
  const next = await versionSnapshot(tx, v.provincePlanId, v.number);
  const prev = receipt ? await versionSnapshot(tx, v.provincePlanId, receipt.appliedVersion) : null;
  const planId = receipt?.planId ?? (await createReceivingPlan(tx, communeId, next, v.at));
  const ctx: Ctx = { tx, communeId, planId, number: v.number, actorId: v.actorId, at: v.at };

  const changes = communeChanges(prev, next, communeId);
  const byId = new Map(changes.map((c) => [c.id, c]));
  const prevTasks = new Map((prev?.tasks ?? []).map((t) => [t.id, t]));
  const prevKpis = new Map((prev?.indicators ?? []).map((i) => [i.id, i]));
  const live = (x: { withdrawn: boolean; targets: SnapshotTask["targets"] }) =>
    !x.withdrawn && (x.targets.all || x.targets.communeIds.includes(communeId));
  for (const t of next.tasks) {
    const change = byId.get(t.id);
    if (!change) continue;
    const r = await applyTask(ctx, change, prevTasks.get(t.id), t, live(t));
    if (r) change.taskId = r.taskId;
    if (r && "note" in r && r.note) change.note = r.note;
  }
  let slots: (() => { code: string; sortOrder: number }) | null = null;
  const slot = async () => (slots ??= await indicatorSlots(tx, planId));
  for (const i of next.indicators) {
    const change = byId.get(i.id);
    if (!change) continue;
    const r = await applyIndicator(ctx, prevKpis.get(i.id), i, live(i), slot);
    if (r) change.indicatorId = r.indicatorId;
    if (r?.note) change.note = r.note;
  }
  // New tasks go to the receiving plan even when the commune archived it (it chose that plan; the
  // province's tasks must land somewhere): the commune is told, since an archived plan is hidden.
  const archived = receipt && (await tx.plan.findUnique({ where: { id: planId }, select: { archivedAt: true } }))?.archivedAt;
  if (archived) {
    for (const c of changes.filter((c) => c.kinds.includes("NEW"))) {
      c.note =
        "Kế hoạch nhận nhiệm vụ của tỉnh đang được lưu trữ: nhiệm vụ được thêm vào kế hoạch đó, chỉ hiện lại khi khôi phục kế hoạch.";
    }
  }
  const stored = changes.map((c) => JSON.parse(JSON.stringify(c)) as CommuneChange);

  const receiptData = {
    appliedVersion: v.number,
    appliedAt: v.at,
    changes: stored as unknown as Prisma.InputJsonValue,
    acknowledgedAt: null,
    acknowledgedById: null,
  };
  if (receipt) {
    const { count } = await tx.provincePlanReceipt.updateMany({
      where: { provincePlanId: v.provincePlanId, communeId, appliedVersion: { lt: v.number } },
      data: receiptData,
    });
    if (count !== 1) throw new AppError("CONFLICT");
  } else {
    await tx.provincePlanReceipt.create({
      data: { provincePlanId: v.provincePlanId, communeId, provinceId: v.provinceId, planId, ...receiptData },
    });
  }
  await writeAudit(tx, {
    communeId,
    actorId: v.actorId,
    action: "mandates.receive",
    entityType: "ProvincePlan",
    entityId: v.provincePlanId,
    data: { publishedVersion: v.number, changeCount: stored.length },
  });
  if (stored.length > 0) await notifyCommune(tx, communeId, v, next, stored);
  return "applied";
}

function countsText(changes: CommuneChange[]): string {
  const n = (k: CommuneChange["kinds"][number]) => changes.filter((c) => c.kinds.includes(k)).length;
  const parts = [
    [n("NEW"), "mới"],
    [changes.filter((c) => c.kinds.some((k) => k === "WORDING" || k === "DEADLINE")).length, "thay đổi"],
    [n("WITHDRAWN"), "rút"],
    [n("RESTORED"), "giao lại"],
  ] as const;
  return parts
    .filter(([c]) => c > 0)
    .map(([c, w]) => `${c} ${w}`)
    .join(", ");
}

async function notifyCommune(
  tx: Tx,
  communeId: string,
  v: { provinceId: string; number: number; at: Date },
  snap: ProvincePlanSnapshot,
  changes: CommuneChange[],
) {
  const userIds = await standingOfficeOf(tx, { id: communeId, provinceId: v.provinceId });
  await notify(tx, {
    communeId,
    kind: "PROVINCE_PLAN_PUBLISHED",
    userIds,
    title: `Tỉnh ban hành phiên bản ${v.number} của ${snap.plan.number ? `Kế hoạch số ${snap.plan.number}` : snap.plan.title}`,
    body: `Nhiệm vụ, chỉ tiêu: ${countsText(changes)}. Vui lòng xem và giao đơn vị chủ trì.`,
    href: routes.commune(communeId).mandates(),
    at: v.at,
  });
}
