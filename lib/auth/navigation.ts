// Which sections of the portal a user sees. Pages check the same permissions again on the server.
import {
  canListCommunes,
  canManageIndicatorCatalog,
  canManageUsers,
  canViewCommune,
  canViewDashboard,
  canViewReports,
  hasOwnTasks,
  type CommuneScope,
  type Viewer,
} from "./permissions";

export type NavItem = { href: string; label: string; key: string };

export function communeNav(v: Viewer, c: CommuneScope): NavItem[] {
  if (!canViewCommune(v, c)) return [];
  const base = `/c/${c.communeId}`;
  const items: (NavItem | false)[] = [
    canListCommunes(v) && { key: "communes", href: "/xa-phuong", label: "Các xã, phường" },
    canViewDashboard(v, c) && { key: "overview", href: base, label: "Tổng quan" },
    // Unit staff start from their own tasks (their home page), so that item comes first for them.
    hasOwnTasks(v) && { key: "tasks", href: `${base}/nhiem-vu`, label: "Nhiệm vụ của tôi" },
    { key: "plans", href: `${base}/ke-hoach`, label: "Kế hoạch" },
    !hasOwnTasks(v) && { key: "tasks", href: `${base}/nhiem-vu`, label: "Nhiệm vụ" },
    { key: "indicators", href: `${base}/chi-tieu`, label: "Chỉ tiêu" },
    canViewReports(v, c) && { key: "reports", href: `${base}/bao-cao`, label: "Báo cáo" },
    hasOwnTasks(v) && { key: "reports", href: `${base}/bao-cao/xac-nhan`, label: "Xác nhận báo cáo" },
    canManageUsers(v, c) && { key: "admin", href: `${base}/quan-tri`, label: "Quản trị" },
  ];
  return items.filter((i): i is NavItem => i !== false);
}

/** Pages above the communes (the commune list, the KPI catalog). */
export function adminNav(v: Viewer): NavItem[] {
  const items: (NavItem | false)[] = [
    canListCommunes(v) && { key: "communes", href: "/xa-phuong", label: "Các xã, phường" },
    canManageIndicatorCatalog(v) && { key: "catalog", href: "/danh-muc-chi-tieu", label: "Danh mục chỉ tiêu" },
  ];
  return items.filter((i): i is NavItem => i !== false);
}

/** Where a user lands after login. */
export function homePath(v: Viewer): string {
  if (canListCommunes(v)) return "/xa-phuong";
  if (v.communeId) return v.role === "UNIT_STAFF" ? `/c/${v.communeId}/nhiem-vu` : `/c/${v.communeId}`;
  return "/login";
}

export const ROLE_LABEL: Record<Viewer["role"], string> = {
  ADMIN: "Quản trị hệ thống",
  PROVINCE: "Cấp tỉnh",
  CHAIR: "Lãnh đạo UBND",
  COORDINATOR: "Phòng Văn hóa - Xã hội",
  UNIT_STAFF: "Cán bộ đơn vị",
};
