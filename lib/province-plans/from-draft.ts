// A province plan read from its document (issue 20) becomes a working copy: the draft's metadata,
// one task per draft task (its lead kept as written, its communes read from that lead by
// ./targets.ts) and one KPI per target the importer found. Pure: the import command writes the rows.
import { toStoredDeadlineKind } from "../tasks/deadline-text";
import { comparisonFromDraft, unitFromDraft } from "../indicators/vocabulary";
import type { PlanDraft, TaskDraft } from "../import/types";
import { targetsFromLead, type CommuneRef } from "./targets";

/** The lead as the province wrote it: collective wording first, then the named bodies. */
export function leadAsWritten(t: TaskDraft): string {
  return [...t.leadGroups.map((g) => g.text), ...t.leadUnits].join("; ");
}

function supportAsWritten(t: TaskDraft): string | null {
  const parts = [...t.supportGroups.map((g) => g.text), ...t.supportUnits, ...(t.supportText ? [t.supportText] : [])];
  return parts.length ? parts.join("; ").slice(0, 500) : null;
}

/** Codes unique in the plan: a repeated one ("1.1" twice in a document) gets a suffix and a warning. */
function uniqueCode(code: string, used: Set<string>, warnings: string[]): string {
  let out = code.slice(0, 20) || "?";
  for (let n = 2; used.has(out); n += 1) out = `${code.slice(0, 16)}-${n}`;
  if (out !== code) warnings.push(`Mã nhiệm vụ ${code} bị trùng trong văn bản: đổi thành ${out}.`);
  used.add(out);
  return out;
}

export function workingCopyFromDraft(draft: PlanDraft, communes: readonly CommuneRef[], fallbackDueDate: string) {
  const warnings = [...draft.warnings];
  const used = new Set<string>();
  const tasks = draft.tasks.map((t, i) => {
    const leadText = leadAsWritten(t).slice(0, 500);
    const code = uniqueCode(t.code, used, warnings);
    const targets = targetsFromLead(code, leadText, communes);
    if (targets.warning) warnings.push(targets.warning);
    const kind = toStoredDeadlineKind(t.deadline.kind);
    return {
      code,
      groupCode: t.group,
      groupTitle: draft.groups.find((g) => g.code === t.group)?.title ?? null,
      title: t.title.slice(0, 500),
      description: t.description,
      expectedOutput: t.expectedOutput,
      deadlineKind: kind,
      dueDate: kind === "FIXED" ? t.deadline.date : null,
      deadlineText: t.deadline.text.slice(0, 500),
      leadText,
      supportText: supportAsWritten(t),
      targetAll: targets.targetAll,
      targetCommuneIds: targets.targetCommuneIds,
      sortOrder: i + 1,
    };
  });
  const indicators = draft.indicators.map((k, i) => {
    if (!k.dueDate) warnings.push(`Chỉ tiêu “${k.name}”: văn bản không ghi thời hạn, tạm lấy ${fallbackDueDate.split("-").reverse().join("/")}.`);
    return {
      code: `CT${String(i + 1).padStart(2, "0")}`,
      catalogCode: k.catalogCode,
      name: k.name.slice(0, 300),
      unit: unitFromDraft(k.unit),
      comparison: comparisonFromDraft(k.comparison),
      target: k.target,
      dueDate: k.dueDate ?? fallbackDueDate,
      sortOrder: i + 1,
    };
  });
  return { warnings, tasks, indicators };
}
