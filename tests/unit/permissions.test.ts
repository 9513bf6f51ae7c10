import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { communeNav, homePath } from "@/lib/auth/navigation";
import * as permissions from "@/lib/auth/permissions";
import {
  canConfirmReported,
  canContributeToTask,
  canEnterIndicatorValue,
  canUpdateTask,
  canViewProvince,
  canViewReport,
  type CommuneScope,
  type TaskScope,
  type Viewer,
} from "@/lib/auth/permissions";

// Tenants: commune A1 and A2 in province A, commune B1 in province B.
const A1 = { communeId: "A1", provinceId: "A" };
const A2 = { communeId: "A2", provinceId: "A" };
const B1 = { communeId: "B1", provinceId: "B" };
const TARGETS = [A1, A2, B1] as const;

// The column order of every matrix row below.
const viewers = {
  admin: { id: "u0", role: "ADMIN", provinceId: null, communeId: null, unitId: null },
  province: { id: "u1", role: "PROVINCE", provinceId: "A", communeId: null, unitId: null },
  chair: { id: "u2", role: "CHAIR", provinceId: "A", communeId: "A1", unitId: null },
  coordinator: { id: "u3", role: "COORDINATOR", provinceId: "A", communeId: "A1", unitId: "vhxh" },
  leadStaff: { id: "u4", role: "UNIT_STAFF", provinceId: "A", communeId: "A1", unitId: "lead" },
  supportStaff: { id: "u5", role: "UNIT_STAFF", provinceId: "A", communeId: "A1", unitId: "support" },
  otherStaff: { id: "u6", role: "UNIT_STAFF", provinceId: "A", communeId: "A1", unitId: "other" },
  unitlessStaff: { id: "u7", role: "UNIT_STAFF", provinceId: "A", communeId: "A1", unitId: null },
} satisfies Record<string, Viewer>;
type Who = keyof typeof viewers;
const VIEWERS = Object.keys(viewers) as Who[];

const task = (c: CommuneScope): TaskScope => ({ ...c, leadUnitIds: ["lead"], supportUnitIds: ["support"] });
/** An incident of a commune whose one-stop centre is the unit 'lead'. */
const incident = (c: CommuneScope, escalated: boolean) => ({ ...c, centreUnitId: "lead", escalated });

type CommuneCheck = (v: Viewer, c: CommuneScope) => boolean;
const exported = permissions as unknown as Record<string, unknown>;

// Checks whose target holds more than the commune: the row name says, in brackets, what it holds.
const adapters: Record<string, CommuneCheck> = {
  "canUpdateTask(task led by 'lead')": (v, c) => canUpdateTask(v, task(c)),
  "canContributeToTask(task helped by 'support')": (v, c) => canContributeToTask(v, task(c)),
  "canEnterIndicatorValue(KPI of 'lead')": (v, c) => canEnterIndicatorValue(v, { ...c, responsibleUnitId: "lead" }),
  "canEnterIndicatorValue(KPI of no unit)": (v, c) => canEnterIndicatorValue(v, { ...c, responsibleUnitId: null }),
  "canViewReport(draft)": (v, c) => canViewReport(v, { ...c, final: false }),
  "canViewReport(final)": (v, c) => canViewReport(v, { ...c, final: true }),
  "canConfirmReported(unit 'lead')": (v, c) => canConfirmReported(v, c, "lead"),
  "canRequestExtension(task led by 'lead')": (v, c) => permissions.canRequestExtension(v, task(c)),
  "canRunDailyCheck(centre 'lead')": (v, c) => permissions.canRunDailyCheck(v, { ...c, centreUnitId: "lead" }),
  "canRunDailyCheck(no centre picked)": (v, c) => permissions.canRunDailyCheck(v, { ...c, centreUnitId: null }),
  "canHandleIncident(centre 'lead')": (v, c) => permissions.canHandleIncident(v, incident(c, false)),
  "canHandleEscalatedIncident(escalated)": (v, c) => permissions.canHandleEscalatedIncident(v, incident(c, true)),
  "canHandleEscalatedIncident(not escalated)": (v, c) => permissions.canHandleEscalatedIncident(v, incident(c, false)),
  "canCommentOnIncident(escalated)": (v, c) => permissions.canCommentOnIncident(v, incident(c, true)),
  "canCommentOnIncident(not escalated)": (v, c) => permissions.canCommentOnIncident(v, incident(c, false)),
};
const communeCheck = (row: string) => adapters[row] ?? (exported[row] as CommuneCheck);

// Expected answers, written from the rules (docs/architecture.md#roles), one group per viewer in the order of
// `viewers`: admin province chair coordinator leadStaff supportStaff otherStaff unitlessStaff;
// each group is [own commune A1, other commune of the province A2, other province B1].
//                                                 adm pro cha coo lea sup oth nou
const communeMatrix: Record<string, string> = {
  canViewCommune: /*                             */ "YYY YYN YNN YNN YNN YNN YNN YNN",
  canViewPlan: /*                                */ "YYY YYN YNN YNN YNN YNN YNN YNN",
  canViewTask: /*                                */ "YYY YYN YNN YNN YNN YNN YNN YNN",
  canViewDashboard: /*                           */ "YYY YYN YNN YNN NNN NNN NNN NNN",
  canViewReports: /*                             */ "YYY YYN YNN YNN NNN NNN NNN NNN",
  // "Cần xử lý" first: the commune's own chair and standing office.
  canActOnDashboard: /*                          */ "NNN NNN YNN YNN NNN NNN NNN NNN",
  "canViewReport(final)": /*                     */ "YYY YYN YNN YNN NNN NNN NNN NNN",
  "canViewReport(draft)": /*                     */ "YYY NNN YNN YNN NNN NNN NNN NNN",
  canViewDraftReports: /*                        */ "YYY NNN YNN YNN NNN NNN NNN NNN",
  // The plan managers: the commune's standing office and admins.
  canManagePlans: /*                             */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canEditTask: /*                                */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canArchivePlan: /*                             */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canImportPlan: /*                              */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canSetReportWeek: /*                           */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canReturnUpdate: /*                            */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canManageIndicators: /*                        */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canManageUnits: /*                             */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canManageUsers: /*                             */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canResetSecondFactor: /*                       */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canViewAuditLog: /*                            */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canManageUnitGroups: /*                        */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canSetCommuneSettings: /*                      */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canReopenPart: /*                              */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  // "Báo cáo thay" is the standing office's own, not an admin's (the update is attributed to the office).
  canReportOnBehalf: /*                          */ "NNN NNN NNN YNN NNN NNN NNN NNN",
  canCloseReportingPeriod: /*                    */ "NNN NNN NNN YNN YNN YNN YNN NNN",
  canDecideExtension: /*                         */ "NNN NNN YNN NNN NNN NNN NNN NNN",
  // The commune's leaders.
  canGiveDirective: /*                           */ "NNN NNN YNN YNN NNN NNN NNN NNN",
  canCompileReports: /*                          */ "NNN NNN YNN YNN NNN NNN NNN NNN",
  // "Trình ký" is the standing office's; signing is the chair's.
  canSubmitForSignature: /*                      */ "NNN NNN NNN YNN NNN NNN NNN NNN",
  canFinalizeReport: /*                          */ "NNN NNN YNN NNN NNN NNN NNN NNN",
  // Unit staff: the gate needs a unit; each row then needs the right unit.
  canReportProgress: /*                          */ "NNN NNN NNN NNN YNN YNN YNN NNN",
  "canUpdateTask(task led by 'lead')": /*        */ "NNN NNN NNN NNN YNN NNN NNN NNN",
  "canContributeToTask(task helped by 'support')": "NNN NNN NNN NNN NNN YNN NNN NNN",
  "canConfirmReported(unit 'lead')": /*          */ "NNN NNN NNN NNN YNN NNN NNN NNN",
  "canRequestExtension(task led by 'lead')": /*  */ "NNN NNN NNN NNN YNN NNN NNN NNN",
  // KPI values: plan managers and the commune's staff may enter at all; per KPI, only its unit's staff.
  canEnterIndicatorValues: /*                    */ "YYY NNN NNN YNN YNN YNN YNN YNN",
  canImportIndicatorValues: /*                   */ "YYY NNN NNN YNN YNN YNN YNN YNN",
  "canEnterIndicatorValue(KPI of 'lead')": /*    */ "YYY NNN NNN YNN YNN NNN NNN NNN",
  "canEnterIndicatorValue(KPI of no unit)": /*   */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  // Province plans on the commune's side: its standing office answers for the mandated tasks;
  // its leaders, the province and admins read what the province handed down.
  canManageMandatedTasks: /*                     */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canViewMandates: /*                            */ "YYY YYN YNN YNN NNN NNN NNN NNN",
  // API tokens of the commune's accounts: its standing office and admins.
  canManageApiTokens: /*                         */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  // The one-stop centre (here the unit 'lead'): its staff and the standing office check and handle;
  // anyone in the commune reports and comments; the province team works on escalated incidents only.
  canViewOperations: /*                          */ "YYY YYN YNN YNN YNN YNN YNN YNN",
  canManageChecklist: /*                         */ "YYY NNN NNN YNN NNN NNN NNN NNN",
  canRunDailyChecks: /*                          */ "NNN NNN NNN YNN YNN YNN YNN NNN",
  "canRunDailyCheck(centre 'lead')": /*          */ "NNN NNN NNN YNN YNN NNN NNN NNN",
  "canRunDailyCheck(no centre picked)": /*       */ "NNN NNN NNN YNN NNN NNN NNN NNN",
  canReportIncident: /*                          */ "NNN NNN YNN YNN YNN YNN YNN YNN",
  canWorkOnIncidents: /*                         */ "NNN YYN YNN YNN YNN YNN YNN YNN",
  "canHandleIncident(centre 'lead')": /*         */ "NNN NNN NNN YNN YNN NNN NNN NNN",
  "canHandleEscalatedIncident(escalated)": /*    */ "NNN YYN NNN NNN NNN NNN NNN NNN",
  "canHandleEscalatedIncident(not escalated)": /**/ "NNN NNN NNN NNN NNN NNN NNN NNN",
  "canCommentOnIncident(escalated)": /*          */ "NNN YYN YNN YNN YNN YNN YNN YNN",
  "canCommentOnIncident(not escalated)": /*      */ "NNN NNN YNN YNN YNN YNN YNN YNN",
  // Evidence uploaded ahead of its form: whoever writes any record with evidence there.
  canUploadEvidence: /*                          */ "YYY YYN YNN YNN YNN YNN YNN YNN",
};

// Checks of the viewer alone (and of one province), one letter per viewer, same order.
//                                             adm pro cha coo lea sup oth nou
const viewerMatrix: Record<string, string> = {
  canListCommunes: /*                     */ "Y Y N N N N N N",
  canPickProvince: /*                     */ "Y N N N N N N N",
  isBoundToOwnProvince: /*                */ "N Y N N N N N N",
  isReadOnlyViewer: /*                    */ "N Y N N N N N N",
  "canViewProvince(own province A)": /*   */ "Y Y N N N N N N",
  "canViewProvince(other province B)": /* */ "Y N N N N N N N",
  // A province's plans: read by whoever sees the province, written by admins and the province's
  // coordinator accounts only (the plain province account below stays read-only).
  "canViewProvincePlans(own province A)": "Y Y N N N N N N",
  "canViewProvincePlans(other province B)": "Y N N N N N N N",
  "canManageProvincePlans(own province A)": "Y N N N N N N N",
  "canManageProvincePlans(other province B)": "Y N N N N N N N",
  hasOwnTasks: /*                         */ "N N N N Y Y Y N",
  canManageIndicatorCatalog: /*           */ "Y N N N N N N N",
  canManageTenants: /*                    */ "Y N N N N N N N",
  canManageOwnAccount: /*                 */ "Y Y Y Y Y Y Y Y",
  canReadOwnNotifications: /*             */ "Y Y Y Y Y Y Y Y",
  canSetOwnNotificationPreferences: /*    */ "Y Y Y Y Y Y Y Y",
  canManageOutbox: /*                     */ "Y N N N N N N N",
  canManageHolidays: /*                   */ "Y N N N N N N N",
  canManageAllApiTokens: /*               */ "Y N N N N N N N",
  canHoldIndicatorWriteToken: /*          */ "Y N N Y Y Y Y Y",
  canManageKpiNationalCodes: /*           */ "Y N N N N N N N",
  "canViewProvinceIncidents(own province A)": "Y Y N N N N N N",
  "canViewProvinceIncidents(other province B)": "Y N N N N N N N",
};
const viewerAdapters: Record<string, (v: Viewer) => boolean> = {
  "canViewProvince(own province A)": (v) => canViewProvince(v, "A"),
  "canViewProvince(other province B)": (v) => canViewProvince(v, "B"),
  "canViewProvincePlans(own province A)": (v) => permissions.canViewProvincePlans(v, "A"),
  "canViewProvincePlans(other province B)": (v) => permissions.canViewProvincePlans(v, "B"),
  "canManageProvincePlans(own province A)": (v) => permissions.canManageProvincePlans(v, "A"),
  "canManageProvincePlans(other province B)": (v) => permissions.canManageProvincePlans(v, "B"),
  "canViewProvinceIncidents(own province A)": (v) => permissions.canViewProvinceIncidents(v, "A"),
  "canViewProvinceIncidents(other province B)": (v) => permissions.canViewProvinceIncidents(v, "B"),
};
const viewerCheck = (row: string) => viewerAdapters[row] ?? (exported[row] as (v: Viewer) => boolean);

// Checks of a role itself (what an account of that role needs), one letter per role.
const ROLES: Role[] = ["ADMIN", "PROVINCE", "CHAIR", "COORDINATOR", "UNIT_STAFF"];
//                                    ADM PRO CHA COO UNI
const roleMatrix: Record<string, string> = {
  isCommuneRole: /*            */ "N N Y Y Y",
  roleNeedsUnit: /*            */ "N N N N Y",
  roleBelongsToProvince: /*    */ "N Y N N N",
  isAdminRole: /*              */ "Y N N N N",
};

// Roles a manager may give inside a commune: never admin or province.
const COMMUNE: Role[] = ["CHAIR", "COORDINATOR", "UNIT_STAFF"];
const assignable: Record<string, Role[]> = {
  admin: COMMUNE,
  province: [],
  chair: [],
  coordinator: COMMUNE,
  leadStaff: [],
  supportStaff: [],
  otherStaff: [],
  unitlessStaff: [],
};

const letters = (row: string) => [...row.replace(/ /g, "")].map((c) => c === "Y");
/** The exported function a matrix row tests: its name without the bracketed target. */
const baseName = (row: string) => row.replace(/\(.*\)$/, "");

/** Column `i` of a matrix row; a row longer than its columns is a broken matrix, so say so. */
function column<T>(columns: readonly T[], i: number): T {
  const item = columns[i];
  if (item === undefined) throw new Error(`matrix row has more answers than its ${columns.length} columns`);
  return item;
}

const communeCases = Object.entries(communeMatrix).flatMap(([check, row]) =>
  letters(row).map((expected, i) => [column(VIEWERS, Math.floor(i / 3)), check, column(TARGETS, i % 3).communeId, expected] as const),
);
const viewerCases = Object.entries(viewerMatrix).flatMap(([check, row]) =>
  letters(row).map((expected, i) => [column(VIEWERS, i), check, expected] as const),
);
const roleCases = Object.entries(roleMatrix).flatMap(([check, row]) =>
  letters(row).map((expected, i) => [column(ROLES, i), check, expected] as const),
);

describe("every exported permission has a matrix row", () => {
  const functions = Object.entries(exported)
    .filter(([, value]) => typeof value === "function")
    .map(([name]) => name);
  // assignableRoles and readableCommunes answer with more than yes/no: each has its own test below.
  const rows = [
    ...Object.keys(communeMatrix),
    ...Object.keys(viewerMatrix),
    ...Object.keys(roleMatrix),
    "assignableRoles",
    "readableCommunes",
  ];

  it("no exported check is left out of the matrix (a new permission needs its row)", () => {
    const covered = new Set(rows.map(baseName));
    expect(functions.filter((name) => !covered.has(name))).toEqual([]);
  });

  it("every row names an exported check, with one answer per viewer (or role) and target", () => {
    expect(rows.map(baseName).filter((name) => typeof exported[name] !== "function")).toEqual([]);
    for (const row of Object.values(communeMatrix)) expect(letters(row)).toHaveLength(VIEWERS.length * TARGETS.length);
    for (const row of Object.values(viewerMatrix)) expect(letters(row)).toHaveLength(VIEWERS.length);
    for (const row of Object.values(roleMatrix)) expect(letters(row)).toHaveLength(ROLES.length);
    expect(Object.keys(assignable)).toEqual(VIEWERS);
  });
});

describe("permission matrix: viewer × check × own commune / other commune / other province", () => {
  it.each(communeCases)("%s · %s · %s → %s", (who, check, communeId, expected) => {
    const target = TARGETS.find((c) => c.communeId === communeId)!;
    expect(communeCheck(check)(viewers[who], target)).toBe(expected);
  });
});

describe("viewer-level checks", () => {
  it.each(viewerCases)("%s · %s → %s", (who, check, expected) => {
    expect(viewerCheck(check)(viewers[who])).toBe(expected);
  });

  it.each(VIEWERS)("assignableRoles · %s", (who) => {
    expect(permissions.assignableRoles(viewers[who])).toEqual(assignable[who]);
  });
});

describe("role-level checks", () => {
  it.each(roleCases)("%s · %s → %s", (role, check, expected) => {
    expect((exported[check] as (r: Role) => boolean)(role)).toBe(expected);
  });
});

describe("the read-only viewer is the one no write check lets in", () => {
  // Every check that lets a viewer change something.
  const WRITES = [
    "canManagePlans",
    "canEditTask",
    "canArchivePlan",
    "canImportPlan",
    "canSetReportWeek",
    "canReturnUpdate",
    "canManageIndicators",
    "canManageUnits",
    "canManageUsers",
    "canResetSecondFactor",
    "canGiveDirective",
    "canCompileReports",
    "canSubmitForSignature",
    "canFinalizeReport",
    "canReportProgress",
    "canUpdateTask(task led by 'lead')",
    "canContributeToTask(task helped by 'support')",
    "canConfirmReported(unit 'lead')",
    "canEnterIndicatorValues",
    "canManageUnitGroups",
    "canSetCommuneSettings",
    "canReopenPart",
    "canReportOnBehalf",
    "canCloseReportingPeriod",
    "canRequestExtension(task led by 'lead')",
    "canDecideExtension",
    "canImportIndicatorValues",
    "canEnterIndicatorValue(KPI of 'lead')",
    "canManageChecklist",
    "canRunDailyChecks",
    "canReportIncident",
    "canHandleIncident(centre 'lead')",
    // Not here: the province support team's work on escalated incidents (canWorkOnIncidents,
    // canHandleEscalatedIncident, canCommentOnIncident, canUploadEvidence), its one write in a commune (tested below).
  ];
  const writesSomething = (v: Viewer) =>
    WRITES.some((row) => TARGETS.some((c) => communeCheck(row)(v, c))) ||
    permissions.canManageIndicatorCatalog(v) ||
    permissions.canManageTenants(v) ||
    permissions.canManageOutbox(v) ||
    permissions.canManageHolidays(v) ||
    permissions.assignableRoles(v).length > 0;

  it.each(VIEWERS)("%s", (who) => {
    expect(permissions.isReadOnlyViewer(viewers[who])).toBe(!writesSomething(viewers[who]));
  });
});

describe("the province's one write in a commune is an escalated incident", () => {
  it("a province account works on an incident of its own province only while it is escalated", () => {
    for (const c of TARGETS) {
      const own = c.provinceId === "A";
      expect(permissions.canHandleEscalatedIncident(viewers.province, incident(c, true))).toBe(own);
      expect(permissions.canCommentOnIncident(viewers.province, incident(c, true))).toBe(own);
      expect(permissions.canHandleEscalatedIncident(viewers.province, incident(c, false))).toBe(false);
      expect(permissions.canCommentOnIncident(viewers.province, incident(c, false))).toBe(false);
      expect(permissions.canHandleIncident(viewers.province, incident(c, true))).toBe(false);
    }
  });
});

// The province's coordinator account (User.provinceCoordinator): it writes its own province's plans
// and, on every commune page, is exactly the read-only province account.
describe("province coordinator", () => {
  const coordinatorOfA: Viewer = { ...viewers.province, id: "u8", provinceCoordinator: true };
  it("manages its own province's plans only", () => {
    expect(permissions.canManageProvincePlans(coordinatorOfA, "A")).toBe(true);
    expect(permissions.canManageProvincePlans(coordinatorOfA, "B")).toBe(false);
    expect(permissions.canManageProvincePlans({ ...coordinatorOfA, provinceId: null }, "A")).toBe(false);
    // The flag gives nothing to an account of another role.
    expect(permissions.canManageProvincePlans({ ...viewers.coordinator, provinceCoordinator: true }, "A")).toBe(false);
  });
  it.each(Object.keys(communeMatrix))("answers %s as the province account does", (row) => {
    for (const c of TARGETS) expect(communeCheck(row)(coordinatorOfA, c)).toBe(communeCheck(row)(viewers.province, c));
  });
});

describe("navigation follows the permissions", () => {
  const labels = (v: Viewer, c = A1) => communeNav(v, c).map((i) => i.label);

  it("coordinator sees every section", () => {
    expect(labels(viewers.coordinator)).toEqual(["Tổng quan", "Kế hoạch", "Nhiệm vụ", "Chỉ tiêu", "Sự cố CNTT", "Báo cáo", "Quản trị"]);
  });
  it("unit staff: my tasks and their unit's report confirmation; no dashboard, no reports, no administration", () => {
    expect(labels(viewers.leadStaff)).toEqual(["Nhiệm vụ của tôi", "Kế hoạch", "Chỉ tiêu", "Sự cố CNTT", "Xác nhận báo cáo"]);
  });
  it("province: the commune list and read-only sections, no administration", () => {
    expect(labels(viewers.province)).toEqual(["Các xã, phường", "Tổng quan", "Kế hoạch", "Nhiệm vụ", "Chỉ tiêu", "Sự cố CNTT", "Báo cáo"]);
  });
  it("nothing at all in a commune one may not see", () => {
    expect(labels(viewers.chair, B1)).toEqual([]);
    expect(labels(viewers.province, B1)).toEqual([]);
  });
  it("home page per role", () => {
    expect(homePath(viewers.admin)).toBe("/xa-phuong");
    expect(homePath(viewers.province)).toBe("/xa-phuong");
    expect(homePath(viewers.chair)).toBe("/c/A1");
    expect(homePath(viewers.coordinator)).toBe("/c/A1");
    expect(homePath(viewers.leadStaff)).toBe("/c/A1/nhiem-vu");
  });
});

describe("readableCommunes", () => {
  it("filters lists by the same rule as canViewCommune, for every viewer and commune", () => {
    const inScope = (v: Viewer, c: CommuneScope) => {
      const s = permissions.readableCommunes(v);
      if (!s) return false;
      if ("all" in s) return true;
      if ("provinceId" in s) return s.provinceId === c.provinceId;
      return s.communeId === c.communeId;
    };
    for (const v of Object.values(viewers) as Viewer[])
      for (const c of TARGETS) expect(inScope(v, c), `${v.role} ${v.id} → ${c.communeId}`).toBe(permissions.canViewCommune(v, c));
    expect(permissions.readableCommunes({ ...viewers.province, provinceId: null })).toBeNull();
  });
});
