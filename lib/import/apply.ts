// Turns a reviewed plan draft into a plan of the commune, in the caller's transaction: units are
// matched to the commune's own (new names become new units), then the plan, its groups, tasks and
// who answers for them (units and unit groups, lib/tasks/assignment.ts) and the targets as indicators are written. Used by the portal, the CLI and the demo seed alike.
import type { Tx } from "../db";
import { createId } from "../ids";
import { dateFromKey } from "../dates";
import { createIndicatorsFromDrafts } from "../indicators/from-draft";
import { toStoredDeadlineKind } from "../tasks/deadline-text";
import type { GroupPhrase, PlanDraft, TaskDraft } from "./types";
import { resolveGroupMappings } from "./apply-groups";
import { leadNote } from "./group-mappings";
import { writeAssignment } from "../tasks/assignment";
import { must } from "../must";
import { syncBuiltinGroups } from "@/lib/units/groups";
import { guessUnitKind } from "@/lib/units/kind";
import { matchUnit, type UnitRef } from "@/lib/units/match";

export type AppliedPlan = {
  planId: string;
  taskCount: number;
  indicatorCount: number;
  createdUnits: string[];
  createdGroups: string[];
  /** What was decided without the person (a lead given to the standing office), in Vietnamese. */
  warnings: string[];
};

/**
 * Resolves unit names of a draft to the commune's units; a name that matches none becomes a new unit
 * (reported in `created`), so that the next mention of it matches.
 */
export async function unitResolver(tx: Tx, communeId: string, provinceId: string) {
  const units: UnitRef[] = await tx.unit.findMany({
    where: { communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
    select: { id: true, name: true, shortName: true },
  });
  let order = units.length;
  const created: string[] = [];
  async function idFor(name: string): Promise<string> {
    const found = matchUnit(name, units);
    if (found) return found.id;
    const unit = await tx.unit.create({
      data: { id: createId(), name, kind: guessUnitKind(name), parentId: communeId, communeId, provinceId, sortOrder: order++ },
      select: { id: true, name: true, shortName: true },
    });
    units.push(unit);
    created.push(name);
    return unit.id;
  }
  /** Lead and support ids of a task; a unit that leads is not also listed as support. */
  async function taskUnits(leadNames: string[], supportNames: string[]) {
    const lead: string[] = [];
    for (const n of leadNames) lead.push(await idFor(n));
    const support: string[] = [];
    for (const n of supportNames) support.push(await idFor(n));
    const leadIds = [...new Set(lead)];
    return { lead: leadIds, support: [...new Set(support)].filter((id) => !leadIds.includes(id)) };
  }
  return { idFor, taskUnits, created };
}

/** The plan's own fields as written in the draft. */
export function planFields(draft: PlanDraft) {
  return {
    number: draft.number,
    title: draft.title,
    issuer: draft.issuer,
    issuedDate: draft.issuedDate ? dateFromKey(draft.issuedDate) : null,
    signerName: draft.signerName,
    signerTitle: draft.signerTitle,
    parentRefs: draft.parentRefs.join("; "),
    periodStart: draft.periodStart ? dateFromKey(draft.periodStart) : null,
    periodEnd: draft.periodEnd ? dateFromKey(draft.periodEnd) : null,
  };
}

/** A task's own fields as written in the draft (no ids, no units). */
export function taskFields(t: TaskDraft) {
  const kind = toStoredDeadlineKind(t.deadline.kind);
  return {
    code: t.code,
    title: t.title,
    description: t.description,
    expectedOutput: t.expectedOutput,
    deadlineKind: kind,
    dueDate: kind === "FIXED" && t.deadline.date ? dateFromKey(t.deadline.date) : null,
    deadlineText: t.deadline.text,
    supportText: t.supportText,
  };
}

type Resolver = Awaited<ReturnType<typeof unitResolver>>;

/**
 * Who answers for each task of the draft, as writeAssignment takes it: named units (new names become
 * units), wording mapped to groups; wording left without a group stays as written (the helping
 * wording, or a "Chủ trì thực hiện: …" line of the description). A lead side left with nobody goes
 * to the plan's standing office, with a warning (a proposal no unit fits, when nobody reviewed it).
 */
export async function draftAssignments(tx: Tx, communeId: string, draft: PlanDraft, resolver: Resolver) {
  const units = [];
  for (const t of draft.tasks) units.push(await resolver.taskUnits(t.leadUnits, t.supportUnits));
  // Units the plan created may be offices: the built-in groups take them in before tasks name them.
  await syncBuiltinGroups(tx, communeId);
  const lookup = await resolveGroupMappings(tx, communeId, draft);
  const warnings: string[] = [];
  const tasks = [];
  for (const [i, t] of draft.tasks.entries()) {
    const split = (phrases: GroupPhrase[]) => ({
      groupIds: [...new Set(phrases.map(lookup.groupOf).filter((id) => id !== null))],
      loose: phrases.filter((p) => lookup.groupOf(p) === null).map((p) => p.text),
    });
    const lead = split(t.leadGroups);
    const support = split(t.supportGroups);
    const leadUnitIds = units[i]?.lead ?? [];
    if (leadUnitIds.length === 0 && lead.groupIds.length === 0) {
      if (draft.standingOffice) {
        leadUnitIds.push(await resolver.idFor(draft.standingOffice));
        warnings.push(
          `Nhiệm vụ ${t.code}: không đơn vị nào khớp với “${lead.loose.join("; ") || "đơn vị chủ trì"}”; tạm giao ${draft.standingOffice} (cơ quan thường trực), cần kiểm tra lại`,
        );
      } else warnings.push(`Nhiệm vụ ${t.code}: chưa có đơn vị chủ trì`);
    }
    tasks.push({
      description: [t.description, leadNote(lead.loose)].filter(Boolean).join(" "),
      supportText: [support.loose.join(" và "), t.supportText ?? ""].filter(Boolean).join("; ") || null,
      assignment: {
        lead: { unitIds: leadUnitIds, groupIds: lead.groupIds },
        support: { unitIds: units[i]?.support ?? [], groupIds: support.groupIds },
      },
    });
  }
  return { tasks, warnings, createdGroups: lookup.created };
}

export async function createPlanFromDraft(
  tx: Tx,
  target: { communeId: string; provinceId: string; importId?: string | null; sourceFile?: string | null },
  draft: PlanDraft,
): Promise<AppliedPlan> {
  const { communeId, provinceId } = target;
  const resolver = await unitResolver(tx, communeId, provinceId);

  const planId = createId();
  await tx.plan.create({
    data: { id: planId, communeId, ...planFields(draft), sourceFile: target.sourceFile ?? null, importId: target.importId ?? null },
  });

  const groupIds = new Map<string, string>();
  for (const [i, g] of draft.groups.entries()) {
    const id = createId();
    groupIds.set(g.code, id);
    await tx.planGroup.create({ data: { id, communeId, planId, code: g.code, title: g.title, sortOrder: i } });
  }

  const assigned = await draftAssignments(tx, communeId, draft, resolver);
  for (const [i, t] of draft.tasks.entries()) {
    const who = must(assigned.tasks[i], "phân công nhiệm vụ");
    const task = await tx.task.create({
      data: {
        communeId,
        planId,
        groupId: t.group ? (groupIds.get(t.group) ?? null) : null,
        ...taskFields(t),
        description: who.description,
        supportText: who.supportText,
        sortOrder: i,
      },
      select: { id: true, communeId: true },
    });
    await writeAssignment(tx, task, who.assignment);
  }
  // After the units, so that a KPI's usual responsible unit can match one the plan just created.
  const indicatorCount = await createIndicatorsFromDrafts(tx, { communeId, planId, defaultDueDate: draft.periodEnd }, draft.indicators);
  return {
    planId,
    taskCount: draft.tasks.length,
    indicatorCount,
    createdUnits: resolver.created,
    createdGroups: assigned.createdGroups,
    warnings: assigned.warnings,
  };
}
