// Every page and route handler of the portal as a typed function: the one place that knows the
// (Vietnamese) paths and query parameter names, so that renaming a folder under app/ is one edit here.
// tests/unit/routes.test.ts checks every output against the files under app/.
import type { DeadlineStatus } from "./tasks/deadline-status";
import type { DONE_FILTER, TaskFlag } from "./tasks/filters";
import type { IndicatorStatus } from "./indicators/status";
import type { IncidentSeverity, IncidentStatus } from "./generated/prisma/enums";

type QueryValue = string | number | null | undefined;

/** `path?query`, values in the order given; empty values are left out (the pages read them as missing). */
export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The commune dashboard's filters (lib/dashboard/filters.ts reads them back). */
export type DashboardQuery = { planId?: string; periodKey?: string; group?: string; unitId?: string };

/** The task list's filters (lib/tasks/filters.ts reads them back). */
export type TaskListQuery = {
  /** The search words (the form's "Tìm kiếm"). */
  q?: string;
  planId?: string;
  group?: string;
  unitId?: string;
  status?: DeadlineStatus | typeof DONE_FILTER;
  flag?: TaskFlag;
  /** An ISO week key ("2025-W07"): tasks completed in that week. */
  completedWeek?: string;
  /** Unit staff's list: the tasks their unit leads (LEAD) or helps with (SUPPORT). */
  role?: "LEAD" | "SUPPORT";
};

/** The KPI list's filters (lib/indicators/list-filters.ts reads them back). */
export type IndicatorListQuery = { planId?: string; unitId?: string; status?: IndicatorStatus | "" };

/** A plan and reporting period (lib/reports/selection.ts reads them back). */
export type ReportQuery = { planId?: string; periodKey?: string };

/** The audit log's filters and page (lib/audit/queries.ts reads them back). */
export type AuditQuery = { action?: string; actorId?: string; from?: string; to?: string; page?: number };

/** The province table's search, province and sort (lib/dashboard/province-table.ts reads them back). */
export type ProvinceOverviewQuery = { q?: string; provinceId?: string; sort?: string; dir?: "asc" | "desc" };

/** The notification list's filter and cursor (lib/notifications/queries.ts reads them back). */
export type NotificationListQuery = { unread?: boolean; before?: string };

export type ReportFileFormat = "docx" | "xlsx";

/** The incident log's filters: open ones (default), all, or one state; one severity. */
export type IncidentListQuery = { status?: IncidentStatus | "open" | "all"; severity?: IncidentSeverity };

function communeRoutes(communeId: string) {
  const base = `/c/${communeId}`;
  const tasks = `${base}/nhiem-vu`;
  const plans = `${base}/ke-hoach`;
  const indicators = `${base}/chi-tieu`;
  const reports = `${base}/bao-cao`;
  const admin = `${base}/quan-tri`;
  return {
    /** The commune's home (dashboard); also what revalidation of the whole commune starts from. */
    dashboard: (q: DashboardQuery = {}) => withQuery(base, { "ke-hoach": q.planId, ky: q.periodKey, nhom: q.group, "don-vi": q.unitId }),
    tasks: (q: TaskListQuery = {}) =>
      withQuery(tasks, {
        "ke-hoach": q.planId,
        nhom: q.group,
        "don-vi": q.unitId,
        "trang-thai": q.status,
        loc: q.flag,
        "hoan-thanh": q.completedWeek,
      }),
    /** The task list as filtered on screen, as an XLSX file (a route handler; same query as `tasks`). */
    tasksExport: (q: TaskListQuery = {}) =>
      withQuery(`${tasks}/xuat-excel`, {
        q: q.q,
        "ke-hoach": q.planId,
        nhom: q.group,
        "don-vi": q.unitId,
        "trang-thai": q.status,
        "vai-tro": q.role,
        loc: q.flag,
        "hoan-thanh": q.completedWeek,
      }),
    /** `fullHistory`: every progress report and edit, not only the recent ones (lib/tasks/detail.ts). */
    task: (taskId: string, q: { fullHistory?: boolean } = {}) =>
      withQuery(`${tasks}/${taskId}`, { "lich-su": q.fullHistory ? "day-du" : undefined }),
    editTask: (taskId: string) => `${tasks}/${taskId}/sua`,
    plans: () => plans,
    plan: (planId: string) => `${plans}/${planId}`,
    /** The province plans the commune carries out: changes of each version, lead units to assign, "không phát sinh". */
    mandates: () => `${base}/ke-hoach-tinh`,
    /** Upload of a plan document to import. */
    importPlan: () => `${plans}/nhap`,
    /** Review of one uploaded plan document before it is created. */
    planImport: (importId: string) => `${plans}/nhap/${importId}`,
    indicators: (q: IndicatorListQuery = {}) => withQuery(indicators, { "ke-hoach": q.planId, "don-vi": q.unitId, "tinh-trang": q.status }),
    indicator: (indicatorId: string) => `${indicators}/${indicatorId}`,
    editIndicator: (indicatorId: string) => `${indicators}/${indicatorId}/sua`,
    newIndicator: (planId?: string) => withQuery(`${indicators}/moi`, { plan: planId }),
    importIndicatorValues: () => `${indicators}/nhap`,
    /** The XLSX template of a plan's KPI values (a route handler). */
    indicatorTemplate: (planId: string) => withQuery(`${indicators}/mau`, { plan: planId }),
    reports: (q: ReportQuery = {}) => withQuery(reports, { "ke-hoach": q.planId, ky: q.periodKey }),
    report: (reportId: string) => `${reports}/${reportId}`,
    reportPrint: (reportId: string) => `${reports}/${reportId}/in`,
    reportFile: (reportId: string, format: ReportFileFormat) => `${reports}/${reportId}/tep/${format}`,
    /** Where unit staff confirm they have reported for a period. */
    /** The chair's weekly digest, one notification of theirs. */
    /** Kiểm tra đầu giờ: today's check form (the one-stop centre, on a phone). */
    dailyCheck: () => `${base}/kiem-tra-dau-gio`,
    /** The checks of a month ("2026-11"; the current month by default): the 30-day strip and each day's revisions. */
    dailyCheckHistory: (month?: string) => withQuery(`${base}/kiem-tra-dau-gio/lich-su`, { thang: month }),
    /** One day's check with all its submissions ("2026-11-20"). */
    dailyCheckDay: (day: string) => `${base}/kiem-tra-dau-gio/lich-su/${day}`,
    /** The checklist's items and the centre's unit (the standing office). */
    checklist: () => `${base}/kiem-tra-dau-gio/danh-muc`,
    incidents: (q: IncidentListQuery = {}) => withQuery(`${base}/su-co`, { "trang-thai": q.status, "muc-do": q.severity }),
    /** The report form, prefilled with a checklist item when given. */
    newIncident: (q: { itemId?: string } = {}) => withQuery(`${base}/su-co/moi`, { "hang-muc": q.itemId }),
    incident: (incidentId: string) => `${base}/su-co/${incidentId}`,
    weeklyDigest: (notificationId: string) => `${base}/tong-hop-tuan/${notificationId}`,
    confirmReported: (q: ReportQuery & { unitId?: string } = {}) =>
      withQuery(`${reports}/xac-nhan`, { "ke-hoach": q.planId, ky: q.periodKey, "don-vi": q.unitId }),
    admin: {
      units: () => admin,
      unit: (unitId: string) => `${admin}/don-vi/${unitId}`,
      users: () => `${admin}/nguoi-dung`,
      settings: () => `${admin}/cai-dat`,
      /** "Kết nối hệ thống": the API tokens of the commune's accounts. */
      apiTokens: () => `${admin}/ket-noi`,
      user: (userId: string) => `${admin}/nguoi-dung/${userId}`,
      audit: (q: AuditQuery = {}) =>
        withQuery(`${admin}/nhat-ky`, { "hanh-dong": q.action, nguoi: q.actorId, tu: q.from, den: q.to, trang: q.page }),
    },
  };
}

export type CommuneRoutes = ReturnType<typeof communeRoutes>;

/** The province's own pages (its plans and their roll-up), under /tinh/<provinceId>. */
function provinceRoutes(provinceId: string) {
  const plans = `/tinh/${provinceId}/ke-hoach`;
  return {
    /** The province's plans (and "Tạo kế hoạch", "Nhập từ văn bản" for its coordinators). */
    plans: () => plans,
    newPlan: () => `${plans}/moi`,
    importPlan: () => `${plans}/nhap`,
    /** One plan's working copy: tasks, KPIs, targets, versions and publishing. */
    plan: (planId: string) => `${plans}/${planId}`,
    /** Publishing the working copy as a new version (what changed, to which communes) and the versions so far. */
    publish: (planId: string) => `${plans}/${planId}/ban-hanh`,
    /** The roll-up of a plan by province task: status counts, laggards, KPI distribution. */
    rollup: (planId: string) => `${plans}/${planId}/tong-hop`,
    /** One province task across the communes (each commune's status, drill-down links). */
    rollupTask: (planId: string, taskId: string) => `${plans}/${planId}/tong-hop/${taskId}`,
    /** The roll-up as an XLSX file (a route handler). */
    rollupExport: (planId: string) => `${plans}/${planId}/tong-hop/xuat-excel`,
    /** Open IT incidents of the province's communes (the province support team). */
    incidents: () => `/tinh/${provinceId}/su-co`,
  };
}

export type ProvinceRoutes = ReturnType<typeof provinceRoutes>;

export const routes = {
  home: () => "/",
  login: (callbackUrl?: string) => withQuery("/login", { callbackUrl }),
  /** The communes of a province (or, for an admin, of the country). */
  provinceOverview: (q: ProvinceOverviewQuery = {}) =>
    withQuery("/xa-phuong", { q: q.q, tinh: q.provinceId, "sap-xep": q.sort, chieu: q.dir }),
  /** The province table as on screen (same query), as an XLSX file (a route handler). */
  provinceOverviewExport: (q: ProvinceOverviewQuery = {}) =>
    withQuery("/xa-phuong/xuat-excel", { q: q.q, tinh: q.provinceId, "sap-xep": q.sort, chieu: q.dir }),
  indicatorCatalog: () => "/danh-muc-chi-tieu",
  /** The national indicator codes (QCVN 125 data packet) of the catalog KPIs: admins edit them. */
  kpiNationalCodes: () => "/danh-muc-chi-tieu/ma-quoc-gia",
  /** Every API token (admins): province and admin accounts' tokens are created here. */
  apiTokens: () => "/quan-tri/ket-noi",
  /** The API's machine-readable description (no sign-in) and its reference page. */
  openApi: () => "/api/v1/openapi.json",
  apiDocs: () => "/api/v1/docs",
  /** The signed-in user's own notifications (the bell's "Xem tất cả"); `before` pages to older ones. */
  notifications: (q: NotificationListQuery = {}) => withQuery("/thong-bao", { loc: q.unread ? "chua-doc" : undefined, truoc: q.before }),
  /** The outbox's messages that failed every try, and those being retried ("Thư chưa gửi được"). */
  failedMessages: () => "/quan-tri/thu-chua-gui",
  /** The signed-in user's own notification preferences (the e-mails link here: PREFERENCES_PATH). */
  notificationPreferences: () => "/tai-khoan/thong-bao",
  /** "Tài khoản của tôi": name and title, password, signed-in devices, second factor. */
  account: () => "/tai-khoan",
  /** Choosing a new password (forced after an admin-set password; also reached from the account page). */
  changePassword: () => "/tai-khoan/doi-mat-khau",
  /** Turning on two-factor sign-in: QR code, first code, recovery codes. */
  twoFactorSetup: () => "/tai-khoan/xac-thuc-hai-buoc",
  /** A new account's activation link (single use, 7 days): the person sets their own password. */
  activate: (token: string) => `/kich-hoat/${token}`,
  /** "Quên mật khẩu": asks for the username or e-mail and sends a link when SMTP is configured. */
  forgotPassword: () => "/quen-mat-khau",
  /** The link of a "Quên mật khẩu" e-mail (single use, 30 minutes). */
  resetPassword: (token: string) => `/dat-lai-mat-khau/${token}`,
  /** Provinces and their communes (admins): create and edit, with their official codes. */
  tenants: () => "/quan-tri/dia-ban",
  /** Bulk onboarding from an XLSX/CSV file: upload, preview, apply. */
  onboarding: () => "/quan-tri/khoi-tao",
  /** The onboarding file's template (a route handler, XLSX). */
  onboardingTemplate: () => "/quan-tri/khoi-tao/mau",
  /** The standard units every new commune gets (admins edit the list). */
  unitTemplate: () => "/quan-tri/mau-don-vi",
  /** Province and admin accounts (admins): create, edit, reset password or second factor. */
  systemAccounts: () => "/quan-tri/tai-khoan",
  /** The portal's security settings (admins): the two-factor grace period. */
  securitySettings: () => "/quan-tri/bao-mat",
  /** The country's official days off, one year at a time. */
  holidays: (year?: number) => withQuery("/ngay-nghi-le", { nam: year }),
  /** An evidence file or other attachment (a route handler). */
  file: (attachmentId: string) => `/api/files/${attachmentId}`,
  /** Liveness (no database, no store): for a proxy, an orchestrator and the benchmark's trivial route. */
  health: () => "/api/health",
  /** Readiness: 200 when the database and the file store answer, else 503 naming which failed. */
  ready: () => "/api/ready",
  /** Evidence uploaded ahead of its form (lib/uploads/receive.ts). */
  uploads: (communeId: string) => withQuery("/api/uploads", { communeId }),
  /** One of the user's own uploads not yet sent with a form: DELETE frees it ("Bỏ tệp", lib/uploads/discard.ts). */
  upload: (uploadId: string) => `/api/uploads/${encodeURIComponent(uploadId)}`,
  /** next-auth's catch-all route handler. */
  auth: (action: "session" | "csrf" | "signout" | "callback/credentials") => `/api/auth/${action}`,
  commune: communeRoutes,
  province: provinceRoutes,
};
