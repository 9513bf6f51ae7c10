// The shapes a province plan takes once published (issue 20). A version's snapshot is the working copy
// frozen; its changes are computed against the previous snapshot (lib/province-plans/diff.ts); what a
// commune is shown is the part of those changes that concerns it (ProvincePlanReceipt.changes).
// Dates are local calendar days "YYYY-MM-DD".
import type { DeadlineKind, IndicatorComparison, IndicatorFrequency, IndicatorMeasure, IndicatorUnit } from "../generated/prisma/enums";

/** The communes a task or KPI is handed to: every commune of the province, or the chosen ones. */
export type Targets = { all: true } | { all: false; communeIds: string[] };

export type SnapshotTask = {
  /** ProvinceTask.id: the identity a commune task links to (Task.provinceTaskId). */
  id: string;
  code: string;
  groupCode: string | null;
  groupTitle: string | null;
  title: string;
  description: string;
  expectedOutput: string | null;
  deadlineKind: DeadlineKind;
  dueDate: string | null;
  deadlineText: string;
  leadText: string;
  supportText: string | null;
  targets: Targets;
  adaptable: boolean;
  /** Withdrawn tasks stay in the snapshot, so a later version can tell "withdrawn" from "never was". */
  withdrawn: boolean;
};

export type SnapshotIndicator = {
  /** ProvinceIndicator.id: what a commune KPI links to (Indicator.provinceIndicatorId). */
  id: string;
  code: string;
  catalogCode: string | null;
  name: string;
  unit: IndicatorUnit;
  comparison: IndicatorComparison;
  /** A number, not a Decimal: snapshots are JSON. */
  target: number;
  dueDate: string;
  measure: IndicatorMeasure;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  method: string;
  frequency: IndicatorFrequency;
  targets: Targets;
  withdrawn: boolean;
};

export type ProvincePlanSnapshot = {
  plan: {
    number: string | null;
    title: string;
    issuer: string;
    issuedDate: string | null;
    periodStart: string | null;
    periodEnd: string | null;
  };
  tasks: SnapshotTask[];
  indicators: SnapshotIndicator[];
};

/** What changed in a task or KPI between two versions. */
export type ChangeKind = "NEW" | "WORDING" | "DEADLINE" | "TARGETS" | "WITHDRAWN" | "RESTORED";

/** One line of a version's changes (ProvincePlanVersion.changes), for the province. */
export type PlanChange = {
  item: "TASK" | "INDICATOR";
  id: string;
  code: string;
  title: string;
  kinds: ChangeKind[];
  /** Vietnamese, one per kind: "Hạn: 30/06/2026 → 31/07/2026". */
  details: string[];
};

/**
 * One line of what a version changed for one commune (ProvincePlanReceipt.changes): `taskId` or
 * `indicatorId` is the commune's own row. Kinds here are as the commune sees them: a task newly
 * targeted at it is NEW, one no longer targeted is WITHDRAWN.
 */
export type CommuneChange = PlanChange & { taskId?: string; indicatorId?: string; note?: string };
