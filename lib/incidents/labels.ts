// The incident log's words: states, severities, the history's lines, the incident's code.
import type { IncidentEventKind, IncidentSeverity, IncidentStatus } from "../generated/prisma/enums";

export const INCIDENT_STATUS_LABEL: Record<IncidentStatus, string> = {
  NEW: "Mới",
  ACKNOWLEDGED: "Đã tiếp nhận",
  IN_PROGRESS: "Đang xử lý",
  ESCALATED: "Chuyển cấp trên",
  RESOLVED: "Đã khắc phục",
  CLOSED: "Đóng",
};

export const SEVERITY_LABEL: Record<IncidentSeverity, string> = {
  LOW: "Thấp",
  NORMAL: "Trung bình",
  URGENT: "Khẩn cấp",
};

/** What each severity means, under the choice in the report form. */
export const SEVERITY_HINT: Record<IncidentSeverity, string> = {
  LOW: "Có cách làm tạm, người dân không phải chờ",
  NORMAL: "Một số quầy hoặc dịch vụ bị ảnh hưởng",
  URGENT: "Xã, phường có thể phải dừng tiếp nhận hồ sơ",
};

export const INCIDENT_EVENT_LABEL: Record<IncidentEventKind, string> = {
  REPORTED: "Báo sự cố",
  ACKNOWLEDGED: "Tiếp nhận",
  STARTED: "Bắt đầu xử lý",
  ESCALATED: "Chuyển tổ hỗ trợ cấp tỉnh",
  PROVINCE_ACKNOWLEDGED: "Tổ hỗ trợ cấp tỉnh tiếp nhận",
  RESOLVED: "Đã khắc phục",
  REOPENED: "Mở lại",
  CLOSED: "Đóng sự cố",
  COMMENTED: "Trao đổi",
  SEEN_AGAIN: "Kiểm tra đầu giờ vẫn thấy lỗi",
};

/** "SC-007": an incident's number within its commune, as people say it on the phone. */
export function incidentCode(number: number): string {
  return `SC-${String(number).padStart(3, "0")}`;
}
