// The weekly digest in words: the bell's short body (a few lines, the page has the rest) and the
// e-mail's text (every section, with links), both from the stored WeeklyDigestData.
import { formatDateKey } from "../dates";
import { formatValue } from "../format/number";
import { periodFromKey } from "../indicators/periods";
import { STATUS_META } from "../indicators/status";
import { routes } from "../routes";
import { portalLink } from "./render";
import type { WeeklyDigestData } from "./weekly-digest";

/** Stored data a page can render: written by buildWeeklyDigest, version 1 (a later shape gets a new version). */
export function isWeeklyDigestData(v: unknown): v is WeeklyDigestData {
  return typeof v === "object" && v !== null && "version" in v && v.version === 1 && "communeId" in v && "kpi" in v;
}

/** "Tổng hợp tuần 51/2026". */
export const digestTitle = (d: Pick<WeeklyDigestData, "week">) =>
  `Tổng hợp ${(periodFromKey(d.week, "WEEKLY")?.label ?? d.week).toLowerCase()}`;

export const digestRange = (d: Pick<WeeklyDigestData, "from" | "to">) => `${formatDateKey(d.from)}–${formatDateKey(d.to)}`;

/** 3–6 lines for the bell: the week's counts and what needs the chair. */
export function digestBody(d: WeeklyDigestData): string {
  const lines = [
    `Tuần qua (${digestRange(d)}): ${d.completed.total} nhiệm vụ hoàn thành, ${d.updates.total} báo cáo tiến độ, ${d.directions.total} ý kiến chỉ đạo mới.`,
    `Quá hạn: ${d.overdue.total} nhiệm vụ.`,
    `Chưa xác nhận báo cáo ${d.unconfirmed.periodLabel}: ${d.unconfirmed.units.length} đơn vị.`,
    `Chỉ tiêu: ${d.kpi.entered.length} số liệu mới nhập, ${d.kpi.changed.length} chỉ tiêu đổi tình trạng.`,
  ];
  if (d.openDirections.total + d.awaiting.total > 0) {
    lines.push(`Cần xử lý: ${d.openDirections.total} chỉ đạo chưa tiếp nhận, ${d.awaiting.total} khó khăn chờ trả lời.`);
  }
  return lines.join("\n");
}

/** The e-mail's text: every section, each task with its link (notify adds the link to the page itself). */
export function digestEmailText(d: WeeklyDigestData): string {
  const task = (t: { taskId: string; code: string; title: string }) =>
    `${t.code}. ${t.title}\n    ${portalLink(routes.commune(d.communeId).task(t.taskId))}`;
  const more = (shown: number, total: number) => (total > shown ? [`  … và ${total - shown} mục khác (xem trên cổng thông tin)`] : []);
  const none = (list: unknown[]) => (list.length === 0 ? ["  (không có)"] : []);
  const out = [
    `${d.communeName} · ${digestTitle(d)} (${digestRange(d)})`,
    "",
    `TỔNG QUAN: ${d.headline.total} nhiệm vụ, ${d.headline.done} đã hoàn thành, tiến độ bình quân ${d.headline.progress}%, ${d.headline.overdue} quá hạn.`,
    "",
    `NHIỆM VỤ HOÀN THÀNH TRONG TUẦN (${d.completed.total})`,
    ...d.completed.items.map((t) => `- ${task(t)}`),
    ...none(d.completed.items),
    ...more(d.completed.items.length, d.completed.total),
    "",
    `BÁO CÁO TIẾN ĐỘ TRONG TUẦN (${d.updates.total})`,
    ...d.updates.byUnit.map((u) => `- ${u.name}: ${u.n}`),
    ...none(d.updates.byUnit),
    "",
    `Ý KIẾN CHỈ ĐẠO MỚI (${d.directions.total})`,
    ...d.directions.items.map((x) => `- ${task(x)}\n    ${x.author}: ${x.content}`),
    ...none(d.directions.items),
    ...more(d.directions.items.length, d.directions.total),
    "",
    `NHIỆM VỤ QUÁ HẠN (${d.overdue.total})`,
    ...d.overdue.items.map((t) => `- ${task(t)}\n    Hạn ${t.dueDate ? formatDateKey(t.dueDate) : "—"}${t.leads ? ` · ${t.leads}` : ""}`),
    ...none(d.overdue.items),
    ...more(d.overdue.items.length, d.overdue.total),
    "",
    `ĐƠN VỊ CHƯA XÁC NHẬN BÁO CÁO ${d.unconfirmed.periodLabel.toUpperCase()} (${d.unconfirmed.units.length})`,
    ...d.unconfirmed.units.map((u) => `- ${u.name}${u.plan ? ` (${u.plan})` : ""}: đã cập nhật ${u.updated}/${u.open} nhiệm vụ`),
    ...none(d.unconfirmed.units),
    "",
    `CHỈ ĐẠO CHƯA TIẾP NHẬN (${d.openDirections.total}) · KHÓ KHĂN CHỜ TRẢ LỜI (${d.awaiting.total})`,
    ...d.openDirections.items.map((x) => `- ${task(x)}\n    ${x.content}`),
    ...d.awaiting.items.map((x) => `- ${task(x)}\n    ${x.unitName ?? ""}: ${x.difficulties || x.proposals}`),
    ...none([...d.openDirections.items, ...d.awaiting.items]),
    "",
    `CHỈ TIÊU: ${d.kpi.entered.length} số liệu mới nhập, ${d.kpi.changed.length} chỉ tiêu đổi tình trạng`,
    ...d.kpi.entered.map((v) => `- ${v.code} ${v.name}, kỳ ${v.periodKey}: ${formatValue(v.value, v.unit)}`),
    ...d.kpi.changed.map((c) => `- ${c.code} ${c.name}: ${STATUS_META[c.from].label} → ${STATUS_META[c.to].label}`),
  ];
  return out.join("\n");
}
