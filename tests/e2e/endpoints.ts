// THE list of the portal's HTTP endpoints, for the access-control matrix (access-matrix.spec.ts):
// every page, route handler (per method) and server action, how to call it for a target commune, and
// what each actor must get. The spec fails for an endpoint on disk or in the build that is not listed
// here, so a new endpoint cannot ship without its expectations.
//
// Expectations are written from the intended rules (docs/architecture.md#roles, lib/auth/permissions.ts),
// not recorded from the app: ADMIN everything; PROVINCE reads its province's communes (finalised
// reports only), edits nothing but the escalated IT incidents of its communes; CHAIR reads its commune, gives directions, signs reports;
// COORDINATOR (Phòng VH-XH) manages plans, tasks, KPIs, units, users, compiles reports; UNIT_STAFF
// reports on the tasks its unit leads, contributes where it supports, enters its KPIs' values.
// A commune the actor may not see is "not found" (ids of other tenants reveal nothing); a commune it
// sees but may not change is "forbidden" (server actions too: the commune is checked before the role).
import { addDays, localDateKey } from "@/lib/dates";
import type { Facts, Ids } from "./matrix-world";
import { MARK, planDraft } from "./matrix-world";

/** The demo accounts of Phường Hải An, its province's account and the admin (tests/e2e/accounts.ts), or nobody. */
export const ACTORS = ["anon", "admin", "province", "provinceCoordinator", "chair", "coordinator", "staffOffice", "staffCenter"] as const;
export type Actor = (typeof ACTORS)[number];
type SignedIn = Exclude<Actor, "anon">;

/** Phường Hải An (the actors' own), Phường Thạch Khôi (same province), Xã Hà Long (another province). */
export const TARGETS = ["own", "sibling", "foreign"] as const;
export type Target = (typeof TARGETS)[number];

const ROLE: Record<SignedIn, "ADMIN" | "PROVINCE" | "CHAIR" | "COORDINATOR" | "UNIT_STAFF"> = {
  admin: "ADMIN",
  province: "PROVINCE",
  provinceCoordinator: "PROVINCE",
  chair: "CHAIR",
  coordinator: "COORDINATOR",
  staffOffice: "UNIT_STAFF",
  staffCenter: "UNIT_STAFF",
};

type Rule = (a: SignedIn, t: Target) => boolean;

/** docs/architecture.md#roles scope: ADMIN the whole system, PROVINCE its province's communes, the others their commune. */
export function sees(a: Actor, t: Target): boolean {
  if (a === "anon") return false;
  if (a === "admin") return true;
  if (isProvinceAccount(a)) return t !== "foreign";
  return t === "own";
}

/** The province's accounts: the read-only one (tinh.haiphong) and its plan coordinator (kehoach.haiphong). */
function isProvinceAccount(a: Actor): boolean {
  return a === "province" || a === "provinceCoordinator";
}

const ownCommune =
  (...who: SignedIn[]): Rule =>
  (a, t) =>
    t === "own" && who.includes(a);
const isStaff = (a: SignedIn) => ROLE[a] === "UNIT_STAFF";

const can = {
  read: sees as Rule,
  /** The dashboard and the reports are the leaders', the province's and the admin's; staff have their task list. */
  readReports: ((a, t) => sees(a, t) && !isStaff(a)) as Rule,
  /** A draft is the commune's working paper: not the province's. */
  readDraft: ((a, t) => sees(a, t) && !isStaff(a) && !isProvinceAccount(a)) as Rule,
  /**
   * A province's plans (targets own and sibling are Hải Phòng, foreign is Thanh Hóa): read by the
   * admin and the province's accounts, written by the admin and the province's plan coordinator.
   */
  readProvincePlans: ((a, t) => a === "admin" || (isProvinceAccount(a) && t !== "foreign")) as Rule,
  manageProvincePlans: ((a, t) => a === "admin" || (a === "provinceCoordinator" && t !== "foreign")) as Rule,
  /** Plans, tasks, KPI definitions, units, users, the audit log: the standing office and admins. */
  manage: ((a, t) => a === "admin" || (a === "coordinator" && t === "own")) as Rule,
  leaders: ownCommune("chair", "coordinator"),
  /** The task under test is led by the office (staffOffice) only. */
  leadUnit: ownCommune("staffOffice"),
  /** The contribution task is helped by the service centre (staffCenter) and by the offices' group, of which the office (staffOffice) is a member. */
  supportUnit: ownCommune("staffCenter", "staffOffice"),
  /** The KPI under test is the service centre's. */
  enterValue: ((a, t) => a === "admin" || (t === "own" && (a === "coordinator" || a === "staffCenter"))) as Rule,
  importValues: ((a, t) => sees(a, t) && (a === "admin" || a === "coordinator" || isStaff(a))) as Rule,
  ownStaff: ((a, t) => t === "own" && isStaff(a)) as Rule,
  /** Closing a period: a unit's own staff, or the standing office for a unit without an account ("báo cáo thay"). */
  closePeriod: ((a, t) => t === "own" && (isStaff(a) || a === "coordinator")) as Rule,
  chair: ownCommune("chair"),
  coordinator: ownCommune("coordinator"),
  /** The start-of-day check: the standing office and the service centre (staffCenter), not another unit. */
  runCheck: ownCommune("coordinator", "staffCenter"),
  /** Anyone of the commune reports an IT incident. */
  reportIncident: ownCommune("chair", "coordinator", "staffOffice", "staffCenter"),
  /**
   * Moving an escalated incident: the commune side (standing office, centre) and the province support
   * team (the province's accounts; the incident under test is escalated in every commune).
   */
  moveIncident: ((a, t) =>
    (t === "own" && (a === "coordinator" || a === "staffCenter")) || (isProvinceAccount(a) && t !== "foreign")) as Rule,
  /** Evidence uploaded ahead of its form: anyone of the commune, the province team (escalated incidents), the admin. */
  uploadEvidence: ((a, t) => a === "admin" || (t === "own" && !isProvinceAccount(a)) || (isProvinceAccount(a) && t !== "foreign")) as Rule,
  /** Comments on an escalated incident: anyone of the commune and the province team. */
  commentIncident: ((a, t) => (t === "own" && !isProvinceAccount(a) && a !== "admin") || (isProvinceAccount(a) && t !== "foreign")) as Rule,
};

// ---------------------------------------------------------------------------------------------
// Outcomes

/** "home": redirected to the actor's start page; "tasks": redirected to the commune's task list. */
export type PageOutcome = "200" | "404" | "login" | "home" | "tasks";
export type RouteOutcome = "200" | "400" | "401" | "404" | "redirect";
export type ActionOutcome = "allow" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

function page(rule: Rule): (a: Actor, t: Target) => PageOutcome {
  return (a, t) => (a === "anon" ? "login" : rule(a, t) ? "200" : "404");
}

function download(rule: Rule): (a: Actor, t: Target) => RouteOutcome {
  return (a, t) => (a === "anon" ? "401" : rule(a, t) ? "200" : "404");
}

/**
 * A commune's action: the commune first (one the actor may not see is "not found", whatever the
 * role), then the roles its permission lets through (its gate), then the rule on the target.
 */
function action(gate: SignedIn[], rule: Rule): (a: Actor, t: Target) => ActionOutcome {
  return (a, t) => {
    if (a === "anon") return "UNAUTHENTICATED";
    if (!sees(a, t)) return "NOT_FOUND";
    if (!gate.includes(a)) return "FORBIDDEN";
    return rule(a, t) ? "allow" : "FORBIDDEN";
  };
}

/**
 * A province's action (its plans): the province first (one the actor may not see is "not found",
 * commune accounts see none), then the accounts its permission lets through.
 */
function provinceAction(gate: SignedIn[]): (a: Actor, t: Target) => ActionOutcome {
  return (a, t) => {
    if (a === "anon") return "UNAUTHENTICATED";
    if (!can.readProvincePlans(a, t)) return "NOT_FOUND";
    return gate.includes(a) ? "allow" : "FORBIDDEN";
  };
}

/** An action about no commune (the country's catalog): only the roles its permission lets through. */
function userAction(gate: SignedIn[]): (a: Actor) => ActionOutcome {
  return (a) => (a === "anon" ? "UNAUTHENTICATED" : gate.includes(a) ? "allow" : "FORBIDDEN");
}

const STAFF: SignedIn[] = ["staffOffice", "staffCenter"];
const LEADERS: SignedIn[] = ["chair", "coordinator"];
const MANAGERS: SignedIn[] = ["admin", "coordinator"];

// ---------------------------------------------------------------------------------------------
// Entries

type Base = {
  /** The route as the file system names it: "/c/[communeId]/nhiem-vu", or lib/x/actions.ts#name. */
  route: string;
  /** When one route is called several ways (a draft and a signed report, an intent of a form). */
  variant?: string;
  /** Target communes the endpoint is called for; one for endpoints that are not about a commune. */
  targets: readonly Target[];
};

export type PageEntry = Base & { kind: "page"; url: (i: Ids) => string; expect: (a: Actor, t: Target) => PageOutcome };

export type RouteEntry = Base & {
  kind: "route";
  method: "GET" | "POST" | "DELETE";
  url: (i: Ids) => string;
  form?: Record<string, string>;
  /** Sent with the portal's own Origin, as a browser's script does (routes that refuse other sites). */
  sameOrigin?: boolean;
  expect: (a: Actor, t: Target) => RouteOutcome;
};

export type FieldValue = string | File;
export type Fields = Record<string, FieldValue | FieldValue[]>;
type Payload = (i: Ids, f: Facts) => Fields;

/** What an allowed call returns: the forms below pass the permission checks but change nothing. */
export type AllowCode = "ok" | "VALIDATION" | "CONFLICT" | "DUPLICATE";

export type ActionEntry = Base & {
  kind: "action";
  file: string;
  exportedName: string;
  /** The page the form lives on (the action is posted there, as the browser does). */
  page: (i: Ids) => string;
  /**
   * A valid form: it would write if the checks let it through. Sent for every refused cell and for
   * the id swaps, never for an allowed one.
   */
  valid: Payload;
  /** A form that passes the permission checks but changes nothing durable. */
  harmless: Payload;
  allowCodes: readonly AllowCode[];
  /** Extra condition on an allowed result's data. */
  allowData?: (data: Record<string, unknown>) => boolean;
  expect: (a: Actor, t: Target) => ActionOutcome;
};

export type Entry = PageEntry | RouteEntry | ActionEntry;

const ALL = TARGETS;
const NONE: readonly Target[] = ["own"];
/** A version nobody has: the write is refused as a conflict after every permission check. */
const STALE = "987654";
/** A reporting-period key that does not exist: refused after the permission checks. */
const NO_PERIOD = "M-1999-13";
const c = (i: Ids) => `/c/${i.communeId}`;
/** A link token of the right shape that no account holds: the link pages answer "used or expired". */
const UNKNOWN_LINK = "A".repeat(43);

/** A Windows executable named like a PDF: refused by the evidence check, which runs after the permission checks. */
const badEvidence = () =>
  new File([new Uint8Array([0x4d, 0x5a, ...new Array<number>(200).fill(0x90)])], "bien-ban.pdf", { type: "application/pdf" });
const textFile = (name: string, text: string) => new File([text], name, { type: "text/plain" });

// Pages ---------------------------------------------------------------------------------------

const reportPage = (suffix: string): PageEntry[] => [
  {
    kind: "page",
    route: `/c/[communeId]/bao-cao/[reportId]${suffix}`,
    variant: "đã ký",
    targets: ALL,
    url: (i) => `${c(i)}/bao-cao/${i.reportFinalId}${suffix}`,
    expect: page(can.readReports),
  },
  {
    kind: "page",
    route: `/c/[communeId]/bao-cao/[reportId]${suffix}`,
    variant: "dự thảo",
    targets: ALL,
    url: (i) => `${c(i)}/bao-cao/${i.reportDraftId}${suffix}`,
    expect: page(can.readDraft),
  },
];

const HOME = (a: Actor): PageOutcome => (a === "anon" ? "login" : "home");

export const PAGES: PageEntry[] = [
  { kind: "page", route: "/", targets: NONE, url: () => "/", expect: HOME },
  { kind: "page", route: "/login", targets: NONE, url: () => "/login", expect: (a) => (a === "anon" ? "200" : "home") },
  {
    kind: "page",
    route: "/xa-phuong",
    // ?tinh= picks the province for an admin; a province user sees its own whatever the URL says.
    targets: ALL,
    url: (i) => `/xa-phuong?tinh=${i.provinceId}`,
    expect: page((a) => a === "admin" || isProvinceAccount(a)),
  },
  { kind: "page", route: "/danh-muc-chi-tieu", targets: NONE, url: () => "/danh-muc-chi-tieu", expect: page((a) => a === "admin") },
  // One's own notifications: every signed-in user, rows chosen by the session's user id.
  { kind: "page", route: "/thong-bao", targets: NONE, url: () => "/thong-bao", expect: (a) => (a === "anon" ? "login" : "200") },
  { kind: "page", route: "/quan-tri/thu-chua-gui", targets: NONE, url: () => "/quan-tri/thu-chua-gui", expect: page((a) => a === "admin") },
  { kind: "page", route: "/ngay-nghi-le", targets: NONE, url: () => "/ngay-nghi-le?nam=2026", expect: page((a) => a === "admin") },
  // One's own notification preferences: every signed-in account.
  { kind: "page", route: "/tai-khoan/thong-bao", targets: NONE, url: () => "/tai-khoan/thong-bao", expect: page(() => true) },
  {
    kind: "page",
    route: "/c/[communeId]",
    targets: ALL,
    url: (i) => `${c(i)}?ke-hoach=${i.planId}&don-vi=${i.unitId}`,
    expect: (a, t) => (a === "anon" ? "login" : !sees(a, t) ? "404" : isStaff(a) ? "tasks" : "200"),
  },
  {
    kind: "page",
    route: "/c/[communeId]/nhiem-vu",
    targets: ALL,
    url: (i) => `${c(i)}/nhiem-vu?ke-hoach=${i.planId}&don-vi=${i.unitId}`,
    expect: page(can.read),
  },
  {
    kind: "page",
    route: "/c/[communeId]/nhiem-vu/[taskId]",
    targets: ALL,
    url: (i) => `${c(i)}/nhiem-vu/${i.taskId}`,
    expect: page(can.read),
  },
  {
    // A weekly digest opens for the chair it was sent to only; the matrix's notification belongs to
    // nobody it acts as (and is no digest): "not found" for everyone signed in.
    kind: "page",
    route: "/c/[communeId]/tong-hop-tuan/[notificationId]",
    targets: ALL,
    url: (i) => `${c(i)}/tong-hop-tuan/${i.notificationId}`,
    expect: (a) => (a === "anon" ? "login" : "404"),
  },
  {
    kind: "page",
    route: "/c/[communeId]/nhiem-vu/[taskId]/sua",
    targets: ALL,
    url: (i) => `${c(i)}/nhiem-vu/${i.taskId}/sua`,
    expect: page(can.manage),
  },
  { kind: "page", route: "/c/[communeId]/ke-hoach", targets: ALL, url: (i) => `${c(i)}/ke-hoach`, expect: page(can.read) },
  {
    kind: "page",
    route: "/c/[communeId]/ke-hoach/[planId]",
    targets: ALL,
    url: (i) => `${c(i)}/ke-hoach/${i.planId}`,
    expect: page(can.read),
  },
  { kind: "page", route: "/c/[communeId]/ke-hoach/nhap", targets: ALL, url: (i) => `${c(i)}/ke-hoach/nhap`, expect: page(can.manage) },
  {
    kind: "page",
    route: "/c/[communeId]/ke-hoach/nhap/[importId]",
    targets: ALL,
    url: (i) => `${c(i)}/ke-hoach/nhap/${i.importDraftId}`,
    expect: page(can.manage),
  },
  {
    kind: "page",
    route: "/c/[communeId]/chi-tieu",
    targets: ALL,
    url: (i) => `${c(i)}/chi-tieu?ke-hoach=${i.planId}&don-vi=${i.centerUnitId}`,
    expect: page(can.read),
  },
  {
    kind: "page",
    route: "/c/[communeId]/chi-tieu/[indicatorId]",
    targets: ALL,
    url: (i) => `${c(i)}/chi-tieu/${i.indicatorId}`,
    expect: page(can.read),
  },
  {
    kind: "page",
    route: "/c/[communeId]/chi-tieu/[indicatorId]/sua",
    targets: ALL,
    url: (i) => `${c(i)}/chi-tieu/${i.indicatorId}/sua`,
    expect: page(can.manage),
  },
  {
    kind: "page",
    route: "/c/[communeId]/chi-tieu/moi",
    targets: ALL,
    url: (i) => `${c(i)}/chi-tieu/moi?plan=${i.planId}`,
    expect: page(can.manage),
  },
  {
    kind: "page",
    route: "/c/[communeId]/chi-tieu/nhap",
    targets: ALL,
    url: (i) => `${c(i)}/chi-tieu/nhap`,
    expect: page(can.importValues),
  },
  {
    kind: "page",
    route: "/c/[communeId]/bao-cao",
    targets: ALL,
    url: (i) => `${c(i)}/bao-cao?ke-hoach=${i.planId}`,
    expect: page(can.readReports),
  },
  {
    kind: "page",
    route: "/c/[communeId]/bao-cao/xac-nhan",
    targets: ALL,
    url: (i) => `${c(i)}/bao-cao/xac-nhan?ke-hoach=${i.planId}`,
    expect: page(can.closePeriod),
  },
  ...reportPage(""),
  ...reportPage("/in"),
  { kind: "page", route: "/c/[communeId]/quan-tri", targets: ALL, url: (i) => `${c(i)}/quan-tri`, expect: page(can.manage) },
  {
    kind: "page",
    route: "/c/[communeId]/quan-tri/don-vi/[unitId]",
    targets: ALL,
    url: (i) => `${c(i)}/quan-tri/don-vi/${i.unitId}`,
    expect: page(can.manage),
  },
  {
    kind: "page",
    route: "/c/[communeId]/quan-tri/nguoi-dung",
    targets: ALL,
    url: (i) => `${c(i)}/quan-tri/nguoi-dung`,
    expect: page(can.manage),
  },
  {
    kind: "page",
    route: "/c/[communeId]/quan-tri/nguoi-dung/[userId]",
    targets: ALL,
    url: (i) => `${c(i)}/quan-tri/nguoi-dung/${i.userId}`,
    expect: page(can.manage),
  },
  {
    kind: "page",
    route: "/c/[communeId]/quan-tri/cai-dat",
    targets: ALL,
    url: (i) => `${c(i)}/quan-tri/cai-dat`,
    expect: page(can.manage),
  },
  {
    kind: "page",
    route: "/c/[communeId]/quan-tri/nhat-ky",
    targets: ALL,
    url: (i) => `${c(i)}/quan-tri/nhat-ky?nguoi=${i.userId}`,
    expect: page(can.manage),
  },
  // Kết nối hệ thống: the API tokens of the commune's accounts (its standing office and admins), of everyone (admins).
  {
    kind: "page",
    route: "/c/[communeId]/quan-tri/ket-noi",
    targets: ALL,
    url: (i) => `${c(i)}/quan-tri/ket-noi`,
    expect: page(can.manage),
  },
  { kind: "page", route: "/quan-tri/ket-noi", targets: NONE, url: () => "/quan-tri/ket-noi", expect: page((a) => a === "admin") },
  // The national codes of the catalog KPIs (the QCVN 125 packet): the catalog's, the admin's.
  {
    kind: "page",
    route: "/danh-muc-chi-tieu/ma-quoc-gia",
    targets: NONE,
    url: () => "/danh-muc-chi-tieu/ma-quoc-gia",
    expect: page((a) => a === "admin"),
  },
  // The province plans the commune carries out: its leaders, its province and admins read them.
  { kind: "page", route: "/c/[communeId]/ke-hoach-tinh", targets: ALL, url: (i) => `${c(i)}/ke-hoach-tinh`, expect: page(can.readReports) },
  ...provincePages(),
  ...operationsPages(),
  // Accounts (issue 23). One's own account: every signed-in user; the link pages and "Quên mật
  // khẩu": everyone, signed in or not (an unknown link shows the same "used or expired" page).
  { kind: "page", route: "/tai-khoan", targets: NONE, url: () => "/tai-khoan", expect: page(() => true) },
  { kind: "page", route: "/tai-khoan/doi-mat-khau", targets: NONE, url: () => "/tai-khoan/doi-mat-khau", expect: page(() => true) },
  {
    kind: "page",
    route: "/tai-khoan/xac-thuc-hai-buoc",
    targets: NONE,
    url: () => "/tai-khoan/xac-thuc-hai-buoc",
    expect: page(() => true),
  },
  { kind: "page", route: "/kich-hoat/[token]", targets: NONE, url: () => `/kich-hoat/${UNKNOWN_LINK}`, expect: () => "200" },
  { kind: "page", route: "/dat-lai-mat-khau/[token]", targets: NONE, url: () => `/dat-lai-mat-khau/${UNKNOWN_LINK}`, expect: () => "200" },
  { kind: "page", route: "/quen-mat-khau", targets: NONE, url: () => "/quen-mat-khau", expect: () => "200" },
  // Onboarding a province (provinces, communes, the units template, bulk files) and the province and
  // admin accounts, the two-factor grace: the admin's.
  { kind: "page", route: "/quan-tri/dia-ban", targets: NONE, url: () => "/quan-tri/dia-ban", expect: page((a) => a === "admin") },
  { kind: "page", route: "/quan-tri/mau-don-vi", targets: NONE, url: () => "/quan-tri/mau-don-vi", expect: page((a) => a === "admin") },
  { kind: "page", route: "/quan-tri/khoi-tao", targets: NONE, url: () => "/quan-tri/khoi-tao", expect: page((a) => a === "admin") },
  { kind: "page", route: "/quan-tri/tai-khoan", targets: NONE, url: () => "/quan-tri/tai-khoan", expect: page((a) => a === "admin") },
  { kind: "page", route: "/quan-tri/bao-mat", targets: NONE, url: () => "/quan-tri/bao-mat", expect: page((a) => a === "admin") },
];

/**
 * The one-stop centre: the check form is the standing office's and the centre's (another unit's staff
 * get a page saying who checks); its history, the incidents: whoever sees the commune; the checklist:
 * the managers; reporting an incident: the commune's own accounts; the province's list of open
 * incidents: whoever sees the province.
 */
function operationsPages(): PageEntry[] {
  const entry = (route: string, url: (i: Ids) => string, rule: Rule): PageEntry => ({
    kind: "page",
    route: `/c/[communeId]${route}`,
    targets: ALL,
    url: (i) => `${c(i)}${url(i)}`,
    expect: page(rule),
  });
  return [
    entry("/kiem-tra-dau-gio", () => "/kiem-tra-dau-gio", ownCommune("coordinator", "staffOffice", "staffCenter")),
    entry("/kiem-tra-dau-gio/lich-su", () => "/kiem-tra-dau-gio/lich-su?thang=2026-11", can.read),
    entry("/kiem-tra-dau-gio/lich-su/[day]", (i) => `/kiem-tra-dau-gio/lich-su/${i.checkDay}`, can.read),
    entry("/kiem-tra-dau-gio/danh-muc", () => "/kiem-tra-dau-gio/danh-muc", can.manage),
    entry("/su-co", () => "/su-co?trang-thai=all", can.read),
    entry("/su-co/moi", (i) => `/su-co/moi?hang-muc=${i.checkItemId}`, can.reportIncident),
    entry("/su-co/[incidentId]", (i) => `/su-co/${i.incidentId}`, can.read),
    {
      kind: "page",
      route: "/tinh/[provinceId]/su-co",
      targets: ALL,
      url: (i) => `/tinh/${i.provinceId}/su-co`,
      expect: page(can.readProvincePlans),
    },
  ];
}

/** The province's own pages, for the province of each target (Hải Phòng for own and sibling, Thanh Hóa for foreign). */
function provincePages(): PageEntry[] {
  const p = (i: Ids) => `/tinh/${i.provinceId}/ke-hoach`;
  const entry = (route: string, url: (i: Ids) => string, rule: Rule): PageEntry => ({
    kind: "page",
    route: `/tinh/[provinceId]/ke-hoach${route}`,
    targets: ALL,
    url,
    expect: page(rule),
  });
  return [
    entry("", p, can.readProvincePlans),
    entry("/moi", (i) => `${p(i)}/moi`, can.manageProvincePlans),
    entry("/nhap", (i) => `${p(i)}/nhap`, can.manageProvincePlans),
    entry("/[planId]", (i) => `${p(i)}/${i.provincePlanId}?nhiem-vu=${i.provinceTaskId}`, can.readProvincePlans),
    entry("/[planId]/ban-hanh", (i) => `${p(i)}/${i.provincePlanId}/ban-hanh`, can.readProvincePlans),
    entry("/[planId]/tong-hop", (i) => `${p(i)}/${i.provincePlanId}/tong-hop`, can.readProvincePlans),
    entry("/[planId]/tong-hop/[taskId]", (i) => `${p(i)}/${i.provincePlanId}/tong-hop/${i.provinceTaskId}`, can.readProvincePlans),
  ];
}

// Route handlers ------------------------------------------------------------------------------

const reportFile = (variant: string, format: string, rule: Rule, id: (i: Ids) => string): RouteEntry => ({
  kind: "route",
  route: "/c/[communeId]/bao-cao/[reportId]/tep/[format]",
  method: "GET",
  variant: `${variant} ${format}`,
  targets: ALL,
  url: (i) => `${c(i)}/bao-cao/${id(i)}/tep/${format}`,
  expect: download(rule),
});

/** API v1's operations with a commune or province in the path: a browser session is no token, so 401 for every actor. */
function apiRoutes(): RouteEntry[] {
  const commune = (i: Ids) => `/api/v1/communes/${i.communeId}`;
  const get = (route: string, url: (i: Ids) => string): RouteEntry => ({
    kind: "route",
    route,
    method: "GET",
    targets: ALL,
    url,
    expect: () => "401",
  });
  return [
    get("/api/v1/communes/[communeId]/plans", (i) => `${commune(i)}/plans`),
    get("/api/v1/communes/[communeId]/tasks", (i) => `${commune(i)}/tasks`),
    get("/api/v1/communes/[communeId]/tasks/[taskId]/updates", (i) => `${commune(i)}/tasks/${i.taskId}/updates`),
    get("/api/v1/communes/[communeId]/indicators", (i) => `${commune(i)}/indicators`),
    get("/api/v1/communes/[communeId]/indicators/[indicator]/values", (i) => `${commune(i)}/indicators/${i.indicatorId}/values`),
    get("/api/v1/communes/[communeId]/kpi-packet", (i) => `${commune(i)}/kpi-packet?period=M-2026-11`),
    get("/api/v1/communes/[communeId]/reports", (i) => `${commune(i)}/reports`),
    get("/api/v1/communes/[communeId]/reports/[reportId]/files/[format]", (i) => `${commune(i)}/reports/${i.reportFinalId}/files/docx`),
    get("/api/v1/provinces/[provinceId]/summary", (i) => `/api/v1/provinces/${i.provinceId}/summary`),
    {
      kind: "route",
      route: "/api/v1/communes/[communeId]/indicators/[indicator]/values",
      method: "POST",
      targets: ALL,
      url: (i) => `${commune(i)}/indicators/${i.indicatorId}/values`,
      form: { period: "2026-11", value: "50", source: MARK, externalId: MARK },
      expect: () => "401",
    },
  ];
}

export const ROUTES: RouteEntry[] = [
  // Health checks for proxies and orchestrators: public, nothing secret (docs/deployment.md).
  { kind: "route", route: "/api/health", method: "GET", targets: NONE, url: () => "/api/health", expect: () => "200" },
  { kind: "route", route: "/api/ready", method: "GET", targets: NONE, url: () => "/api/ready", expect: () => "200" },
  // Evidence uploaded ahead of its form: whoever may attach evidence in the commune (a form without
  // files is refused as such: 400); another commune's id is "not found".
  {
    kind: "route",
    route: "/api/uploads",
    method: "POST",
    targets: ALL,
    url: (i) => `/api/uploads?communeId=${i.communeId}`,
    form: { note: MARK },
    sameOrigin: true,
    expect: (a, t) => (a === "anon" ? "401" : can.uploadEvidence(a, t) ? "400" : "404"),
  },
  // "Bỏ tệp": only the uploader frees their own upload (the office staff's in Hải An); anyone else's,
  // like an unknown id, is "not found". The allowed cell really deletes it: run once per world.
  {
    kind: "route",
    route: "/api/uploads/[uploadId]",
    method: "DELETE",
    targets: ALL,
    url: (i) => `/api/uploads/${i.stagedUploadId}`,
    sameOrigin: true,
    expect: (a, t) => (a === "anon" ? "401" : a === "staffOffice" && t === "own" ? "200" : "404"),
  },
  {
    kind: "route",
    route: "/api/files/[attachmentId]",
    method: "GET",
    targets: ALL,
    url: (i) => `/api/files/${i.attachmentId}`,
    expect: download(can.read),
  },
  {
    kind: "route",
    route: "/c/[communeId]/chi-tieu/mau",
    method: "GET",
    targets: ALL,
    url: (i) => `${c(i)}/chi-tieu/mau?plan=${i.planId}`,
    expect: download(can.read),
  },
  reportFile("đã ký", "docx", can.readReports, (i) => i.reportFinalId),
  reportFile("đã ký", "xlsx", can.readReports, (i) => i.reportFinalId),
  reportFile("dự thảo", "docx", can.readDraft, (i) => i.reportDraftId),
  reportFile("dự thảo", "xlsx", can.readDraft, (i) => i.reportDraftId),
  // Spreadsheets of what a page shows, with the page's own gate.
  {
    kind: "route",
    route: "/c/[communeId]/nhiem-vu/xuat-excel",
    method: "GET",
    targets: ALL,
    url: (i) => `${c(i)}/nhiem-vu/xuat-excel`,
    expect: download(can.read),
  },
  {
    kind: "route",
    route: "/xa-phuong/xuat-excel",
    method: "GET",
    // ?tinh= picks the province for an admin; a province account gets its own whatever the URL says.
    targets: ALL,
    url: (i) => `/xa-phuong/xuat-excel?tinh=${i.provinceId}`,
    expect: download((a) => a === "admin" || isProvinceAccount(a)),
  },
  {
    kind: "route",
    route: "/tinh/[provinceId]/ke-hoach/[planId]/tong-hop/xuat-excel",
    method: "GET",
    targets: ALL,
    url: (i) => `/tinh/${i.provinceId}/ke-hoach/${i.provincePlanId}/tong-hop/xuat-excel`,
    expect: download(can.readProvincePlans),
  },
  // API v1: its description is public; its operations take a token only, so a browser session (any
  // actor's cookie) is answered 401 like no session at all (tests/integration/api-*.test.ts hold the
  // token matrix).
  { kind: "route", route: "/api/v1/openapi.json", method: "GET", targets: NONE, url: () => "/api/v1/openapi.json", expect: () => "200" },
  { kind: "route", route: "/api/v1/docs", method: "GET", targets: NONE, url: () => "/api/v1/docs", expect: () => "200" },
  { kind: "route", route: "/api/v1/communes", method: "GET", targets: NONE, url: () => "/api/v1/communes", expect: () => "401" },
  ...apiRoutes(),
  {
    kind: "route",
    route: "/api/v1/communes/[communeId]",
    method: "GET",
    targets: ALL,
    url: (i) => `/api/v1/communes/${i.communeId}`,
    expect: () => "401",
  },
  // next-auth: public by nature. The session endpoint answers everyone (with nothing for nobody); a
  // credentials POST without the CSRF token is sent back to the login page before any password check.
  { kind: "route", route: "/api/auth/[...nextauth]", method: "GET", targets: NONE, url: () => "/api/auth/session", expect: () => "200" },
  {
    kind: "route",
    route: "/api/auth/[...nextauth]",
    method: "POST",
    targets: NONE,
    url: () => "/api/auth/callback/credentials",
    form: { username: "admin", password: "khong-dung" },
    expect: () => "redirect",
  },
  // The onboarding file's template: the admin's.
  {
    kind: "route",
    route: "/quan-tri/khoi-tao/mau",
    method: "GET",
    targets: NONE,
    url: () => "/quan-tri/khoi-tao/mau",
    expect: download((a) => a === "admin"),
  },
];

// Server actions ------------------------------------------------------------------------------

const tasks = "lib/tasks/actions.ts";
const admin = "lib/admin/actions.ts";
const unitGroups = "lib/unit-groups/actions.ts";
const imports = "lib/import/actions.ts";
const indicators = "lib/indicators/actions.ts";
const plans = "lib/plans/actions.ts";
const reports = "lib/reports/actions.ts";
const extensions = "lib/tasks/extensions/actions.ts";
const communes = "lib/communes/actions.ts";
const provincePlans = "lib/province-plans/actions.ts";
const signIn = "lib/auth/sign-in-actions.ts";
const accountLinks = "lib/accounts/link-actions.ts";
const ownAccount = "lib/accounts/own-actions.ts";
const tenants = "lib/tenants/actions.ts";
const systemAccounts = "lib/system-accounts/actions.ts";
const publishing = "lib/province-plans/publish-actions.ts";
const mandates = "lib/mandates/actions.ts";
const apiTokens = "lib/api-tokens/actions.ts";
const dailyChecks = "lib/daily-checks/actions.ts";
const incidents = "lib/incidents/actions.ts";
const COMMUNE_ACCOUNTS: SignedIn[] = ["chair", "coordinator", "staffOffice", "staffCenter"];
/** canWorkOnIncidents: the commune's accounts and the province's (the row rule then decides). */
const INCIDENT_WORKERS: SignedIn[] = [...COMMUNE_ACCOUNTS, "province", "provinceCoordinator"];
const checklistPage = (i: Ids) => `${c(i)}/kiem-tra-dau-gio/danh-muc`;
const incidentPage = (i: Ids) => `${c(i)}/su-co/${i.incidentId}`;
/** A 1×1 PNG: a photo the evidence check accepts. */
const photo = () =>
  new File(
    [Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64")],
    "su-co.png",
    { type: "image/png" },
  );
/** A check form naming every item of the commune, the first one at fault. */
const checkResults = (i: Ids, f: Facts) =>
  JSON.stringify(
    [i.checkItemId, ...f.checkItemIds.filter((id) => id !== i.checkItemId)].map((itemId, n) => ({
      itemId,
      state: n === 0 ? "DOWN" : "OK",
      note: n === 0 ? MARK : "",
    })),
  );
/** Yesterday morning, local time: a "since when" the report form accepts. */
const sinceYesterday = () => `${addDays(localDateKey(new Date()), -1)}T09:00`;
const PROVINCE_WRITERS: SignedIn[] = ["admin", "provinceCoordinator"];

const provincePlanPage = (i: Ids) => `/tinh/${i.provinceId}/ke-hoach/${i.provincePlanId}`;
/** A province task's or KPI's row form: the plan's working-copy version is what makes it current. */
const provinceRef = (i: Ids, version: string, item: { taskId: string } | { indicatorId: string }): Fields => ({
  provinceId: i.provinceId,
  planId: i.provincePlanId,
  version,
  ...item,
});
const provinceTaskForm = (i: Ids, f: Facts, version: string): Fields => ({
  provinceId: i.provinceId,
  planId: i.provincePlanId,
  version,
  taskId: i.provinceTaskId,
  code: f.provinceTask.code,
  groupCode: "",
  groupTitle: "",
  title: f.provinceTask.title,
  description: MARK,
  expectedOutput: "",
  deadlineKind: "NONE",
  dueDate: "",
  deadlineText: "",
  leadText: "UBND các xã, phường",
  supportText: "",
  targetAll: "on",
  targetCommuneIds: [],
  adaptable: "",
});
const provinceIndicatorForm = (i: Ids, version: string): Fields => ({
  provinceId: i.provinceId,
  planId: i.provincePlanId,
  version,
  indicatorId: i.provinceIndicatorId,
  catalogCode: "",
  name: MARK,
  unit: "PERCENT",
  comparison: "GTE",
  measure: "DIRECT",
  target: "80",
  dueDate: "2026-12-31",
  numeratorLabel: "",
  denominatorLabel: "",
  method: "",
  frequency: "MONTHLY",
  targetAll: "on",
  targetCommuneIds: [],
});
const provincePlanFields = {
  number: "",
  title: `${MARK}: kế hoạch của tỉnh`,
  issuer: "",
  issuedDate: "",
  parentRefs: "",
  periodStart: "",
  periodEnd: "",
};

/** A valid "Lịch nhắc tự động" form (the defaults). */
const SCHEDULE = {
  reminderTime: "07:30",
  deadlineReminderDays: "7, 3, 1",
  overdueDigest: "on",
  periodReminderWorkingDays: "2",
  chairDigestWeekday: "1",
  chairDigestTime: "07:30",
  directionReminderDays: "2",
  quietStart: "21:00",
  quietEnd: "06:30",
};

const mandateAssign = (i: Ids): Fields => ({
  communeId: i.communeId,
  taskIds: [i.mandateTaskId],
  useProposals: "",
  leadUnitIds: [i.unitId],
  leadGroupIds: [],
  supportUnitIds: [],
  supportGroupIds: [],
});

const taskPage = (i: Ids) => `${c(i)}/nhiem-vu/${i.taskId}`;

const progress = (i: Ids, version: string): Fields => ({
  communeId: i.communeId,
  taskId: i.taskId,
  version,
  workStatus: "IN_PROGRESS",
  progress: "10",
  result: MARK,
  difficulties: "",
  proposals: "",
  completedDate: "",
});

const taskEdit = (i: Ids, f: Facts, version: string): Fields => ({
  communeId: i.communeId,
  taskId: i.taskId,
  version,
  title: f.task.title,
  expectedOutput: f.task.expectedOutput,
  deadlineKind: f.task.deadlineKind,
  dueDate: f.task.dueDate,
  deadlineText: f.task.deadlineText,
  leadUnitIds: [i.unitId],
  supportText: "",
  reason: MARK,
});

const userForm = (i: Ids, f: Facts, unitId: string): Fields => ({
  communeId: i.communeId,
  userId: i.userId,
  fullName: f.chairName,
  email: "",
  role: "CHAIR",
  unitId,
  active: "on",
});

const importForm = (i: Ids, f: Facts, importId: string): Fields => ({
  communeId: i.communeId,
  importId,
  draft: JSON.stringify(planDraft(f.communeName)),
});

const indicatorForm = (i: Ids, f: Facts, version: string): Fields => ({
  ...f.indicator.fields,
  communeId: i.communeId,
  planId: i.planId,
  indicatorId: i.indicatorId,
  version,
  responsibleUnitId: i.centerUnitId,
  taskIds: [i.taskId],
});

const valueForm = (i: Ids, f: Facts): Fields => ({
  communeId: i.communeId,
  indicatorId: i.indicatorId,
  periodKey: f.indicator.valuePeriodKey,
  ...(f.indicator.measure === "RATIO" ? { numerator: "5", denominator: "10" } : { value: f.indicator.unit === "COUNT" ? "5" : "50" }),
  sourceNote: MARK,
  correctionReason: MARK,
  baseRevision: f.indicator.fields.baseRevision,
});

const reportForm = (i: Ids, f: Facts, intent: string, version: string): Fields => ({
  communeId: i.communeId,
  reportId: i.reportDraftId,
  version,
  intent,
  intro: MARK,
  assessment: MARK,
  results: "",
  overdue: "",
  difficulties: "",
  proposals: "",
  priorities: "",
  closing: "",
  summary: MARK,
  place: "Kiểm thử",
  number: intent === "finalize" ? "901/BC-KTPQ" : "",
  issuedDate: intent === "finalize" ? f.reportPeriodKey.replace(/^M-(\d{4})-(\d{2})$/, "$1-$2-14") : "",
  signerMode: "TM",
  signerTitle: "CHỦ TỊCH",
  signerName: intent === "finalize" ? "Người Ký Thử" : "",
  recipients: "Lưu: VT",
});

type ActionSpec = Omit<ActionEntry, "kind" | "route" | "targets"> & { targets?: readonly Target[] };

function act(spec: ActionSpec): ActionEntry {
  return { kind: "action", route: `${spec.file}#${spec.exportedName}`, targets: ALL, ...spec };
}

export const ACTIONS: ActionEntry[] = [
  // The one-stop centre's checklist: the standing office and admins. An empty name, a direction that
  // is neither up nor down, an item id that is not one: refused after every permission check.
  act({
    file: dailyChecks,
    exportedName: "saveCheckItemAction",
    page: checklistPage,
    valid: (i) => ({ communeId: i.communeId, itemId: i.checkItemId, area: "", name: MARK, hint: "", critical: "" }),
    harmless: (i) => ({ communeId: i.communeId, itemId: i.checkItemId, area: "", name: "", hint: "", critical: "" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  ...(["archiveCheckItemAction", "restoreCheckItemAction"] as const).map((exportedName) =>
    act({
      file: dailyChecks,
      exportedName,
      page: checklistPage,
      valid: (i) => ({ communeId: i.communeId, itemId: i.checkItemId }),
      harmless: (i) => ({ communeId: i.communeId, itemId: "" }),
      allowCodes: ["VALIDATION"],
      expect: action(MANAGERS, can.manage),
    }),
  ),
  act({
    file: dailyChecks,
    exportedName: "moveCheckItemAction",
    page: checklistPage,
    valid: (i) => ({ communeId: i.communeId, itemId: i.checkItemId, direction: "down" }),
    harmless: (i) => ({ communeId: i.communeId, itemId: i.checkItemId, direction: "sideways" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: dailyChecks,
    exportedName: "setServiceCentreAction",
    page: checklistPage,
    valid: (i) => ({ communeId: i.communeId, unitId: i.centerUnitId }),
    harmless: (i) => ({ communeId: i.communeId, unitId: "không phải mã" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  // The start-of-day check: its gate lets the commune's standing office and unit staff in, the row
  // rule only the centre's staff (staffOffice is refused). No results at all: refused after the checks.
  act({
    file: dailyChecks,
    exportedName: "submitDailyCheckAction",
    page: (i) => `${c(i)}/kiem-tra-dau-gio`,
    valid: (i, f) => ({ communeId: i.communeId, expectedRevision: "0", results: checkResults(i, f), note: MARK }),
    harmless: (i) => ({ communeId: i.communeId, expectedRevision: "0", results: "[]", note: MARK }),
    allowCodes: ["VALIDATION"],
    expect: action(["coordinator", ...STAFF], can.runCheck),
  }),
  // IT incidents: reported by anyone of the commune; moved by the centre, the standing office and, on
  // an escalated incident, the province team; commented and given files by all of those and the chair.
  act({
    file: incidents,
    exportedName: "reportIncidentAction",
    page: (i) => `${c(i)}/su-co/moi`,
    valid: (i) => ({
      communeId: i.communeId,
      checkItemId: "",
      title: MARK,
      description: "",
      startedAt: sinceYesterday(),
      severity: "NORMAL",
      countersDown: "0",
      servicesAffected: "",
      dossiersAffected: "",
    }),
    harmless: (i) => ({
      communeId: i.communeId,
      checkItemId: "",
      title: "",
      description: MARK,
      startedAt: sinceYesterday(),
      severity: "NORMAL",
      countersDown: "0",
      servicesAffected: "",
      dossiersAffected: "",
    }),
    allowCodes: ["VALIDATION"],
    expect: action(COMMUNE_ACCOUNTS, can.reportIncident),
  }),
  act({
    file: incidents,
    exportedName: "moveIncidentAction",
    page: incidentPage,
    valid: (i, f) => ({
      communeId: i.communeId,
      incidentId: i.incidentId,
      move: "resolve",
      version: String(f.incidentVersion),
      note: MARK,
      cause: "",
      fix: "",
    }),
    harmless: (i) => ({
      communeId: i.communeId,
      incidentId: i.incidentId,
      move: "resolve",
      version: STALE,
      note: MARK,
      cause: "",
      fix: "",
    }),
    allowCodes: ["CONFLICT"],
    expect: action(INCIDENT_WORKERS, can.moveIncident),
  }),
  act({
    file: incidents,
    exportedName: "commentOnIncidentAction",
    page: incidentPage,
    valid: (i) => ({ communeId: i.communeId, incidentId: i.incidentId, note: MARK }),
    harmless: (i) => ({ communeId: i.communeId, incidentId: i.incidentId, note: "" }),
    allowCodes: ["VALIDATION"],
    expect: action(INCIDENT_WORKERS, can.commentIncident),
  }),
  act({
    file: incidents,
    exportedName: "attachToIncidentAction",
    page: incidentPage,
    valid: (i) => ({ communeId: i.communeId, incidentId: i.incidentId, files: [photo()] }),
    harmless: (i) => ({ communeId: i.communeId, incidentId: i.incidentId, files: [badEvidence()] }),
    allowCodes: ["VALIDATION"],
    expect: action(INCIDENT_WORKERS, can.commentIncident),
  }),
  // Province plans: the province's coordinator and admins write them; a stale working-copy version
  // (or an empty title, a file that is no plan) is refused after every permission check.
  act({
    file: provincePlans,
    exportedName: "createProvincePlanAction",
    page: (i) => `/tinh/${i.provinceId}/ke-hoach/moi`,
    valid: (i) => ({ provinceId: i.provinceId, ...provincePlanFields, signerName: "", signerTitle: "" }),
    harmless: (i) => ({ provinceId: i.provinceId, ...provincePlanFields, title: "", signerName: "", signerTitle: "" }),
    allowCodes: ["VALIDATION"],
    expect: provinceAction(PROVINCE_WRITERS),
  }),
  act({
    file: provincePlans,
    exportedName: "editProvincePlanAction",
    page: provincePlanPage,
    valid: (i, f) => ({
      provinceId: i.provinceId,
      planId: i.provincePlanId,
      version: String(f.provincePlanVersion),
      ...provincePlanFields,
    }),
    harmless: (i) => ({ provinceId: i.provinceId, planId: i.provincePlanId, version: STALE, ...provincePlanFields }),
    allowCodes: ["CONFLICT"],
    expect: provinceAction(PROVINCE_WRITERS),
  }),
  act({
    file: provincePlans,
    exportedName: "saveProvinceTaskAction",
    page: provincePlanPage,
    valid: (i, f) => provinceTaskForm(i, f, String(f.provincePlanVersion)),
    harmless: (i, f) => provinceTaskForm(i, f, STALE),
    allowCodes: ["CONFLICT"],
    expect: provinceAction(PROVINCE_WRITERS),
  }),
  ...(["deleteProvinceTaskAction", "withdrawProvinceTaskAction", "restoreProvinceTaskAction"] as const).map((exportedName) =>
    act({
      file: provincePlans,
      exportedName,
      page: provincePlanPage,
      valid: (i, f) => provinceRef(i, String(f.provincePlanVersion), { taskId: i.provinceTaskId }),
      harmless: (i) => provinceRef(i, STALE, { taskId: i.provinceTaskId }),
      allowCodes: ["CONFLICT", "VALIDATION"],
      expect: provinceAction(PROVINCE_WRITERS),
    }),
  ),
  act({
    file: provincePlans,
    exportedName: "saveProvinceIndicatorAction",
    page: provincePlanPage,
    valid: (i, f) => provinceIndicatorForm(i, String(f.provincePlanVersion)),
    harmless: (i) => provinceIndicatorForm(i, STALE),
    allowCodes: ["CONFLICT"],
    expect: provinceAction(PROVINCE_WRITERS),
  }),
  ...(["deleteProvinceIndicatorAction", "withdrawProvinceIndicatorAction"] as const).map((exportedName) =>
    act({
      file: provincePlans,
      exportedName,
      page: provincePlanPage,
      valid: (i, f) => provinceRef(i, String(f.provincePlanVersion), { indicatorId: i.provinceIndicatorId }),
      harmless: (i) => provinceRef(i, STALE, { indicatorId: i.provinceIndicatorId }),
      allowCodes: ["CONFLICT", "VALIDATION"],
      expect: provinceAction(PROVINCE_WRITERS),
    }),
  ),
  act({
    file: provincePlans,
    exportedName: "importProvincePlanAction",
    page: (i) => `/tinh/${i.provinceId}/ke-hoach/nhap`,
    valid: (i) => ({
      provinceId: i.provinceId,
      file: textFile("ke-hoach-tinh.txt", `${MARK}\n1. Nhiệm vụ\nChủ trì: UBND các xã, phường\nThời gian: Năm 2026`),
    }),
    harmless: (i) => ({ provinceId: i.provinceId, file: textFile("ghi-chu.txt", MARK) }),
    allowCodes: ["VALIDATION"],
    expect: provinceAction(PROVINCE_WRITERS),
  }),
  // Publishing a stale working copy is a conflict; "apply to the communes not yet reached" with every
  // commune up to date does nothing.
  act({
    file: publishing,
    exportedName: "publishPlanAction",
    page: (i) => `${provincePlanPage(i)}/ban-hanh`,
    valid: (i, f) => ({ provinceId: i.provinceId, planId: i.provincePlanId, version: String(f.provincePlanVersion), note: MARK }),
    harmless: (i) => ({ provinceId: i.provinceId, planId: i.provincePlanId, version: STALE, note: MARK }),
    allowCodes: ["CONFLICT"],
    expect: provinceAction(PROVINCE_WRITERS),
  }),
  act({
    file: publishing,
    exportedName: "applyPendingAction",
    page: (i) => `${provincePlanPage(i)}/ban-hanh`,
    valid: (i) => ({ provinceId: i.provinceId, planId: i.provincePlanId }),
    harmless: (i) => ({ provinceId: i.provinceId, planId: i.provincePlanId }),
    allowCodes: ["ok"],
    allowData: (d) => Array.isArray(d.communeIds) && d.communeIds.length === 0,
    expect: provinceAction(PROVINCE_WRITERS),
  }),
  // The commune's side of a province plan: its standing office and admins.
  act({
    file: mandates,
    exportedName: "assignMandatesAction",
    page: (i) => `${c(i)}/ke-hoach-tinh`,
    valid: (i, f) => ({ ...mandateAssign(i), versions: [String(f.mandateTaskVersion)] }),
    harmless: (i) => ({ ...mandateAssign(i), versions: [STALE] }),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: mandates,
    exportedName: "markMandateNotApplicableAction",
    page: (i) => `${c(i)}/ke-hoach-tinh`,
    valid: (i, f) => ({
      communeId: i.communeId,
      taskId: i.mandateTaskId,
      version: String(f.mandateTaskVersion),
      reason: `${MARK}: không phát sinh`,
    }),
    harmless: (i, f) => ({ communeId: i.communeId, taskId: i.mandateTaskId, version: String(f.mandateTaskVersion), reason: "ngắn" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: mandates,
    exportedName: "reopenMandateAction",
    page: (i) => `${c(i)}/ke-hoach-tinh`,
    valid: (i, f) => ({ communeId: i.communeId, taskId: i.mandateTaskId, version: String(f.mandateTaskVersion) }),
    // The task is open: reopening it is refused whatever the version.
    harmless: (i) => ({ communeId: i.communeId, taskId: i.mandateTaskId, version: STALE }),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: mandates,
    exportedName: "acknowledgeMandateChangesAction",
    page: (i) => `${c(i)}/ke-hoach-tinh`,
    valid: (i, f) => ({ communeId: i.communeId, provincePlanId: i.provincePlanId, appliedVersion: String(f.mandateAppliedVersion) }),
    harmless: (i) => ({ communeId: i.communeId, provincePlanId: i.provincePlanId, appliedVersion: STALE }),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: mandates,
    exportedName: "moveMandatePlanAction",
    page: (i) => `${c(i)}/ke-hoach-tinh`,
    valid: (i) => ({ communeId: i.communeId, provincePlanId: i.provincePlanId, targetPlanId: i.planId }),
    // Into the plan the tasks are already in: refused, nothing moves.
    harmless: (i) => ({ communeId: i.communeId, provincePlanId: i.provincePlanId, targetPlanId: i.mandatePlanId }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  // Deadline extensions: the lead unit asks (a date before the deadline, refused after the row
  // check, changes nothing); the chair decides (a refusal without its comment changes nothing).
  act({
    file: extensions,
    exportedName: "requestExtensionAction",
    page: taskPage,
    valid: (i) => ({ communeId: i.communeId, taskId: i.taskId, requestedDueDate: "2099-12-31", reason: MARK }),
    harmless: (i) => ({ communeId: i.communeId, taskId: i.taskId, requestedDueDate: "2000-01-01", reason: MARK }),
    allowCodes: ["VALIDATION"],
    expect: action(STAFF, can.leadUnit),
  }),
  act({
    file: extensions,
    exportedName: "decideExtensionAction",
    page: (i) => c(i),
    valid: (i) => ({ communeId: i.communeId, extensionId: i.extensionId, decision: "REFUSE", comment: MARK }),
    harmless: (i) => ({ communeId: i.communeId, extensionId: i.extensionId, decision: "REFUSE", comment: "" }),
    allowCodes: ["VALIDATION"],
    expect: action(["chair"], can.chair),
  }),
  act({
    file: communes,
    exportedName: "updateCommuneSettingsAction",
    page: (i) => `${c(i)}/quan-tri/cai-dat`,
    valid: (i) => ({ communeId: i.communeId, maxDeadlineExtensions: "3" }),
    harmless: (i) => ({ communeId: i.communeId, maxDeadlineExtensions: "99" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: communes,
    exportedName: "updateCommuneScheduleAction",
    page: (i) => `${c(i)}/quan-tri/cai-dat`,
    valid: (i) => ({ communeId: i.communeId, ...SCHEDULE }),
    harmless: (i) => ({ communeId: i.communeId, ...SCHEDULE, reminderTime: "25:00" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: communes,
    exportedName: "updateCommuneWebhookAction",
    page: (i) => `${c(i)}/quan-tri/cai-dat`,
    valid: (i) => ({ communeId: i.communeId, webhookUrl: "https://hook.example.vn/cds", webhookKinds: ["DIRECTION"] }),
    harmless: (i) => ({ communeId: i.communeId, webhookUrl: "http://hook.example.vn/cds", webhookKinds: [] }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  // The demo communes have no webhook: rotating or removing is refused after every check.
  act({
    file: communes,
    exportedName: "rotateWebhookSecretAction",
    page: (i) => `${c(i)}/quan-tri/cai-dat`,
    valid: (i) => ({ communeId: i.communeId }),
    harmless: (i) => ({ communeId: i.communeId }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: communes,
    exportedName: "removeCommuneWebhookAction",
    page: (i) => `${c(i)}/quan-tri/cai-dat`,
    valid: (i) => ({ communeId: i.communeId }),
    harmless: (i) => ({ communeId: i.communeId }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  // Tasks
  act({
    file: tasks,
    exportedName: "submitTaskUpdateAction",
    page: taskPage,
    valid: (i, f) => progress(i, String(f.taskVersion)),
    harmless: (i) => progress(i, STALE),
    allowCodes: ["CONFLICT"],
    expect: action(STAFF, can.leadUnit),
  }),
  act({
    file: tasks,
    exportedName: "submitContributionAction",
    page: (i) => `${c(i)}/nhiem-vu/${i.supportTaskId}`,
    valid: (i) => ({ communeId: i.communeId, taskId: i.supportTaskId, result: MARK, difficulties: "", proposals: "" }),
    harmless: (i) => ({ communeId: i.communeId, taskId: i.supportTaskId, result: MARK, files: [badEvidence()] }),
    allowCodes: ["VALIDATION"],
    expect: action(STAFF, can.supportUnit),
  }),
  act({
    file: tasks,
    exportedName: "giveDirectiveAction",
    page: taskPage,
    valid: (i) => ({ communeId: i.communeId, taskId: i.taskId, content: MARK, newDueDate: "", version: "" }),
    harmless: (i) => ({ communeId: i.communeId, taskId: i.taskId, content: MARK, newDueDate: "2026-12-31", version: STALE }),
    allowCodes: ["CONFLICT"],
    expect: action(LEADERS, can.leaders),
  }),
  act({
    file: tasks,
    exportedName: "markPartNotApplicableAction",
    page: (i) => `${c(i)}/nhiem-vu/${i.groupTaskId}`,
    valid: (i) => ({ communeId: i.communeId, taskId: i.groupTaskId, version: "0", reason: MARK }),
    harmless: (i) => ({ communeId: i.communeId, taskId: i.groupTaskId, version: STALE, reason: MARK }),
    allowCodes: ["CONFLICT"],
    expect: action(STAFF, can.leadUnit),
  }),
  act({
    file: tasks,
    exportedName: "reopenPartAction",
    page: (i) => `${c(i)}/nhiem-vu/${i.groupTaskId}`,
    valid: (i) => ({ communeId: i.communeId, taskId: i.groupTaskId, unitId: i.unitId, version: "0" }),
    // Outside Hải An the task has no parts: refused as such, after the permission checks.
    harmless: (i) => ({ communeId: i.communeId, taskId: i.groupTaskId, unitId: i.unitId, version: STALE }),
    allowCodes: ["CONFLICT", "VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: tasks,
    exportedName: "acknowledgeDirectiveAction",
    page: taskPage,
    valid: (i) => ({ communeId: i.communeId, directiveId: i.directiveId }),
    // Already acknowledged: the action answers ok and writes nothing.
    harmless: (i) => ({ communeId: i.communeId, directiveId: i.ackDirectiveId }),
    allowCodes: ["ok"],
    expect: action(STAFF, can.leadUnit),
  }),
  act({
    file: tasks,
    exportedName: "returnUpdateAction",
    page: taskPage,
    valid: (i) => ({ communeId: i.communeId, updateId: i.updateId, comment: MARK }),
    harmless: (i) => ({ communeId: i.communeId, updateId: i.returnedUpdateId, comment: MARK }),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: tasks,
    exportedName: "editTaskAction",
    page: (i) => `${taskPage(i)}/sua`,
    valid: (i, f) => taskEdit(i, f, String(f.taskVersion)),
    harmless: (i, f) => taskEdit(i, f, STALE),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  // Administration
  act({
    file: admin,
    exportedName: "createUnitAction",
    page: (i) => `${c(i)}/quan-tri`,
    valid: (i) => ({ communeId: i.communeId, name: MARK, shortName: "", kind: "OTHER" }),
    // Nothing can fail after the checks but the input itself: an unknown kind of unit.
    harmless: (i) => ({ communeId: i.communeId, name: MARK, shortName: "", kind: "KHONG_CO" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: admin,
    exportedName: "updateUnitAction",
    page: (i) => `${c(i)}/quan-tri/don-vi/${i.unitId}`,
    valid: (i, f) => ({ communeId: i.communeId, unitId: i.unitId, ...f.unit, active: "on" }),
    // The commune itself is not one of its units: refused after the checks.
    harmless: (i, f) => ({ communeId: i.communeId, unitId: i.communeId, ...f.unit, active: "on" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: unitGroups,
    exportedName: "createUnitGroupAction",
    page: (i) => `${c(i)}/quan-tri`,
    valid: (i) => ({ communeId: i.communeId, name: MARK, unitIds: [i.unitId] }),
    // The commune itself is not a unit a group may hold: refused after the checks.
    harmless: (i) => ({ communeId: i.communeId, name: MARK, unitIds: [i.communeId] }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  // The built-in group is the group every tenant has; changing or deleting it is refused after the
  // checks, so the same input is both the valid call and the harmless one.
  act({
    file: unitGroups,
    exportedName: "updateUnitGroupAction",
    page: (i) => `${c(i)}/quan-tri`,
    valid: (i) => ({ communeId: i.communeId, groupId: i.unitGroupId, version: "0", name: MARK, unitIds: [i.unitId] }),
    harmless: (i) => ({ communeId: i.communeId, groupId: i.unitGroupId, version: "0", name: MARK, unitIds: [i.unitId] }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: unitGroups,
    exportedName: "deleteUnitGroupAction",
    page: (i) => `${c(i)}/quan-tri`,
    valid: (i) => ({ communeId: i.communeId, groupId: i.unitGroupId, version: "0" }),
    harmless: (i) => ({ communeId: i.communeId, groupId: i.unitGroupId, version: "0" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: admin,
    exportedName: "createUserAction",
    page: (i) => `${c(i)}/quan-tri/nguoi-dung`,
    valid: (i) => ({
      communeId: i.communeId,
      username: "kiemthu.phanquyen",
      password: "Matkhau2025",
      fullName: MARK,
      email: "",
      role: "UNIT_STAFF",
      unitId: i.unitId,
    }),
    harmless: (i) => ({
      communeId: i.communeId,
      username: "admin",
      password: "Matkhau2025",
      fullName: MARK,
      email: "",
      role: "UNIT_STAFF",
      unitId: i.unitId,
    }),
    allowCodes: ["DUPLICATE"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: admin,
    exportedName: "updateUserAction",
    page: (i) => `${c(i)}/quan-tri/nguoi-dung/${i.userId}`,
    valid: (i, f) => userForm(i, f, ""),
    harmless: (i, f) => userForm(i, f, i.communeId),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: admin,
    exportedName: "resetPasswordAction",
    page: (i) => `${c(i)}/quan-tri/nguoi-dung/${i.userId}`,
    valid: (i) => ({ communeId: i.communeId, userId: i.userId }),
    // Every accepted reset writes a new password: only the input can be refused.
    harmless: (i) => ({ communeId: i.communeId, userId: "" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  // Plan import
  act({
    file: imports,
    exportedName: "uploadPlanAction",
    page: (i) => `${c(i)}/ke-hoach/nhap`,
    valid: (i) => ({ communeId: i.communeId, planId: i.planId, file: textFile("ke-hoach.txt", MARK) }),
    // Read after the checks: a text without tasks is refused.
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId, file: textFile("ke-hoach.txt", MARK) }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: imports,
    exportedName: "saveImportDraftAction",
    page: (i) => `${c(i)}/ke-hoach/nhap/${i.importDraftId}`,
    valid: (i, f) => importForm(i, f, i.importDraftId),
    harmless: (i, f) => importForm(i, f, i.importAppliedId),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: imports,
    exportedName: "applyImportAction",
    page: (i) => `${c(i)}/ke-hoach/nhap/${i.importDraftId}`,
    valid: (i, f) => importForm(i, f, i.importDraftId),
    harmless: (i, f) => importForm(i, f, i.importAppliedId),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: imports,
    exportedName: "discardImportAction",
    page: (i) => `${c(i)}/ke-hoach/nhap/${i.importDraftId}`,
    valid: (i) => ({ communeId: i.communeId, importId: i.importDraftId }),
    harmless: (i) => ({ communeId: i.communeId, importId: i.importAppliedId }),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  // Plans: archive / restore, number and date
  act({
    file: plans,
    exportedName: "archivePlanAction",
    page: (i) => `${c(i)}/ke-hoach/${i.planId}`,
    valid: (i) => ({ communeId: i.communeId, planId: i.planId }),
    // Archiving would hide the plan from every other test: an empty plan id is refused after the role check.
    harmless: (i) => ({ communeId: i.communeId, planId: "" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: plans,
    exportedName: "restorePlanAction",
    page: (i) => `${c(i)}/ke-hoach/${i.planId}`,
    valid: (i) => ({ communeId: i.communeId, planId: i.planId }),
    // The plan is not archived: restoring it is a conflict after every permission check.
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId }),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: plans,
    exportedName: "updatePlanDetailsAction",
    page: (i) => `${c(i)}/ke-hoach/${i.planId}`,
    valid: (i, f) => ({ communeId: i.communeId, planId: i.planId, version: String(f.planVersion), number: MARK, issuedDate: "" }),
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId, version: STALE, number: MARK, issuedDate: "" }),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  // KPIs
  act({
    file: indicators,
    exportedName: "saveIndicatorAction",
    page: (i) => `${c(i)}/chi-tieu/${i.indicatorId}/sua`,
    valid: (i, f) => indicatorForm(i, f, String(f.indicator.version)),
    harmless: (i, f) => indicatorForm(i, f, STALE),
    allowCodes: ["CONFLICT"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: indicators,
    exportedName: "deleteIndicatorAction",
    page: (i) => `${c(i)}/chi-tieu/${i.indicatorId}/sua`,
    valid: (i, f) => ({ communeId: i.communeId, indicatorId: i.indicatorId, version: String(f.indicator.version) }),
    // A KPI with values is never deleted; one without is a conflict at a stale version.
    harmless: (i) => ({ communeId: i.communeId, indicatorId: i.indicatorId, version: STALE }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: indicators,
    exportedName: "enterIndicatorValueAction",
    page: (i) => `${c(i)}/chi-tieu/${i.indicatorId}`,
    valid: valueForm,
    harmless: (i, f) => ({ ...valueForm(i, f), files: [badEvidence()] }),
    allowCodes: ["VALIDATION"],
    expect: action(["admin", "coordinator", ...STAFF], can.enterValue),
  }),
  act({
    file: indicators,
    exportedName: "importIndicatorValuesAction",
    page: (i) => `${c(i)}/chi-tieu/nhap`,
    valid: (i) => ({ communeId: i.communeId, planId: i.planId, mode: "apply", file: textFile("so-lieu.csv", "x") }),
    // Read after the checks: a file without value rows is refused.
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId, mode: "preview", file: textFile("so-lieu.csv", "x") }),
    allowCodes: ["VALIDATION"],
    expect: action(["admin", "coordinator", ...STAFF], can.importValues),
  }),
  act({
    file: indicators,
    exportedName: "saveCatalogEntryAction",
    targets: NONE,
    page: () => "/danh-muc-chi-tieu",
    valid: (_i, f) => ({ ...f.catalog, method: MARK }),
    harmless: (_i, f) => ({ ...f.catalog, name: "" }),
    allowCodes: ["VALIDATION"],
    expect: userAction(["admin"]),
  }),
  // API tokens: a commune's by its standing office and admins; anyone's by admins. A token of the
  // chair is the row the revokes are tried on; an empty name or token id is refused after the checks.
  act({
    file: apiTokens,
    exportedName: "createApiTokenAction",
    page: (i) => `${c(i)}/quan-tri/ket-noi`,
    valid: (i) => ({ communeId: i.communeId, userId: i.userId, name: MARK, scope: "READ", expires: "" }),
    harmless: (i) => ({ communeId: i.communeId, userId: i.userId, name: "", scope: "READ", expires: "" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: apiTokens,
    exportedName: "revokeApiTokenAction",
    page: (i) => `${c(i)}/quan-tri/ket-noi`,
    valid: (i) => ({ communeId: i.communeId, tokenId: i.apiTokenId }),
    harmless: (i) => ({ communeId: i.communeId, tokenId: "" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  act({
    file: apiTokens,
    exportedName: "createAnyApiTokenAction",
    targets: NONE,
    page: () => "/quan-tri/ket-noi",
    valid: (i) => ({ userId: i.userId, name: MARK, scope: "READ", expires: "" }),
    harmless: (i) => ({ userId: i.userId, name: "", scope: "READ", expires: "" }),
    allowCodes: ["VALIDATION"],
    expect: userAction(["admin"]),
  }),
  act({
    file: apiTokens,
    exportedName: "revokeAnyApiTokenAction",
    targets: NONE,
    page: () => "/quan-tri/ket-noi",
    valid: (i) => ({ tokenId: i.apiTokenId }),
    harmless: () => ({ tokenId: "" }),
    allowCodes: ["VALIDATION"],
    expect: userAction(["admin"]),
  }),
  // The national codes of the catalog KPIs: the admin's, like the catalog.
  act({
    file: indicators,
    exportedName: "saveKpiNationalCodeAction",
    targets: NONE,
    page: () => "/danh-muc-chi-tieu/ma-quoc-gia",
    valid: (_i, f) => ({ catalogCode: f.catalog.code!, nationalCode: "1.2.3", nationalName: MARK }),
    harmless: (_i, f) => ({ catalogCode: f.catalog.code!, nationalCode: "có dấu cách", nationalName: "" }),
    allowCodes: ["VALIDATION"],
    expect: userAction(["admin"]),
  }),
  // The holiday table: the country's, the admin's.
  act({
    file: "lib/calendar/actions.ts",
    exportedName: "saveHolidayAction",
    targets: NONE,
    page: () => "/ngay-nghi-le",
    valid: () => ({ mode: "create", date: "2031-03-03", name: "Ngày nghỉ thử", workingDay: "" }),
    harmless: () => ({ mode: "create", date: "2031-03-03", name: "", workingDay: "" }),
    allowCodes: ["VALIDATION"],
    expect: userAction(["admin"]),
  }),
  act({
    file: "lib/calendar/actions.ts",
    exportedName: "deleteHolidayAction",
    targets: NONE,
    page: () => "/ngay-nghi-le",
    valid: () => ({ date: "2026-09-02" }),
    harmless: () => ({ date: "2026-02-30" }),
    allowCodes: ["VALIDATION"],
    expect: userAction(["admin"]),
  }),
  // One's own preferences: every signed-in user, on their own row (a bad mode changes nothing).
  act({
    file: "lib/notifications/actions.ts",
    exportedName: "saveNotificationPreferencesAction",
    targets: NONE,
    page: () => "/tai-khoan/thong-bao",
    valid: () => ({ emailMode: "DAILY_DIGEST", emailMuted: ["REPORT_SIGNED"], inAppMuted: [] }),
    harmless: () => ({ emailMode: "WEEKLY", emailMuted: [], inAppMuted: [] }),
    allowCodes: ["VALIDATION"],
    expect: (a) => (a === "anon" ? "UNAUTHENTICATED" : "allow"),
  }),
  // Notifications: only the caller's own are marked; these belong to nobody the matrix acts as.
  act({
    file: "lib/notifications/actions.ts",
    exportedName: "markNotificationsReadAction",
    page: (i) => `${c(i)}/bao-cao`,
    valid: (i) => ({ notificationId: i.notificationId }),
    harmless: (i) => ({ notificationId: i.notificationId }),
    allowCodes: ["ok"],
    allowData: (d) => d.marked === 0,
    // About no commune: every signed-in user may call it, whichever notification id it sends.
    expect: (a) => (a === "anon" ? "UNAUTHENTICATED" : "allow"),
  }),
  // The outbox's failed messages ("Thư chưa gửi được"): the admin only. The matrix world has no
  // failed message of its own: an empty id is refused after the checks, and "all" resends what it finds.
  act({
    file: "lib/notifications/delivery/actions.ts",
    exportedName: "resendOutboxMessageAction",
    targets: NONE,
    page: () => "/quan-tri/thu-chua-gui",
    valid: () => ({ messageId: "cmoutboxmatrix000000000001" }),
    harmless: () => ({ messageId: "" }),
    allowCodes: ["VALIDATION"],
    expect: userAction(["admin"]),
  }),
  act({
    file: "lib/notifications/delivery/actions.ts",
    exportedName: "resendAllFailedAction",
    targets: NONE,
    page: () => "/quan-tri/thu-chua-gui",
    valid: () => ({}),
    harmless: () => ({}),
    allowCodes: ["ok"],
    // Usually 0; outbox.spec's own failed row may be there if it runs at the same moment (2 workers).
    allowData: (d) => typeof d.resent === "number",
    expect: userAction(["admin"]),
  }),
  // Reports
  act({
    file: reports,
    exportedName: "createReportDraftAction",
    page: (i) => `${c(i)}/bao-cao`,
    valid: (i, f) => ({ communeId: i.communeId, planId: i.planId, periodKey: f.reportPeriodKey }),
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId, periodKey: NO_PERIOD }),
    allowCodes: ["VALIDATION"],
    expect: action(LEADERS, can.leaders),
  }),
  act({
    file: reports,
    exportedName: "saveReportAction",
    variant: "save",
    page: (i) => `${c(i)}/bao-cao/${i.reportDraftId}`,
    valid: (i, f) => reportForm(i, f, "save", String(f.reportDraftVersion)),
    harmless: (i, f) => reportForm(i, f, "save", STALE),
    allowCodes: ["CONFLICT"],
    expect: action(LEADERS, can.leaders),
  }),
  act({
    file: reports,
    exportedName: "saveReportAction",
    variant: "submit",
    page: (i) => `${c(i)}/bao-cao/${i.reportDraftId}`,
    valid: (i, f) => reportForm(i, f, "submit", String(f.reportDraftVersion)),
    harmless: (i, f) => reportForm(i, f, "submit", STALE),
    allowCodes: ["CONFLICT"],
    expect: action(["coordinator"], can.coordinator),
  }),
  act({
    file: reports,
    exportedName: "saveReportAction",
    variant: "finalize",
    page: (i) => `${c(i)}/bao-cao/${i.reportDraftId}`,
    valid: (i, f) => reportForm(i, f, "finalize", String(f.reportDraftVersion)),
    // Without number and date the chair's signature is refused after the checks.
    harmless: (i, f) => ({ ...reportForm(i, f, "finalize", String(f.reportDraftVersion)), number: "", issuedDate: "" }),
    allowCodes: ["VALIDATION"],
    expect: action(["chair"], can.chair),
  }),
  act({
    file: reports,
    exportedName: "deleteReportDraftAction",
    page: (i) => `${c(i)}/bao-cao/${i.reportDraftId}`,
    valid: (i) => ({ communeId: i.communeId, reportId: i.reportDraftId }),
    // A signed report is never deleted: a conflict.
    harmless: (i) => ({ communeId: i.communeId, reportId: i.reportFinalId }),
    allowCodes: ["CONFLICT"],
    expect: action(LEADERS, can.leaders),
  }),
  act({
    file: reports,
    exportedName: "confirmReportedAction",
    page: (i) => `${c(i)}/bao-cao/xac-nhan`,
    valid: (i, f) => ({ communeId: i.communeId, planId: i.planId, periodKey: f.reportPeriodKey }),
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId, periodKey: NO_PERIOD }),
    allowCodes: ["VALIDATION"],
    expect: action(STAFF, can.ownStaff),
  }),
  act({
    file: reports,
    exportedName: "closePeriodAction",
    page: (i) => `${c(i)}/bao-cao/xac-nhan`,
    valid: (i, f) => ({ communeId: i.communeId, planId: i.planId, periodKey: f.reportPeriodKey, unitId: "", items: "[]" }),
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId, periodKey: NO_PERIOD, unitId: "", items: "[]" }),
    allowCodes: ["VALIDATION"],
    expect: action([...STAFF, "coordinator"], can.closePeriod),
  }),
  act({
    file: reports,
    exportedName: "remindUnitsAction",
    page: (i) => `${c(i)}/bao-cao`,
    valid: (i, f) => ({ communeId: i.communeId, planId: i.planId, periodKey: f.reportPeriodKey, unitIds: [i.unitId] }),
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId, periodKey: NO_PERIOD, unitIds: [i.unitId] }),
    allowCodes: ["VALIDATION"],
    expect: action(LEADERS, can.leaders),
  }),
  act({
    file: reports,
    exportedName: "setReportWeekStartAction",
    page: (i) => `${c(i)}/bao-cao`,
    valid: (i, f) => ({ communeId: i.communeId, planId: i.planId, reportWeekStart: String(f.reportWeekStart) }),
    // Every accepted value is written: only the input can be refused.
    harmless: (i) => ({ communeId: i.communeId, planId: i.planId, reportWeekStart: "9" }),
    allowCodes: ["VALIDATION"],
    expect: action(MANAGERS, can.manage),
  }),
  // Signing in (issue 23): public by nature. The password step answers a refusal for an empty form
  // (no attempt is counted); the enrolment's code, the link pages' passwords and "Quên mật khẩu"
  // refuse empty forms before anything is looked up.
  act({
    file: signIn,
    exportedName: "beginSignInAction",
    targets: NONE,
    page: () => "/login",
    valid: () => ({ username: "", password: "" }),
    harmless: () => ({ username: "", password: "" }),
    allowCodes: ["ok"],
    allowData: (d) => d.kind === "refused",
    expect: () => "allow",
  }),
  act({
    file: signIn,
    exportedName: "confirmEnrolmentAction",
    targets: NONE,
    page: () => "/login",
    valid: () => ({ ticket: "", code: "" }),
    harmless: () => ({ ticket: "", code: "" }),
    allowCodes: ["VALIDATION"],
    expect: () => "allow",
  }),
  act({
    file: accountLinks,
    exportedName: "activateAccountAction",
    targets: NONE,
    page: () => `/kich-hoat/${UNKNOWN_LINK}`,
    valid: () => ({ token: "", password: "", confirm: "" }),
    harmless: () => ({ token: "", password: "", confirm: "" }),
    allowCodes: ["VALIDATION"],
    expect: () => "allow",
  }),
  act({
    file: accountLinks,
    exportedName: "resetForgottenPasswordAction",
    targets: NONE,
    page: () => `/dat-lai-mat-khau/${UNKNOWN_LINK}`,
    valid: () => ({ token: "", password: "", confirm: "" }),
    harmless: () => ({ token: "", password: "", confirm: "" }),
    allowCodes: ["VALIDATION"],
    expect: () => "allow",
  }),
  act({
    file: accountLinks,
    exportedName: "requestPasswordResetAction",
    targets: NONE,
    page: () => "/quen-mat-khau",
    valid: () => ({ identifier: "" }),
    harmless: () => ({ identifier: "" }),
    allowCodes: ["VALIDATION"],
    expect: () => "allow",
  }),
  // One's own account: every signed-in user, on their own rows only (an empty form changes nothing).
  ...(
    [
      [accountLinks, "changeOwnPasswordAction", "/tai-khoan/doi-mat-khau", { currentPassword: "", password: "", confirm: "" }],
      [ownAccount, "updateOwnProfileAction", "/tai-khoan", { fullName: "", officialName: "", jobTitle: "" }],
      [ownAccount, "endOwnSessionAction", "/tai-khoan", { sessionId: "" }],
      [ownAccount, "endOtherSessionsAction", "/tai-khoan", { currentSessionId: "" }],
      [ownAccount, "enableTwoFactorAction", "/tai-khoan/xac-thuc-hai-buoc", { pendingSecret: "", code: "" }],
      [ownAccount, "newRecoveryCodesAction", "/tai-khoan", { code: "" }],
      [ownAccount, "disableTwoFactorAction", "/tai-khoan", { code: "" }],
    ] as const
  ).map(([file, exportedName, at, empty]) =>
    act({
      file,
      exportedName,
      targets: NONE,
      page: () => at,
      valid: () => ({ ...empty }),
      harmless: () => ({ ...empty }),
      allowCodes: ["VALIDATION"],
      expect: (a) => (a === "anon" ? "UNAUTHENTICATED" : "allow"),
    }),
  ),
  // A commune account's second factor and activation link: the standing office and admins.
  ...(["resetTwoFactorAction", "issueActivationAction"] as const).map((exportedName) =>
    act({
      file: admin,
      exportedName,
      page: (i) => `${c(i)}/quan-tri/nguoi-dung/${i.userId}`,
      valid: (i) => ({ communeId: i.communeId, userId: i.userId }),
      harmless: (i) => ({ communeId: i.communeId, userId: "" }),
      allowCodes: ["VALIDATION"],
      expect: action(MANAGERS, can.manage),
    }),
  ),
  // Onboarding: provinces, communes, the units template, the bulk file; province and admin accounts;
  // the two-factor grace; new catalog entries. The admin's; an empty name, id or mode is refused.
  ...(
    [
      [tenants, "createProvinceAction", "/quan-tri/dia-ban", () => ({ name: MARK, adminCode: "99" }), () => ({ name: "", adminCode: "" })],
      [
        tenants,
        "updateProvinceAction",
        "/quan-tri/dia-ban",
        (i: Ids) => ({ provinceId: i.provinceId, name: MARK, adminCode: "98" }),
        (i: Ids) => ({ provinceId: i.provinceId, name: "", adminCode: "" }),
      ],
      [
        tenants,
        "createCommuneAction",
        "/quan-tri/dia-ban",
        (i: Ids) => ({ provinceId: i.provinceId, name: MARK, kind: "COMMUNE", adminCode: "99999" }),
        (i: Ids) => ({ provinceId: i.provinceId, name: "", kind: "COMMUNE", adminCode: "" }),
      ],
      [
        tenants,
        "updateCommuneAction",
        "/quan-tri/dia-ban",
        (i: Ids) => ({ communeId: i.communeId, name: MARK, kind: "WARD", adminCode: "99998" }),
        (i: Ids) => ({ communeId: i.communeId, name: "", kind: "WARD", adminCode: "" }),
      ],
      [
        tenants,
        "saveUnitTemplateAction",
        "/quan-tri/mau-don-vi",
        () => ({ entries: JSON.stringify([{ name: MARK, kind: "OFFICE" }]) }),
        () => ({ entries: "[]" }),
      ],
      [
        "lib/onboarding/actions.ts",
        "onboardAction",
        "/quan-tri/khoi-tao",
        () => ({ mode: "apply", file: textFile("xa-phuong.csv", `Tỉnh,Tên,Loại,Mã\n31,${MARK},xã,99997\n`) }),
        () => ({ mode: "", file: textFile("xa-phuong.csv", "x") }),
      ],
      [
        systemAccounts,
        "createSystemAccountAction",
        "/quan-tri/tai-khoan",
        (i: Ids) => ({ username: "matrix.tinh", fullName: MARK, role: "PROVINCE", provinceId: i.provinceId, firstPassword: "LINK" }),
        () => ({ username: "", fullName: "", role: "PROVINCE", provinceId: "", firstPassword: "LINK" }),
      ],
      [
        systemAccounts,
        "updateSystemAccountAction",
        "/quan-tri/tai-khoan",
        (i: Ids) => ({ userId: i.userId, fullName: MARK, role: "PROVINCE", provinceId: i.provinceId, active: "on" }),
        (i: Ids) => ({ userId: "", fullName: MARK, role: "PROVINCE", provinceId: i.provinceId, active: "on" }),
      ],
      [
        systemAccounts,
        "resetSystemAccountPasswordAction",
        "/quan-tri/tai-khoan",
        (i: Ids) => ({ userId: i.userId }),
        () => ({ userId: "" }),
      ],
      [
        systemAccounts,
        "resetSystemAccountSecondFactorAction",
        "/quan-tri/tai-khoan",
        (i: Ids) => ({ userId: i.userId }),
        () => ({ userId: "" }),
      ],
      [
        systemAccounts,
        "issueSystemAccountActivationAction",
        "/quan-tri/tai-khoan",
        (i: Ids) => ({ userId: i.userId }),
        () => ({ userId: "" }),
      ],
      [
        "lib/security-settings/actions.ts",
        "setTwoFactorGraceAction",
        "/quan-tri/bao-mat",
        () => ({ graceDays: "30" }),
        () => ({ graceDays: "" }),
      ],
    ] as const
  ).map(([file, exportedName, at, valid, harmless]) =>
    act({
      file,
      exportedName,
      targets: NONE,
      page: () => at,
      valid: (i) => valid(i),
      harmless: (i) => harmless(i),
      allowCodes: ["VALIDATION"],
      expect: userAction(["admin"]),
    }),
  ),
  act({
    file: indicators,
    exportedName: "createCatalogEntryAction",
    targets: NONE,
    page: () => "/danh-muc-chi-tieu",
    valid: (_i, f) => ({ ...f.catalog, code: "MATRIX_MOI", method: MARK }),
    harmless: (_i, f) => ({ ...f.catalog, code: "MATRIX_MOI", name: "" }),
    allowCodes: ["VALIDATION"],
    expect: userAction(["admin"]),
  }),
];

export const ENDPOINTS: Entry[] = [...PAGES, ...ROUTES, ...ACTIONS];

export function entryName(e: Entry): string {
  const what = e.kind === "route" ? `${e.method} ${e.route}` : e.route;
  return `${e.kind} ${what}${e.variant ? ` (${e.variant})` : ""}`;
}

/** Where an actor lands after login (lib/auth/navigation.ts homePath, docs/architecture.md#roles). */
export function homeOf(a: SignedIn, own: Ids): string {
  if (a === "admin" || isProvinceAccount(a)) return "/xa-phuong";
  return isStaff(a) ? `/c/${own.communeId}/nhiem-vu` : `/c/${own.communeId}`;
}
