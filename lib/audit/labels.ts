// The audit log's actions and their Vietnamese labels (the log page and its filter). Commands write
// through ctx.audit, which only takes an AuditAction: an action without a label does not compile.
// One style, `<feature>.<verb>`; the migration 20261205100000_audit_action_names renamed older rows.
export const AUDIT_ACTION_LABEL = {
  "units.create": "Thêm đơn vị",
  "units.update": "Sửa đơn vị",
  "unitGroups.create": "Thêm nhóm đơn vị",
  "unitGroups.update": "Sửa nhóm đơn vị",
  "unitGroups.delete": "Xóa nhóm đơn vị",
  "users.create": "Tạo tài khoản",
  "users.update": "Sửa tài khoản",
  "users.resetPassword": "Cấp lại mật khẩu",
  "tasks.submitUpdate": "Cập nhật tiến độ",
  "tasks.submitContribution": "Gửi nội dung phối hợp",
  "tasks.giveDirective": "Ý kiến chỉ đạo",
  "tasks.edit": "Điều chỉnh nhiệm vụ",
  "tasks.acknowledgeDirective": "Tiếp nhận chỉ đạo",
  "tasks.returnUpdate": "Trả lại báo cáo",
  "tasks.requestExtension": "Đề nghị gia hạn",
  "tasks.decideExtension": "Xử lý đề nghị gia hạn",
  "tasks.markPartNotApplicable": "Báo phần việc không phát sinh",
  "tasks.reopenPart": "Mở lại phần việc của đơn vị",
  "imports.upload": "Tải lên văn bản kế hoạch",
  "imports.apply": "Tạo kế hoạch từ văn bản",
  "imports.discard": "Hủy bản nhập kế hoạch",
  "catalog.edit": "Sửa danh mục chỉ tiêu",
  "indicators.create": "Thêm chỉ tiêu",
  "indicators.edit": "Sửa chỉ tiêu",
  "indicators.delete": "Xóa chỉ tiêu",
  "indicators.enterValue": "Nhập số liệu chỉ tiêu",
  "indicators.correctValue": "Điều chỉnh số liệu chỉ tiêu",
  "indicators.attachEvidence": "Đính kèm minh chứng số liệu",
  "plans.setReportWeekStart": "Đổi ngày bắt đầu tuần báo cáo",
  "plans.edit": "Sửa số, ngày của kế hoạch",
  "plans.archive": "Lưu trữ kế hoạch",
  "plans.restore": "Khôi phục kế hoạch",
  "reports.create": "Lập dự thảo báo cáo",
  "reports.save": "Lưu dự thảo báo cáo",
  "reports.submit": "Trình ký báo cáo",
  "reports.finalize": "Ký phát hành báo cáo",
  "reports.delete": "Xóa dự thảo báo cáo",
  "reports.confirmReported": "Đơn vị xác nhận đã báo cáo",
  "reports.remind": "Nhắc đơn vị báo cáo",
  "reports.closePeriod": "Gửi cập nhật và xác nhận đã báo cáo",
  "communes.updateSettings": "Sửa cài đặt xã, phường",
  "outbox.resend": "Gửi lại thư chưa gửi được",
  "outbox.resendAll": "Gửi lại tất cả thư chưa gửi được",
  "communes.updateSchedule": "Sửa lịch nhắc tự động",
  "communes.updateWebhook": "Sửa webhook thông báo",
  "communes.rotateWebhookSecret": "Tạo khóa bí mật webhook mới",
  "communes.removeWebhook": "Gỡ webhook thông báo",
  "notifications.savePreferences": "Sửa cài đặt thông báo cá nhân",
  "holidays.save": "Lưu ngày nghỉ lễ",
  "holidays.delete": "Xóa ngày nghỉ lễ",
  // Province plans (the province's side; entries carry no commune, their data names the province).
  "provincePlans.create": "Tạo kế hoạch của tỉnh",
  "provincePlans.import": "Nhập kế hoạch của tỉnh từ văn bản",
  "provincePlans.edit": "Sửa thông tin kế hoạch của tỉnh",
  "provincePlans.saveTask": "Sửa nhiệm vụ của kế hoạch tỉnh",
  "provincePlans.deleteTask": "Xóa nhiệm vụ chưa ban hành của kế hoạch tỉnh",
  "provincePlans.withdrawTask": "Rút nhiệm vụ của kế hoạch tỉnh",
  "provincePlans.restoreTask": "Giao lại nhiệm vụ đã rút",
  "provincePlans.saveIndicator": "Sửa chỉ tiêu của kế hoạch tỉnh",
  "provincePlans.deleteIndicator": "Xóa chỉ tiêu chưa ban hành của kế hoạch tỉnh",
  "provincePlans.withdrawIndicator": "Rút chỉ tiêu của kế hoạch tỉnh",
  "provincePlans.publish": "Ban hành phiên bản kế hoạch của tỉnh",
  "provincePlans.applyPending": "Áp dụng tiếp phiên bản kế hoạch tỉnh cho các xã chưa nhận",
  // The commune's side of a province plan (entries carry the commune).
  "mandates.receive": "Nhận phiên bản kế hoạch của tỉnh",
  "mandates.assign": "Giao đơn vị chủ trì nhiệm vụ tỉnh giao",
  "mandates.markNotApplicable": "Báo nhiệm vụ tỉnh giao không phát sinh",
  "mandates.reopen": "Mở lại nhiệm vụ tỉnh giao",
  "mandates.acknowledge": "Đã xem thay đổi của kế hoạch tỉnh",
  "mandates.movePlan": "Chuyển nhiệm vụ tỉnh giao sang kế hoạch khác",
  // API v1 (issue 21): tokens, every request made with one, and the national codes of catalog KPIs.
  "apiTokens.create": "Tạo khóa kết nối API",
  "apiTokens.revoke": "Thu hồi khóa kết nối API",
  "api.request": "Truy cập qua API",
  "kpiCodes.save": "Sửa mã chỉ tiêu quốc gia",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABEL;

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTION_LABEL, action);

/** The label of a stored action; a name no longer known (none after the migration) shows as stored. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_LABEL[action] : action;
}
