// A plan read from a document, before a person reviews it (issue 3). Dates are "YYYY-MM-DD".

import type { IndicatorDraft } from "@/lib/indicators/vocabulary";
import type { ImportDeadlineKind } from "@/lib/tasks/deadline-text";
import type { BuiltinGroupKind } from "@/lib/units/group-wording";

export type DeadlineDraft = {
  kind: ImportDeadlineKind;
  /** The day the work is due (for "Trước ngày 20/12/2025": 2025-12-19); DATE and BEFORE_DATE only. */
  date: string | null;
  /** The wording as written, "" when the plan gives none. */
  text: string;
};

/** Collective wording on one side of a task ("Các phòng thuộc UBND phường"), as written, and its line (0-based). */
export type GroupPhrase = { text: string; line: number };

/** What a collective wording becomes (PlanDraft.groupMappings): chosen by the parser, changed in the review. */
export type GroupTarget =
  /** The commune's built-in group of that kind. */
  | { kind: "BUILTIN"; builtin: BuiltinGroupKind }
  /** A group the commune already has (built-in or custom). */
  | { kind: "EXISTING"; groupId: string }
  /**
   * A custom group created with the plan. `memberIds` null: not reviewed (CLI, demo seed), the
   * units whose names fit `keyTerms` become the members.
   */
  | { kind: "NEW"; name: string; keyTerms: string[]; memberIds: string[] | null }
  /** No group: the wording stays as written (in the description, or the helping wording). */
  | { kind: "NONE" };

/** One decision per distinct wording (key: foldWording of it), shared by every task that uses it. */
export type GroupMapping = { key: string; wording: string; target: GroupTarget };

export type TaskDraft = {
  /** Numbering as written: "1.1", "3.3.a", "5". */
  code: string;
  /** Code of the task's group, null for plans without groups. */
  group: string | null;
  title: string;
  description: string;
  /** Lead units (chủ trì) as written, cleaned ("Trung tâm Phục vụ hành chính công"). */
  leadUnits: string[];
  supportUnits: string[];
  /** Collective wording of each side that names a group (see PlanDraft.groupMappings). */
  leadGroups: GroupPhrase[];
  supportGroups: GroupPhrase[];
  /** Helpers that are no one unit: "Các đơn vị có liên quan". */
  supportText: string | null;
  deadline: DeadlineDraft;
  /** "Sản phẩm:" when the plan names the output. */
  expectedOutput: string | null;
  /** First and last line index (0-based) of the task in the input. */
  sourceLines: [number, number];
};

export type GroupDraft = { code: string; title: string };

export type PlanDraft = {
  /** "phường Hải An" */
  commune: string;
  /** "UBND phường Hải An" */
  issuer: string;
  title: string;
  /** "123/KH-UBND" */
  number: string | null;
  issuedDate: string | null;
  /** Each plan or resolution it implements, as one string. */
  parentRefs: string[];
  periodStart: string | null;
  periodEnd: string | null;
  signerName: string | null;
  signerTitle: string | null;
  groups: GroupDraft[];
  tasks: TaskDraft[];
  /** The collective wordings of the tasks and what each becomes. */
  groupMappings: GroupMapping[];
  /** The plan's standing office ("cơ quan thường trực"): lead of a task left without one when nobody reviews. */
  standingOffice: string | null;
  indicators: IndicatorDraft[];
  /** What could not be read with confidence, in Vietnamese, for the person reviewing. */
  warnings: string[];
};
