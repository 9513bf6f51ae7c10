// Every kind of notification the portal writes, with the words users see in their preferences and
// whether they may turn it off. A kind that carries a duty (a direction to act on, an update sent
// back, a report waiting for the signature) always reaches the bell; its e-mail may be muted.
import type { NotificationKind } from "../generated/prisma/enums";

export type { NotificationKind };

type KindInfo = { label: string; group: "Nhắc lịch" | "Sự kiện" | "Tổng hợp"; mandatoryInApp: boolean };

export const NOTIFICATION_KINDS: Record<NotificationKind, KindInfo> = {
  DEADLINE_APPROACHING: { label: "Sắp đến hạn nhiệm vụ (7, 3, 1 ngày)", group: "Nhắc lịch", mandatoryInApp: false },
  OVERDUE_UNIT: { label: "Nhiệm vụ quá hạn của đơn vị (hằng ngày)", group: "Nhắc lịch", mandatoryInApp: false },
  OVERDUE_CHAIR: { label: "Nhiệm vụ quá hạn toàn xã (hằng tuần)", group: "Nhắc lịch", mandatoryInApp: false },
  PERIOD_REMINDER: { label: "Sắp hết kỳ báo cáo, đơn vị chưa xác nhận", group: "Nhắc lịch", mandatoryInApp: false },
  PERIOD_MISSING: { label: "Đơn vị chưa báo cáo sau kỳ", group: "Nhắc lịch", mandatoryInApp: false },
  INDICATOR_VALUE_DUE: { label: "Đến kỳ nhập số liệu chỉ tiêu", group: "Nhắc lịch", mandatoryInApp: false },
  REPORT_REMINDER: { label: "Văn phòng nhắc báo cáo kỳ", group: "Nhắc lịch", mandatoryInApp: true },
  DIRECTION: { label: "Ý kiến chỉ đạo mới", group: "Sự kiện", mandatoryInApp: true },
  DIRECTION_REMINDER: { label: "Nhắc ý kiến chỉ đạo chưa tiếp nhận", group: "Sự kiện", mandatoryInApp: true },
  UPDATE_RETURNED: { label: "Báo cáo tiến độ bị trả lại", group: "Sự kiện", mandatoryInApp: true },
  EXTENSION_REQUESTED: { label: "Đề nghị gia hạn chờ quyết định", group: "Sự kiện", mandatoryInApp: true },
  EXTENSION_DECIDED: { label: "Kết quả đề nghị gia hạn", group: "Sự kiện", mandatoryInApp: true },
  REPORT_FOR_SIGNATURE: { label: "Báo cáo trình ký", group: "Sự kiện", mandatoryInApp: true },
  REPORT_SIGNED: { label: "Báo cáo đã ký phát hành", group: "Sự kiện", mandatoryInApp: false },
  CHAIR_WEEKLY_DIGEST: { label: "Tổng hợp tuần cho Chủ tịch", group: "Tổng hợp", mandatoryInApp: false },
  EMAIL_DIGEST: { label: "Thư tổng hợp hằng ngày", group: "Tổng hợp", mandatoryInApp: false },
  PROVINCE_PLAN_PUBLISHED: { label: "Tỉnh giao hoặc điều chỉnh nhiệm vụ", group: "Sự kiện", mandatoryInApp: true },
  INCIDENT_URGENT: { label: "Sự cố CNTT khẩn cấp", group: "Sự kiện", mandatoryInApp: true },
  INCIDENT_ESCALATED: { label: "Sự cố CNTT chuyển cấp trên", group: "Sự kiện", mandatoryInApp: true },
  INCIDENT_UPDATED: { label: "Sự cố CNTT được tiếp nhận, xử lý hoặc trao đổi", group: "Sự kiện", mandatoryInApp: false },
  DAILY_CHECK_MISSING: { label: "Chưa kiểm tra đầu giờ", group: "Nhắc lịch", mandatoryInApp: false },
};

export const ALL_KINDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
