import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeAudit } from "@/lib/audit/format";
import { AUDIT_ACTION_LABEL, type AuditAction } from "@/lib/audit/labels";
import * as enums from "@/lib/generated/prisma/enums";

describe("audit log labels", () => {
  // ctx.audit only takes an AuditAction, so an action without a label does not compile; what is
  // left to check is that the labels are Vietnamese words, one per action, and the names one style.
  it("names every action <feature>.<verb> with a Vietnamese label of its own", () => {
    const entries = Object.entries(AUDIT_ACTION_LABEL);
    expect(entries.length).toBeGreaterThan(20);
    for (const [action, label] of entries) {
      expect(action).toMatch(/^[a-z][A-Za-z]+\.[a-z][A-Za-z]+$/); // feature in camelCase ("unitGroups")
      expect(label).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    }
    expect(new Set(entries.map(([, l]) => l)).size).toBe(entries.length);
  });

  it("the rename migration takes every older name to a labelled one, so history keeps its labels", () => {
    const sql = readFileSync("prisma/migrations/20261205100000_audit_action_names/migration.sql", "utf8");
    const pairs = [...sql.matchAll(/\('([\w.]+)', '([\w.]+)'\)/g)].map((m) => [m[1], m[2]]);
    expect(pairs.length).toBeGreaterThanOrEqual(30);
    for (const [from, to] of pairs) {
      expect(Object.keys(AUDIT_ACTION_LABEL), `${from} → ${to}`).toContain(to);
      expect(Object.keys(AUDIT_ACTION_LABEL)).not.toContain(from);
    }
    // The append-only trigger is off only around the rename.
    expect(sql.indexOf("DISABLE TRIGGER")).toBeLessThan(sql.indexOf("UPDATE"));
    expect(sql.indexOf("ENABLE TRIGGER")).toBeGreaterThan(sql.indexOf("UPDATE"));
  });
});

// Ids as the database makes them, and the names the log page looks them up by.
const UNIT_A = "cmunitvanphong0000000001";
const UNIT_B = "cmunittthcc000000000000002";
const TASK = "cmtask00000000000000000003";
const PLAN = "cmplan00000000000000000004";
const GROUP = "cmgroup0000000000000000013";
const NAMES = new Map([
  [GROUP, "Các phòng chuyên môn thuộc UBND phường"],
  [UNIT_A, "Văn phòng HĐND và UBND"],
  [UNIT_B, "Trung tâm Phục vụ hành chính công"],
  [TASK, "3.4.c Ứng dụng hệ thống thông tin"],
  [PLAN, "Kế hoạch 15/KH-UBND"],
  ["HO_SO_TRUC_TUYEN", "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình"],
]);
const indicatorFields = {
  catalogCode: "HO_SO_TRUC_TUYEN",
  name: "Tỷ lệ hồ sơ trực tuyến",
  unit: "PERCENT",
  comparison: "GTE",
  measure: "RATIO",
  target: 80,
  dueDate: "2026-12-31",
  target2: null,
  dueDate2: "",
  baselineValue: 40,
  baselineDate: "2025-12-31",
  numeratorLabel: "Số hồ sơ trực tuyến",
  denominatorLabel: "Tổng số hồ sơ",
  method: "Theo hệ thống một cửa",
  frequency: "MONTHLY",
  responsibleUnitId: UNIT_B,
};

/** What each command stores in `data`, with the realistic shapes (the integration tests write the real ones). */
const SPECIMENS: Record<AuditAction, unknown> = {
  "units.create": { name: "Ban Chỉ huy Quân sự" },
  "units.update": {
    before: { name: "Văn phòng", shortName: "VP", kind: "OFFICE", active: true },
    after: { name: "Văn phòng HĐND và UBND", shortName: "VP", kind: "OFFICE", active: false },
  },
  "unitGroups.create": { name: "Các đơn vị quản lý nền tảng số", unitIds: [UNIT_A, UNIT_B] },
  "unitGroups.update": {
    before: { name: "Nền tảng số", unitIds: [UNIT_A] },
    after: { name: "Các đơn vị quản lý nền tảng số", unitIds: [UNIT_A, UNIT_B] },
  },
  "unitGroups.delete": { name: "Các đơn vị quản lý nền tảng số", unitIds: [UNIT_A] },
  "users.create": { username: "canbo.moi", role: "UNIT_STAFF" },
  "users.update": {
    before: { fullName: "Nguyễn Văn A", role: "UNIT_STAFF", unitId: UNIT_A, active: true },
    after: { fullName: "Nguyễn Văn A", role: "COORDINATOR", unitId: UNIT_B, active: true },
  },
  "users.resetPassword": { username: "canbo.moi" },
  "tasks.submitUpdate": {
    updateId: "cmupdate0000000000000005",
    attachmentIds: ["cmfile00000000000000006"],
    before: { workStatus: "IN_PROGRESS", progress: 50, completedAt: null },
    after: { workStatus: "DONE", progress: 100, completedAt: "2026-12-04T03:00:00.000Z" },
  },
  "tasks.submitContribution": { updateId: "cmupdate0000000000000005", attachmentIds: [] },
  "tasks.giveDirective": {
    directiveId: "cmdirective00000000000007",
    before: { dueDate: null, deadlineKind: "RECURRING" },
    after: { dueDate: "2026-12-31", deadlineKind: "FIXED" },
  },
  "tasks.edit": {
    reason: "UBND giao hạn",
    before: { title: "Cũ", deadlineKind: "RECURRING", dueDate: null, leadUnitIds: [UNIT_A], leadGroupIds: [], supportUnitIds: [] },
    after: {
      title: "Mới",
      deadlineKind: "FIXED",
      dueDate: "2026-12-31",
      leadUnitIds: [UNIT_B],
      leadGroupIds: [GROUP],
      supportUnitIds: [UNIT_A],
    },
  },
  "tasks.acknowledgeDirective": { taskId: TASK },
  "tasks.returnUpdate": { taskId: TASK, comment: "Thiếu minh chứng" },
  "tasks.markPartNotApplicable": {
    partUnitId: UNIT_A,
    reason: "Đơn vị không quản lý cơ sở dữ liệu chuyên ngành",
    before: { workStatus: "NOT_STARTED", progress: 0, notApplicableReason: null },
    after: { workStatus: "NOT_STARTED", progress: 0, notApplicableReason: "Đơn vị không quản lý cơ sở dữ liệu chuyên ngành" },
    task: { workStatus: "IN_PROGRESS", progress: 70, completedAt: null },
  },
  "tasks.reopenPart": {
    partUnitId: UNIT_A,
    before: { workStatus: "NOT_STARTED", progress: 0, notApplicableReason: "Không quản lý" },
    after: { workStatus: "NOT_STARTED", progress: 0, notApplicableReason: null },
    task: { workStatus: "IN_PROGRESS", progress: 35, completedAt: null },
  },
  "imports.upload": { fileName: "ke-hoach.docx", tasks: 29 },
  "imports.apply": { importId: "cmimport00000000000000008", tasks: 29, createdUnits: ["Ban Chỉ huy Quân sự"] },
  "imports.discard": { fileName: "ke-hoach.docx" },
  "catalog.edit": {
    before: {
      code: "HO_SO_TRUC_TUYEN",
      name: "Hồ sơ",
      unit: "PERCENT",
      defaultTarget: 80,
      defaultDueDate: "2026-12-31T00:00:00.000Z",
      frequency: "MONTHLY",
      active: true,
    },
    after: {
      code: "HO_SO_TRUC_TUYEN",
      name: "Hồ sơ trực tuyến",
      unit: "PERCENT",
      defaultTarget: 90,
      defaultDueDate: "2027-06-30",
      frequency: "WEEKLY",
      active: true,
    },
  },
  "indicators.create": { after: { communeId: "cmcommune0000000000000009", planId: PLAN, ...indicatorFields, taskIds: [TASK] } },
  "indicators.edit": {
    before: { id: "cmind000000000000000000010", ...indicatorFields, target: "80", dueDate: "2026-12-31T00:00:00.000Z", version: 2 },
    after: { ...indicatorFields, target: 90, comparison: "LTE", frequency: "WEEKLY", version: 2, taskIds: [TASK] },
  },
  "indicators.delete": { before: { code: "CT01", name: "Tỷ lệ hồ sơ trực tuyến" } },
  "indicators.enterValue": {
    valueId: "cmvalue00000000000000011",
    period: "2026-11",
    revision: 1,
    after: { value: 90, numerator: 900, denominator: 1000 },
    file: "so-lieu.xlsx",
    line: "3",
  },
  "indicators.correctValue": {
    valueId: "cmvalue00000000000000011",
    period: "2026-W05",
    revision: 2,
    reason: "Nhập nhầm",
    before: { revision: 1, value: 90, numerator: 900, denominator: 1000 },
    after: { value: 80, numerator: 800, denominator: 1000 },
  },
  "indicators.attachEvidence": {
    valueId: "cmvalue00000000000000011",
    attachmentIds: ["cmfile00000000000000006", "cmfile00000000000000012"],
  },
  "plans.setReportWeekStart": { before: { reportWeekStart: 1 }, after: { reportWeekStart: 3 } },
  "plans.edit": { before: { number: null, issuedDate: null }, after: { number: "123/KH-UBND", issuedDate: "2025-08-15" } },
  "plans.archive": { planId: PLAN },
  "plans.restore": { planId: PLAN },
  "reports.create": { planId: PLAN, period: "M-2026-11", tasks: 29 },
  "reports.save": { period: "Q-2026-4", version: 3, changed: ["Đánh giá chung", "Nhiệm vụ kỳ tới"] },
  "reports.submit": { period: "M-2026-11", version: 4, notified: 1 },
  "reports.finalize": { period: "Y-2026", number: "05/BC-UBND", issuedDate: "2026-12-05", signer: "Nguyễn Văn B" },
  "reports.delete": { period: "W-2026-11-23", planId: PLAN },
  "reports.confirmReported": { planId: PLAN, period: "M-2026-11", unitId: UNIT_A },
  "reports.remind": { period: "M-2026-11", units: [UNIT_A, UNIT_B], notified: 3 },
  "reports.closePeriod": {
    planId: PLAN,
    period: "M-2026-11",
    unitId: UNIT_B,
    onBehalfOfUnitId: UNIT_B,
    updateIds: ["u1", "u2", "u3"],
    unchangedCount: 2,
  },
  "tasks.requestExtension": {
    extensionId: "cmext000000000000000000013",
    reason: "Chờ thành phố cấp kinh phí",
    currentDueDate: "2025-11-15",
    requestedDueDate: "2025-12-31",
    attachmentIds: ["cmfile00000000000000006"],
  },
  "tasks.decideExtension": {
    extensionId: "cmext000000000000000000013",
    decision: "APPROVE_OTHER",
    decisionComment: "Gia hạn đến 20/12",
    before: { dueDate: "2025-11-15" },
    after: { dueDate: "2025-12-20" },
  },
  "communes.updateSettings": { before: { maxDeadlineExtensions: 2 }, after: { maxDeadlineExtensions: 3 } },
  "outbox.resend": {
    channel: "EMAIL",
    recipient: "vanphong.haian@example.vn",
    attempts: 6,
    lastError: "Can't send mail - all recipients were rejected: 451 Hộp thư tạm thời không nhận thư",
  },
  "outbox.resendAll": { messageIds: ["cmoutbox00000000000000001", "cmoutbox00000000000000002"] },
  "communes.updateSchedule": {
    before: { reminderTime: "07:30", deadlineReminderDays: [7, 3, 1], overdueDigest: true, chairDigestWeekday: 1, quietStart: "21:00" },
    after: { reminderTime: "08:00", deadlineReminderDays: [5, 1], overdueDigest: false, chairDigestWeekday: 5, quietStart: "22:00" },
  },
  "communes.updateWebhook": {
    before: { webhookUrl: null, webhookKinds: [], hasSecret: false, webhookSecretCreatedAt: null },
    after: {
      webhookUrl: "https://zalo.example.vn/hook",
      webhookKinds: ["DIRECTION"],
      hasSecret: true,
      webhookSecretCreatedAt: "2026-12-04T03:00:00.000Z",
    },
  },
  "communes.rotateWebhookSecret": {
    before: { webhookUrl: "https://zalo.example.vn/hook", hasSecret: true, webhookSecretCreatedAt: "2026-12-01T03:00:00.000Z" },
    after: { webhookUrl: "https://zalo.example.vn/hook", hasSecret: true, webhookSecretCreatedAt: "2026-12-04T03:00:00.000Z" },
  },
  "communes.removeWebhook": {
    before: { webhookUrl: "https://zalo.example.vn/hook", webhookKinds: [], hasSecret: true },
    after: { webhookUrl: null, webhookKinds: [], hasSecret: false },
    cancelled: 2,
  },
  "notifications.savePreferences": {
    before: null,
    after: { emailMode: "DAILY_DIGEST", emailMuted: ["REPORT_SIGNED"], inAppMuted: ["OVERDUE_CHAIR"] },
  },
  "holidays.save": { day: "2026-04-27", before: null, after: { name: "Nghỉ bù Giỗ Tổ Hùng Vương", workingDay: false } },
  "holidays.delete": { day: "2026-04-27", before: { name: "Nghỉ bù Giỗ Tổ Hùng Vương", workingDay: false } },
  // Issue 20: province plans. Each helper branch replaces its specimens with what its commands store.
  "provincePlans.create": { planId: PLAN, title: "Kế hoạch chuyển đổi số tỉnh năm 2026", taskCount: 0 },
  "provincePlans.import": { planId: PLAN, fileName: "ke-hoach-tinh.docx", taskCount: 12, indicatorCount: 2 },
  "provincePlans.edit": {
    planId: PLAN,
    before: { number: null, title: "Kế hoạch", issuer: "UBND Thành phố Hải Phòng", issuedDate: null, periodStart: null, periodEnd: null },
    after: {
      number: "45/KH-UBND",
      title: "Kế hoạch chuyển đổi số",
      issuer: "UBND Thành phố Hải Phòng",
      issuedDate: "2026-01-15",
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
    },
  },
  "provincePlans.saveTask": { planId: PLAN, code: "2.1", title: "Số hóa hồ sơ", targetAll: false, targetCommuneIds: [UNIT_A] },
  "provincePlans.deleteTask": { planId: PLAN, code: "2.1", title: "Số hóa hồ sơ" },
  "provincePlans.withdrawTask": { planId: PLAN, code: "2.1", title: "Số hóa hồ sơ" },
  "provincePlans.restoreTask": { planId: PLAN, code: "2.1", title: "Số hóa hồ sơ" },
  "provincePlans.saveIndicator": { planId: PLAN, code: "CT01", name: "Hồ sơ trực tuyến" },
  "provincePlans.deleteIndicator": { planId: PLAN, code: "CT01", name: "Hồ sơ trực tuyến" },
  "provincePlans.withdrawIndicator": { planId: PLAN, code: "CT01", name: "Hồ sơ trực tuyến", withdrawn: true },
  "provincePlans.publish": { publishedVersion: 2, communeCount: 2, changeCount: 3 },
  "provincePlans.applyPending": { publishedVersion: 2, communeCount: 1 },
  "mandates.receive": { publishedVersion: 2, changeCount: 3 },
  "mandates.assign": {
    title: "Số hóa hồ sơ",
    reason: "Theo đề xuất: giống nhiệm vụ 2.3 của Kế hoạch 15/KH-UBND",
    before: { leadUnitIds: [], leadGroupIds: [], supportUnitIds: [], supportGroupIds: [] },
    after: { leadUnitIds: [UNIT_A], leadGroupIds: [], supportUnitIds: [], supportGroupIds: [] },
  },
  "mandates.markNotApplicable": { title: "Số hóa hồ sơ", reason: "Phường không có làng nghề truyền thống" },
  "mandates.reopen": { title: "Số hóa hồ sơ", reason: "Phường không có làng nghề truyền thống" },
  "mandates.acknowledge": { publishedVersion: 2 },
  "mandates.movePlan": { planId: PLAN, taskCount: 5, indicatorCount: 1, renumbered: ["CT01 → CT04"] },
  // Issue 21: API v1.
  "apiTokens.create": {
    tokenName: "Hệ thống một cửa tỉnh",
    ownerId: UNIT_A,
    scope: "INDICATORS_WRITE",
    expiresAt: "2027-12-31",
    via: "dòng lệnh",
  },
  "apiTokens.revoke": { tokenName: "Hệ thống một cửa tỉnh", ownerId: UNIT_A },
  "api.request": { tokenName: "Hệ thống một cửa tỉnh", operation: "Danh sách nhiệm vụ của xã, phường", status: 200 },
  "kpiCodes.save": {
    catalogCode: "CT01",
    before: { nationalCode: null, nationalName: null },
    after: { nationalCode: "1.2.3", nationalName: "Tỷ lệ hồ sơ" },
  },
  "checklist.saveItem": {
    before: { area: "Quầy tiếp nhận", name: "Máy in", hint: "" },
    after: { area: "Quầy 1", name: "Máy in quầy 1", hint: "In thử được phiếu hẹn" },
  },
  "checklist.archiveItem": { area: "Hạ tầng chung", name: "Camera, loa (nếu có)" },
  "checklist.restoreItem": { area: "Hạ tầng chung", name: "Camera, loa (nếu có)" },
  "checklist.reorder": { itemIds: ["i1", "i2", "i3"] },
  "checklist.setCentre": { before: { serviceCentreUnitId: null }, after: { serviceCentreUnitId: UNIT_A } },
  "dailyChecks.submit": {
    day: "2026-12-04",
    revision: 1,
    faultItems: ["Máy in (Không hoạt động)"],
    openedIncidents: ["SC-004"],
    joinedIncidents: [],
  },
  "dailyChecks.amend": {
    day: "2026-12-04",
    revision: 2,
    faultItems: ["Máy in (Không hoạt động)", "Kết nối Internet (Chập chờn)"],
    openedIncidents: ["SC-005"],
    joinedIncidents: ["SC-004"],
  },
  "incidents.report": {
    incident: "SC-004",
    incidentTitle: "Mất kết nối Internet toàn trung tâm",
    severity: "URGENT",
    startedAt: "2026-12-04T00:40:00.000Z",
    countersDown: 4,
    servicesAffected: "Tiếp nhận hồ sơ trực tuyến",
    dossiersAffected: 30,
  },
  "incidents.acknowledge": { incident: "SC-004", fromState: "NEW", toState: "ACKNOWLEDGED" },
  "incidents.start": { incident: "SC-004", fromState: "ACKNOWLEDGED", toState: "IN_PROGRESS" },
  "incidents.escalate": { incident: "SC-004", fromState: "IN_PROGRESS", toState: "ESCALATED", note: "Cần VNPT kiểm tra đường truyền" },
  "incidents.provinceAcknowledge": { incident: "SC-004", fromState: "ESCALATED", toState: "ESCALATED" },
  "incidents.resolve": { incident: "SC-004", fromState: "ESCALATED", toState: "RESOLVED", note: "Đã thay modem" },
  "incidents.reopen": { incident: "SC-004", fromState: "RESOLVED", toState: "IN_PROGRESS", note: "Lại mất mạng lúc 9 giờ" },
  "incidents.close": { incident: "SC-004", fromState: "RESOLVED", toState: "CLOSED", cause: "Modem hỏng do sét", fix: "Thay modem mới" },
  "incidents.comment": { incident: "SC-004", note: "Tổ hỗ trợ sẽ đến lúc 14 giờ" },
  "incidents.attach": { incident: "SC-004", fileName: "anh-modem.jpg" },
  "account.changePassword": { sessionsEnded: 2 },
  "account.updateProfile": {
    before: { fullName: "Chủ tịch UBND phường Hải An", officialName: null, jobTitle: null },
    after: { fullName: "Chủ tịch UBND phường Hải An", officialName: "Nguyễn Văn An", jobTitle: "Chủ tịch" },
  },
  "account.endSession": { device: "Chrome trên Windows", sessionsEnded: 1 },
  "account.enableTwoFactor": { via: "Tài khoản của tôi" },
  "account.disableTwoFactor": { via: "Tài khoản của tôi" },
  "account.newRecoveryCodes": { recoveryCodes: 10 },
  "account.activate": { username: "chutich.haian" },
  "account.resetForgottenPassword": { username: "chutich.haian", sessionsEnded: 1 },
  "users.resetTwoFactor": { username: "chutich.haian" },
  "users.issueActivation": { username: "chutich.xa11311", delivery: "PRINT" },
  "tenants.createProvince": { name: "Tỉnh Quảng Ninh", adminCode: "22" },
  "tenants.updateProvince": { before: { name: "Quảng Ninh", adminCode: "22" }, after: { name: "Tỉnh Quảng Ninh", adminCode: "22" } },
  "tenants.createCommune": {
    name: "Xã Tiên Yên",
    kind: "COMMUNE",
    adminCode: "06970",
    provinceId: PLAN,
    createdUnits: ["Văn phòng HĐND và UBND", "Phòng Kinh tế"],
  },
  "tenants.updateCommune": {
    before: { name: "Xã Tiên Yên", kind: "COMMUNE", adminCode: "06970" },
    after: { name: "Phường Tiên Yên", kind: "WARD", adminCode: "06970" },
  },
  "tenants.createAccount": {
    username: "tinh.quangninh",
    fullName: "Sở KH&CN Quảng Ninh",
    role: "PROVINCE",
    provinceId: PLAN,
    email: "so@qn.gov.vn",
  },
  "tenants.updateAccount": {
    before: { fullName: "Sở KH&CN", role: "PROVINCE", active: true },
    after: { fullName: "Sở KH&CN", role: "PROVINCE", active: false },
  },
  "tenants.onboard": { fileName: "khoi-tao-quang-ninh.xlsx", onboardedCommunes: ["Xã Tiên Yên (06970)"], accountCount: 4 },
  "tenants.saveUnitTemplate": { templateUnits: ["Văn phòng HĐND và UBND", "Phòng Kinh tế"] },
  "tenants.setTwoFactorGrace": { before: { graceDays: 14 }, after: { graceDays: 7 } },
  "catalog.create": { code: "CDS-99", name: "Tỷ lệ hồ sơ số hóa", unit: "PERCENT", comparison: "AT_LEAST", defaultTarget: 30 },
};

const ENUM_VALUES = Object.values(enums).flatMap((e) => (typeof e === "object" ? Object.values(e as Record<string, string>) : []));

describe("audit log details (Chi tiết)", () => {
  it("has a specimen for every audited action", () => {
    expect(Object.keys(SPECIMENS).sort()).toEqual(Object.keys(AUDIT_ACTION_LABEL).sort());
  });

  for (const [action, data] of Object.entries(SPECIMENS)) {
    it(`${action}: Vietnamese lines, no raw JSON, codes, ids or ISO dates`, () => {
      const lines = describeAudit(action, data, NAMES);
      expect(lines.length).toBeGreaterThan(0);
      const text = lines.join("\n");
      expect(text).not.toMatch(/[{}[\]"]/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/\b[a-z]+[A-Z]\w*\b/); // field names such as workStatus
      expect(text).not.toMatch(/\bcm[a-z0-9]{20,}\b/); // ids
      expect(ENUM_VALUES.filter((v) => new RegExp(`\\b${v}\\b`).test(text))).toEqual([]);
    });
  }

  it("writes before → after in Vietnamese", () => {
    expect(describeAudit("tasks.submitUpdate", SPECIMENS["tasks.submitUpdate"], NAMES)).toEqual(
      expect.arrayContaining(["Tiến độ: 50% → 100%", "Tình trạng: Đang thực hiện → Hoàn thành", "Ngày hoàn thành: (trống) → 04/12/2026"]),
    );
    expect(describeAudit("tasks.edit", SPECIMENS["tasks.edit"], NAMES)).toEqual(
      expect.arrayContaining([
        "Lý do: UBND giao hạn",
        "Hạn hoàn thành: (trống) → 31/12/2026",
        "Đơn vị chủ trì: Văn phòng HĐND và UBND → Trung tâm Phục vụ hành chính công",
        "Nhóm đơn vị chủ trì: (trống) → Các phòng chuyên môn thuộc UBND phường",
      ]),
    );
    expect(describeAudit("unitGroups.update", SPECIMENS["unitGroups.update"], NAMES)).toEqual([
      "Tên: Nền tảng số → Các đơn vị quản lý nền tảng số",
      "Đơn vị thành viên: Văn phòng HĐND và UBND → Văn phòng HĐND và UBND; Trung tâm Phục vụ hành chính công",
    ]);
    const edit = describeAudit("indicators.edit", SPECIMENS["indicators.edit"], NAMES);
    expect(edit).toEqual(expect.arrayContaining(["Chỉ tiêu cần đạt: 80 → 90", "Tần suất cập nhật: Hằng tháng → Hằng tuần"]));
    // Unchanged fields are not listed.
    expect(edit.some((l) => l.startsWith("Tên chỉ tiêu"))).toBe(false);
    expect(describeAudit("reports.remind", SPECIMENS["reports.remind"], NAMES)).toEqual(
      expect.arrayContaining(["Kỳ báo cáo: Tháng 11/2026", "Đơn vị được nhắc: Văn phòng HĐND và UBND; Trung tâm Phục vụ hành chính công"]),
    );
    expect(describeAudit("reports.closePeriod", SPECIMENS["reports.closePeriod"], NAMES)).toEqual(
      expect.arrayContaining([
        "Văn phòng báo cáo thay cho: Trung tâm Phục vụ hành chính công",
        "Số nhiệm vụ đã gửi cập nhật: 3",
        "Trong đó không thay đổi so với kỳ trước: 2",
      ]),
    );
  });
});
