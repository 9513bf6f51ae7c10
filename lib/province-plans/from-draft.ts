// A province plan read from its document (issue 20) becomes a working copy: the draft's metadata,
// one task per draft task (its lead kept as written, its communes read from that lead by
// ./targets.ts) and one KPI per target the importer found. Pure: the import command writes the rows.
import { toStoredDeadlineKind } from "../tasks/deadline-text";
import { comparisonFromDraft, unitFromDraft } from "../indicators/vocabulary";
import type { PlanDraft, TaskDraft } from "../import/types";
import { targetsFromLead, type CommuneRef } from "./targets";

const LEAD_LINE = /^[\s\-–+•]*chủ trì(?: thực hiện)?\s*:\s*(.*)$/i;
const NEXT_FIELD = /^[\s]*[-–+•]|^\s*(phối hợp|thời gian|thời hạn|sản phẩm)/i;

/**
 * The lead as the province wrote it, read from the task's own lines of the document: the commune
 * importer cleans a lead into unit names (and drops the plan's own commune from "UBND phường Hải
 * An"), which is right for a commune's units but loses what a province lead says. The cleaned
 * names are the fallback when the line cannot be found.
 */
export function leadAsWritten(t: TaskDraft, sourceText: string): string {
  const lines = sourceText
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .slice(t.sourceLines[0], t.sourceLines[1] + 1);
  const at = lines.findIndex((l) => LEAD_LINE.test(l));
  if (at >= 0) {
    const parts = [LEAD_LINE.exec(lines[at]!)![1]!];
    for (const next of lines.slice(at + 1)) {
      if (!next.trim() || NEXT_FIELD.test(next)) break;
      parts.push(next);
    }
    const lead = parts
      .join(" ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[.;,]+$/, "");
    if (lead) return lead;
  }
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

export function workingCopyFromDraft(draft: PlanDraft, sourceText: string, communes: readonly CommuneRef[], fallbackDueDate: string) {
  const warnings = [...draft.warnings];
  const used = new Set<string>();
  const tasks = draft.tasks.map((t, i) => {
    const leadText = leadAsWritten(t, sourceText).slice(0, 500);
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
    if (!k.dueDate)
      warnings.push(`Chỉ tiêu “${k.name}”: văn bản không ghi thời hạn, tạm lấy ${fallbackDueDate.split("-").reverse().join("/")}.`);
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
