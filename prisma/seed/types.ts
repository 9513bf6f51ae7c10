// Shape of the hand-entered demo plans. The plan-import feature will produce the same
// information from the documents themselves; until then the seed reads these files.

/** How the plan words its deadline (docs/architecture.md#deadlines-and-task-status). Dates are ISO "YYYY-MM-DD" (local, Asia/Ho_Chi_Minh). */
export type SeedDeadline =
  | { kind: "FIXED"; dueDate: string; text: string }
  | { kind: "RECURRING"; text: string }
  | { kind: "CONDITIONAL"; text: string }
  | { kind: "NONE"; text: string };

export type SeedTask = {
  /** Numbering as written in the plan: "1.1", "3.3.a", "5". */
  code: string;
  /** Short title: the heading of the task, or the first sentence when it has none. */
  title: string;
  /** Full description as written (line breaks of the PDF joined). */
  description: string;
  /** Lead units (chủ trì): canonical names from SeedCommune.units. */
  lead: string[];
  /** Helping units (phối hợp): canonical names from SeedCommune.units. */
  support: string[];
  /** Collective wording that names a unit group ("Các phòng thuộc UBND phường"), as written, per side. */
  leadGroups?: string[];
  supportGroups?: string[];
  /** Wording of helpers that are nobody in particular ("Các đơn vị có liên quan"). */
  supportText?: string;
  deadline: SeedDeadline;
  expectedOutput?: string;
};

export type SeedGroup = { code: string; title: string; tasks: SeedTask[] };

export type SeedPlan = {
  number?: string;
  title: string;
  issuedDate?: string;
  /** "UBND phường Hải An" */
  issuer: string;
  /** Plans and resolutions it implements, as written. */
  parentRefs: string;
  periodStart?: string;
  periodEnd?: string;
  signerName?: string;
  signerTitle?: string;
  groups: SeedGroup[];
};

export type SeedUnitKind = "OFFICE" | "CENTER" | "POLICE" | "MASS_ORG" | "VILLAGE" | "OTHER";

export type SeedCommune = {
  /** Stable key used by the seed to build ids and logins, e.g. "hai-an". */
  key: string;
  /** "Phường Hải An" */
  name: string;
  kind: "WARD" | "COMMUNE";
  /** The chair's own name (invented for the demo): the default signer of the commune's reports. */
  chairName: string;
  units: { name: string; shortName: string; kind: SeedUnitKind }[];
  plan: SeedPlan;
};
