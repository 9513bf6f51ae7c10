// Reads a plan's deadline wording into a kind and a date (DESIGN.md §3). The original wording is
// always kept next to the result. The plan-import parser uses the same function.

export type ParsedDeadline = {
  kind: "FIXED" | "RECURRING" | "CONDITIONAL" | "NONE";
  /** "YYYY-MM-DD" local day, for FIXED only. */
  dueDate: string | null;
};

const DATE = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/;

function isoDate(day: number, month: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export function parseDeadlineText(raw: string): ParsedDeadline {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  const lower = text.toLowerCase();
  if (!text) return { kind: "NONE", dueDate: null };

  // A trigger comes first: "Ngay sau khi … công bố TTHC", "Sau khi thành phố có hướng dẫn",
  // "Theo hướng dẫn của Sở Nội vụ" have no date until the trigger happens.
  if (/(^|\s)(ngay\s+)?sau khi\b/.test(lower) || /theo hướng dẫn/.test(lower) || /khi có (văn bản|hướng dẫn)/.test(lower)) {
    return { kind: "CONDITIONAL", dueDate: null };
  }

  const m = DATE.exec(text);
  if (m) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) {
      // "Trước ngày 20/12/2025" means the work is due on the 19th.
      const before = /trước(\s+ngày)?$/.test(lower.slice(0, m.index).trimEnd());
      return { kind: "FIXED", dueDate: before ? dayBefore(iso) : iso };
    }
  }

  if (/thường xuyên|định kỳ|hằng (tuần|tháng|năm)|hàng (tuần|tháng|năm)|liên tục/.test(lower)) {
    return { kind: "RECURRING", dueDate: null };
  }

  // "Đến năm 2026 hoàn thành 100%", "Năm 2025", "Trong năm 2026": the end of that year.
  const year = /năm (\d{4})/.exec(lower);
  if (year) return { kind: "FIXED", dueDate: `${year[1]}-12-31` };

  // "Quý IV/2025", "Tháng 12/2025"
  const month = /tháng (\d{1,2})\s*[/-]\s*(\d{4})/.exec(lower);
  if (month) {
    const y = Number(month[2]);
    const mo = Number(month[1]);
    if (mo >= 1 && mo <= 12) return { kind: "FIXED", dueDate: new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10) };
  }
  const quarter = /quý\s*(i{1,3}|iv|[1-4])\s*[/-]\s*(\d{4})/.exec(lower);
  if (quarter) {
    const q = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 }[quarter[1]] ?? 4;
    return { kind: "FIXED", dueDate: new Date(Date.UTC(Number(quarter[2]), q * 3, 0)).toISOString().slice(0, 10) };
  }

  return { kind: "NONE", dueDate: null };
}
