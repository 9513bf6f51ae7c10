// Who may do what, as named pure checks (docs/architecture.md#roles). Pages, server actions and route handlers
// call these; the UI only hides what they would refuse anyway. Tested as a full matrix.
import type { Role } from "../generated/prisma/enums";

export type Viewer = {
  id: string;
  role: Role;
  provinceId: string | null;
  communeId: string | null;
  unitId: string | null;
  /** A PROVINCE account that writes and publishes the province's plans (User.provinceCoordinator). */
  provinceCoordinator?: boolean;
  /**
   * The browser session the request came with (absent for API tokens, jobs and tests that build a
   * viewer): when it last passed a second-factor check, for the step-up of lib/accounts/step-up.ts.
   */
  session?: { id: string; secondFactorAt: Date | null };
  /** Still to change an admin-set password: actions refuse everything but that (lib/actions/safe-action.ts). */
  mustChangePassword?: boolean;
};

/** The tenant a row belongs to. */
export type CommuneScope = { communeId: string; provinceId: string };

export type TaskScope = CommuneScope & { leadUnitIds: readonly string[]; supportUnitIds: readonly string[] };

/** The roles of a commune's own accounts (the ones a commune's managers create and edit). */
export const COMMUNE_ROLES = ["CHAIR", "COORDINATOR", "UNIT_STAFF"] as const satisfies readonly Role[];
export type CommuneRole = (typeof COMMUNE_ROLES)[number];

/** An account of a commune (not an admin or a province user): the only accounts the commune's user pages edit. */
export function isCommuneRole(role: Role): role is CommuneRole {
  return (COMMUNE_ROLES as readonly Role[]).includes(role);
}

/** Unit staff report for their unit, so an account with this role must belong to one; other roles may. */
export function roleNeedsUnit(role: Role): boolean {
  return role === "UNIT_STAFF";
}

/**
 * A province account belongs to one province (and only it may coordinate the province's plans); an
 * admin account to none (Quản trị → Tài khoản cấp tỉnh, quản trị).
 */
export function roleBelongsToProvince(role: Role): boolean {
  return role === "PROVINCE";
}

/** A system administrator's account: the portal keeps at least one active (lib/system-accounts). */
export function isAdminRole(role: Role): boolean {
  return role === "ADMIN";
}

function isOwnCommune(v: Viewer, c: CommuneScope) {
  return isCommuneRole(v.role) && v.communeId === c.communeId;
}

export function canViewCommune(v: Viewer, c: CommuneScope): boolean {
  if (v.role === "ADMIN") return true;
  if (v.role === "PROVINCE") return v.provinceId === c.provinceId;
  return isOwnCommune(v, c);
}

export const canViewPlan = canViewCommune;
export const canViewTask = canViewCommune;

export function canViewProvince(v: Viewer, provinceId: string): boolean {
  return v.role === "ADMIN" || (v.role === "PROVINCE" && v.provinceId === provinceId);
}

/** Lists of many communes: the whole country for ADMIN, one province for PROVINCE. */
export function canListCommunes(v: Viewer): boolean {
  return v.role === "ADMIN" || v.role === "PROVINCE";
}

/** Which province the commune list shows is the viewer's choice (one province or the whole country): admins. */
export function canPickProvince(v: Viewer): boolean {
  return v.role === "ADMIN";
}

/** A province user's commune list is their own province, whatever the URL asks for. */
export function isBoundToOwnProvince(v: Viewer): boolean {
  return v.role === "PROVINCE";
}

/**
 * Province users follow the communes and change nothing (every write check refuses them; the matrix
 * test holds the two together), so their pages say "chỉ xem".
 */
export function isReadOnlyViewer(v: Viewer): boolean {
  return v.role === "PROVINCE";
}

export function canManagePlans(v: Viewer, c: CommuneScope): boolean {
  return v.role === "ADMIN" || (v.role === "COORDINATOR" && isOwnCommune(v, c));
}

export const canEditTask = canManagePlans;

/** Archiving and restoring a plan (it leaves every dashboard and list): the standing office and admins. */
export const canArchivePlan = canManagePlans;

/** Reading a plan document into a draft, reviewing and applying it: the plan managers. */
export const canImportPlan = canManagePlans;

/** The weekday a plan's reporting week starts on is a plan setting: the plan managers. */
export const canSetReportWeek = canManagePlans;

/** Returning a unit's progress report for correction: the standing office and admins, who keep the plan. */
export const canReturnUpdate = canManagePlans;

export function canManageUnits(v: Viewer, c: CommuneScope): boolean {
  return v.role === "ADMIN" || (v.role === "COORDINATOR" && isOwnCommune(v, c));
}

export const canManageUsers = canManageUnits;

/**
 * A commune account's second factor is reset by whoever manages the commune's accounts (the standing
 * office, an admin); province and admin accounts' by an admin (canManageTenants).
 */
export const canResetSecondFactor = canManageUsers;

/**
 * Provinces, communes, bulk onboarding, the units template of new communes, province and admin
 * accounts, and the portal's two-factor grace: the system administrator's.
 */
export function canManageTenants(v: Viewer): boolean {
  return v.role === "ADMIN";
}

/** "Tài khoản của tôi" (password, sessions, name and title, second factor): every signed-in account. */
export function canManageOwnAccount(_v: Viewer): boolean {
  return true;
}

/** The commune's audit log: the standing office and system administrators. */
export const canViewAuditLog = canManageUnits;

/** Roles a manager may give inside a commune: a coordinator cannot create admins or province users. */
export function assignableRoles(v: Viewer): Role[] {
  if (v.role === "ADMIN") return ["CHAIR", "COORDINATOR", "UNIT_STAFF"];
  if (v.role === "COORDINATOR") return ["CHAIR", "COORDINATOR", "UNIT_STAFF"];
  return [];
}

/** Progress of a task is reported by staff of its lead unit. */
export function canUpdateTask(v: Viewer, t: TaskScope): boolean {
  return v.role === "UNIT_STAFF" && isOwnCommune(v, t) && v.unitId !== null && t.leadUnitIds.includes(v.unitId);
}

/**
 * The gate of every unit-staff action on tasks (progress, contribution, acknowledging a direction,
 * confirming "đã báo cáo"): staff of a unit of their own commune. Which task or unit is theirs is
 * then decided on the row (canUpdateTask, canContributeToTask, canConfirmReported).
 */
export function canReportProgress(v: Viewer, c: CommuneScope): boolean {
  return v.role === "UNIT_STAFF" && isOwnCommune(v, c) && v.unitId !== null;
}

/** A helping unit adds its contribution as input to the lead unit. */
export function canContributeToTask(v: Viewer, t: TaskScope): boolean {
  return v.role === "UNIT_STAFF" && isOwnCommune(v, t) && v.unitId !== null && t.supportUnitIds.includes(v.unitId);
}

export function canGiveDirective(v: Viewer, c: CommuneScope): boolean {
  return (v.role === "CHAIR" || v.role === "COORDINATOR") && isOwnCommune(v, c);
}

/** The leadership dashboard (Tổng quan): the commune's leaders, its province and admins; staff have their task list. */
export function canViewDashboard(v: Viewer, c: CommuneScope): boolean {
  return canViewCommune(v, c) && v.role !== "UNIT_STAFF";
}

/**
 * The commune's own leaders (the chair and the standing office) act on the dashboard's "Cần xử lý",
 * so it opens their Tổng quan; the province and admins read the figures first.
 */
export function canActOnDashboard(v: Viewer, c: CommuneScope): boolean {
  return (v.role === "CHAIR" || v.role === "COORDINATOR") && isOwnCommune(v, c);
}

export function canViewReports(v: Viewer, c: CommuneScope): boolean {
  return canViewCommune(v, c) && v.role !== "UNIT_STAFF";
}

/** "Nhiệm vụ của tôi" needs a unit. */
export function hasOwnTasks(v: Viewer): boolean {
  return v.role === "UNIT_STAFF" && v.unitId !== null;
}

/** KPI definitions of a commune's plans (create, edit, link tasks): the standing office and admins. */
export const canManageIndicators = canManagePlans;

/** The catalog of standard KPIs is the whole country's: system administrators only. */
export function canManageIndicatorCatalog(v: Viewer): boolean {
  return v.role === "ADMIN";
}

export type IndicatorScope = CommuneScope & { responsibleUnitId: string | null };

/** A KPI's values are entered by its responsible unit's staff, the standing office or an admin. */
export function canEnterIndicatorValue(v: Viewer, i: IndicatorScope): boolean {
  if (canManageIndicators(v, i)) return true;
  return v.role === "UNIT_STAFF" && isOwnCommune(v, i) && v.unitId !== null && v.unitId === i.responsibleUnitId;
}

/**
 * Entering KPI values at all (the commune-level gate; each KPI is then checked with
 * canEnterIndicatorValue): the plan managers and the commune's unit staff.
 */
export function canEnterIndicatorValues(v: Viewer, c: CommuneScope): boolean {
  return canManageIndicators(v, c) || (v.role === "UNIT_STAFF" && isOwnCommune(v, c));
}

/** Importing a file of KPI values: whoever may enter values; each row is checked per KPI. */
export const canImportIndicatorValues = canEnterIndicatorValues;

/** Compiling, editing and deleting report drafts; reminding units to report: the commune's standing office and chair. */
export function canCompileReports(v: Viewer, c: CommuneScope): boolean {
  return (v.role === "COORDINATOR" || v.role === "CHAIR") && isOwnCommune(v, c);
}

/** "Trình ký": the standing office sends a draft to the chair for signature (the chair signs directly). */
export function canSubmitForSignature(v: Viewer, c: CommuneScope): boolean {
  return v.role === "COORDINATOR" && isOwnCommune(v, c);
}

/**
 * Drafts are the commune's working paper: whoever sees one commune report but not its drafts (the
 * province) is shown only what was signed. Derived from canViewReport so the two cannot drift.
 */
export function canViewDraftReports(v: Viewer, c: CommuneScope): boolean {
  return canViewReport(v, { ...c, final: false });
}

/** Signing a report off (number, date, signer) is the chair's: "CHAIR approves/finalises". */
export function canFinalizeReport(v: Viewer, c: CommuneScope): boolean {
  return v.role === "CHAIR" && isOwnCommune(v, c);
}

/**
 * One report: the commune's leaders and admins see drafts and finalised reports; the province sees
 * what the commune has finalised (a draft is still the commune's own working paper).
 */
export function canViewReport(v: Viewer, r: CommuneScope & { final: boolean }): boolean {
  if (!canViewReports(v, r)) return false;
  return v.role !== "PROVINCE" || r.final;
}

/** "Đã báo cáo" for a period is confirmed by staff of the unit itself. */
export function canConfirmReported(v: Viewer, c: CommuneScope, unitId: string): boolean {
  return v.role === "UNIT_STAFF" && isOwnCommune(v, c) && v.unitId === unitId;
}

/** Unit groups (nhóm đơn vị) of the commune: created and edited with its units. */
export const canManageUnitGroups = canManageUnits;

/** The commune's own settings (e.g. how many deadline extensions a task may get). */
export const canSetCommuneSettings = canManageUnits;

/** A member's "không phát sinh" on its part of a group task is reversed by the standing office. */
export const canReopenPart = canManagePlans;

/**
 * "Báo cáo thay": the standing office reports and confirms for a unit that has no active account
 * (checked on the row: lib/reports/close-period). Attributed to the office in the update and the log.
 */
export function canReportOnBehalf(v: Viewer, c: CommuneScope): boolean {
  return v.role === "COORDINATOR" && isOwnCommune(v, c);
}

/** Closing a reporting period in one form: a unit's own staff, or the standing office for a unit without accounts. */
export function canCloseReportingPeriod(v: Viewer, c: CommuneScope): boolean {
  return canReportProgress(v, c) || canReportOnBehalf(v, c);
}

/** "Đề nghị gia hạn": asked by the lead unit's staff, as they report progress. */
export const canRequestExtension = canUpdateTask;

/** Deciding a deadline extension (approve, refuse, approve another date): the chair (or a vice-chair's CHAIR account). */
export function canDecideExtension(v: Viewer, c: CommuneScope): boolean {
  return v.role === "CHAIR" && isOwnCommune(v, c);
}

/** One's own notifications (read, mark read): every signed-in user; rows are filtered by user id. */
export function canReadOwnNotifications(_v: Viewer): boolean {
  return true;
}

/** One's own notification preferences (channels, daily digest): every signed-in user, on their own row. */
export const canSetOwnNotificationPreferences = canReadOwnNotifications;

/**
 * The outbox's failed messages ("Thư chưa gửi được") and sending them again: system administrators,
 * who run the mail server and see every commune's addresses.
 */
export function canManageOutbox(v: Viewer): boolean {
  return v.role === "ADMIN";
}

/** The table of official days off (the whole country's): system administrators. */
export function canManageHolidays(v: Viewer): boolean {
  return v.role === "ADMIN";
}

/**
 * Writing, importing and publishing the province's plans: the province's coordinator accounts
 * (PROVINCE with User.provinceCoordinator) and admins. Other province accounts stay read-only.
 */
export function canManageProvincePlans(v: Viewer, provinceId: string): boolean {
  if (v.role === "ADMIN") return true;
  return v.role === "PROVINCE" && v.provinceCoordinator === true && v.provinceId === provinceId;
}

/** The province's plans, their versions and the roll-up by province task: whoever sees the province. */
export const canViewProvincePlans = canViewProvince;

/**
 * The commune's side of the province plans it carries out (assigning lead units to mandated tasks,
 * "không phát sinh", reading the changes, choosing the receiving plan): the plan managers.
 */
export const canManageMandatedTasks = canManagePlans;

/** Which province plans the commune carries out and what each version changed: its leaders, the province, admins. */
export const canViewMandates = canViewDashboard;

/**
 * API tokens of the commune's accounts (Quản trị → Kết nối hệ thống): created, listed and revoked by
 * its standing office and admins. A token acts as its owner, so it never reaches further than the owner.
 */
export const canManageApiTokens = canManageUnits;

/**
 * Whether a token of this account may carry the scope indicators:write: the account may enter KPI values
 * (canEnterIndicatorValues on its own commune; an admin everywhere). Province accounts and the chair read only.
 */
export function canHoldIndicatorWriteToken(v: Viewer): boolean {
  if (v.role === "ADMIN") return true;
  return v.communeId !== null && v.provinceId !== null && canEnterIndicatorValues(v, { communeId: v.communeId, provinceId: v.provinceId });
}

/** Tokens of province and admin accounts, and every commune's tokens in one list: system administrators. */
export function canManageAllApiTokens(v: Viewer): boolean {
  return v.role === "ADMIN";
}

/** The table of national indicator codes (QCVN 125 data packet) of the catalog KPIs: system administrators. */
export const canManageKpiNationalCodes = canManageIndicatorCatalog;

/**
 * The communes a viewer may read, as a filter for lists (the API's /communes): every commune, one
 * province's, or the viewer's own. The same rule as canViewCommune (the matrix test holds them together).
 */
export function readableCommunes(v: Viewer): { all: true } | { provinceId: string } | { communeId: string } | null {
  if (v.role === "ADMIN") return { all: true };
  if (v.role === "PROVINCE") return v.provinceId ? { provinceId: v.provinceId } : null;
  return isCommuneRole(v.role) && v.communeId ? { communeId: v.communeId } : null;
}

// ───── The one-stop centre's daily operations: the start-of-day check and IT incidents ─────

/** A commune with its one-stop centre (CommuneSettings.serviceCentreUnitId, lib/daily-checks/centre.ts). */
export type ServiceCentreScope = CommuneScope & { centreUnitId: string | null };

/** An incident's row: its commune's centre, and whether the province support team has it now. */
export type IncidentScope = ServiceCentreScope & { escalated: boolean };

/** The check's history, the dashboard card and the incident log: whoever sees the commune. */
export const canViewOperations = canViewCommune;

/** The checklist (items, areas, which unit is the centre): the standing office and admins. */
export const canManageChecklist = canManageUnits;

/**
 * The gate of the check form: accounts of the commune that could be the centre's (its standing office,
 * unit staff); which unit is the centre is the row rule below.
 */
export function canRunDailyChecks(v: Viewer, c: CommuneScope): boolean {
  return isOwnCommune(v, c) && (v.role === "COORDINATOR" || (v.role === "UNIT_STAFF" && v.unitId !== null));
}

/** Kiểm tra đầu giờ: the centre's staff and the commune's standing office. */
export function canRunDailyCheck(v: Viewer, s: ServiceCentreScope): boolean {
  if (!canRunDailyChecks(v, s)) return false;
  return v.role === "COORDINATOR" || (s.centreUnitId !== null && v.unitId === s.centreUnitId);
}

/** Anyone in the commune reports an IT incident (a counter clerk, the chair). */
export function canReportIncident(v: Viewer, c: CommuneScope): boolean {
  return isOwnCommune(v, c);
}

/**
 * The gate of an incident's moves and comments: the commune's accounts, and the province team of its
 * province (which may act only on escalated incidents: the row rules below).
 */
export function canWorkOnIncidents(v: Viewer, c: CommuneScope): boolean {
  return isOwnCommune(v, c) || (v.role === "PROVINCE" && v.provinceId === c.provinceId);
}

/** The commune side of an incident (acknowledge, start, escalate, resolve, close): the centre and the standing office. */
export function canHandleIncident(v: Viewer, s: IncidentScope): boolean {
  return canRunDailyCheck(v, s);
}

/**
 * The province support team (Tổ hỗ trợ cấp tỉnh) on an escalated incident: acknowledge, comment, mark
 * resolved. Its only write in a commune; every other commune page stays read-only for it.
 */
export function canHandleEscalatedIncident(v: Viewer, s: IncidentScope): boolean {
  return s.escalated && v.role === "PROVINCE" && v.provinceId === s.provinceId;
}

/** Comments: anyone in the commune, and the province team while the incident is escalated. */
export function canCommentOnIncident(v: Viewer, s: IncidentScope): boolean {
  return canReportIncident(v, s) || canHandleEscalatedIncident(v, s);
}

/**
 * Uploading an evidence file ahead of its form (POST /api/uploads): whoever may write a record with
 * evidence in the commune (a progress update, a KPI value, a daily check, an incident and, for the
 * province team, an escalated incident's attachment). The form's own action still decides on the row.
 */
export function canUploadEvidence(v: Viewer, c: CommuneScope): boolean {
  return canWorkOnIncidents(v, c) || canEnterIndicatorValues(v, c);
}

/** The open incidents of a province's communes (Sự cố đang mở): whoever sees the province. */
export const canViewProvinceIncidents = canViewProvince;
