export const AUDIT_ACTION_LABEL: Record<string, string> = {
  "unit.create": "Thêm đơn vị",
  "unit.update": "Sửa đơn vị",
  "user.create": "Tạo tài khoản",
  "user.update": "Sửa tài khoản",
  "user.resetPassword": "Cấp lại mật khẩu",
  "task.progress": "Cập nhật tiến độ",
  "task.contribution": "Gửi nội dung phối hợp",
  "task.directive": "Ý kiến chỉ đạo",
  "task.edit": "Điều chỉnh nhiệm vụ",
  "directive.acknowledge": "Tiếp nhận chỉ đạo",
  "update.return": "Trả lại báo cáo",
};
