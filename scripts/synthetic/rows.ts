// Rows as the database stores them: keys are the column names of prisma/schema.prisma, dates are
// "YYYY-MM-DD" (SQL DATE), instants are ISO strings (timestamptz), decimals are numbers. The writer
// hands them to PostgreSQL as they are.

type Instant = string;
type Day = string;

export type UnitRow = {
  id: string;
  name: string;
  shortName: string | null;
  kind: "PROVINCE" | "COMMUNE" | "WARD" | "OFFICE" | "CENTER" | "POLICE" | "MASS_ORG" | "VILLAGE" | "OTHER";
  parentId: string | null;
  provinceId: string | null;
  communeId: string | null;
  sortOrder: number;
  active: boolean;
  createdAt: Instant;
  updatedAt: Instant;
};

export type UserRow = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  passwordHash: string;
  role: "ADMIN" | "PROVINCE" | "CHAIR" | "COORDINATOR" | "UNIT_STAFF";
  provinceId: string | null;
  communeId: string | null;
  unitId: string | null;
  active: boolean;
  createdAt: Instant;
  updatedAt: Instant;
};

export type PlanRow = {
  id: string;
  communeId: string;
  number: string | null;
  title: string;
  issuer: string;
  issuedDate: Day | null;
  signerName: string | null;
  signerTitle: string | null;
  parentRefs: string;
  periodStart: Day | null;
  periodEnd: Day | null;
  createdAt: Instant;
  updatedAt: Instant;
};

export type PlanGroupRow = { id: string; communeId: string; planId: string; code: string; title: string; sortOrder: number };

export type WorkStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "PAUSED";
export type DeadlineKind = "FIXED" | "RECURRING" | "CONDITIONAL" | "NONE";

export type TaskRow = {
  id: string;
  communeId: string;
  planId: string;
  groupId: string | null;
  code: string;
  title: string;
  description: string;
  expectedOutput: string | null;
  deadlineKind: DeadlineKind;
  dueDate: Day | null;
  deadlineText: string;
  supportText: string | null;
  workStatus: WorkStatus;
  progress: number;
  completedAt: Instant | null;
  lastUpdateAt: Instant | null;
  version: number;
  sortOrder: number;
  createdAt: Instant;
  updatedAt: Instant;
};

export type TaskUnitRow = { communeId: string; taskId: string; unitId: string; role: "LEAD" | "SUPPORT" };

export type TaskUpdateRow = {
  id: string;
  communeId: string;
  taskId: string;
  kind: "PROGRESS" | "CONTRIBUTION";
  unitId: string | null;
  authorId: string;
  workStatus: WorkStatus;
  progress: number;
  result: string;
  difficulties: string;
  proposals: string;
  completedAt: Instant | null;
  createdAt: Instant;
  returnedAt: Instant | null;
  returnedById: string | null;
  returnComment: string | null;
};

export type DirectiveRow = {
  id: string;
  communeId: string;
  taskId: string;
  authorId: string;
  content: string;
  newDueDate: Day | null;
  createdAt: Instant;
  acknowledgedAt: Instant | null;
  acknowledgedById: string | null;
};

export type IndicatorRow = {
  id: string;
  communeId: string;
  planId: string;
  catalogCode: string | null;
  code: string;
  name: string;
  unit: "PERCENT" | "COUNT";
  comparison: "GTE" | "GT" | "EQ" | "LTE" | "LT";
  target: number;
  dueDate: Day;
  target2: number | null;
  dueDate2: Day | null;
  baselineValue: number | null;
  baselineDate: Day | null;
  measure: "DIRECT" | "RATIO";
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  method: string;
  frequency: "MONTHLY" | "WEEKLY";
  responsibleUnitId: string | null;
  sourceText: string | null;
  sortOrder: number;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
};

export type IndicatorTaskRow = { communeId: string; indicatorId: string; taskId: string };

export type IndicatorValueRow = {
  id: string;
  communeId: string;
  indicatorId: string;
  periodKey: string;
  periodStart: Day;
  periodEnd: Day;
  revision: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  sourceNote: string;
  correctionReason: string | null;
  unitId: string | null;
  enteredById: string;
  createdAt: Instant;
};

export type TableRows = {
  Unit: UnitRow[];
  User: UserRow[];
  Plan: PlanRow[];
  PlanGroup: PlanGroupRow[];
  Task: TaskRow[];
  TaskUnit: TaskUnitRow[];
  TaskUpdate: TaskUpdateRow[];
  Directive: DirectiveRow[];
  Indicator: IndicatorRow[];
  IndicatorTask: IndicatorTaskRow[];
  IndicatorValue: IndicatorValueRow[];
};

export type TableName = keyof TableRows;

/** Insert order: every row's references are written before it. */
export const TABLES: readonly TableName[] = [
  "Unit",
  "User",
  "Plan",
  "PlanGroup",
  "Task",
  "TaskUnit",
  "TaskUpdate",
  "Directive",
  "Indicator",
  "IndicatorTask",
  "IndicatorValue",
];

export function emptyRows(): TableRows {
  return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as TableRows;
}

/** Appends every row of `more` to `into` (push in place: batches hold tens of thousands of rows). */
export function appendRows(into: TableRows, more: TableRows): TableRows {
  for (const t of TABLES) {
    const target = into[t] as unknown[];
    for (const row of more[t]) target.push(row);
  }
  return into;
}
