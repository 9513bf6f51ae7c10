// Property tests of every zod schema (issue 9): hostile values never make `safeParse` throw, a refusal
// is always worded in Vietnamese (the schema's own message where it gives one), and what is accepted
// keeps the schema's promises (trimmed, within its limits, real dates, finite numbers, storable text).
// Schemas are found by importing lib/*/schemas.ts and lib/validation/*.ts: a new one is checked as
// soon as it is exported (and the test asks for a valid example of it).
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { text } from "@/lib/validation/fields";
import { deeplyNestedJson, describeValue, hostileFile, hostileValue, mutateOne, type Mutation } from "../support/hostile";
import { PLAN_DRAFT, TASK_DRAFT } from "../support/import-draft";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** lib/validation modules that hold no schema on purpose. */
const WITHOUT_SCHEMAS: Record<string, string> = {
  "lib/validation/search-params.ts": "query-string helper (plain strings)",
  "lib/validation/messages.ts": "zod's Vietnamese error map",
};

function schemaModules(): string[] {
  const lib = path.join(ROOT, "lib");
  // A feature folder's schemas.ts, and a sub-feature's (lib/tasks/extensions/schemas.ts).
  const features = readdirSync(lib, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name === "schemas.ts" && !d.parentPath.includes("generated"))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)).split(path.sep).join("/"));
  const validation = readdirSync(path.join(lib, "validation"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `lib/validation/${f}`);
  return [...features, ...validation].sort();
}

const isSchema = (v: unknown): v is z.ZodType => v instanceof z.ZodType;

const modules = await Promise.all(
  schemaModules().map(async (file) => ({
    file,
    exports: (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>,
  })),
);
const schemas = new Map<string, z.ZodType>();
for (const { file, exports } of modules) {
  const prefix = path.basename(path.dirname(file)) === "validation" ? "validation" : path.basename(path.dirname(file));
  for (const [name, value] of Object.entries(exports)) if (isSchema(value)) schemas.set(`${prefix}.${name}`, value);
}
// Schema factories are checked through one instance each.
schemas.set("validation.text(200)", text(200, "Ghi chú"));

// ---------------------------------------------------------------------------------------------------
// A valid example of every schema: the starting point of the one-field mutations.

const file = (name = "ke-hoach.txt") => new File(["KẾ HOẠCH chuyển đổi số"], name, { type: "text/plain" });

const SAMPLES: Record<string, unknown> = {
  "api-tokens.tokenNameSchema": "Hệ thống một cửa tỉnh",
  "api-tokens.createApiTokenSchema": { communeId: "c1", userId: "u1", name: "Hệ thống một cửa tỉnh", scope: "READ", expires: "2027-12-31" },
  "api-tokens.createAnyApiTokenSchema": { userId: "u1", name: "Kho dữ liệu của tỉnh", scope: "INDICATORS_WRITE", expires: "" },
  "api-tokens.revokeApiTokenSchema": { communeId: "c1", tokenId: "t1" },
  "api-tokens.revokeAnyApiTokenSchema": { tokenId: "t1" },
  "admin.createUnitSchema": { communeId: "c1", name: "Phòng Kinh tế", shortName: "KT", kind: "OFFICE" },
  "admin.updateUnitSchema": { communeId: "c1", unitId: "u1", name: "Phòng Kinh tế", shortName: "", kind: "OFFICE", active: "on" },
  "admin.passwordSchema": "MatKhau2025",
  "onboarding.onboardSchema": { file: file("khoi-tao.xlsx"), mode: "preview" },
  "tenants.adminCodeSchema": "06970",
  "tenants.placeNameSchema": "Xã Tiên Yên",
  "tenants.createProvinceSchema": { name: "Tỉnh Quảng Ninh", adminCode: "22" },
  "tenants.updateProvinceSchema": { provinceId: "p1", name: "Tỉnh Quảng Ninh", adminCode: "22" },
  "tenants.createCommuneSchema": { provinceId: "p1", name: "Xã Tiên Yên", kind: "COMMUNE", adminCode: "06970" },
  "tenants.updateCommuneSchema": { communeId: "c1", name: "Phường Tiên Yên", kind: "WARD", adminCode: "06970" },
  "tenants.templateEntrySchema": {
    name: "Phòng Kinh tế",
    wardName: "Phòng Kinh tế, Hạ tầng và Đô thị",
    shortName: "Phòng KT",
    kind: "OFFICE",
  },
  "tenants.saveUnitTemplateSchema": { entries: JSON.stringify([{ name: "Phòng Kinh tế", wardName: "", shortName: "", kind: "OFFICE" }]) },
  "incidents.reportIncidentSchema": {
    communeId: "c1",
    checkItemId: "",
    title: "Mất kết nối Internet",
    description: "Không vào được hệ thống một cửa.",
    startedAt: "2026-12-03T08:40",
    severity: "URGENT",
    countersDown: "4",
    servicesAffected: "Tiếp nhận hồ sơ trực tuyến",
    dossiersAffected: "30",
    files: [],
  },
  "incidents.moveIncidentSchema": {
    communeId: "c1",
    incidentId: "i1",
    move: "close",
    version: "3",
    note: "",
    cause: "Modem hỏng",
    fix: "Thay modem",
  },
  "incidents.commentIncidentSchema": { communeId: "c1", incidentId: "i1", note: "Tổ hỗ trợ đến lúc 14 giờ" },
  "incidents.attachIncidentSchema": { communeId: "c1", incidentId: "i1", files: [file("anh-loi.png")] },
  "delivery.resendSchema": { messageId: "m1" },
  "delivery.resendAllSchema": {},
  "admin.createUserSchema": {
    communeId: "c1",
    username: "nguyen.van-a",
    fullName: "Nguyễn Văn A",
    email: "a@example.vn",
    role: "UNIT_STAFF",
    unitId: "u1",
    password: "MatKhau2025",
  },
  "admin.updateUserSchema": {
    communeId: "c1",
    userId: "p1",
    fullName: "Nguyễn Văn A",
    email: "",
    role: "COORDINATOR",
    unitId: "",
    active: "on",
  },
  "admin.resetPasswordSchema": { communeId: "c1", userId: "p1" },
  "admin.userRefSchema": { communeId: "c1", userId: "p1" },
  "import.taskDraftSchema": TASK_DRAFT,
  "import.planDraftSchema": PLAN_DRAFT,
  "import.uploadPlanSchema": { communeId: "c1", file: file(), planId: "" },
  "import.saveImportSchema": { communeId: "c1", importId: "i1", draft: JSON.stringify(PLAN_DRAFT) },
  "import.importRefSchema": { communeId: "c1", importId: "i1" },
  "import.applyImportSchema": { communeId: "c1", importId: "i1", draft: JSON.stringify(PLAN_DRAFT), confirmOtherCommune: "on" },
  "plans.planRefSchema": { communeId: "c1", planId: "p1" },
  "province-plans.createProvincePlanSchema": {
    provinceId: "p1",
    number: "120/KH-UBND",
    title: "Kế hoạch chuyển đổi số của thành phố năm 2026",
    issuer: "",
    issuedDate: "2026-01-15",
    signerName: "Nguyễn Văn A",
    signerTitle: "Phó Chủ tịch",
    parentRefs: "Kế hoạch số 02-KH/BCĐTW",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
  },
  "province-plans.editProvincePlanSchema": {
    provinceId: "p1",
    planId: "pp1",
    version: "3",
    number: "",
    title: "Kế hoạch chuyển đổi số của thành phố năm 2026",
    issuer: "UBND thành phố Hải Phòng",
    issuedDate: "",
    parentRefs: "",
    periodStart: "",
    periodEnd: "",
  },
  "province-plans.provinceTaskSchema": {
    provinceId: "p1",
    planId: "pp1",
    version: "0",
    taskId: "",
    code: "2.1",
    groupCode: "II",
    groupTitle: "Phát triển dữ liệu số",
    title: "Làm sạch dữ liệu hộ tịch",
    description: "Rà soát, làm sạch dữ liệu.",
    expectedOutput: "",
    deadlineKind: "FIXED",
    dueDate: "2026-06-30",
    deadlineText: "Trước ngày 01/7/2026",
    leadText: "UBND các xã, phường",
    supportText: "Sở Tư pháp",
    targetAll: "",
    targetCommuneIds: ["c1", "c2"],
    adaptable: "on",
  },
  "province-plans.provinceTaskRefSchema": { provinceId: "p1", planId: "pp1", taskId: "t1", version: "2" },
  "province-plans.provinceIndicatorSchema": {
    provinceId: "p1",
    planId: "pp1",
    version: "1",
    indicatorId: "",
    catalogCode: "",
    name: "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình",
    unit: "PERCENT",
    comparison: "GTE",
    measure: "DIRECT",
    target: "80",
    dueDate: "2026-12-31",
    numeratorLabel: "",
    denominatorLabel: "",
    method: "Theo Cổng dịch vụ công",
    frequency: "MONTHLY",
    targetAll: "on",
    targetCommuneIds: [],
  },
  "province-plans.provinceIndicatorRefSchema": { provinceId: "p1", planId: "pp1", indicatorId: "k1", version: "2" },
  "province-plans.importProvincePlanSchema": { provinceId: "p1", file: file() },
  "province-plans.publishPlanSchema": { provinceId: "p1", planId: "pp1", version: "0", publishedVersion: "0", note: "" },
  "province-plans.applyPendingSchema": { provinceId: "p1", planId: "pp1" },
  "mandates.assignSchema": {
    communeId: "c1",
    taskIds: ["t1", "t2"],
    versions: ["0", "3"],
    useProposals: "",
    leadUnitIds: ["u1"],
    leadGroupIds: [],
    supportUnitIds: ["u2"],
    supportGroupIds: [],
  },
  "mandates.notApplicableSchema": { communeId: "c1", taskId: "t1", version: "0", reason: "Phường không có làng nghề truyền thống" },
  "mandates.reopenSchema": { communeId: "c1", taskId: "t1", version: "1" },
  "mandates.acknowledgeSchema": { communeId: "c1", provincePlanId: "pp1", appliedVersion: "2" },
  "mandates.movePlanSchema": { communeId: "c1", provincePlanId: "pp1", targetPlanId: "p2" },
  "plans.planDetailsSchema": { communeId: "c1", planId: "p1", version: "0", number: "05/KH-UBND", issuedDate: "2026-02-03" },
  "indicators.indicatorSchema": {
    communeId: "c1",
    planId: "p1",
    indicatorId: "k1",
    version: "2",
    catalogCode: "",
    name: "Tỷ lệ hồ sơ xử lý trực tuyến",
    unit: "PERCENT",
    comparison: "GTE",
    measure: "RATIO",
    target: "80,5",
    dueDate: "2025-12-31",
    target2: "90",
    dueDate2: "2026-06-30",
    baselineValue: "40",
    baselineDate: "2025-01-01",
    numeratorLabel: "Số hồ sơ trực tuyến",
    denominatorLabel: "Tổng số hồ sơ",
    method: "Theo hệ thống một cửa",
    frequency: "MONTHLY",
    responsibleUnitId: "u1",
    taskIds: ["t1", "t2"],
  },
  "indicators.deleteIndicatorSchema": { communeId: "c1", indicatorId: "k1", version: "0" },
  "indicators.valueSchema": {
    communeId: "c1",
    indicatorId: "k1",
    periodKey: "2025-10",
    value: "81,5",
    numerator: "",
    denominator: "",
    sourceNote: "Hệ thống một cửa",
    correctionReason: "",
    baseRevision: "0",
    files: [file("bien-ban.pdf")],
  },
  "indicators.valueFileSchema": { communeId: "c1", planId: "p1", file: file("so-lieu.csv") },
  "indicators.catalogEntrySchema": {
    code: "TTHC_TRUC_TUYEN",
    name: "Tỷ lệ hồ sơ trực tuyến toàn trình",
    unit: "PERCENT",
    comparison: "GTE",
    measure: "DIRECT",
    defaultTarget: "80",
    defaultDueDate: "2025-12-31",
    numeratorLabel: "",
    denominatorLabel: "",
    method: "Theo hệ thống",
    responsibleHint: "Trung tâm PVHCC",
    frequency: "MONTHLY",
    active: "on",
  },
  "indicators.newCatalogEntrySchema": {
    code: "HO_SO_SO_HOA_DAU_VAO",
    name: "Hồ sơ được số hóa khi tiếp nhận",
    unit: "PERCENT",
    comparison: "GTE",
    measure: "DIRECT",
    defaultTarget: "90",
    defaultDueDate: "2026-12-31",
    numeratorLabel: "",
    denominatorLabel: "",
    method: "Theo hệ thống",
    responsibleHint: "Trung tâm PVHCC",
    frequency: "MONTHLY",
    active: "on",
  },
  "system-accounts.createAccountSchema": {
    username: "tinh.quangninh",
    fullName: "Sở KH&CN Quảng Ninh",
    role: "PROVINCE",
    provinceId: "p1",
    provinceCoordinator: "on",
    email: "so@qn.gov.vn",
    phone: "0203 3835 111",
    firstPassword: "LINK",
    password: "",
  },
  "system-accounts.updateAccountSchema": {
    userId: "u1",
    fullName: "Sở KH&CN Quảng Ninh",
    role: "PROVINCE",
    provinceId: "p1",
    provinceCoordinator: "",
    email: "",
    phone: "",
    active: "on",
  },
  "system-accounts.accountIdSchema": { userId: "u1" },
  "security-settings.graceSchema": { graceDays: "14" },
  "indicators.feedValueSchema": {
    period: "2026-11",
    numerator: 812,
    denominator: "1000",
    source: "Hệ thống thông tin giải quyết TTHC tỉnh",
    externalId: "HP-2026-11-001",
    note: "Kết xuất tự động",
  },
  "indicators.kpiCodeSchema": { catalogCode: "HO_SO_TRUC_TUYEN", nationalCode: "CDS.2.01", nationalName: "" },
  "reports.createDraftSchema": { communeId: "c1", planId: "p1", periodKey: "M-2025-10" },
  "reports.saveReportSchema": {
    communeId: "c1",
    reportId: "r1",
    version: "3",
    intro: "Thực hiện Kế hoạch số 123/KH-UBND…",
    assessment: "Đánh giá chung",
    results: "Kết quả",
    overdue: "",
    difficulties: "",
    proposals: "",
    priorities: "",
    closing: "",
    summary: "Báo cáo kết quả thực hiện chuyển đổi số tháng 10/2025",
    place: "Hải An",
    number: "05/BC-UBND",
    issuedDate: "2025-10-20",
    signerMode: "TM",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn A",
    recipients: "Như trên;\nLưu: VT.",
  },
  "reports.finalizeReportSchema": {
    communeId: "c1",
    reportId: "r1",
    version: "3",
    intro: "Thực hiện Kế hoạch số 123/KH-UBND…",
    assessment: "Đánh giá chung",
    results: "Kết quả",
    overdue: "",
    difficulties: "",
    proposals: "",
    priorities: "",
    closing: "",
    summary: "Báo cáo kết quả thực hiện chuyển đổi số tháng 10/2025",
    place: "Hải An",
    number: "05/BC-UBND",
    issuedDate: "2025-10-20",
    signerMode: "TM",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn A",
    recipients: "Như trên;\nLưu: VT.",
    secondFactorCode: "123456",
  },
  "reports.reportRefSchema": { communeId: "c1", reportId: "r1" },
  "reports.confirmReportedSchema": { communeId: "c1", planId: "p1", periodKey: "M-2025-10" },
  "reports.remindUnitsSchema": { communeId: "c1", planId: "p1", periodKey: "M-2025-10", unitIds: ["u1", "u2"] },
  "reports.closePeriodItemSchema": { taskId: "t1", version: "2", mode: "unchanged", note: "Đang chờ hướng dẫn" },
  "reports.closePeriodSchema": {
    communeId: "c1",
    planId: "p1",
    periodKey: "M-2025-10",
    unitId: "",
    items: JSON.stringify([
      { taskId: "t1", version: 2, mode: "unchanged", note: "" },
      { taskId: "t2", version: 0, mode: "update", workStatus: "DONE", progress: "100", result: "Xong", completedDate: "2025-10-10" },
    ]),
  },
  "reports.weekStartSchema": { communeId: "c1", planId: "p1", reportWeekStart: "1" },
  "tasks.taskUpdateSchema": {
    communeId: "c1",
    taskId: "t1",
    version: "4",
    workStatus: "DONE",
    progress: "100",
    result: "Đã hoàn thành",
    difficulties: "",
    proposals: "",
    completedDate: "2025-10-01",
    files: [],
  },
  "tasks.markPartNotApplicableSchema": { communeId: "c1", taskId: "t1", version: "3", reason: "Đơn vị không quản lý dữ liệu này" },
  "tasks.reopenPartSchema": { communeId: "c1", taskId: "t1", unitId: "u1", version: "4" },
  "unit-groups.createGroupSchema": { communeId: "c1", name: "Các đơn vị quản lý nền tảng số", unitIds: ["u1", "u2"] },
  "unit-groups.updateGroupSchema": { communeId: "c1", groupId: "g1", version: "2", name: "Nhóm nền tảng số", unitIds: ["u1"] },
  "unit-groups.deleteGroupSchema": { communeId: "c1", groupId: "g1", version: "2" },
  "daily-checks.checkItemSaveSchema": {
    communeId: "c1",
    itemId: "",
    area: "Quầy 1",
    name: "Máy in quầy 1",
    hint: "In thử được phiếu hẹn",
    critical: "on",
  },
  "daily-checks.checkItemRefSchema": { communeId: "c1", itemId: "i1" },
  "daily-checks.checkItemMoveSchema": { communeId: "c1", itemId: "i1", direction: "up" },
  "daily-checks.serviceCentreSchema": { communeId: "c1", unitId: "u1" },
  "daily-checks.dailyCheckSubmitSchema": {
    communeId: "c1",
    expectedRevision: "0",
    results: JSON.stringify([
      { itemId: "i1", state: "OK", note: "" },
      { itemId: "i2", state: "DOWN", note: "Kẹt giấy" },
    ]),
    note: "",
    "photo:i2": file("may-in.png"),
  },
  "extensions.requestExtensionSchema": {
    communeId: "c1",
    taskId: "t1",
    requestedDueDate: "2026-03-31",
    reason: "Chờ cấp kinh phí mua thiết bị",
    files: [file("minh-chung.pdf")],
  },
  "extensions.decideExtensionSchema": {
    communeId: "c1",
    extensionId: "e1",
    decision: "APPROVE_OTHER",
    approvedDueDate: "2026-02-28",
    comment: "",
  },
  "communes.communeSettingsSchema": { communeId: "c1", maxDeadlineExtensions: "2" },
  "communes.communeScheduleSchema": {
    communeId: "c1",
    reminderTime: "07:30",
    deadlineReminderDays: "7, 3, 1",
    overdueDigest: "on",
    periodReminderWorkingDays: "2",
    chairDigestWeekday: "1",
    chairDigestTime: "07:30",
    directionReminderDays: "2",
    quietStart: "21:00",
    quietEnd: "06:30",
  },
  "communes.communeWebhookSchema": { communeId: "c1", webhookUrl: "https://hook.example.vn/cds", webhookKinds: ["DIRECTION"] },
  "communes.communeOnlySchema": { communeId: "c1" },
  "notifications.notificationPreferencesSchema": {
    emailMode: "DAILY_DIGEST",
    emailMuted: ["REPORT_SIGNED"],
    inAppMuted: ["OVERDUE_CHAIR"],
  },
  "calendar.holidaySaveSchema": { mode: "create", date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ Hùng Vương", workingDay: "" },
  "calendar.holidayDeleteSchema": { date: "2026-04-27" },
  "tasks.contributionSchema": { communeId: "c1", taskId: "t1", result: "Đã phối hợp", difficulties: "", proposals: "", files: [] },
  "tasks.directiveSchema": { communeId: "c1", taskId: "t1", content: "Khẩn trương hoàn thành", newDueDate: "2025-12-31", version: "4" },
  "tasks.acknowledgeSchema": { communeId: "c1", directiveId: "d1" },
  "tasks.returnUpdateSchema": { communeId: "c1", updateId: "x1", comment: "Bổ sung minh chứng" },
  "tasks.editTaskSchema": {
    communeId: "c1",
    taskId: "t1",
    version: "4",
    title: "Xây dựng kho dữ liệu",
    expectedOutput: "",
    deadlineKind: "FIXED",
    dueDate: "2025-12-31",
    deadlineText: "Tháng 12/2025",
    leadUnitIds: ["u1"],
    supportUnitIds: ["u2"],
    supportText: "",
    reason: "Điều chỉnh theo chỉ đạo",
  },
  "validation.id": "ckabc123",
  "validation.username": "chutich.haian",
  "validation.version": "7",
  "validation.isoDay": "2025-12-31",
  "validation.optionalDay": "2025-12-31",
  "validation.checkbox": "on",
  "validation.text(200)": "Ghi chú",
};

// ---------------------------------------------------------------------------------------------------
// What zod builds, read through its definitions (zod 4: `schema._zod.def`).

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: CheckDef } }[];
  error?: (issue: unknown) => unknown;
};
type CheckDef = {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  pattern?: RegExp;
  format?: string;
  tx?: (v: string) => string;
  error?: (issue: unknown) => unknown;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

/** The schema of one field of an object schema (`null` when the schema is not an object). */
function fieldSchema(schema: z.ZodType, field: string): z.ZodType | null {
  const d = defOf(schema);
  if (d.type === "object") return d.shape?.[field] ?? null;
  if (d.type === "pipe") return fieldSchema(d.out!, field);
  if (WRAPPERS.has(d.type)) return fieldSchema(d.innerType!, field);
  return null;
}

// Issue codes → the checks that raise them. "custom" is left out: an object's superRefine raises it
// at a field's path too, with its own words.
const ISSUE_CHECKS: Record<string, string[]> = {
  invalid_type: ["number_format"],
  too_big: ["max_length", "less_than", "max_size"],
  too_small: ["min_length", "greater_than", "min_size"],
  invalid_format: ["string_format"],
};

const wording = (error: ((issue: unknown) => unknown) | undefined, issue: unknown): string | undefined => {
  const r = error?.(issue);
  return typeof r === "string" ? r : ((r as { message?: string } | undefined)?.message ?? undefined);
};

/**
 * The messages a field's schema gives itself for an issue of this kind (empty: it leaves the wording
 * to the error map). Walks wrappers, both sides of pipes and union options, not into objects/arrays.
 */
function ownMessages(schema: z.ZodType, issue: z.core.$ZodIssue, out = new Set<string>()): Set<string> {
  const d = defOf(schema);
  if (WRAPPERS.has(d.type)) return ownMessages(d.innerType!, issue, out);
  if (d.type === "pipe") {
    // A value of the wrong type is refused by the first side it meets.
    ownMessages(d.in!, issue, out);
    return issue.code === "invalid_type" || issue.code === "invalid_value" ? out : ownMessages(d.out!, issue, out);
  }
  if (d.type === "union") {
    for (const o of d.options ?? []) ownMessages(o, issue, out);
    return out;
  }
  if (issue.code === "invalid_type" || issue.code === "invalid_value") {
    const m = wording(d.error, issue);
    if (m) out.add(m);
  }
  for (const c of d.checks ?? []) {
    const cd = c._zod.def;
    if (!ISSUE_CHECKS[issue.code]?.includes(cd.check)) continue;
    // A limit is the one that raised the issue only if it is the same number (`.int()` has its own).
    const bound = cd.check.startsWith("m") ? (cd.check.startsWith("max") ? cd.maximum : cd.minimum) : cd.value;
    const limit = issue.code === "too_big" ? issue.maximum : issue.code === "too_small" ? issue.minimum : undefined;
    if (limit !== undefined && bound !== undefined && Number(limit) !== Number(bound)) continue;
    const m = wording(cd.error, issue);
    if (m) out.add(m);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The properties.

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
// zod's English wording ("Invalid input: expected string, received number", "Too big: …", "Required").
const ENGLISH = /\b(invalid|expected|received|too (big|small)|required|unrecognized|must|should)\b/i;

const isRealDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** What an accepted value must look like, by the rules its schema states. */
function checkOutput(schema: z.ZodType, value: unknown, at: string, problems: string[]): void {
  const d = defOf(schema);
  if (WRAPPERS.has(d.type)) {
    if (value !== undefined && value !== null) checkOutput(d.innerType!, value, at, problems);
    return;
  }
  if (typeof value === "string") {
    // PostgreSQL refuses NUL in text and lone surrogates in JSON: accepted text must be storable.
    if (value.includes("\u0000")) problems.push(`${at}: accepted text holds a NUL character`);
    if (hasLoneSurrogate(value)) problems.push(`${at}: accepted text holds a lone UTF-16 surrogate`);
  }
  if (typeof value === "number" && !Number.isFinite(value)) problems.push(`${at}: accepted number ${value} is not finite`);
  if (value instanceof Date && Number.isNaN(value.getTime())) problems.push(`${at}: accepted date is invalid`);
  switch (d.type) {
    case "pipe":
      // A transform's output is checked against the input side only when it is still the same kind.
      if (defOf(d.out!).type !== "transform") checkOutput(d.out!, value, at, problems);
      else if (typeof value === "string") checkOutput(d.in!, value, at, problems);
      return;
    case "object": {
      if (typeof value !== "object" || value === null) return void problems.push(`${at}: not an object`);
      for (const [k, s] of Object.entries(d.shape ?? {})) checkOutput(s, (value as Record<string, unknown>)[k], `${at}.${k}`, problems);
      const extra = Reflect.ownKeys(value).filter((k) => typeof k !== "string" || !Object.hasOwn(d.shape ?? {}, k));
      if (extra.length) problems.push(`${at}: unknown keys kept: ${extra.map(String).join(", ")}`);
      return;
    }
    case "array":
      if (!Array.isArray(value)) return void problems.push(`${at}: not an array`);
      value.forEach((v, i) => checkOutput(d.element!, v, `${at}[${i}]`, problems));
      break;
    case "tuple":
      if (!Array.isArray(value)) return void problems.push(`${at}: not a tuple`);
      (d.items ?? []).forEach((s, i) => checkOutput(s, value[i], `${at}[${i}]`, problems));
      break;
    case "enum":
      if (!Object.values(d.entries ?? {}).includes(value as string)) problems.push(`${at}: ${describeValue(value)} is not one of the enum`);
      return;
    case "string":
      if (typeof value !== "string") return void problems.push(`${at}: not a string`);
      break;
    case "number":
      if (typeof value !== "number") return void problems.push(`${at}: not a number`);
      break;
  }
  for (const c of d.checks ?? []) {
    const cd = c._zod.def;
    // zod (like PostgreSQL) measures text in code points, not UTF-16 units.
    const len = typeof value === "string" ? [...value].length : Array.isArray(value) ? value.length : null;
    if (cd.check === "max_length" && len !== null && len > cd.maximum!) problems.push(`${at}: length ${len} > ${cd.maximum}`);
    if (cd.check === "min_length" && len !== null && len < cd.minimum!) problems.push(`${at}: length ${len} < ${cd.minimum}`);
    if (typeof value === "number" && cd.check === "less_than" && !(cd.inclusive ? value <= cd.value! : value < cd.value!))
      problems.push(`${at}: ${value} above ${cd.value}`);
    if (typeof value === "number" && cd.check === "greater_than" && !(cd.inclusive ? value >= cd.value! : value > cd.value!))
      problems.push(`${at}: ${value} below ${cd.value}`);
    if (typeof value !== "string") continue;
    if (cd.check === "overwrite" && cd.tx) {
      const probe = cd.tx("  Ab  ");
      if (probe.trim() === probe && value !== value.trim()) problems.push(`${at}: not trimmed: ${describeValue(value)}`);
      if (probe.toLowerCase() === probe && value !== value.toLowerCase()) problems.push(`${at}: not lower case: ${describeValue(value)}`);
    }
    if (cd.check === "string_format" && cd.format === "regex" && cd.pattern) {
      cd.pattern.lastIndex = 0;
      if (!cd.pattern.test(value)) problems.push(`${at}: ${describeValue(value)} does not match ${cd.pattern}`);
      // A day-shaped field must hold a real calendar day, not "2025-02-30".
      if (cd.pattern.source === String.raw`^\d{4}-\d{2}-\d{2}$` && !isRealDay(value)) problems.push(`${at}: ${value} is not a real day`);
    }
  }
}

/** Every string the input holds (JSON text read as well), longest first, so a message's echo of one can be cut out. */
function inputStrings(input: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 50) return out;
  if (typeof input === "string") {
    if (input.trim()) out.add(input.trim());
    if (/^\s*[[{]/.test(input)) {
      try {
        inputStrings(JSON.parse(input), out, depth + 1);
      } catch {
        /* not JSON */
      }
    }
  } else if (Array.isArray(input)) for (const v of input) inputStrings(v, out, depth + 1);
  else if (isRecord(input)) for (const v of Object.values(input)) inputStrings(v, out, depth + 1);
  return out;
}

function withoutEchoes(message: string, input: unknown): string {
  let rest = message;
  for (const s of [...inputStrings(input)].sort((a, b) => b.length - a.length)) rest = rest.split(s).join(" ");
  return rest;
}

type Parsed = { success: true; data: unknown } | { success: false; error: z.ZodError };

function parse(schema: z.ZodType, input: unknown, name: string): Parsed {
  try {
    return schema.safeParse(input) as Parsed;
  } catch (err) {
    throw new Error(`${name}: safeParse threw on ${describeValue(input)}: ${String(err)}`);
  }
}

/** Refused with Vietnamese words, or accepted as the schema promises. */
function checkResult(schema: z.ZodType, name: string, input: unknown, r: Parsed, mutation?: Mutation) {
  const what = `${name} on ${mutation ? `${mutation.kind} ${"field" in mutation ? mutation.field : mutation.keys.join(",")} = ` : ""}${describeValue(
    mutation?.kind === "replace" ? mutation.value : input,
  )}`;
  if (r.success) {
    const problems: string[] = [];
    checkOutput(schema, r.data, name, problems);
    if (problems.length) throw new Error(`${what}: accepted, but ${problems.join("; ")}`);
    if ((Object.prototype as Record<string, unknown>).polluted !== undefined) throw new Error(`${what}: Object.prototype was polluted`);
    return;
  }
  expect(r.error.issues.length, what).toBeGreaterThan(0);
  for (const issue of r.error.issues) {
    const where = `${what}: issue ${issue.code} at ${issue.path.map(String).join(".") || "(root)"}`;
    expect(typeof issue.message === "string" && issue.message.trim().length > 0, `${where} has no message`).toBe(true);
    expect(issue.message, `${where}: message is not Vietnamese`).toMatch(VIETNAMESE);
    // A message may echo what the user typed ("nhóm Invalid Date không có"): only the portal's own words are judged.
    expect(withoutEchoes(issue.message, input), `${where}: message is zod's English default`).not.toMatch(ENGLISH);
    // Where the field's schema words this kind of refusal itself, that wording is what the user sees.
    if ((mutation?.kind === "replace" || mutation?.kind === "remove") && issue.path.length === 1 && issue.path[0] === mutation.field) {
      const field = fieldSchema(schema, mutation.field);
      const own = field ? ownMessages(field, issue) : new Set<string>();
      if (own.size > 0) expect([...own], `${where}: the schema's own message is not used`).toContain(issue.message);
    }
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof File);

/** Arbitraries of inputs for a schema: its example with one field made hostile (or the whole value). */
type Trial = { input: unknown; mutation?: Mutation };

function mutations(name: string, sample: unknown): fc.Arbitrary<Trial> {
  const fileFields = isRecord(sample) ? Object.keys(sample).filter((k) => sample[k] instanceof File || Array.isArray(sample[k])) : [];
  if (!isRecord(sample)) return hostileValue.map((input) => ({ input }));
  const arbs: fc.Arbitrary<Trial>[] = [
    mutateOne(sample).map((m) => ({ input: m.input, mutation: m })),
    // Upload fields get hostile files (and lists of them) too.
    ...(fileFields.length
      ? [
          mutateOne(sample, { fields: fileFields, values: fc.oneof(hostileFile, fc.array(hostileFile, { maxLength: 12 })) }).map((m) => ({
            input: m.input,
            mutation: m,
          })),
        ]
      : []),
  ];
  if (name === "import.saveImportSchema") {
    // The draft travels as JSON: hostile values inside it, and JSON nested too deep to read.
    const json = (v: unknown) => {
      try {
        return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? Number(x) : x));
      } catch {
        return "[".repeat(5000) + "]".repeat(5000); // nested deeper than JSON.stringify goes
      }
    };
    arbs.push(
      mutateOne(PLAN_DRAFT).map((m) => ({ input: { ...sample, draft: json(m.input) } })),
      mutateOne(TASK_DRAFT).map((m) => ({ input: { ...sample, draft: json({ ...PLAN_DRAFT, tasks: [m.input] }) } })),
      deeplyNestedJson.map((draft) => ({ input: { ...sample, draft } })),
    );
  }
  if (name === "import.planDraftSchema") {
    arbs.push(mutateOne(TASK_DRAFT).map((m) => ({ input: { ...PLAN_DRAFT, tasks: [TASK_DRAFT, m.input] } })));
  }
  return fc.oneof(...arbs);
}

describe("schemas: enumeration", () => {
  it("finds the schema modules, each exporting at least one zod schema", () => {
    expect(modules.filter((m) => m.file.endsWith("/schemas.ts")).length).toBeGreaterThanOrEqual(5);
    for (const { file, exports } of modules) {
      const count = Object.values(exports).filter(isSchema).length;
      if (file in WITHOUT_SCHEMAS)
        expect(count, `${file} (${WITHOUT_SCHEMAS[file]}) now exports schemas: drop it from WITHOUT_SCHEMAS`).toBe(0);
      else expect(count, `${file} exports no zod schema`).toBeGreaterThan(0);
    }
    expect(schemas.size).toBeGreaterThanOrEqual(33);
  });

  it("every schema module sets zod's Vietnamese wording itself (not only because this test loaded it)", async () => {
    const installed = z.config().customError;
    try {
      for (const { file } of modules.filter((m) => !(m.file in WITHOUT_SCHEMAS))) {
        z.config({ customError: undefined });
        vi.resetModules();
        await import(/* @vite-ignore */ path.join(ROOT, file));
        const message = z.string().safeParse(1).error?.issues[0]?.message ?? "";
        expect(message, `${file} does not import lib/validation/messages.ts`).toMatch(VIETNAMESE);
      }
    } finally {
      z.config({ customError: installed });
    }
  });

  it("has a valid example for every schema, and no example of a schema that is gone", () => {
    for (const name of schemas.keys()) expect(SAMPLES, `add a valid example of ${name} to SAMPLES`).toHaveProperty([name]);
    for (const name of Object.keys(SAMPLES)) expect(schemas.has(name), `SAMPLES has ${name}, which is no longer exported`).toBe(true);
    for (const [name, schema] of schemas) {
      const r = schema.safeParse(SAMPLES[name]);
      expect(r.success, `${name}: example refused: ${r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`).toBe(
        true,
      );
    }
  });
});

describe("schemas: the English-default check", () => {
  it('judges a message by the portal\'s own words, not by a value it echoes (a task group named "Invalid Date")', () => {
    const name = "import.saveImportSchema";
    const draft = { ...PLAN_DRAFT, tasks: [{ ...TASK_DRAFT, group: "Invalid Date" }] };
    const input = { ...(SAMPLES[name] as object), draft: JSON.stringify(draft) };
    const r = parse(schemas.get(name)!, input, name);
    expect(r.success).toBe(false);
    expect(() => checkResult(schemas.get(name)!, name, input, r)).not.toThrow();
  });
});

describe.each([...schemas.keys()])("schema %s", (name) => {
  const schema = schemas.get(name)!;

  it("never throws on any hostile value, refuses it in Vietnamese or accepts it as promised", () => {
    fc.assert(
      fc.property(hostileValue, (input) => checkResult(schema, name, input, parse(schema, input, name))),
      { numRuns: 60 },
    );
  });

  it("with one field of a valid input made hostile (or unknown fields added): the same", () => {
    fc.assert(
      fc.property(mutations(name, SAMPLES[name]), ({ input, mutation }) =>
        checkResult(schema, name, input, parse(schema, input, name), mutation),
      ),
      { numRuns: 150 },
    );
  });
});

describe("schemas: the fields' own messages reach the user", () => {
  const fieldMessage = (name: string, field: string, value: unknown) => {
    const input = { ...(SAMPLES[name] as Record<string, unknown>), [field]: value };
    const r = schemas.get(name)!.safeParse(input);
    return r.success ? null : z.flattenError(r.error).fieldErrors[field as never];
  };
  it.each([
    ["tasks.taskUpdateSchema", "progress", "abc", "Tiến độ phải là một số"],
    ["communes.communeScheduleSchema", "reminderTime", "7h30", "Giờ gửi nhắc phải theo dạng GG:PP (00:00 đến 23:59), ví dụ 07:30"],
    ["communes.communeScheduleSchema", "deadlineReminderDays", "7, 7", "Các ngày nhắc không được trùng nhau"],
    ["communes.communeScheduleSchema", "deadlineReminderDays", "31", "Mỗi ngày nhắc là một số nguyên từ 1 đến 30 (không hợp lệ: 31)"],
    ["communes.communeScheduleSchema", "deadlineReminderDays", "9 7 5 3 2 1", "Tối đa 5 lần nhắc trước hạn"],
    ["communes.communeScheduleSchema", "directionReminderDays", "15", "Số ngày nhắc ý kiến chỉ đạo từ 1 đến 14"],
    [
      "communes.communeWebhookSchema",
      "webhookUrl",
      "http://hook.example.vn/x",
      "Webhook phải dùng https (http chỉ cho localhost hoặc 127.0.0.1)",
    ],
    [
      "communes.communeWebhookSchema",
      "webhookUrl",
      "https://u:p@hook.example.vn/x",
      "Không ghi tên đăng nhập hay mật khẩu trong địa chỉ: hệ thống ký mỗi lần gửi bằng khóa bí mật",
    ],
    [
      "notifications.notificationPreferencesSchema",
      "inAppMuted",
      ["DIRECTION"],
      "«Ý kiến chỉ đạo mới» luôn hiện trên cổng thông tin, không tắt được",
    ],
    ["notifications.notificationPreferencesSchema", "emailMuted", ["NOPE"], "Loại thông báo không hợp lệ"],
    ["calendar.holidaySaveSchema", "name", "  ", "Nhập tên ngày nghỉ"],
    ["tasks.taskUpdateSchema", "progress", "-1", "Tiến độ từ 0 đến 100%"],
    ["tasks.taskUpdateSchema", "progress", "1.5", "Tiến độ phải là số nguyên"],
    ["tasks.taskUpdateSchema", "workStatus", "<script>", "Chọn tình trạng thực hiện"],
    ["tasks.taskUpdateSchema", "completedDate", "2025-02-30", "Ngày không hợp lệ"],
    ["reports.closePeriodItemSchema", "mode", "maybe", "Chọn “Không thay đổi” hoặc “Cập nhật mới” cho từng nhiệm vụ"],
    ["reports.closePeriodSchema", "items", "[{", "Danh sách nhiệm vụ gửi lên không hợp lệ"],
    ["tasks.editTaskSchema", "dueDate", "31/13/2025", "Ngày không hợp lệ"],
    ["tasks.directiveSchema", "content", "  ", "Nhập nội dung chỉ đạo"],
    ["admin.createUnitSchema", "kind", '\'; DROP TABLE "Unit"; --', "Chọn loại đơn vị"],
    ["admin.createUserSchema", "username", "<script>", "Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -"],
    ["admin.createUserSchema", "email", "a@", "Email không hợp lệ"],
    ["indicators.indicatorSchema", "target", "-5", "chỉ tiêu cần đạt phải là một số không âm"],
    ["indicators.indicatorSchema", "dueDate", "2025-02-29", "Ngày không hợp lệ"],
    ["indicators.valueSchema", "periodKey", "10/2025", "Chọn kỳ số liệu"],
    ["province-plans.provinceTaskSchema", "dueDate", "2026-02-30", "Ngày không hợp lệ"],
    ["province-plans.provinceIndicatorSchema", "target", "120", "Tỷ lệ phải từ 0 đến 100%"],
    ["province-plans.createProvincePlanSchema", "periodEnd", "2025-12-31", "Ngày kết thúc phải sau ngày bắt đầu"],
    ["reports.saveReportSchema", "number", "<b>5</b>", 'Số báo cáo có dạng "05/BC-UBND"'],
    ["reports.weekStartSchema", "reportWeekStart", "8", "Chọn ngày bắt đầu tuần"],
  ])("%s.%s = %j → %j", (name, field, value, message) => {
    // The forms show a field's first message.
    expect(fieldMessage(name, field, value)?.[0]).toEqual(message);
  });

  it("words zod's own checks in Vietnamese where a schema gives no message", () => {
    expect(fieldMessage("tasks.acknowledgeSchema", "directiveId", 42)).toEqual(["Phải là văn bản"]);
    expect(fieldMessage("tasks.acknowledgeSchema", "directiveId", undefined)).toEqual(["Thiếu thông tin bắt buộc"]);
    expect(fieldMessage("tasks.acknowledgeSchema", "directiveId", "x".repeat(65))).toEqual(["Tối đa 64 ký tự"]);
  });
});
