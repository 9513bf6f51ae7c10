// Reads a plan's deadline wording into a kind and a date (docs/architecture.md#deadlines-and-task-status). The original wording is
// always kept next to the result. The plan-import parser uses the same rules: `parseImportDeadline`
// gives the finer kinds the import review shows, `parseDeadlineText` the kinds a task stores.

import { matchGroup } from "@/lib/must";

export type StoredDeadlineKind = "FIXED" | "RECURRING" | "CONDITIONAL" | "NONE";

export type ParsedDeadline = {
  kind: StoredDeadlineKind;
  /** "YYYY-MM-DD" local day, for FIXED only. */
  dueDate: string | null;
};

/**
 * DATE "31/12/2025" (also a year, month or quarter); BEFORE_DATE "Trước ngày 20/12/2025";
 * RECURRING "Thường xuyên"; IMMEDIATE_RECURRING "Triển khai thực hiện ngay và thường xuyên";
 * PERIODIC "Định kỳ (tuần, tháng)"; CONDITIONAL "Sau khi thành phố có hướng dẫn".
 */
export type ImportDeadlineKind = "DATE" | "BEFORE_DATE" | "RECURRING" | "IMMEDIATE_RECURRING" | "PERIODIC" | "CONDITIONAL" | "NONE";

export type ImportDeadline = {
  kind: ImportDeadlineKind;
  /** The day the work is due ("YYYY-MM-DD"), for DATE and BEFORE_DATE only. */
  date: string | null;
};

const DATE = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/;
const RECURRING = /thường xuyên|định kỳ|hằng (tuần|tháng|năm)|hàng (tuần|tháng|năm)|liên tục/;
const PERIODIC = /định kỳ|hằng (tuần|tháng|năm)|hàng (tuần|tháng|năm)/;
const IMMEDIATELY = /(^|[\s,;])ngay($|[\s,;.])/;

/** "YYYY-MM-DD", or null for a day the calendar does not have (31/02/2025). */
export function isoDate(day: number, month: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

// A trigger comes first: "Ngay sau khi … công bố TTHC", "Sau khi thành phố có hướng dẫn",
// "Theo hướng dẫn của Sở Nội vụ" have no date until the trigger happens.
function isConditional(lower: string): boolean {
  return /(^|\s)(ngay\s+)?sau khi\b/.test(lower) || /theo hướng dẫn/.test(lower) || /khi có (văn bản|hướng dẫn)/.test(lower);
}

function readExplicitDate(text: string, lower: string): ImportDeadline | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!iso) return null;
  // "Trước ngày 20/12/2025" means the work is due on the 19th.
  const before = /trước(\s+ngày)?$/.test(lower.slice(0, m.index).trimEnd());
  return before ? { kind: "BEFORE_DATE", date: dayBefore(iso) } : { kind: "DATE", date: iso };
}

function recurringKind(lower: string): ImportDeadlineKind {
  if (IMMEDIATELY.test(lower) && /thường xuyên/.test(lower)) return "IMMEDIATE_RECURRING";
  if (PERIODIC.test(lower) && !/thường xuyên/.test(lower)) return "PERIODIC";
  return "RECURRING";
}

// "Đến năm 2026 hoàn thành 100%", "Tháng 12/2025", "Quý IV/2025": the last day of that period.
function readPeriodEnd(lower: string): string | null {
  const year = /năm (\d{4})/.exec(lower);
  if (year) return `${year[1]}-12-31`;
  const month = /tháng (\d{1,2})\s*[/-]\s*(\d{4})/.exec(lower);
  if (month) {
    const mo = Number(month[1]);
    if (mo >= 1 && mo <= 12) return lastDayOfMonth(Number(month[2]), mo);
  }
  const quarter = /quý\s*(i{1,3}|iv|[1-4])\s*[/-]\s*(\d{4})/.exec(lower);
  if (quarter) {
    const q = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 }[matchGroup(quarter, 1)] ?? 4;
    return lastDayOfMonth(Number(quarter[2]), q * 3);
  }
  return null;
}

export function parseImportDeadline(raw: string): ImportDeadline {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  const lower = text.toLowerCase();
  if (!text) return { kind: "NONE", date: null };
  if (isConditional(lower)) return { kind: "CONDITIONAL", date: null };
  const explicit = readExplicitDate(text, lower);
  if (explicit) return explicit;
  if (RECURRING.test(lower)) return { kind: recurringKind(lower), date: null };
  const periodEnd = readPeriodEnd(lower);
  if (periodEnd) return { kind: "DATE", date: periodEnd };
  return { kind: "NONE", date: null };
}

/** The kind a task stores for each kind the import distinguishes. */
export function toStoredDeadlineKind(kind: ImportDeadlineKind): StoredDeadlineKind {
  switch (kind) {
    case "DATE":
    case "BEFORE_DATE":
      return "FIXED";
    case "RECURRING":
    case "IMMEDIATE_RECURRING":
    case "PERIODIC":
      return "RECURRING";
    case "CONDITIONAL":
      return "CONDITIONAL";
    case "NONE":
      return "NONE";
  }
}

export function parseDeadlineText(raw: string): ParsedDeadline {
  const parsed = parseImportDeadline(raw);
  return { kind: toStoredDeadlineKind(parsed.kind), dueDate: parsed.date };
}
