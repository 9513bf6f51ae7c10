import "server-only";
// What the commune's page of province plans (/c/<id>/ke-hoach-tinh) shows: each province plan the
// commune received (the receiving plan, the version applied and what it changed, read or not), then
// its mandated tasks with their lead units, status, closure, and the province's wording and deadline
// when the commune's differ; a proposed lead for each task nobody leads yet.
import type { CommuneScope } from "../auth/permissions";
import { getDb } from "../db";
import type { CommuneChange } from "../province-plans/types";
import { ACTIVE_PLAN } from "../plans/active";
import { taskRowSelect, toTaskRow, type TaskRow } from "../tasks/queries";
import { planLabel, proposalContext } from "./proposal-context";
import { proposeLead, type Proposal } from "./proposals";

export type MandatedTask = TaskRow & {
  version: number;
  mandateVersion: number | null;
  closedKind: "NOT_APPLICABLE" | "WITHDRAWN" | null;
  closedReason: string | null;
  closedAt: Date | null;
  adaptable: boolean;
  /** The province's wording and deadline, when the commune's task differs from them. */
  province: { code: string; title: string | null; dueDate: Date | null; deadlineText: string | null; leadText: string };
  /** Named lead units and groups (members of groups not repeated): empty means "chưa giao". */
  hasLead: boolean;
  proposal: Proposal | null;
};

export type MandatePlan = {
  provincePlanId: string;
  title: string;
  number: string | null;
  issuer: string;
  receivingPlan: { id: string; label: string; archived: boolean };
  appliedVersion: number;
  appliedAt: Date;
  changes: CommuneChange[];
  acknowledgedAt: Date | null;
  tasks: MandatedTask[];
};

const dayKey = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

export async function getCommuneMandates(
  commune: CommuneScope,
  now = new Date(),
): Promise<{ plans: MandatePlan[]; movablePlans: { id: string; label: string }[] }> {
  const db = getDb();
  const communeId = commune.communeId;
  const [receipts, tasks, activePlans] = await Promise.all([
    db.provincePlanReceipt.findMany({
      where: { communeId },
      include: { provincePlan: { select: { title: true, number: true, issuer: true, issuedDate: true } } },
      orderBy: { appliedAt: "desc" },
    }),
    db.task.findMany({
      where: { communeId, provinceTaskId: { not: null } },
      select: {
        ...taskRowSelect,
        version: true,
        mandateVersion: true,
        closedKind: true,
        closedReason: true,
        closedAt: true,
        provinceTask: {
          select: {
            plan: { select: { number: true, title: true } },
            planId: true,
            code: true,
            title: true,
            dueDate: true,
            deadlineText: true,
            leadText: true,
            supportText: true,
            adaptable: true,
            sortOrder: true,
          },
        },
      },
    }),
    db.plan.findMany({
      where: { communeId, ...ACTIVE_PLAN },
      orderBy: { createdAt: "desc" },
      select: { id: true, number: true, title: true },
    }),
  ]);
  const planRows = await db.plan.findMany({
    where: { communeId, id: { in: receipts.map((r) => r.planId) } },
    select: { id: true, number: true, title: true, archivedAt: true },
  });
  const unassigned = tasks.some((t) => !t.closedKind && !t.units.some((u) => u.role === "LEAD"));
  const ctx = unassigned ? await proposalContext(db, commune) : null;

  const rows: (MandatedTask & { provincePlanId: string; order: number })[] = tasks.map((t) => {
    const row = toTaskRow(t, now);
    const pt = t.provinceTask!; // provinceTaskId is not null
    const hasLead = t.units.some((u) => u.role === "LEAD");
    return {
      ...row,
      version: t.version,
      mandateVersion: t.mandateVersion,
      closedKind: t.closedKind,
      closedReason: t.closedReason,
      closedAt: t.closedAt,
      adaptable: pt.adaptable,
      province: {
        code: pt.code,
        title: pt.title !== t.title ? pt.title : null,
        dueDate: dayKey(pt.dueDate) !== dayKey(t.dueDate) ? pt.dueDate : null,
        deadlineText: pt.deadlineText !== t.deadlineText ? pt.deadlineText : null,
        leadText: pt.leadText,
      },
      hasLead,
      proposal:
        !hasLead && !t.closedKind && ctx
          ? proposeLead({ title: t.title, leadText: pt.leadText, supportText: pt.supportText }, ctx.own, ctx.units, ctx.officeUnitId)
          : null,
      provincePlanId: pt.planId,
      order: pt.sortOrder,
    };
  });

  const plans = receipts.map((r): MandatePlan => {
    const plan = planRows.find((p) => p.id === r.planId);
    const own = rows.filter((t) => t.provincePlanId === r.provincePlanId);
    // Without a lead first (what the office has to do), then in the province's order.
    own.sort((a, b) => Number(a.hasLead || !!a.closedKind) - Number(b.hasLead || !!b.closedKind) || a.order - b.order);
    return {
      provincePlanId: r.provincePlanId,
      title: r.provincePlan.title,
      number: r.provincePlan.number,
      issuer: r.provincePlan.issuer,
      receivingPlan: { id: r.planId, label: plan ? planLabel(plan) : "(kế hoạch đã xóa)", archived: !!plan?.archivedAt },
      appliedVersion: r.appliedVersion,
      appliedAt: r.appliedAt,
      changes: (r.changes ?? []) as CommuneChange[],
      acknowledgedAt: r.acknowledgedAt,
      tasks: own,
    };
  });
  return { plans, movablePlans: activePlans.map((p) => ({ id: p.id, label: planLabel(p) })) };
}
