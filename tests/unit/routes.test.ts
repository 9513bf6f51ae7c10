// Every link lib/routes.ts builds names a page or route handler that exists under app/, and every page
// and route handler has a builder: renaming a folder without the builder (or the other way) fails here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGES, ROUTES } from "../e2e/endpoints";
import type { Ids } from "../e2e/matrix-world";
import { ENDPOINTS } from "@/lib/api/v1";
import { routes, withQuery, type CommuneRoutes, type ProvinceRoutes } from "@/lib/routes";

/** "/c/[communeId]/nhiem-vu" for app/c/[communeId]/nhiem-vu/page.tsx; route groups "(x)" name no segment. */
function appRoutes(dir = "app", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) {
      const segment = /^\(.*\)$/.test(e.name) ? "" : `/${e.name}`;
      return appRoutes(path.join(dir, e.name), prefix + segment);
    }
    return e.name === "page.tsx" || e.name === "route.ts" ? [prefix || "/"] : [];
  });
}

/** The app route a concrete path is served by, or undefined; static segments win over [params] as in Next. */
function matchRoute(url: string, patterns: readonly string[]): string | undefined {
  const pathname = new URL(url, "http://x").pathname;
  const regex = (p: string) =>
    new RegExp(
      `^${p
        .split("/")
        .map((s) => (/^\[\.\.\..+\]$/.test(s) ? ".+" : /^\[.+\]$/.test(s) ? "[^/]+" : s.replace(/[.*+?^${}()|\\]/g, "\\$&")))
        .join("/")}$`,
    );
  const dynamicCount = (p: string) => (p.match(/\[/g) ?? []).length;
  return [...patterns].sort((a, b) => dynamicCount(a) - dynamicCount(b)).find((p) => regex(p).test(pathname));
}

/** "/api/v1/communes/[communeId]" for "/communes/{communeId}": API v1's routes are built from ENDPOINTS, not lib/routes.ts. */
const API_ROUTES = new Set(ENDPOINTS.map((e) => `/api/v1${e.path.replace(/\{(\w+)\}/g, "[$1]")}`));
const ALL_APP = appRoutes();
const APP = ALL_APP.filter((r) => !API_ROUTES.has(r));

const c: CommuneRoutes = routes.commune("cm1");
const p: ProvinceRoutes = routes.province("pv1");
/** Every builder, called once: a builder added to lib/routes.ts should be added here too. */
const BUILT: Record<string, string> = {
  home: routes.home(),
  health: routes.health(),
  ready: routes.ready(),
  uploads: routes.uploads("cm1"),
  upload: routes.upload("up1"),
  login: routes.login(),
  provinceOverview: routes.provinceOverview({ provinceId: "p1" }),
  indicatorCatalog: routes.indicatorCatalog(),
  notifications: routes.notifications({ unread: true, before: "n1" }),
  failedMessages: routes.failedMessages(),
  notificationPreferences: routes.notificationPreferences(),
  holidays: routes.holidays(2026),
  file: routes.file("a1"),
  authSession: routes.auth("session"),
  authCallback: routes.auth("callback/credentials"),
  dashboard: c.dashboard({ periodKey: "2025-W07" }),
  tasks: c.tasks({ status: "OVERDUE" }),
  task: c.task("t1", { fullHistory: true }),
  editTask: c.editTask("t1"),
  plans: c.plans(),
  plan: c.plan("pl1"),
  importPlan: c.importPlan(),
  planImport: c.planImport("im1"),
  indicators: c.indicators({ status: "MET" }),
  indicator: c.indicator("i1"),
  editIndicator: c.editIndicator("i1"),
  newIndicator: c.newIndicator("pl1"),
  importIndicatorValues: c.importIndicatorValues(),
  indicatorTemplate: c.indicatorTemplate("pl1"),
  reports: c.reports({ planId: "pl1" }),
  report: c.report("r1"),
  reportPrint: c.reportPrint("r1"),
  reportDocx: c.reportFile("r1", "docx"),
  reportXlsx: c.reportFile("r1", "xlsx"),
  weeklyDigest: c.weeklyDigest("n1"),
  confirmReported: c.confirmReported(),
  units: c.admin.units(),
  unit: c.admin.unit("u1"),
  users: c.admin.users(),
  user: c.admin.user("us1"),
  settings: c.admin.settings(),
  audit: c.admin.audit({ page: 2 }),
  mandates: c.mandates(),
  provincePlans: p.plans(),
  newProvincePlan: p.newPlan(),
  importProvincePlan: p.importPlan(),
  provincePlan: p.plan("pp1"),
  publishProvincePlan: p.publish("pp1"),
  rollup: p.rollup("pp1"),
  rollupTask: p.rollupTask("pp1", "pt1"),
  openApi: routes.openApi(),
  apiDocs: routes.apiDocs(),
  apiTokens: routes.apiTokens(),
  communeApiTokens: c.admin.apiTokens(),
  kpiNationalCodes: routes.kpiNationalCodes(),
  tasksExport: c.tasksExport({ status: "OVERDUE" }),
  provinceOverviewExport: routes.provinceOverviewExport({ provinceId: "p1" }),
  rollupExport: p.rollupExport("pp1"),
  dailyCheck: c.dailyCheck(),
  dailyCheckHistory: c.dailyCheckHistory("2026-11"),
  dailyCheckDay: c.dailyCheckDay("2026-11-20"),
  checklist: c.checklist(),
  incidents: c.incidents({ status: "all", severity: "URGENT" }),
  newIncident: c.newIncident({ itemId: "ci1" }),
  incident: c.incident("in1"),
  provinceIncidents: p.incidents(),
  account: routes.account(),
  changePassword: routes.changePassword(),
  twoFactorSetup: routes.twoFactorSetup(),
  activate: routes.activate("tok"),
  forgotPassword: routes.forgotPassword(),
  resetPassword: routes.resetPassword("tok"),
  tenants: routes.tenants(),
  onboarding: routes.onboarding(),
  onboardingTemplate: routes.onboardingTemplate(),
  unitTemplate: routes.unitTemplate(),
  systemAccounts: routes.systemAccounts(),
  securitySettings: routes.securitySettings(),
};

describe("lib/routes.ts", () => {
  it("finds the app's pages and route handlers (the walk itself works)", () => {
    expect(APP).toContain("/");
    expect(APP).toContain("/c/[communeId]/nhiem-vu/[taskId]");
    expect(APP).toContain("/api/auth/[...nextauth]");
  });

  it.each(Object.entries(BUILT))("%s builds a path served by a file under app/", (_name, url) => {
    expect(matchRoute(url, APP), url).toBeDefined();
  });

  it("has a builder for every page and route handler under app/", () => {
    const covered = new Set(Object.values(BUILT).map((u) => matchRoute(u, APP)));
    expect(APP.filter((r) => !covered.has(r))).toEqual([]);
  });

  it("matches a static segment before a [param] (nhap is not a plan id)", () => {
    expect(matchRoute(c.importPlan(), APP)).toBe("/c/[communeId]/ke-hoach/nhap");
    expect(matchRoute(c.plan("nhap-x"), APP)).toBe("/c/[communeId]/ke-hoach/[planId]");
    expect(matchRoute(p.importPlan(), APP)).toBe("/tinh/[provinceId]/ke-hoach/nhap");
    expect(matchRoute(p.newPlan(), APP)).toBe("/tinh/[provinceId]/ke-hoach/moi");
    expect(matchRoute(c.newIncident(), APP)).toBe("/c/[communeId]/su-co/moi");
    expect(matchRoute(c.checklist(), APP)).toBe("/c/[communeId]/kiem-tra-dau-gio/danh-muc");
    expect(matchRoute(c.dailyCheckHistory(), APP)).toBe("/c/[communeId]/kiem-tra-dau-gio/lich-su");
    expect(matchRoute(routes.onboardingTemplate(), APP)).toBe("/quan-tri/khoi-tao/mau");
    expect(matchRoute(routes.changePassword(), APP)).toBe("/tai-khoan/doi-mat-khau");
  });

  it("builds query strings with the pages' parameter names, leaving out empty values", () => {
    expect(c.tasks({ planId: "pl1", status: "OVERDUE", group: "" })).toBe("/c/cm1/nhiem-vu?ke-hoach=pl1&trang-thai=OVERDUE");
    expect(c.dashboard({})).toBe("/c/cm1");
    expect(c.indicators({ status: "" })).toBe("/c/cm1/chi-tieu");
    expect(c.admin.audit({ action: "", actorId: "u 1", page: 3 })).toBe("/c/cm1/quan-tri/nhat-ky?nguoi=u+1&trang=3");
    expect(routes.provinceOverview({ q: "hải an", sort: "qua-han", dir: "desc" })).toBe(
      "/xa-phuong?q=h%E1%BA%A3i+an&sap-xep=qua-han&chieu=desc",
    );
    expect(routes.login("/c/x?a=1&b=2")).toBe("/login?callbackUrl=%2Fc%2Fx%3Fa%3D1%26b%3D2");
    expect(withQuery("/x", { a: 0, b: null })).toBe("/x?a=0");
  });
});

describe("tests/e2e/endpoints.ts", () => {
  // Every id is a distinct placeholder: a URL that puts an id in the wrong place still matches, but a
  // URL whose folders are misspelt or renamed does not.
  const ids = new Proxy({}, { get: (_t, key) => `id-${String(key)}` }) as Ids;
  const entries = [...PAGES, ...ROUTES];

  it.each(entries.map((e) => [`${e.route} ${e.variant ?? ""}`, e] as const))("%s: its URL is served by its route", (_name, e) => {
    expect(matchRoute(e.url(ids), ALL_APP)).toBe(e.route);
  });

  it("lists every page and route handler under app/", () => {
    const listed = new Set(entries.map((e) => e.route));
    expect(ALL_APP.filter((r) => !listed.has(r))).toEqual([]);
  });
});

describe("the e-mails' preferences link", () => {
  it("is the page lib/routes.ts builds", async () => {
    const { PREFERENCES_PATH } = await import("@/lib/notifications/render");
    expect(routes.notificationPreferences()).toBe(PREFERENCES_PATH);
  });
});
