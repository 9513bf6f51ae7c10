// The indicator form's starting values: empty for a new one, the stored definition when editing.
import { dateOnlyKey } from "../dates";
import type { COMPARISONS, FREQUENCIES, MEASURES, UNITS } from "./vocabulary";

/** What the indicator form edits: every field as the person types it. */
export type IndicatorFormValues = {
  catalogCode: string;
  name: string;
  unit: (typeof UNITS)[number];
  comparison: (typeof COMPARISONS)[number];
  measure: (typeof MEASURES)[number];
  target: string;
  dueDate: string;
  target2: string;
  dueDate2: string;
  baselineValue: string;
  baselineDate: string;
  numeratorLabel: string;
  denominatorLabel: string;
  method: string;
  frequency: (typeof FREQUENCIES)[number];
  responsibleUnitId: string;
  taskIds: string[];
};

const num = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));
const day = (d: Date | null) => (d ? dateOnlyKey(d) : "");

export const EMPTY_INDICATOR: IndicatorFormValues = {
  catalogCode: "",
  name: "",
  unit: "PERCENT",
  comparison: "GTE",
  measure: "DIRECT",
  target: "",
  dueDate: "2025-12-31",
  target2: "",
  dueDate2: "",
  baselineValue: "",
  baselineDate: "",
  numeratorLabel: "",
  denominatorLabel: "",
  method: "",
  frequency: "MONTHLY",
  responsibleUnitId: "",
  taskIds: [],
};

export function formValuesOf(i: {
  catalogCode: string | null;
  name: string;
  unit: IndicatorFormValues["unit"];
  comparison: IndicatorFormValues["comparison"];
  measure: IndicatorFormValues["measure"];
  target: number;
  dueDate: Date;
  target2: number | null;
  dueDate2: Date | null;
  baselineValue: number | null;
  baselineDate: Date | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  method: string;
  frequency: IndicatorFormValues["frequency"];
  responsibleUnitId: string | null;
  taskIds: string[];
}): IndicatorFormValues {
  return {
    catalogCode: i.catalogCode ?? "",
    name: i.name,
    unit: i.unit,
    comparison: i.comparison,
    measure: i.measure,
    target: num(i.target),
    dueDate: day(i.dueDate),
    target2: num(i.target2),
    dueDate2: day(i.dueDate2),
    baselineValue: num(i.baselineValue),
    baselineDate: day(i.baselineDate),
    numeratorLabel: i.numeratorLabel ?? "",
    denominatorLabel: i.denominatorLabel ?? "",
    method: i.method,
    frequency: i.frequency,
    responsibleUnitId: i.responsibleUnitId ?? "",
    taskIds: i.taskIds,
  };
}
