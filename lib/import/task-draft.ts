// Turns what the parser collected for one task (its text and its "Chủ trì / Phối hợp / Thời gian"
// values) into a TaskDraft, with a warning for everything it could not read with confidence.

import { parseImportDeadline } from "@/lib/tasks/deadline-text";
import type { FieldName } from "@/lib/import/lines";
import { capitalizeFirst, collapseSpaces, stripTrailingPunctuation } from "@/lib/text";
import { endSentence, joinFragments, tidyDescription } from "@/lib/import/text";
import type { DeadlineDraft, GroupPhrase, TaskDraft } from "@/lib/import/types";
import { readUnitList } from "@/lib/import/units";
import { matchGroup } from "@/lib/must";

export type CollectedTask = {
  code: string;
  group: string | null;
  title: string;
  /** The task's running text, fragment by fragment. */
  description: string[];
  fields: Partial<Record<FieldName, string>>;
  /** The line each field starts on, for showing its wording beside the source. */
  fieldLines: Partial<Record<FieldName, number>>;
  first: number;
  last: number;
};

export type DraftContext = {
  /** The plan's standing office ("cơ quan thường trực"), given tasks whose lead names no unit. */
  standingOffice: string | null;
  warnings: string[];
};

const MAX_TITLE = 120;

/**
 * A title from running text: the label before ":" ("Báo cáo định kỳ: Thực hiện …"), else the first
 * sentence, shortened to its first clauses when long.
 */
export function titleFromText(text: string): string {
  const label = /^([^:.;]{3,100}):\s/u.exec(text);
  const sentence = label ? matchGroup(label, 1) : (/^(.+?)[.;](\s|$)/u.exec(text)?.[1] ?? text);
  const title = stripTrailingPunctuation(collapseSpaces(sentence));
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  const clauseEnd = cut.lastIndexOf(", ");
  if (clauseEnd >= 40) return cut.slice(0, clauseEnd);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

export function readDeadline(text: string | undefined): DeadlineDraft {
  const wording = stripTrailingPunctuation(collapseSpaces(text ?? ""));
  const parsed = parseImportDeadline(wording);
  return { kind: parsed.kind, date: parsed.date, text: wording };
}

function quote(text: string): string {
  return `“${stripTrailingPunctuation(text)}”`;
}

type Side = { units: string[]; groups: GroupPhrase[] };

function readLead(task: CollectedTask, context: DraftContext): Side & { note: string | null } {
  const written = task.fields.lead;
  if (written === undefined || !collapseSpaces(written)) {
    context.warnings.push(`Nhiệm vụ ${task.code}: không tìm thấy đơn vị chủ trì`);
    return { units: [], groups: [], note: null };
  }
  const { units, groups, generic } = readUnitList(written);
  const line = task.fieldLines.lead ?? task.first;
  const phrases = groups.map((text) => ({ text, line }));
  // Wording that names nobody ("các đơn vị có liên quan") is kept in the description, where the reviewer sees it.
  const note = generic.length > 0 ? `Chủ trì thực hiện: ${endSentence(stripTrailingPunctuation(collapseSpaces(written)))}` : null;
  if (units.length > 0 || phrases.length > 0) {
    if (generic.length > 0)
      context.warnings.push(
        `Nhiệm vụ ${task.code}: ${generic.map(quote).join(", ")} trong phần chủ trì không phải một đơn vị cụ thể, đã ghi vào mô tả`,
      );
    return { units, groups: phrases, note };
  }
  if (context.standingOffice) {
    context.warnings.push(
      `Nhiệm vụ ${task.code}: đơn vị chủ trì ${quote(written)} không phải một đơn vị cụ thể; tạm giao ${context.standingOffice} (cơ quan thường trực), cần kiểm tra lại`,
    );
    return { units: [context.standingOffice], groups: [], note };
  }
  context.warnings.push(`Nhiệm vụ ${task.code}: đơn vị chủ trì ${quote(written)} không phải một đơn vị cụ thể, cần chọn đơn vị chủ trì`);
  return { units: [], groups: [], note };
}

function readSupport(task: CollectedTask): Side & { text: string | null } {
  const written = task.fields.support;
  if (written === undefined) return { units: [], groups: [], text: null };
  const { units, groups, generic } = readUnitList(written);
  const line = task.fieldLines.support ?? task.first;
  return {
    units,
    groups: groups.map((text) => ({ text, line })),
    text: generic.length > 0 ? capitalizeFirst(generic.join(" và ")) : null,
  };
}

function checkDeadline(task: CollectedTask, deadline: DeadlineDraft, context: DraftContext): void {
  if (task.fields.deadline === undefined || !deadline.text)
    context.warnings.push(`Nhiệm vụ ${task.code}: không tìm thấy thời gian hoàn thành`);
  else if (deadline.kind === "NONE") context.warnings.push(`Nhiệm vụ ${task.code}: không đọc được thời hạn ${quote(deadline.text)}`);
}

/** A task whose units and deadline come from "Chủ trì / Phối hợp / Thời gian" fields. */
export function draftFromFields(task: CollectedTask, context: DraftContext): TaskDraft {
  const lead = readLead(task, context);
  const support = readSupport(task);
  const deadline = readDeadline(task.fields.deadline);
  checkDeadline(task, deadline, context);
  const description = [tidyDescription(joinFragments(task.description)), lead.note].filter(Boolean).join(" ");
  const output = task.fields.output ? stripTrailingPunctuation(collapseSpaces(task.fields.output)) : null;
  return {
    code: task.code,
    group: task.group,
    title: task.title,
    description,
    leadUnits: lead.units,
    supportUnits: support.units,
    leadGroups: lead.groups,
    supportGroups: support.groups,
    supportText: support.text,
    deadline,
    expectedOutput: output || null,
    sourceLines: [task.first, task.last],
  };
}
