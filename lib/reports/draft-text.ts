// The first draft of a report's text, written from the compiled facts: the office then edits it.
// Pure, so that what the draft says about the numbers is tested against the numbers.
import { formatDateKey } from "../dates";
import { formatNumber } from "../format/number";
import { lowerFirst } from "../text";
import type { ReportFacts, UnitNote } from "./compile";
import { placeFromCommune, planReference } from "./format";
import { operationsParagraph } from "./operations-figures";
import type { ReportData, ReportHeading, ReportSections } from "./types";

const percent = (part: number, whole: number) => (whole ? `${formatNumber(Math.round((part / whole) * 1000) / 10)}%` : "0%");

/** "Ủy ban nhân dân xã Hà Long" */
export const committeeOf = (data: ReportData) => `Ủy ban nhân dân ${lowerFirst(data.commune.name)}`;

function intro(data: ReportData): string {
  const { plan, period } = data;
  return (
    `Thực hiện ${planReference(plan)} của ${committeeOf(data)} về ${lowerFirst(plan.title)}, ${committeeOf(data)} báo cáo kết quả thực hiện ` +
    `${lowerFirst(period.label)} (từ ngày ${formatDateKey(period.start)} đến ngày ${formatDateKey(period.end)}) như sau:`
  );
}

/**
 * Who confirmed "đã báo cáo" and who did not, by name ("Đã xác nhận báo cáo: A, B (báo cáo thay).
 * Chưa xác nhận: C."): a ratio such as "0/5 đơn vị" tells the reader nothing they can act on. Only
 * the list that has names is written; nothing when the plan has no lead unit.
 */
export function confirmationLine(units: ReportData["units"]): string {
  const done = units.filter((u) => u.reported).map((u) => (u.onBehalf ? `${u.name} (báo cáo thay)` : u.name));
  const missing = units.filter((u) => !u.reported).map((u) => u.name);
  return [done.length ? `Đã xác nhận báo cáo: ${done.join(", ")}.` : "", missing.length ? `Chưa xác nhận: ${missing.join(", ")}.` : ""]
    .filter(Boolean)
    .join(" ");
}

function assessment(data: ReportData): string {
  const { tasks, done, averageProgress, byStatus: s } = data.totals;
  const lines = [
    `Tổng số nhiệm vụ của Kế hoạch: ${tasks}; đã hoàn thành ${done} nhiệm vụ (${percent(done, tasks)}), trong đó đúng hạn ${s.DONE_ON_TIME}, quá hạn ${s.DONE_LATE}. Tiến độ bình quân: ${averageProgress}%.`,
    `Chưa hoàn thành ${tasks - done} nhiệm vụ: đang thực hiện trong hạn ${s.IN_PROGRESS}; sắp đến hạn ${s.DUE_SOON}; quá hạn ${s.OVERDUE}; ` +
      `không có hạn đã cập nhật ${s.NO_DEADLINE_UPDATED}, chưa cập nhật ${s.NO_DEADLINE_NOT_UPDATED}; chưa triển khai ${s.NOT_STARTED}.`,
  ];
  const confirmations = confirmationLine(data.units);
  if (confirmations) lines.push(confirmations);
  if (data.kpis.length > 0) {
    const count = (label: string) => data.kpis.filter((k) => k.statusLabel === label).length;
    const met = count("Đạt");
    lines.push(
      `Về chỉ tiêu: ${met}/${data.kpis.length} chỉ tiêu đã đạt; ${data.kpis.length - met} chỉ tiêu chưa đạt hoặc chưa có số liệu. Cụ thể:`,
    );
    for (const k of data.kpis) {
      // A value too old to judge (none in the last two periods) is said to be the latest known one.
      const value = !k.value
        ? "chưa có số liệu"
        : k.status === "STALE"
          ? `số liệu gần nhất ${k.value} (${k.valuePeriod})`
          : `${k.value} (${k.valuePeriod})`;
      lines.push(`- ${k.name}: ${value}; mục tiêu ${k.target} đến ${k.dueDate}; đánh giá: ${lowerFirst(k.statusLabel)}.`);
    }
  }
  if (data.operations) lines.push(operationsParagraph(data.operations));
  return lines.join("\n");
}

function results(facts: ReportFacts): string {
  const groups = new Map<string, { title: string; total: number; done: number }>();
  for (const t of facts.data.tasks) {
    const key = `${t.groupCode}|${t.groupTitle}`;
    const g = groups.get(key) ?? { title: t.groupCode ? `${t.groupCode}. ${t.groupTitle}` : t.groupTitle, total: 0, done: 0 };
    g.total += 1;
    if (t.status === "DONE_ON_TIME" || t.status === "DONE_LATE") g.done += 1;
    groups.set(key, g);
  }
  const lines: string[] = [];
  for (const [key, g] of groups) {
    lines.push(`${g.title}: hoàn thành ${g.done}/${g.total} nhiệm vụ.`);
    const groupCode = key.slice(0, key.indexOf("|"));
    for (const r of facts.reported.filter((x) => x.groupCode === groupCode)) lines.push(`- Nhiệm vụ ${r.code} (${r.unit}): ${r.text}`);
  }
  return lines.join("\n");
}

/**
 * A deadline cell inside a sentence's brackets: "30/11/2025 (đã được gia hạn từ 31/10/2025)" reads
 * "30/11/2025, đã được gia hạn từ 31/10/2025" there, not as brackets inside brackets.
 */
function deadlineInText(deadline: string): string {
  return deadline.replace(/ \((đã được gia hạn từ [^)]+)\)$/, ", $1");
}

function overdue(data: ReportData, difficulties: UnitNote[]): string {
  const late = data.tasks.filter((t) => t.status === "OVERDUE");
  if (late.length === 0) return "Không có nhiệm vụ quá hạn.";
  return late
    .map((t) => {
      const reason = difficulties.filter((d) => d.taskCode === t.code).map((d) => d.text);
      const why = reason.length ? reason.join("; ") : t.result || "đơn vị chưa báo cáo nguyên nhân";
      return `- Nhiệm vụ ${t.code} ${t.title} (${t.leadUnits || "chưa giao đơn vị"}; hạn ${deadlineInText(t.deadline)}): ${why}`;
    })
    .join("\n");
}

function notesText(notes: UnitNote[], none: string): string {
  if (notes.length === 0) return none;
  return notes.map((n) => `- ${n.text} (${[n.unit, n.taskCode && `nhiệm vụ ${n.taskCode}`].filter(Boolean).join(", ")})`).join("\n");
}

function priorities(facts: ReportFacts): string {
  const lines = facts.upcoming.map(
    (t) =>
      `- ${t.overdue ? "Khẩn trương hoàn thành" : "Hoàn thành"} nhiệm vụ ${t.code} ${t.title} (${t.lead || "chưa giao đơn vị"}; hạn ${deadlineInText(t.deadline)}).`,
  );
  lines.push(
    `- Các đơn vị tiếp tục thực hiện các nhiệm vụ thường xuyên và cập nhật tiến độ ${lowerFirst(facts.nextPeriodLabel)} trên hệ thống.`,
  );
  return lines.join("\n");
}

export function draftSections(facts: ReportFacts): ReportSections {
  const { data } = facts;
  return {
    intro: intro(data),
    assessment: assessment(data),
    results: results(facts),
    overdue: overdue(data, facts.difficulties),
    difficulties: notesText(facts.difficulties, "Không có khó khăn, vướng mắc được các đơn vị báo cáo trong kỳ."),
    proposals: notesText(facts.proposals, "Không có đề xuất, kiến nghị."),
    priorities: priorities(facts),
    closing: `Trên đây là báo cáo kết quả thực hiện Kế hoạch chuyển đổi số ${lowerFirst(data.period.label)} của ${committeeOf(data)}./.`,
  };
}

/**
 * Heading of a new draft: the commune's place, the chair as signer, the usual recipients. The signer's
 * title is the chair's "Chức vụ" from "Tài khoản của tôi" when set (printed in capitals, as the signer
 * block is), else "CHỦ TỊCH"; a deputy ("Phó Chủ tịch") signs "KT." (on behalf of the chair).
 */
export function draftHeading(data: ReportData, provinceName: string, chairName: string, chairTitle?: string | null): ReportHeading {
  const title = chairTitle?.trim() ? chairTitle.trim().toLocaleUpperCase("vi-VN") : "CHỦ TỊCH";
  return {
    number: "",
    issuedDate: "",
    place: placeFromCommune(data.commune.name),
    summary: `Kết quả thực hiện Kế hoạch chuyển đổi số ${lowerFirst(data.period.label)}`,
    signerMode: /^PHÓ\b/u.test(title) ? "KT" : "TM",
    signerTitle: title,
    signerName: chairName,
    recipients: [
      `UBND ${lowerFirst(provinceName)} (để báo cáo)`,
      "Sở Khoa học và Công nghệ (để báo cáo)",
      "Thường trực Đảng ủy, HĐND (để báo cáo)",
      "Chủ tịch, các Phó Chủ tịch UBND",
      "Các đơn vị có liên quan",
      "Lưu: VT, VHXH",
    ],
  };
}
