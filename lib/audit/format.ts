// What the audit log page shows in "Chi tiết" for one entry: Vietnamese lines such as
// "Tiến độ: 50% → 55%", never the stored JSON. The words live in ./fields.ts.
import { AUDIT_FIELDS, EMPTY, showDate, type AuditNames } from "./fields";

export type { AuditNames } from "./fields";

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => !!v && typeof v === "object" && !Array.isArray(v);

/** Keys a re-import records under their Vietnamese label ("Tên nhiệm vụ") are shown as they are. */
const isLabel = (key: string) => /[^\x00-\x7F]|\s/.test(key);

function field(key: string, action: string) {
  const f = AUDIT_FIELDS[key];
  if (f && key === "period" && action.startsWith("indicators.")) return { ...f, label: "Kỳ số liệu" };
  if (f) return f;
  return isLabel(key) ? { label: key, show: showAsWritten } : null;
}

/** A value recorded already in words (a re-import's fields); only its ISO dates are rewritten. */
function showAsWritten(v: unknown): string {
  if (v === null || v === undefined || v === "") return EMPTY;
  return String(v).replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => showDate(d));
}

/** Known keys first, in the table's order; then keys that are already labels. */
function orderedKeys(...rows: Row[]): string[] {
  const present = new Set(rows.flatMap((r) => Object.keys(r)));
  return [...Object.keys(AUDIT_FIELDS).filter((k) => present.has(k)), ...[...present].filter((k) => !AUDIT_FIELDS[k] && isLabel(k))];
}

/**
 * One line per changed field ("Label: before → after") when both sides were stored, one line per
 * field ("Label: value") otherwise; top-level facts (period, file, reason…) come first.
 */
export function describeAudit(action: string, data: unknown, names: AuditNames = new Map()): string[] {
  if (!isRow(data)) return [];
  const { before, after, ...facts } = data;
  const lines: string[] = [];
  for (const key of orderedKeys(facts)) {
    const f = field(key, action);
    if (f) lines.push(`${f.label}: ${f.show(facts[key], names)}`);
  }
  if (isRow(before) && isRow(after)) {
    // Only fields both sides recorded: an edit stores the whole row before and the form after.
    for (const key of orderedKeys(before).filter((k) => k in after)) {
      const f = field(key, action);
      if (!f) continue;
      const [from, to] = [f.show(before[key], names), f.show(after[key], names)];
      if (from !== to) lines.push(`${f.label}: ${from} → ${to}`);
    }
  } else {
    const only = isRow(after) ? after : isRow(before) ? before : {};
    for (const key of orderedKeys(only)) {
      const f = field(key, action);
      if (f && only[key] !== null && only[key] !== undefined && only[key] !== "") lines.push(`${f.label}: ${f.show(only[key], names)}`);
    }
  }
  return lines;
}
