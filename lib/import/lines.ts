// Text extracted from a plan → numbered lines → structural entries (sections, numbered headings,
// lettered items, bullets, "Chủ trì:"-style fields, running text). PDF text breaks sentences across
// lines; a line that starts no new structure is glued to the entry before it.

import { collapseSpaces, foldText } from "@/lib/text";
import { joinFragments } from "@/lib/import/text";
import { matchGroup, must } from "@/lib/must";

export type SourceLine = {
  /** Index of the line in the input (0-based), for showing the source next to the draft. */
  index: number;
  text: string;
  /** Blank lines right before this one; a run of them often ends the title block. */
  blankBefore: number;
};

export type FieldName = "lead" | "support" | "deadline" | "output";

export type EntryKind = "section" | "heading" | "item" | "bullet" | "field" | "text";

export type Entry = {
  kind: EntryKind;
  /** "IV" for a section, "1.2" for a heading, "a" for an item. */
  code: string | null;
  field: FieldName | null;
  text: string;
  first: number;
  last: number;
};

export type Section = {
  /** Roman numeral, or "" for text before the first section. */
  code: string;
  title: string;
  entries: Entry[];
  lines: SourceLine[];
};

const FIELD_LABELS: [RegExp, FieldName][] = [
  [/^(don vi |co quan )?chu tri( thuc hien)?\s*:/, "lead"],
  [/^(don vi |co quan )?phoi hop( thuc hien)?\s*:/, "support"],
  [/^(thoi gian|thoi han)( hoan thanh| thuc hien)?\s*:/, "deadline"],
  [/^(san pham( dau ra)?|ket qua dau ra)\s*:/, "output"],
];

function isNoise(text: string): boolean {
  return (
    /^\d{1,3}$/.test(text) || // page number
    /^[-–]\s*\d{1,3}\s*[-–]$/.test(text) ||
    /^trang \d{1,3}$/i.test(text) ||
    /^\d{4}-\d{2}-\d{2}T[\d:+]+$/.test(text) || // signature timestamps
    /^[_=.\-–—*]{4,}$/.test(text)
  );
}

export function readLines(input: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blank = 0;
  input
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const text = collapseSpaces(raw.replace(/[\u00a0\u200b\ufeff]/g, " "));
      if (!text || isNoise(text)) {
        blank += 1;
        return;
      }
      lines.push({ index, text, blankBefore: blank });
      blank = 0;
    });
  return lines;
}

function isMostlyUpperCase(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length > 0 && upper.length / letters.length >= 0.6;
}

function readField(content: string): { field: FieldName; value: string } | null {
  const folded = foldText(content);
  for (const [label, field] of FIELD_LABELS) {
    if (label.test(folded)) return { field, value: content.slice(content.indexOf(":") + 1).trim() };
  }
  return null;
}

type Token = { kind: EntryKind; code: string | null; field: FieldName | null; text: string };

export function tokenizeLine(text: string): Token {
  const section = /^([IVX]{1,5})\s*[.)\-–]\s*(\S.*)$/u.exec(text);
  if (section && isMostlyUpperCase(matchGroup(section, 2)))
    return { kind: "section", code: matchGroup(section, 1), field: null, text: matchGroup(section, 2) };

  const deep = /^(\d{1,2}(?:\.\d{1,2})+)\.?\)?\s+([\p{L}“"(].*)$/u.exec(text);
  if (deep) return { kind: "heading", code: matchGroup(deep, 1), field: null, text: matchGroup(deep, 2) };
  const top = /^(\d{1,2})[.)]\s*([\p{L}“"(].*)$/u.exec(text);
  if (top) return { kind: "heading", code: String(Number(matchGroup(top, 1))), field: null, text: matchGroup(top, 2) };

  const item = /^([a-zđ])(?:\)|\.\s)\s*(\S.*)$/u.exec(text);
  if (item) return { kind: "item", code: matchGroup(item, 1), field: null, text: matchGroup(item, 2) };

  const bullet = /^[-–—•+*]\s*(.*)$/u.exec(text);
  const content = bullet ? matchGroup(bullet, 1) : text;
  const field = readField(content);
  if (field) return { kind: "field", code: null, field: field.field, text: field.value };
  if (bullet) return { kind: "bullet", code: null, field: null, text: content };
  return { kind: "text", code: null, field: null, text };
}

/** "Trên đây là kế hoạch…", "Nơi nhận:": the body is over, the signature block follows. */
export function isClosingLine(text: string): boolean {
  return /^(tren day la|noi nhan)(\s|:|$)/.test(foldText(text));
}

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

// An entry being built: its line fragments are joined once it is complete.
type Draft = { entry: Entry; fragments: string[] };

function lastFragment(draft: Draft): string {
  return draft.fragments.findLast((f) => f !== "") ?? "";
}

// A heading that ends in "," ";" "-" or "và" goes on; so does one followed by a lower-case line.
function continuesHeading(heading: Draft, line: string): boolean {
  return startsLowerCase(line) || /([,;\-–]|\svà)$/u.test(lastFragment(heading));
}

// "Phòng Văn hóa" / "- Xã hội.": a bullet line that only carries on an unfinished field value.
function continuesField(previous: Draft, token: Token): boolean {
  const value = lastFragment(previous);
  return token.kind === "bullet" && previous.entry.kind === "field" && value !== "" && !/[.;:]$/u.test(value);
}

function append(draft: Draft, line: SourceLine): void {
  draft.fragments.push(line.text);
  draft.entry.last = line.index;
}

export function buildEntries(lines: SourceLine[]): Entry[] {
  const drafts: Draft[] = [];
  for (const line of lines) {
    if (isClosingLine(line.text)) break;
    const token = tokenizeLine(line.text);
    const previous = drafts.at(-1);
    if (previous && token.kind === "text") {
      const isTitleLine = previous.entry.kind === "heading" || previous.entry.kind === "section";
      if (!isTitleLine || continuesHeading(previous, line.text)) {
        append(previous, line);
        continue;
      }
    }
    if (previous && continuesField(previous, token)) {
      append(previous, line);
      continue;
    }
    drafts.push({ entry: { ...token, first: line.index, last: line.index }, fragments: [token.text] });
  }
  return drafts.map(({ entry, fragments }) => ({ ...entry, text: joinFragments(fragments) }));
}

export function splitSections(entries: Entry[], lines: SourceLine[]): Section[] {
  let current: Section = { code: "", title: "", entries: [], lines: [] };
  const sections: Section[] = [current];
  for (const entry of entries) {
    if (entry.kind === "section") {
      current = { code: entry.code ?? "", title: entry.text, entries: [], lines: [] };
      sections.push(current);
    } else current.entries.push(entry);
  }
  // Each section also keeps its raw lines (the objectives are read line by line).
  const starts = entries.filter((e) => e.kind === "section").map((e) => e.first);
  const end = entries.at(-1)?.last ?? -1;
  let position = 0;
  for (const line of lines) {
    if (line.index > end) break;
    while (position < starts.length && starts[position]! <= line.index) position += 1;
    if (position > 0 && starts[position - 1] === line.index) continue;
    // One section per start plus the preamble, and position never passes starts.length.
    must(sections[position], "phần của dòng").lines.push(line);
  }
  return sections;
}

export type SectionRole = "basis" | "objectives" | "organisation" | "funding" | "other";

export function sectionRole(section: Section): SectionRole {
  const title = foldText(section.title);
  if (/can cu/.test(title)) return "basis";
  if (/muc tieu/.test(title) && !/nhiem vu/.test(title)) return "objectives";
  if (/to chuc thuc hien/.test(title)) return "organisation";
  if (/kinh phi/.test(title)) return "funding";
  return "other";
}
