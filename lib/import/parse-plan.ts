// Text of a commune's plan → a plan draft for a person to review (issue 3). Pure: no I/O, and any
// string gives a draft; what could not be read with confidence becomes a warning.

import { collectAssignments, findStandingOffice } from "@/lib/import/assignments";
import { collectIndicators, rebuildParagraphs, splitStatements } from "@/lib/import/indicators";
import type { Section, SourceLine } from "@/lib/import/lines";
import { buildEntries, readLines, sectionRole, splitSections, tokenizeLine } from "@/lib/import/lines";
import {
  joinLines,
  readCommune,
  readIssuedDate,
  readNumber,
  readParentRefs,
  readPeriod,
  readSigner,
  readTitle,
  type Period,
  type Signer,
} from "@/lib/import/metadata";
import { collectSectionTasks, hasTaskFields } from "@/lib/import/plan-tasks";
import { draftFromFields } from "@/lib/import/task-draft";
import { draftGroupMappings } from "@/lib/import/group-mappings";
import { foldText } from "@/lib/text";
import type { GroupDraft, PlanDraft, TaskDraft } from "@/lib/import/types";
import type { IndicatorDraft } from "@/lib/indicators/vocabulary";
import { must } from "@/lib/must";

type Metadata = Pick<
  PlanDraft,
  "commune" | "issuer" | "title" | "number" | "issuedDate" | "parentRefs" | "periodStart" | "periodEnd" | "signerName" | "signerTitle"
>;

function readMetadata(lines: SourceLine[], sections: Section[], warnings: string[]): Metadata {
  const preamble = must(sections[0], "phần đầu văn bản").lines; // splitSections always starts with it
  const preambleText = joinLines(preamble);
  const fullText = joinLines(lines);
  const title = readTitle(preamble);
  if (!title) warnings.push("Không tìm thấy tên kế hoạch (phần sau dòng “KẾ HOẠCH”)");
  const commune = readCommune(preambleText, fullText);
  if (!commune) warnings.push("Không xác định được xã/phường ban hành kế hoạch");
  const basis = sections.filter((s) => sectionRole(s) === "basis").map((s) => joinLines(s.lines));
  const period: Period | null = readPeriod(fullText, title ?? "");
  const signer: Signer = readSigner(lines);
  if (!signer.name) warnings.push("Không tìm thấy người ký kế hoạch");
  return {
    commune: commune ?? "",
    issuer: commune ? `UBND ${commune}` : "",
    title: title ?? "",
    number: readNumber(preambleText),
    issuedDate: readIssuedDate(preambleText),
    parentRefs: readParentRefs([preambleText, ...basis].join(" ")),
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    signerName: signer.name,
    signerTitle: signer.title,
  };
}

type TaskList = { groups: GroupDraft[]; tasks: TaskDraft[]; standingOffice?: string | null };

function readListedTasks(taskSections: Section[], organisation: Section | undefined, warnings: string[]): TaskList {
  const context = { standingOffice: findStandingOffice(organisation), warnings };
  const groups: GroupDraft[] = [];
  const tasks: TaskDraft[] = [];
  for (const section of taskSections) {
    const collected = collectSectionTasks(section);
    groups.push(...collected.groups);
    tasks.push(...collected.tasks.map((t) => draftFromFields(t, context)));
  }
  return { groups, tasks, standingOffice: context.standingOffice };
}

function readAssignedTasks(organisation: Section, warnings: string[]): TaskList {
  warnings.push(
    `Văn bản không có danh sách nhiệm vụ ghi đơn vị chủ trì; nhiệm vụ được lấy theo từng đơn vị ở mục ${organisation.code} “Tổ chức thực hiện”, cần kiểm tra lại`,
  );
  const list = collectAssignments(organisation, warnings);
  if (list.tasks.length > 0 && list.tasks.every((t) => t.deadline.kind === "NONE"))
    warnings.push("Kế hoạch không ghi thời hạn cho các nhiệm vụ; cần nhập thời hạn khi rà soát");
  return list;
}

// Hà Long's "Về thể chế: 10 nhiệm vụ …" counts tasks whose list is not in the text.
function warnAboutCountedTasks(lines: SourceLine[], found: number, warnings: string[]): void {
  const counted = lines.reduce((sum, l) => sum + Number(/:\s*(\d{1,3})\s+nhiem vu\.?$/.exec(foldText(l.text))?.[1] ?? 0), 0);
  if (counted > found)
    warnings.push(
      `Văn bản nêu ${counted} nhiệm vụ theo từng lĩnh vực nhưng không kèm danh sách (có thể nằm trong phụ lục chưa đọc được); chỉ đọc được ${found} nhiệm vụ`,
    );
}

function warnAboutDuplicateCodes(tasks: TaskDraft[], warnings: string[]): void {
  const seen = new Set<string>();
  for (const task of tasks) {
    if (seen.has(task.code)) warnings.push(`Mã nhiệm vụ ${task.code} xuất hiện nhiều lần`);
    seen.add(task.code);
  }
}

function readTasks(sections: Section[], lines: SourceLine[], warnings: string[]): TaskList {
  const organisation = sections.find((s) => sectionRole(s) === "organisation");
  const taskSections = sections.filter((s) => sectionRole(s) !== "basis" && sectionRole(s) !== "objectives" && hasTaskFields(s));
  let list: TaskList = { groups: [], tasks: [] };
  if (taskSections.length > 0) list = readListedTasks(taskSections, organisation, warnings);
  else if (organisation) list = readAssignedTasks(organisation, warnings);
  if (list.tasks.length === 0) warnings.push("Không tìm thấy nhiệm vụ nào trong văn bản");
  warnAboutCountedTasks(lines, list.tasks.length, warnings);
  warnAboutDuplicateCodes(list.tasks, warnings);
  return list;
}

/** The lines under "2. Mục tiêu cụ thể" (the whole objectives section when it has no such part). */
function specificObjectives(section: Section): { lines: SourceLine[]; heading: string } {
  const start = section.lines.findIndex((l) => /muc tieu cu the/.test(foldText(l.text)));
  if (start < 0) return { lines: section.lines, heading: "" };
  const rest = section.lines.slice(start + 1);
  const end = rest.findIndex((l) => {
    const token = tokenizeLine(l.text);
    return token.kind === "heading" && !(token.code ?? "").includes(".");
  });
  return { lines: end < 0 ? rest : rest.slice(0, end), heading: must(section.lines[start], "dòng mục tiêu cụ thể").text };
}

function readPlanIndicators(sections: Section[], tasks: TaskDraft[], periodEnd: string | null, warnings: string[]): IndicatorDraft[] {
  const indicators: IndicatorDraft[] = [];
  for (const section of sections.filter((s) => sectionRole(s) === "objectives")) {
    const { lines, heading } = specificObjectives(section);
    const year = /nam (\d{4})/.exec(foldText(heading))?.[1];
    const statements = splitStatements(rebuildParagraphs(lines));
    indicators.push(
      ...collectIndicators(statements, { defaultDueDate: year ? `${year}-12-31` : periodEnd, catalogOnly: false }, indicators),
    );
  }
  const taskStatements = splitStatements(tasks.map((t) => t.description));
  indicators.push(...collectIndicators(taskStatements, { defaultDueDate: periodEnd, catalogOnly: true }, indicators));
  if (indicators.length === 0) warnings.push("Không tìm thấy chỉ tiêu nào trong phần mục tiêu");
  return indicators;
}

export function parsePlanText(text: string): PlanDraft {
  const warnings: string[] = [];
  const lines = readLines(text);
  const sections = splitSections(buildEntries(lines), lines);
  const metadata = readMetadata(lines, sections, warnings);
  const { groups, tasks, standingOffice } = readTasks(sections, lines, warnings);
  const groupMappings = draftGroupMappings(tasks, warnings);
  const indicators = readPlanIndicators(sections, tasks, metadata.periodEnd, warnings);
  return { ...metadata, groups, tasks, groupMappings, standingOffice: standingOffice ?? null, indicators, warnings };
}
