// What a periodic report is made of. `ReportData` is frozen when a draft is compiled (the tables and
// the numbers); `ReportSections` is the text people edit; `ReportHeading` is what finalising sets.
// The exports (DOCX, XLSX, print view) are pure renderings of a `ReportDocument`, so a finalised
// report renders the same whatever happens to the tasks afterwards.
import type { IndicatorStatus } from "../indicators/status";
import type { DeadlineStatus } from "../tasks/deadline-status";
import type { ReportOperations } from "./operations-figures";

export type ReportTaskRow = {
  groupCode: string;
  groupTitle: string;
  code: string;
  title: string;
  /** Names joined with "; ". */
  leadUnits: string;
  /** Unit names and the plan's words ("Các đơn vị có liên quan"), joined with "; ". */
  supportUnits: string;
  /** "31/12/2025", or the plan's wording for a task without a date ("Thường xuyên"). */
  deadline: string;
  /** What was reported in the period (or the latest report before it), "" when nothing. */
  result: string;
  progress: number;
  status: DeadlineStatus;
  /** The official category label ("Hoàn thành đúng hạn"…). */
  statusLabel: string;
};

export type ReportIndicatorRow = {
  code: string;
  name: string;
  /** "≥ 80%" */
  target: string;
  /** "31/12/2025" */
  dueDate: string;
  /** "81,2%" or "812/1.000 (81,2%)"; "" when no value. */
  value: string;
  /** Period of the value shown ("Tháng 11/2025"), "" when no value. */
  valuePeriod: string;
  status: IndicatorStatus;
  statusLabel: string;
  responsibleUnit: string;
};

export type ReportUnitRow = {
  name: string;
  tasks: number;
  done: number;
  overdue: number;
  /** Tasks with a progress report in the period. */
  updated: number;
  /** Confirmed "đã báo cáo" for the period. */
  reported: boolean;
  /** "dd/MM/yyyy HH:mm" of the confirmation, "" when none. */
  reportedAt: string;
  /** Confirmed by the standing office for a unit without an account (absent in reports frozen before it existed). */
  onBehalf?: boolean;
};

export type ReportData = {
  commune: { id: string; name: string };
  plan: { id: string; number: string; title: string; issuedDate: string };
  period: { key: string; label: string; start: string; end: string; range: string };
  /** ISO instant the numbers were taken (the period's end when it is over). */
  asOf: string;
  totals: { tasks: number; done: number; averageProgress: number; byStatus: Record<DeadlineStatus, number> };
  tasks: ReportTaskRow[];
  /**
   * The plan's indicators. The key stays `kpis` (not `indicators`): ReportData is stored as JSON in
   * Report.data, signed reports cannot be rewritten, and every stored report must keep reading.
   */
  kpis: ReportIndicatorRow[];
  units: ReportUnitRow[];
  /**
   * The one-stop centre's checks and incidents in the period (lib/reports/operations-figures.ts); null
   * when it had neither, absent in reports compiled before it existed.
   */
  operations?: ReportOperations | null;
};

/** The editable text of a report, one string per section; a line break starts a paragraph. */
export type ReportSections = {
  intro: string;
  assessment: string;
  results: string;
  overdue: string;
  difficulties: string;
  proposals: string;
  priorities: string;
  closing: string;
};

export type SignerMode = "TM" | "KT";

export type ReportHeading = {
  /** "05/BC-UBND"; "" on a draft without a number. */
  number: string;
  /** yyyy-MM-dd; "" when not set yet. */
  issuedDate: string;
  /** The place in the date line ("Hà Long"). */
  place: string;
  /** Trích yếu under "BÁO CÁO". */
  summary: string;
  signerMode: SignerMode;
  /** "CHỦ TỊCH" or "PHÓ CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
  /** Nơi nhận, one per line, without the leading "- ". */
  recipients: string[];
};

export type ReportDocument = {
  data: ReportData;
  sections: ReportSections;
  heading: ReportHeading;
  /** A draft is marked "DỰ THẢO" in every export. */
  draft: boolean;
};
