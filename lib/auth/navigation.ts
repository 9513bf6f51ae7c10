// Which sections of the portal a user sees. Pages check the same permissions again on the server.
import {
  canListCommunes,
  canManageAllApiTokens,
  canManageHolidays,
  canManageIndicatorCatalog,
  canManageOutbox,
  canManageTenants,
  canManageUsers,
  canViewCommune,
  canViewDashboard,
  canViewOperations,
  canViewProvinceIncidents,
  canViewProvincePlans,
  canViewReports,
  hasOwnTasks,
  type CommuneScope,
  type Viewer,
} from "./permissions";
import { routes } from "../routes";

export type NavItem = {
  href: string;
  label: string;
  key: string;
  /** A count that asks for attention (messages that could not be sent); shown when above zero. */
  badge?: number;
  /** Other paths whose pages belong to this item (it lights up on them too). */
  also?: string[];
};

export function communeNav(v: Viewer, c: CommuneScope): NavItem[] {
  if (!canViewCommune(v, c)) return [];
  const to = routes.commune(c.communeId);
  const items: (NavItem | false)[] = [
    canListCommunes(v) && { key: "communes", href: routes.provinceOverview(), label: "Các xã, phường" },
    canViewDashboard(v, c) && { key: "overview", href: to.dashboard(), label: "Tổng quan" },
    // Unit staff start from their own tasks (their home page), so that item comes first for them.
    hasOwnTasks(v) && { key: "tasks", href: to.tasks(), label: "Nhiệm vụ của tôi" },
    { key: "plans", href: to.plans(), label: "Kế hoạch" },
    !hasOwnTasks(v) && { key: "tasks", href: to.tasks(), label: "Nhiệm vụ" },
    { key: "indicators", href: to.indicators(), label: "Chỉ tiêu" },
    // The one-stop centre's IT incidents and start-of-day checks: every viewer of the commune.
    canViewOperations(v, c) && { key: "operations", href: to.incidents(), label: "Sự cố CNTT", also: [to.dailyCheck()] },
    canViewReports(v, c) && { key: "reports", href: to.reports(), label: "Báo cáo" },
    hasOwnTasks(v) && { key: "reports", href: to.confirmReported(), label: "Xác nhận báo cáo" },
    canManageUsers(v, c) && { key: "admin", href: to.admin.units(), label: "Quản trị" },
  ];
  return items.filter((i): i is NavItem => i !== false);
}

/**
 * Pages above the communes (the commune list, the KPI catalog, the outbox's failures). `failedMessages`:
 * the count of messages that could not be sent, for the admin's badge (pages that know it pass it).
 */
export function adminNav(v: Viewer, counts: { failedMessages?: number } = {}): NavItem[] {
  const items: (NavItem | false)[] = [
    canListCommunes(v) && { key: "communes", href: routes.provinceOverview(), label: "Các xã, phường" },
    // A province's own accounts have one province; an admin reaches a province's plans from the communes page.
    !!v.provinceId &&
      canViewProvincePlans(v, v.provinceId) && {
        key: "provincePlans",
        href: routes.province(v.provinceId).plans(),
        label: "Kế hoạch của tỉnh",
      },
    !!v.provinceId &&
      canViewProvinceIncidents(v, v.provinceId) && {
        key: "provinceIncidents",
        href: routes.province(v.provinceId).incidents(),
        label: "Sự cố CNTT các xã",
      },
    // Onboarding a province: its communes (one by one or from a file, with the units template) and its accounts.
    canManageTenants(v) && {
      key: "tenants",
      href: routes.tenants(),
      label: "Tỉnh, xã, phường",
      also: [routes.onboarding(), routes.unitTemplate()],
    },
    canManageTenants(v) && { key: "systemAccounts", href: routes.systemAccounts(), label: "Tài khoản cấp tỉnh" },
    canManageIndicatorCatalog(v) && { key: "catalog", href: routes.indicatorCatalog(), label: "Danh mục chỉ tiêu" },
    canManageOutbox(v) && {
      key: "outbox",
      href: routes.failedMessages(),
      label: "Thư chưa gửi được",
      badge: counts.failedMessages,
    },
    canManageHolidays(v) && { key: "holidays", href: routes.holidays(), label: "Ngày nghỉ lễ" },
    canManageAllApiTokens(v) && { key: "apiTokens", href: routes.apiTokens(), label: "Kết nối hệ thống" },
    canManageTenants(v) && { key: "security", href: routes.securitySettings(), label: "Bảo mật đăng nhập" },
  ];
  return items.filter((i): i is NavItem => i !== false);
}

/** Where a user lands after login. */
export function homePath(v: Viewer): string {
  if (canListCommunes(v)) return routes.provinceOverview();
  if (v.communeId) return v.role === "UNIT_STAFF" ? routes.commune(v.communeId).tasks() : routes.commune(v.communeId).dashboard();
  return routes.login();
}

export const ROLE_LABEL: Record<Viewer["role"], string> = {
  ADMIN: "Quản trị hệ thống",
  PROVINCE: "Cấp tỉnh",
  CHAIR: "Lãnh đạo UBND",
  COORDINATOR: "Phòng Văn hóa - Xã hội",
  UNIT_STAFF: "Cán bộ đơn vị",
};
