// Plans that assign work per unit instead of per task ("VI. TỔ CHỨC THỰC HIỆN"):
//   2. Phòng Văn hóa - Xã hội            ← the unit
//   - Tham mưu cho UBND phường …          ← one task per bullet, led by that unit: 2.1, 2.2, …
// When no unit has bullets (Hà Long), each unit's paragraph is one task, numbered as written, in
// one group for the section.

import type { Entry, Section } from "@/lib/import/lines";
import { sectionTitle } from "@/lib/import/metadata";
import { titleFromText } from "@/lib/import/task-draft";
import { capitalizeFirst, collapseSpaces, foldText } from "@/lib/text";
import { joinFragments, tidyDescription } from "@/lib/import/text";
import type { GroupDraft, TaskDraft } from "@/lib/import/types";
import { readUnitList } from "@/lib/import/units";
import { matchGroup } from "@/lib/must";

type UnitBlock = { heading: Entry; duties: Entry[] };

function unitBlocks(section: Section): UnitBlock[] {
  const blocks: UnitBlock[] = [];
  for (const entry of section.entries) {
    if (entry.kind === "heading" && !(entry.code ?? "").includes(".")) blocks.push({ heading: entry, duties: [] });
    else if (entry.kind !== "section") blocks.at(-1)?.duties.push(entry); // duties before any unit heading are skipped
  }
  return blocks;
}

/** "Phối hợp với các đơn vị liên quan triển khai …" → "Các đơn vị liên quan". */
export function readHelpersInText(text: string): string | null {
  const m =
    /phối hợp\s+(?:với|cùng)\s+(.+?)(?=\s+(?:để|trong|triển khai|tổ chức|xây dựng|thực hiện|tham mưu|hướng dẫn|kiểm tra|nhằm)(?:\s|$)|[.;:]|$)/iu.exec(
      text,
    );
  return m ? capitalizeFirst(collapseSpaces(matchGroup(m, 1))) : null;
}

/** The unit the plan calls its standing office ("Là cơ quan thường trực", "Thường trực ban chỉ đạo"). */
export function findStandingOffice(section: Section | undefined): string | null {
  if (!section) return null;
  for (const block of unitBlocks(section)) {
    const duties = foldText(block.duties.map((d) => d.text).join(" "));
    if (/co quan thuong truc|thuong truc ban chi dao/.test(duties)) return readUnitList(block.heading.text).units[0] ?? null;
  }
  return null;
}

function dutyTask(code: string, group: string, unit: UnitBlock, text: string, first: number, last: number, warnings: string[]): TaskDraft {
  const { units } = readUnitList(unit.heading.text);
  if (units.length === 0) warnings.push(`Nhiệm vụ ${code}: không tìm thấy đơn vị chủ trì`);
  const description = tidyDescription(text);
  return {
    code,
    group,
    title: titleFromText(description),
    description,
    leadUnits: units,
    supportUnits: [],
    leadGroups: [],
    supportGroups: [],
    supportText: readHelpersInText(description),
    deadline: { kind: "NONE", date: null, text: "" },
    expectedOutput: null,
    sourceLines: [first, last],
  };
}

function tasksPerDuty(blocks: UnitBlock[], warnings: string[]): { groups: GroupDraft[]; tasks: TaskDraft[] } {
  const groups: GroupDraft[] = [];
  const tasks: TaskDraft[] = [];
  for (const block of blocks) {
    const group = block.heading.code ?? String(groups.length + 1);
    groups.push({ code: group, title: collapseSpaces(block.heading.text) });
    block.duties.forEach((duty, i) => tasks.push(dutyTask(`${group}.${i + 1}`, group, block, duty.text, duty.first, duty.last, warnings)));
  }
  return { groups, tasks };
}

function taskPerUnit(section: Section, blocks: UnitBlock[], warnings: string[]): { groups: GroupDraft[]; tasks: TaskDraft[] } {
  const group = section.code || "1";
  const tasks = blocks.map((block) => {
    const text = joinFragments(block.duties.map((d) => d.text));
    const last = block.duties.at(-1)?.last ?? block.heading.last;
    return dutyTask(block.heading.code ?? "", group, block, text, block.heading.first, last, warnings);
  });
  return { groups: [{ code: group, title: sectionTitle(section.title) || "Tổ chức thực hiện" }], tasks };
}

export function collectAssignments(section: Section, warnings: string[]): { groups: GroupDraft[]; tasks: TaskDraft[] } {
  const blocks = unitBlocks(section).filter((b) => b.duties.length > 0);
  const bulleted = blocks.some((b) => b.duties.some((d) => d.kind === "bullet"));
  return bulleted ? tasksPerDuty(blocks, warnings) : taskPerUnit(section, blocks, warnings);
}
