// What changed between two versions of a province plan: for the province (diff) and as one commune
// sees it (communeChanges). Pure functions over snapshots.
//
// Kinds: NEW, WITHDRAWN, RESTORED, TARGETS (which communes), and two kinds of content:
// - a task's WORDING is its title, description, expected output, support text, lead text, group and
//   whether communes may adapt it; its DEADLINE is the deadline kind, date and text;
// - a KPI's WORDING is its name, unit, comparison, measure, labels, method and frequency; its
//   DEADLINE is what the commune must reach by when: the target value and the due date.
// A withdrawn item reports only WITHDRAWN; a new item only NEW. Changes of the plan's own heading
// (number, title) are not changes of its tasks: they alone do not make a new version.
import { formatDateKey } from "../dates";
import { targetText } from "../indicators/vocabulary";
import type { ChangeKind, CommuneChange, PlanChange, ProvincePlanSnapshot, SnapshotIndicator, SnapshotTask, Targets } from "./types";

const KIND_WORDS: Record<SnapshotTask["deadlineKind"], string> = {
  FIXED: "Có thời hạn",
  RECURRING: "Thường xuyên",
  CONDITIONAL: "Khi phát sinh",
  NONE: "Không xác định thời hạn",
};

/** A task's deadline as one phrase: "30/06/2026", or the kind with the document's words. */
export function deadlineWords(t: Pick<SnapshotTask, "deadlineKind" | "dueDate" | "deadlineText">): string {
  if (t.deadlineKind === "FIXED" && t.dueDate) return formatDateKey(t.dueDate);
  return t.deadlineText ? `${KIND_WORDS[t.deadlineKind]} (${t.deadlineText})` : KIND_WORDS[t.deadlineKind];
}

function targetsWords(t: Targets): string {
  return t.all ? "tất cả xã, phường" : `${t.communeIds.length} xã, phường được chọn`;
}

export function targets(t: Targets, communeId: string): boolean {
  return t.all || t.communeIds.includes(communeId);
}

const sameTargets = (a: Targets, b: Targets) =>
  a.all === b.all && (a.all || b.all || [...a.communeIds].sort().join() === [...b.communeIds].sort().join());

const TASK_WORDING: [keyof SnapshotTask, string][] = [
  ["title", "tên nhiệm vụ"],
  ["description", "mô tả"],
  ["expectedOutput", "sản phẩm"],
  ["supportText", "đơn vị phối hợp"],
  ["leadText", "đơn vị chủ trì"],
  ["groupTitle", "nhóm nhiệm vụ"],
  ["adaptable", "quyền điều chỉnh nội dung"],
];
const KPI_WORDING: [keyof SnapshotIndicator, string][] = [
  ["name", "tên chỉ tiêu"],
  ["unit", "đơn vị tính"],
  ["comparison", "cách so sánh"],
  ["measure", "cách đo"],
  ["numeratorLabel", "tử số"],
  ["denominatorLabel", "mẫu số"],
  ["method", "phương pháp tính"],
  ["frequency", "kỳ cập nhật"],
];

/** The task fields whose change is a WORDING change (apply-commune.ts updates the commune's copy of some). */
export function changedTaskWording(a: SnapshotTask, b: SnapshotTask): (keyof SnapshotTask)[] {
  return TASK_WORDING.filter(([f]) => a[f] !== b[f]).map(([f]) => f);
}

export function taskDeadlineChanged(a: SnapshotTask, b: SnapshotTask): boolean {
  return a.deadlineKind !== b.deadlineKind || a.dueDate !== b.dueDate || a.deadlineText !== b.deadlineText;
}

export function kpiDeadlineChanged(a: SnapshotIndicator, b: SnapshotIndicator): boolean {
  return a.target !== b.target || a.dueDate !== b.dueDate;
}

const kpiTarget = (i: SnapshotIndicator) => targetText(i.comparison, i.target, i.unit, i.name);

/** WORDING and DEADLINE of one item between two live versions, with their Vietnamese details. */
function contentChanges(item: "TASK" | "INDICATOR", a: SnapshotTask | SnapshotIndicator, b: SnapshotTask | SnapshotIndicator) {
  const kinds: ChangeKind[] = [];
  const details: string[] = [];
  const add = (kind: ChangeKind, detail: string) => {
    kinds.push(kind);
    details.push(detail);
  };
  if (item === "TASK") {
    const [x, y] = [a as SnapshotTask, b as SnapshotTask];
    const fields = TASK_WORDING.filter(([f]) => x[f] !== y[f]).map(([, label]) => label);
    if (fields.length > 0) add("WORDING", `Sửa nội dung: ${fields.join(", ")}`);
    if (taskDeadlineChanged(x, y)) add("DEADLINE", `Hạn: ${deadlineWords(x)} → ${deadlineWords(y)}`);
  } else {
    const [x, y] = [a as SnapshotIndicator, b as SnapshotIndicator];
    const fields = KPI_WORDING.filter(([f]) => x[f] !== y[f]).map(([, label]) => label);
    if (fields.length > 0) add("WORDING", `Sửa nội dung: ${fields.join(", ")}`);
    if (kpiDeadlineChanged(x, y)) {
      const parts = [];
      if (x.target !== y.target) parts.push(`Chỉ tiêu: ${kpiTarget(x)} → ${kpiTarget(y)}`);
      if (x.dueDate !== y.dueDate) parts.push(`Hạn: ${formatDateKey(x.dueDate)} → ${formatDateKey(y.dueDate)}`);
      add("DEADLINE", parts.join("; "));
    }
  }
  return { kinds, details };
}

type Item = {
  item: "TASK" | "INDICATOR";
  prev: SnapshotTask | SnapshotIndicator | undefined;
  next: SnapshotTask | SnapshotIndicator | undefined;
};

/** Every item of either version, in the order of the newer one (then the ones it no longer has). */
function pairs(prev: ProvincePlanSnapshot | null, next: ProvincePlanSnapshot): Item[] {
  const out: Item[] = [];
  const add = <T extends SnapshotTask | SnapshotIndicator>(item: "TASK" | "INDICATOR", before: T[], after: T[]) => {
    const old = new Map(before.map((x) => [x.id, x]));
    for (const n of after) {
      out.push({ item, prev: old.get(n.id), next: n });
      old.delete(n.id);
    }
    for (const p of old.values()) out.push({ item, prev: p, next: undefined });
  };
  add("TASK", prev?.tasks ?? [], next.tasks);
  add("INDICATOR", prev?.indicators ?? [], next.indicators);
  return out;
}

const titleOf = (x: SnapshotTask | SnapshotIndicator) => ("title" in x ? x.title : x.name);
const noun = (item: "TASK" | "INDICATOR") => (item === "TASK" ? "nhiệm vụ" : "chỉ tiêu");

function line(item: "TASK" | "INDICATOR", x: SnapshotTask | SnapshotIndicator, kinds: ChangeKind[], details: string[]): PlanChange {
  return { item, id: x.id, code: x.code, title: titleOf(x), kinds, details };
}

/** The province's view: what version `next` changes against `prev` (null: the first version). */
export function diff(prev: ProvincePlanSnapshot | null, next: ProvincePlanSnapshot): PlanChange[] {
  const out: PlanChange[] = [];
  for (const { item, prev: p, next: n } of pairs(prev, next)) {
    const live = (x: typeof p) => x !== undefined && !x.withdrawn;
    // Withdrawn before it was ever published, or withdrawn in both: nothing to tell.
    if (!live(p) && !live(n)) continue;
    if (!p) out.push(line(item, n!, ["NEW"], [`${item === "TASK" ? "Nhiệm vụ" : "Chỉ tiêu"} mới, giao cho ${targetsWords(n!.targets)}`]));
    else if (!live(n)) out.push(line(item, n ?? p, ["WITHDRAWN"], [`Tỉnh rút ${noun(item)}`]));
    else if (p.withdrawn) out.push(line(item, n!, ["RESTORED"], [`Tỉnh giao lại ${noun(item)} đã rút`]));
    else {
      const { kinds, details } = contentChanges(item, p, n!);
      if (!sameTargets(p.targets, n!.targets)) {
        kinds.push("TARGETS");
        details.push(`Giao cho: ${targetsWords(p.targets)} → ${targetsWords(n!.targets)}`);
      }
      if (kinds.length > 0) out.push(line(item, n!, kinds, details));
    }
  }
  return out;
}

/**
 * The commune's view: `prev` is the last version applied to it (null: none). A task newly targeted at
 * it is NEW (RESTORED when it had been withdrawn from it), one no longer targeted is WITHDRAWN, and
 * the targets of others are not its business.
 */
export function communeChanges(prev: ProvincePlanSnapshot | null, next: ProvincePlanSnapshot, communeId: string): CommuneChange[] {
  const out: CommuneChange[] = [];
  for (const { item, prev: p, next: n } of pairs(prev, next)) {
    const had = p !== undefined && !p.withdrawn && targets(p.targets, communeId);
    const has = n !== undefined && !n.withdrawn && targets(n.targets, communeId);
    if (!had && has) {
      const restored = p !== undefined && p.withdrawn && targets(p.targets, communeId);
      out.push(
        line(item, n, restored ? ["RESTORED"] : ["NEW"], [
          restored ? `Tỉnh giao lại ${noun(item)} đã rút` : `${item === "TASK" ? "Nhiệm vụ" : "Chỉ tiêu"} mới`,
        ]),
      );
    } else if (had && !has) {
      const why = n === undefined || n.withdrawn ? `Tỉnh rút ${noun(item)}` : `Tỉnh không còn giao ${noun(item)} này cho xã, phường`;
      out.push(line(item, n ?? p, ["WITHDRAWN"], [why]));
    } else if (had && has) {
      const { kinds, details } = contentChanges(item, p, n);
      if (kinds.length > 0) out.push(line(item, n, kinds, details));
    }
  }
  return out;
}
