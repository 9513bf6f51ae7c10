// Re-importing a corrected document into an existing plan: what would change (pure, shown on the
// review screen), and applying it. Tasks are matched by code. Tasks no longer in the document are
// reported and kept, with their history: removing a task stays a deliberate act of the office. A task
// the province handed down (Task.provinceTaskId) is the province's: the document never rewrites it.
import type { Audit } from "../actions/safe-action";
import type { Tx } from "../db";
import { createIndicatorsFromDrafts } from "../indicators/from-draft";
import { toStoredDeadlineKind } from "../tasks/deadline-text";
import { draftAssignments, planFields, taskFields, unitResolver } from "./apply";
import { draftGroupNames, leadNote, type SideGroups } from "./group-mappings";
import { must } from "../must";
import { readAssignment, viewAssignment, writeAssignment, type AssignmentInput, type SideInput } from "../tasks/assignment";
import type { PlanDraft, TaskDraft } from "./types";
import { matchUnit, type UnitRef } from "@/lib/units/match";

export type ExistingTask = {
  code: string;
  title: string;
  description: string;
  deadlineKind: string;
  dueDate: string | null;
  deadlineText: string;
  /** Each side as stored (lib/tasks/assignment.ts viewAssignment): named units and named groups. */
  leadUnits: string[];
  supportUnits: string[];
  leadGroups: string[];
  supportGroups: string[];
  /** Handed down by the province: kept as it is, whatever the document says. */
  mandated: boolean;
};

/** The group names a draft task's wording maps to, per side, and the wording no group takes. */
export type DraftGroupNames = (task: TaskDraft, side: "lead" | "support") => SideGroups;

export type TaskChange =
  | { kind: "added"; code: string; title: string }
  | { kind: "removed"; code: string; title: string }
  | { kind: "mandated"; code: string; title: string }
  | { kind: "changed"; code: string; title: string; fields: { label: string; before: string; after: string }[] };

const words = (...parts: (string | null)[]) => parts.filter(Boolean).join(" ");

const sorted = (list: string[]) => [...new Set(list)].sort().join("; ");

/**
 * A side after the re-import: the document's units and groups, and the groups the task already
 * names, which stay (a group someone confirmed or set on the task is not reset to the wording).
 */
const sideAfter = (unitNames: string[], units: UnitRef[], groups: string[], kept: string[]) =>
  sorted([...unitNames.map((n) => matchUnit(n, units)?.name ?? n), ...groups, ...kept]);

/**
 * A deadline is a change only when the document words it differently. One it words as before stays
 * as the task has it: the chairperson may have given it a date by direction, or the office by an edit.
 */
const deadlineReworded = (t: TaskDraft, old: { deadlineText: string }) => t.deadline.text !== old.deadlineText;

/** Changes the draft would make to the plan's tasks, in the draft's order, then the removed ones. */
export function diffPlanTasks(existing: ExistingTask[], draft: TaskDraft[], units: UnitRef[], groupNames: DraftGroupNames): TaskChange[] {
  const byCode = new Map(existing.map((t) => [t.code, t]));
  const changes: TaskChange[] = [];
  for (const t of draft) {
    const old = byCode.get(t.code);
    if (old?.mandated) continue; // listed once below
    if (!old) {
      changes.push({ kind: "added", code: t.code, title: t.title });
      continue;
    }
    const after = {
      "Tên nhiệm vụ": t.title,
      "Nội dung": [t.description, leadNote(groupNames(t, "lead").loose)].filter(Boolean).join(" "),
      "Thời hạn": words(toStoredDeadlineKind(t.deadline.kind), t.deadline.date, t.deadline.text),
      "Chủ trì": sideAfter(t.leadUnits, units, groupNames(t, "lead").names, old.leadGroups),
      "Phối hợp": sideAfter(t.supportUnits, units, groupNames(t, "support").names, old.supportGroups),
    };
    const before = {
      "Tên nhiệm vụ": old.title,
      "Nội dung": old.description,
      "Thời hạn": words(old.deadlineKind, old.dueDate, old.deadlineText),
      "Chủ trì": sorted([...old.leadUnits, ...old.leadGroups]),
      "Phối hợp": sorted([...old.supportUnits, ...old.supportGroups]),
    };
    const fields = (Object.keys(after) as (keyof typeof after)[])
      .filter((k) => (k === "Thời hạn" ? deadlineReworded(t, old) : after[k] !== before[k]))
      .map((label) => ({ label, before: before[label], after: after[label] }));
    if (fields.length) changes.push({ kind: "changed", code: t.code, title: t.title, fields });
  }
  const kept = new Set(draft.map((t) => t.code));
  for (const old of existing) {
    if (old.mandated) changes.push({ kind: "mandated", code: old.code, title: old.title });
    else if (!kept.has(old.code)) changes.push({ kind: "removed", code: old.code, title: old.title });
  }
  return changes;
}

/** The plan's tasks in the shape diffPlanTasks compares. */
export async function loadExistingTasks(tx: Pick<Tx, "task">, communeId: string, planId: string): Promise<ExistingTask[]> {
  const tasks = await tx.task.findMany({
    where: { communeId, planId },
    orderBy: { sortOrder: "asc" },
    include: {
      units: { include: { unit: { select: { id: true, name: true, shortName: true } } } },
      unitGroups: { include: { group: { select: { id: true, name: true } } } },
    },
  });
  return tasks.map((t) => {
    const view = viewAssignment(t.units, t.unitGroups);
    return {
      code: t.code,
      title: t.title,
      description: t.description,
      deadlineKind: t.deadlineKind,
      dueDate: t.dueDate?.toISOString().slice(0, 10) ?? null,
      deadlineText: t.deadlineText,
      leadUnits: view.lead.units.map((u) => u.name),
      supportUnits: view.support.units.map((u) => u.name),
      leadGroups: view.lead.groups.map((g) => g.name),
      supportGroups: view.support.groups.map((g) => g.name),
      mandated: t.provinceTaskId !== null,
    };
  });
}

const textOf = (who: { description: string; supportText: string | null }) => ({
  description: who.description,
  supportText: who.supportText,
});

/** The document's units and groups, plus the groups the task names today: those stay (see sideAfter). */
function keepNamedGroups(stored: AssignmentInput, fromDocument: AssignmentInput): AssignmentInput {
  const side = (now: SideInput, doc: SideInput): SideInput => ({
    unitIds: doc.unitIds,
    groupIds: [...new Set([...doc.groupIds, ...now.groupIds])],
  });
  return { lead: side(stored.lead, fromDocument.lead), support: side(stored.support, fromDocument.support) };
}

/** Applies a re-imported draft to an existing plan in the caller's transaction. */
export async function applyDraftToPlan(
  tx: Tx,
  record: Audit,
  target: { communeId: string; provinceId: string; planId: string },
  draft: PlanDraft,
) {
  const { communeId, provinceId, planId } = target;
  const resolver = await unitResolver(tx, communeId, provinceId);
  const units = await tx.unit.findMany({ where: { communeId }, select: { id: true, name: true, shortName: true } });
  const groups = await tx.unitGroup.findMany({ where: { communeId }, select: { id: true, name: true, kind: true } });
  const changes = diffPlanTasks(
    await loadExistingTasks(tx, communeId, planId),
    draft.tasks,
    units,
    draftGroupNames(draft.groupMappings, groups),
  );
  await tx.plan.update({ where: { id: planId }, data: planFields(draft) });
  // Targets the plan does not have yet (by catalog code, else by name) are added; existing indicators
  // and their values are the office's and stay as they are.
  const known = await tx.indicator.findMany({ where: { planId, communeId }, select: { catalogCode: true, name: true } });
  const newTargets = draft.indicators.filter((d) =>
    d.catalogCode ? !known.some((k) => k.catalogCode === d.catalogCode) : !known.some((k) => k.name === d.name),
  );
  await createIndicatorsFromDrafts(tx, { communeId, planId, defaultDueDate: draft.periodEnd }, newTargets);

  const groupIds = new Map<string, string>();
  for (const [i, g] of draft.groups.entries()) {
    const existing = await tx.planGroup.findFirst({ where: { planId, communeId, code: g.code } });
    const group = existing
      ? await tx.planGroup.update({ where: { id: existing.id }, data: { title: g.title, sortOrder: i } })
      : await tx.planGroup.create({ data: { communeId, planId, code: g.code, title: g.title, sortOrder: i } });
    groupIds.set(g.code, group.id);
  }

  const touched = new Set(changes.filter((c) => c.kind === "added" || c.kind === "changed").map((c) => c.code));
  const assigned = await draftAssignments(tx, communeId, draft, resolver);
  const maxOrder = (await tx.task.aggregate({ where: { planId }, _max: { sortOrder: true } }))._max.sortOrder ?? 0;
  for (const [i, t] of draft.tasks.entries()) {
    if (!touched.has(t.code)) continue;
    const who = must(assigned.tasks[i], "phân công nhiệm vụ");
    const groupId = t.group ? (groupIds.get(t.group) ?? null) : null;
    const old = await tx.task.findFirst({ where: { planId, communeId, code: t.code } });
    if (!old) {
      const task = await tx.task.create({
        data: { communeId, planId, groupId, ...taskFields(t), ...textOf(who), sortOrder: maxOrder + 1 + i },
        select: { id: true, communeId: true },
      });
      await writeAssignment(tx, task, who.assignment);
      continue;
    }
    const { deadlineKind, dueDate, deadlineText, ...ownFields } = taskFields(t);
    const deadline = deadlineReworded(t, old) ? { deadlineKind, dueDate, deadlineText } : {};
    await tx.task.update({
      where: { id: old.id },
      data: { groupId, ...ownFields, ...textOf(who), ...deadline, version: { increment: 1 } },
    });
    await writeAssignment(tx, old, keepNamedGroups(await readAssignment(tx, old.id), who.assignment));
    const change = changes.find((c) => c.code === t.code);
    await record(
      "tasks.edit",
      { type: "Task", id: old.id },
      {
        reason: "Nhập lại văn bản kế hoạch đã sửa",
        before: Object.fromEntries((change?.kind === "changed" ? change.fields : []).map((f) => [f.label, f.before])),
        after: Object.fromEntries((change?.kind === "changed" ? change.fields : []).map((f) => [f.label, f.after])),
      },
    );
  }
  return { planId, changes, createdUnits: resolver.created, createdGroups: assigned.createdGroups };
}
