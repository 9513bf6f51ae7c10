import { describe, expect, it } from "vitest";
import { communeNav, homePath } from "@/lib/auth/navigation";
import {
  assignableRoles,
  canArchivePlan,
  canContributeToTask,
  canEditTask,
  canEnterIndicatorValue,
  canManageIndicatorCatalog,
  canManageIndicators,
  canGiveDirective,
  canListCommunes,
  canManagePlans,
  canManageUnits,
  canManageUsers,
  canUpdateTask,
  canViewCommune,
  canViewDashboard,
  canViewPlan,
  canViewProvince,
  canViewReports,
  canCompileReports,
  canConfirmReported,
  canFinalizeReport,
  canViewReport,
  type TaskScope,
  type Viewer,
} from "@/lib/auth/permissions";

// Tenants: commune A1 and A2 in province A, commune B1 in province B.
const A1 = { communeId: "A1", provinceId: "A" };
const A2 = { communeId: "A2", provinceId: "A" };
const B1 = { communeId: "B1", provinceId: "B" };

const viewers: Record<string, Viewer> = {
  admin: { id: "u0", role: "ADMIN", provinceId: null, communeId: null, unitId: null },
  province: { id: "u1", role: "PROVINCE", provinceId: "A", communeId: null, unitId: null },
  chair: { id: "u2", role: "CHAIR", provinceId: "A", communeId: "A1", unitId: null },
  coordinator: { id: "u3", role: "COORDINATOR", provinceId: "A", communeId: "A1", unitId: "vhxh" },
  leadStaff: { id: "u4", role: "UNIT_STAFF", provinceId: "A", communeId: "A1", unitId: "lead" },
  supportStaff: { id: "u5", role: "UNIT_STAFF", provinceId: "A", communeId: "A1", unitId: "support" },
  otherStaff: { id: "u6", role: "UNIT_STAFF", provinceId: "A", communeId: "A1", unitId: "other" },
};

const task = (c: typeof A1): TaskScope => ({ ...c, leadUnitIds: ["lead"], supportUnitIds: ["support"] });

type Check = (v: Viewer, target: typeof A1) => boolean;
const communeChecks: Record<string, Check> = {
  canViewCommune,
  canViewPlan,
  canManagePlans,
  canArchivePlan,
  canEditTask,
  canManageUnits,
  canManageUsers,
  canGiveDirective,
  canViewDashboard,
  canViewReports,
  canUpdateTask: (v, c) => canUpdateTask(v, task(c)),
  canContributeToTask: (v, c) => canContributeToTask(v, task(c)),
  canManageIndicators,
  // The KPI's responsible unit is the "lead" unit.
  canEnterIndicatorValue: (v, c) => canEnterIndicatorValue(v, { ...c, responsibleUnitId: "lead" }),
  canCompileReports,
  canFinalizeReport,
  viewDraftReport: (v, c) => canViewReport(v, { ...c, final: false }),
  viewFinalReport: (v, c) => canViewReport(v, { ...c, final: true }),
  // The period's confirmation is for the "lead" unit.
  canConfirmReported: (v, c) => canConfirmReported(v, c, "lead"),
};

// Expected answers: [own commune A1, other commune same province A2, other province B1].
const Y = true;
const N = false;
const matrix: Record<string, Record<string, [boolean, boolean, boolean]>> = {
  admin: {
    canViewCommune: [Y, Y, Y],
    canViewPlan: [Y, Y, Y],
    canManagePlans: [Y, Y, Y],
    canArchivePlan: [Y, Y, Y],
    canEditTask: [Y, Y, Y],
    canManageUnits: [Y, Y, Y],
    canManageUsers: [Y, Y, Y],
    canGiveDirective: [N, N, N],
    canViewDashboard: [Y, Y, Y],
    canViewReports: [Y, Y, Y],
    canUpdateTask: [N, N, N],
    canContributeToTask: [N, N, N],
    canManageIndicators: [Y, Y, Y],
    canEnterIndicatorValue: [Y, Y, Y],
    canCompileReports: [N, N, N],
    canFinalizeReport: [N, N, N],
    viewDraftReport: [Y, Y, Y],
    viewFinalReport: [Y, Y, Y],
    canConfirmReported: [N, N, N],
  },
  province: {
    canViewCommune: [Y, Y, N],
    canViewPlan: [Y, Y, N],
    canManagePlans: [N, N, N],
    canArchivePlan: [N, N, N],
    canEditTask: [N, N, N],
    canManageUnits: [N, N, N],
    canManageUsers: [N, N, N],
    canGiveDirective: [N, N, N],
    canViewDashboard: [Y, Y, N],
    canViewReports: [Y, Y, N],
    canUpdateTask: [N, N, N],
    canContributeToTask: [N, N, N],
    canManageIndicators: [N, N, N],
    canEnterIndicatorValue: [N, N, N],
    canCompileReports: [N, N, N],
    canFinalizeReport: [N, N, N],
    viewDraftReport: [N, N, N],
    viewFinalReport: [Y, Y, N],
    canConfirmReported: [N, N, N],
  },
  chair: {
    canViewCommune: [Y, N, N],
    canViewPlan: [Y, N, N],
    canManagePlans: [N, N, N],
    canArchivePlan: [N, N, N],
    canEditTask: [N, N, N],
    canManageUnits: [N, N, N],
    canManageUsers: [N, N, N],
    canGiveDirective: [Y, N, N],
    canViewDashboard: [Y, N, N],
    canViewReports: [Y, N, N],
    canUpdateTask: [N, N, N],
    canContributeToTask: [N, N, N],
    canManageIndicators: [N, N, N],
    canEnterIndicatorValue: [N, N, N],
    canCompileReports: [Y, N, N],
    canFinalizeReport: [Y, N, N],
    viewDraftReport: [Y, N, N],
    viewFinalReport: [Y, N, N],
    canConfirmReported: [N, N, N],
  },
  coordinator: {
    canViewCommune: [Y, N, N],
    canViewPlan: [Y, N, N],
    canManagePlans: [Y, N, N],
    canArchivePlan: [Y, N, N],
    canEditTask: [Y, N, N],
    canManageUnits: [Y, N, N],
    canManageUsers: [Y, N, N],
    canGiveDirective: [Y, N, N],
    canViewDashboard: [Y, N, N],
    canViewReports: [Y, N, N],
    canUpdateTask: [N, N, N],
    canContributeToTask: [N, N, N],
    canManageIndicators: [Y, N, N],
    canEnterIndicatorValue: [Y, N, N],
    canCompileReports: [Y, N, N],
    canFinalizeReport: [N, N, N],
    viewDraftReport: [Y, N, N],
    viewFinalReport: [Y, N, N],
    canConfirmReported: [N, N, N],
  },
  leadStaff: {
    canViewCommune: [Y, N, N],
    canViewPlan: [Y, N, N],
    canManagePlans: [N, N, N],
    canArchivePlan: [N, N, N],
    canEditTask: [N, N, N],
    canManageUnits: [N, N, N],
    canManageUsers: [N, N, N],
    canGiveDirective: [N, N, N],
    canViewDashboard: [N, N, N],
    canViewReports: [N, N, N],
    canUpdateTask: [Y, N, N],
    canContributeToTask: [N, N, N],
    canManageIndicators: [N, N, N],
    canEnterIndicatorValue: [Y, N, N],
    canCompileReports: [N, N, N],
    canFinalizeReport: [N, N, N],
    viewDraftReport: [N, N, N],
    viewFinalReport: [N, N, N],
    canConfirmReported: [Y, N, N],
  },
  supportStaff: {
    canViewCommune: [Y, N, N],
    canViewPlan: [Y, N, N],
    canManagePlans: [N, N, N],
    canArchivePlan: [N, N, N],
    canEditTask: [N, N, N],
    canManageUnits: [N, N, N],
    canManageUsers: [N, N, N],
    canGiveDirective: [N, N, N],
    canViewDashboard: [N, N, N],
    canViewReports: [N, N, N],
    canUpdateTask: [N, N, N],
    canContributeToTask: [Y, N, N],
    canManageIndicators: [N, N, N],
    canEnterIndicatorValue: [N, N, N],
    canCompileReports: [N, N, N],
    canFinalizeReport: [N, N, N],
    viewDraftReport: [N, N, N],
    viewFinalReport: [N, N, N],
    canConfirmReported: [N, N, N],
  },
  otherStaff: {
    canViewCommune: [Y, N, N],
    canViewPlan: [Y, N, N],
    canManagePlans: [N, N, N],
    canArchivePlan: [N, N, N],
    canEditTask: [N, N, N],
    canManageUnits: [N, N, N],
    canManageUsers: [N, N, N],
    canGiveDirective: [N, N, N],
    canViewDashboard: [N, N, N],
    canViewReports: [N, N, N],
    canUpdateTask: [N, N, N],
    canContributeToTask: [N, N, N],
    canManageIndicators: [N, N, N],
    canEnterIndicatorValue: [N, N, N],
    canCompileReports: [N, N, N],
    canFinalizeReport: [N, N, N],
    viewDraftReport: [N, N, N],
    viewFinalReport: [N, N, N],
    canConfirmReported: [N, N, N],
  },
};

const cases = Object.entries(matrix).flatMap(([who, checks]) =>
  Object.entries(checks).flatMap(([check, answers]) =>
    ([A1, A2, B1] as const).map((target, i) => [who, check, target.communeId, answers[i]] as const),
  ),
);

describe("permission matrix: role × check × own / other commune / other province", () => {
  it("covers every viewer and every check", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(viewers).sort());
    for (const checks of Object.values(matrix)) expect(Object.keys(checks).sort()).toEqual(Object.keys(communeChecks).sort());
  });

  it.each(cases)("%s · %s · %s → %s", (who, check, communeId, expected) => {
    const target = [A1, A2, B1].find((c) => c.communeId === communeId)!;
    expect(communeChecks[check](viewers[who], target)).toBe(expected);
  });
});

describe("province-level and role checks", () => {
  it("lists of communes: admin and province only", () => {
    expect(
      Object.entries(viewers)
        .filter(([, v]) => canListCommunes(v))
        .map(([k]) => k),
    ).toEqual(["admin", "province"]);
  });

  it("a province user sees only their province", () => {
    expect(canViewProvince(viewers.province, "A")).toBe(true);
    expect(canViewProvince(viewers.province, "B")).toBe(false);
    expect(canViewProvince(viewers.admin, "B")).toBe(true);
    expect(canViewProvince(viewers.chair, "A")).toBe(false);
  });

  it("a coordinator cannot hand out admin or province roles; staff cannot assign any", () => {
    expect(assignableRoles(viewers.coordinator)).not.toContain("ADMIN");
    expect(assignableRoles(viewers.coordinator)).not.toContain("PROVINCE");
    expect(assignableRoles(viewers.leadStaff)).toEqual([]);
    expect(assignableRoles(viewers.chair)).toEqual([]);
  });

  it("a staff member without a unit updates nothing", () => {
    const noUnit = { ...viewers.leadStaff, unitId: null };
    expect(canUpdateTask(noUnit, task(A1))).toBe(false);
    expect(canEnterIndicatorValue(noUnit, { ...A1, responsibleUnitId: null })).toBe(false);
  });

  it("the KPI catalog is edited by system administrators only", () => {
    expect(
      Object.entries(viewers)
        .filter(([, v]) => canManageIndicatorCatalog(v))
        .map(([k]) => k),
    ).toEqual(["admin"]);
  });
});

describe("navigation follows the permissions", () => {
  const labels = (v: Viewer, c = A1) => communeNav(v, c).map((i) => i.label);

  it("coordinator sees every section", () => {
    expect(labels(viewers.coordinator)).toEqual(["Tổng quan", "Kế hoạch", "Nhiệm vụ", "Chỉ tiêu", "Báo cáo", "Quản trị"]);
  });
  it("unit staff: my tasks and their unit's report confirmation; no dashboard, no reports, no administration", () => {
    expect(labels(viewers.leadStaff)).toEqual(["Nhiệm vụ của tôi", "Kế hoạch", "Chỉ tiêu", "Xác nhận báo cáo"]);
  });
  it("province: the commune list and read-only sections, no administration", () => {
    expect(labels(viewers.province)).toEqual(["Các xã, phường", "Tổng quan", "Kế hoạch", "Nhiệm vụ", "Chỉ tiêu", "Báo cáo"]);
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
