// The one-stop centre's figures of a report's period (the NĐ 09 period, e.g. 15/11–14/12, not the
// calendar month): the start-of-day checks (working days, days checked, faults found, days missed)
// and the IT incidents reported in it (how many, urgent, resolved, median working times). Composed
// once when the draft is compiled and frozen into ReportData.operations; the draft's paragraph and
// the XLSX sheet "Vận hành TTPVHCC" are both written from it, so they always agree.
import { loadCalendar } from "../calendar/working-days";
import { checkFigures, dayCells, loadChecks, type CheckFigures } from "../daily-checks/days";
import type { Db, Tx } from "../db";
import { formatMinutes } from "../format/duration";
import { incidentFigures, type IncidentFigures } from "../incidents/figures";

export type ReportOperations = {
  checks: CheckFigures;
  incidents: Pick<IncidentFigures, "reported" | "urgent" | "escalated" | "resolved" | "medianAcknowledgeMinutes" | "medianResolveMinutes">;
};

/**
 * The figures of `period` for one commune as of `asOf`; null when the commune made no check and had no
 * incident in it (a commune that does not use the daily check gets no paragraph, not a row of zeros).
 * `live`: the period still runs, so its last day (today) is not missed yet.
 */
export async function reportOperations(
  db: Db | Tx,
  communeId: string,
  period: { start: string; end: string },
  asOf: Date,
  live: boolean,
): Promise<ReportOperations | null> {
  const range = { from: period.start, to: period.end };
  const calendar = await loadCalendar(db);
  const [checks, incidents] = await Promise.all([
    loadChecks(db, [communeId], range),
    incidentFigures(db, [communeId], range, calendar, asOf),
  ]);
  // A period that is over is judged the next morning: its last working day without a check is missed.
  const judgedAt = live ? asOf : new Date(asOf.getTime() + 1);
  const figures = checkFigures(dayCells(range, checks.get(communeId) ?? new Map(), calendar, judgedAt), calendar);
  const i = incidents.total;
  if (figures.checked === 0 && i.reported === 0) return null;
  return {
    checks: figures,
    incidents: {
      reported: i.reported,
      urgent: i.urgent,
      escalated: i.escalated,
      resolved: i.resolved,
      medianAcknowledgeMinutes: i.medianAcknowledgeMinutes,
      medianResolveMinutes: i.medianResolveMinutes,
    },
  };
}

/** The draft's paragraph on the one-stop centre. */
export function operationsParagraph(o: ReportOperations): string {
  const c = o.checks;
  const checks = [
    `Trung tâm Phục vụ hành chính công thực hiện kiểm tra đầu giờ ${c.checked}/${c.workingDays} ngày làm việc`,
    c.faultsFound > 0 ? `phát hiện ${c.faultsFound} lỗi thiết bị, phần mềm` : "không phát hiện lỗi thiết bị, phần mềm",
    ...(c.missed > 0 ? [`không kiểm tra ${c.missed} ngày`] : []),
  ].join("; ");
  const i = o.incidents;
  if (i.reported === 0) return `${checks}. Trong kỳ không xảy ra sự cố CNTT.`;
  const times = [
    i.medianAcknowledgeMinutes === null ? "" : `thời gian tiếp nhận trung vị ${formatMinutes(i.medianAcknowledgeMinutes)}`,
    i.medianResolveMinutes === null ? "" : `khắc phục trung vị ${formatMinutes(i.medianResolveMinutes)}`,
  ].filter(Boolean);
  const urgent = i.urgent > 0 ? ` (${i.urgent} khẩn cấp)` : "";
  const escalated = i.escalated > 0 ? `, chuyển tổ hỗ trợ cấp tỉnh ${i.escalated}` : "";
  const incidents = `Trong kỳ xảy ra ${i.reported} sự cố CNTT${urgent}${escalated}, đã khắc phục ${i.resolved}`;
  return `${checks}. ${incidents}${times.length ? `; ${times.join(", ")} (giờ làm việc)` : ""}.`;
}

/** The same figures as rows of the XLSX sheet: what, and its value. */
export function operationsRows(o: ReportOperations): [string, string | number][] {
  const c = o.checks;
  const i = o.incidents;
  const minutes = (m: number | null) => (m === null ? "—" : formatMinutes(m));
  return [
    ["Ngày làm việc trong kỳ", c.workingDays],
    ["Số ngày đã kiểm tra đầu giờ", c.checked],
    ["Số ngày kiểm tra có lỗi", c.withFaults],
    ["Số lỗi thiết bị, phần mềm phát hiện", c.faultsFound],
    ["Số ngày không kiểm tra", c.missed],
    ["Sự cố CNTT trong kỳ", i.reported],
    ["Trong đó khẩn cấp", i.urgent],
    ["Chuyển tổ hỗ trợ cấp tỉnh", i.escalated],
    ["Đã khắc phục", i.resolved],
    ["Thời gian tiếp nhận trung vị (giờ làm việc)", minutes(i.medianAcknowledgeMinutes)],
    ["Thời gian khắc phục trung vị (giờ làm việc)", minutes(i.medianResolveMinutes)],
  ];
}
