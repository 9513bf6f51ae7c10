// The words of the audit log: what each key a command stores in `data` is called in Vietnamese and
// how its value is written (enum labels, dd/mm/yyyy dates, unit and unit-group names for ids). One table for the
// log page and the task history, so that a field is named the same everywhere.
import { UNIT_KIND_LABEL } from "../admin/labels";
import { API_SCOPE_LABEL } from "../api-tokens/labels";
import { ROLE_LABEL } from "../auth/navigation";
import { formatDateKey, formatDateTime, localDateKey } from "../dates";
import { formatNumber } from "../format/number";
import { FREQUENCY_LABEL, periodFromKey } from "../indicators/periods";
import { OUTBOX_CHANNEL_LABEL } from "../notifications/delivery/labels";
import { COMPARISON_LABEL, MEASURE_LABEL, UNIT_LABEL } from "../indicators/vocabulary";
import { WEEKDAY_LABEL, reportPeriodFromKey, type WeekStartDay } from "../reports/periods";
import { NOTIFICATION_KINDS, type NotificationKind } from "../notifications/kinds";
import { EMAIL_MODE_LABEL } from "../notifications/schemas";
import { INCIDENT_STATUS_LABEL, SEVERITY_LABEL } from "../incidents/labels";
import { DEADLINE_KIND_LABEL, EXTENSION_DECISION_LABEL, WORK_STATUS_LABEL } from "../tasks/status-meta";

/** Ids (units, tasks, plans) and catalog codes → the names people know them by. */
export type AuditNames = ReadonlyMap<string, string>;

type Show = (value: unknown, names: AuditNames) => string;

export const EMPTY = "(trống)";

/** "2026-12-31" (a SQL DATE) or an instant ("2026-12-04T03:00:00.000Z", the local day) as dd/mm/yyyy. */
export function showDate(value: unknown): string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return EMPTY;
  const dateOnly = value.length === 10 || /T00:00:00(\.000)?Z$/.test(value);
  return formatDateKey(dateOnly ? value.slice(0, 10) : localDateKey(new Date(value)));
}

/** A report period key ("M-2026-11", "W-2026-11-23") or a KPI period key ("2026-11", "2026-W05"). */
export function showPeriod(value: unknown): string {
  const key = String(value);
  if (/^[A-Z]-/.test(key)) {
    for (const day of [1, 2, 3, 4, 5, 6, 7] as WeekStartDay[]) {
      const p = reportPeriodFromKey(key, day);
      if (p) return p.label;
    }
  }
  const indicatorPeriod = periodFromKey(key, key.includes("W") ? "WEEKLY" : "MONTHLY");
  return indicatorPeriod ? indicatorPeriod.label : key.replace(/\d{4}-\d{2}-\d{2}/g, (d) => formatDateKey(d));
}

const label =
  (labels: Record<string, string>): Show =>
  (v) =>
    v === null || v === undefined || v === "" ? EMPTY : (labels[String(v)] ?? "(không rõ)");
const text: Show = (v) => (v === null || v === undefined || v === "" ? EMPTY : String(v));
const num: Show = (v) => (v === null || v === undefined || v === "" || !Number.isFinite(Number(v)) ? EMPTY : formatNumber(Number(v), 4));
const percent: Show = (v) => `${num(v, new Map())}%`;
const date: Show = (v) => showDate(v);
const dateTime: Show = (v) => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? formatDateTime(new Date(v)) : EMPTY);
const name: Show = (v, names) => (v ? (names.get(String(v)) ?? "(đã xóa)") : EMPTY);
const nameList: Show = (v, names) =>
  Array.isArray(v) && v.length > 0 ? v.map((id) => names.get(String(id)) ?? "(đã xóa)").join("; ") : EMPTY;
const textList: Show = (v) => (Array.isArray(v) && v.length > 0 ? v.join("; ") : EMPTY);
const count: Show = (v) => (Array.isArray(v) ? String(v.length) : num(v, new Map()));
const onOff: Show = (v) => (v ? "Bật" : "Tắt");
const kindList =
  (none: string): Show =>
  (v) =>
    Array.isArray(v) && v.length > 0 ? v.map((k) => NOTIFICATION_KINDS[k as NotificationKind]?.label ?? "(không rõ)").join("; ") : none;
const active: Show = (v) => (v ? "Đang hoạt động" : "Ngừng hoạt động");

/** Keys of `data` (and of its `before`/`after`) in the order the log lists them. Unlisted keys are ids or
 * technical counters (updateId, version…) and are not shown. */
export const AUDIT_FIELDS: Record<string, { label: string; show: Show }> = {
  reason: { label: "Lý do", show: text },
  comment: { label: "Lý do trả lại", show: text },
  taskId: { label: "Nhiệm vụ", show: name },
  planId: { label: "Kế hoạch", show: name },
  period: { label: "Kỳ báo cáo", show: showPeriod },
  // tasks
  workStatus: { label: "Tình trạng", show: label(WORK_STATUS_LABEL) },
  progress: { label: "Tiến độ", show: percent },
  completedAt: { label: "Ngày hoàn thành", show: date },
  title: { label: "Tên nhiệm vụ", show: text },
  expectedOutput: { label: "Sản phẩm", show: text },
  deadlineKind: { label: "Loại thời hạn", show: label(DEADLINE_KIND_LABEL) },
  dueDate: { label: "Hạn hoàn thành", show: date },
  deadlineText: { label: "Thời hạn theo văn bản", show: text },
  supportText: { label: "Đơn vị phối hợp khác", show: text },
  leadGroupIds: { label: "Nhóm đơn vị chủ trì", show: nameList },
  leadUnitIds: { label: "Đơn vị chủ trì", show: nameList },
  supportGroupIds: { label: "Nhóm đơn vị phối hợp", show: nameList },
  supportUnitIds: { label: "Đơn vị phối hợp", show: nameList },
  attachmentIds: { label: "Số tệp minh chứng", show: count },
  // deadline extensions
  currentDueDate: { label: "Thời hạn hiện tại", show: date },
  requestedDueDate: { label: "Thời hạn đề nghị", show: date },
  decision: { label: "Ý kiến xử lý", show: label(EXTENSION_DECISION_LABEL) },
  decisionComment: { label: "Ý kiến", show: text },
  maxDeadlineExtensions: { label: "Số lần gia hạn tối đa", show: num },
  partUnitId: { label: "Phần việc của đơn vị", show: name },
  notApplicableReason: { label: "Không phát sinh", show: text },
  // units and accounts
  name: { label: "Tên", show: text },
  shortName: { label: "Tên viết tắt", show: text },
  kind: { label: "Loại đơn vị", show: label(UNIT_KIND_LABEL) },
  unitIds: { label: "Đơn vị thành viên", show: nameList },
  username: { label: "Tài khoản", show: text },
  fullName: { label: "Họ tên", show: text },
  officialName: { label: "Tên người ký trên văn bản", show: text },
  role: { label: "Vai trò", show: label(ROLE_LABEL) },
  unitId: { label: "Đơn vị", show: name },
  active: { label: "Trạng thái", show: active },
  // indicators and the catalog
  code: { label: "Mã chỉ tiêu", show: text },
  catalogCode: { label: "Chỉ tiêu chuẩn", show: (v, names) => (v ? (names.get(String(v)) ?? "(không rõ)") : EMPTY) },
  unit: { label: "Đơn vị tính", show: label(UNIT_LABEL) },
  comparison: { label: "Cách so sánh", show: label(COMPARISON_LABEL) },
  measure: { label: "Cách đo", show: label(MEASURE_LABEL) },
  target: { label: "Chỉ tiêu cần đạt", show: num },
  defaultTarget: { label: "Chỉ tiêu mặc định", show: num },
  defaultDueDate: { label: "Hạn mặc định", show: date },
  target2: { label: "Chỉ tiêu mốc 2", show: num },
  dueDate2: { label: "Hạn mốc 2", show: date },
  baselineValue: { label: "Giá trị ban đầu", show: num },
  baselineDate: { label: "Ngày của giá trị ban đầu", show: date },
  numeratorLabel: { label: "Tên tử số", show: text },
  denominatorLabel: { label: "Tên mẫu số", show: text },
  method: { label: "Cách tính, nguồn số liệu", show: text },
  responsibleHint: { label: "Đơn vị thường chịu trách nhiệm", show: text },
  frequency: { label: "Tần suất cập nhật", show: label(FREQUENCY_LABEL) },
  responsibleUnitId: { label: "Đơn vị chịu trách nhiệm", show: name },
  taskIds: { label: "Nhiệm vụ liên quan", show: nameList },
  value: { label: "Giá trị", show: num },
  numerator: { label: "Tử số", show: num },
  denominator: { label: "Mẫu số", show: num },
  revision: { label: "Lần nhập", show: num },
  file: { label: "Từ tệp", show: text },
  line: { label: "Dòng", show: text },
  // plan import
  fileName: { label: "Tệp", show: text },
  tasks: { label: "Số nhiệm vụ", show: num },
  createdUnits: { label: "Đơn vị mới tạo", show: textList },
  createdGroups: { label: "Nhóm đơn vị mới tạo", show: textList },
  // reports
  reportWeekStart: { label: "Ngày bắt đầu tuần báo cáo", show: label(WEEKDAY_LABEL) },
  changed: { label: "Phần đã sửa", show: (v) => (Array.isArray(v) && v.length === 0 ? "không có" : textList(v, new Map())) },
  number: { label: "Số văn bản", show: text },
  issuedDate: { label: "Ngày ban hành", show: date },
  signer: { label: "Người ký", show: text },
  units: { label: "Đơn vị được nhắc", show: nameList },
  notified: { label: "Số tài khoản được thông báo", show: num },
  // closing a period: who was reported for, what was sent
  onBehalfOfUnitId: { label: "Văn phòng báo cáo thay cho", show: name },
  unchanged: { label: "Nội dung", show: (v) => (v ? "Không thay đổi so với kỳ trước" : EMPTY) },
  updateIds: { label: "Số nhiệm vụ đã gửi cập nhật", show: count },
  unchangedCount: { label: "Trong đó không thay đổi so với kỳ trước", show: num },
  // "Gửi lại" of the outbox's failed messages
  channel: { label: "Kênh gửi", show: label(OUTBOX_CHANNEL_LABEL) },
  recipient: { label: "Gửi đến", show: text },
  attempts: { label: "Số lần đã thử", show: num },
  lastError: { label: "Lỗi lần cuối", show: text },
  messageIds: { label: "Số thư gửi lại", show: count },
  // a commune's reminder schedule and webhook (the secret itself is never recorded)
  reminderTime: { label: "Giờ gửi nhắc", show: text },
  deadlineReminderDays: { label: "Nhắc trước hạn (ngày)", show: (v) => (Array.isArray(v) && v.length > 0 ? v.join(", ") : "không nhắc") },
  overdueDigest: { label: "Tổng hợp nhiệm vụ quá hạn", show: onOff },
  periodReminderWorkingDays: { label: "Nhắc trước khi hết kỳ (ngày làm việc)", show: num },
  chairDigestWeekday: { label: "Ngày gửi tổng hợp tuần", show: label(WEEKDAY_LABEL) },
  chairDigestTime: { label: "Giờ gửi tổng hợp tuần", show: text },
  directionReminderDays: { label: "Nhắc ý kiến chỉ đạo sau (ngày)", show: num },
  quietStart: { label: "Không gửi thư từ", show: text },
  quietEnd: { label: "Không gửi thư đến", show: text },
  webhookUrl: { label: "Địa chỉ webhook", show: text },
  webhookKinds: { label: "Loại gửi webhook", show: kindList("tất cả") },
  hasSecret: { label: "Khóa bí mật", show: (v) => (v ? "đã có" : "chưa có") },
  webhookSecretCreatedAt: { label: "Khóa tạo lúc", show: (v) => (typeof v === "string" ? formatDateTime(new Date(v)) : EMPTY) },
  cancelled: { label: "Số tin webhook đang chờ bị hủy", show: num },
  // a user's notification preferences
  emailMode: { label: "Nhận thư", show: label(EMAIL_MODE_LABEL) },
  emailMuted: { label: "Không nhận thư về", show: kindList("không có") },
  inAppMuted: { label: "Tắt trên cổng thông tin", show: kindList("không có") },
  // the holiday table
  day: { label: "Ngày", show: date },
  // province plans (issue 20): a published version and what it changed
  publishedVersion: { label: "Phiên bản", show: num },
  communeCount: { label: "Số xã, phường nhận", show: num },
  changeCount: { label: "Số thay đổi", show: num },
  taskCount: { label: "Số nhiệm vụ", show: num },
  indicatorCount: { label: "Số chỉ tiêu", show: num },
  renumbered: { label: "Mã chỉ tiêu đổi để không trùng", show: textList },
  targetAll: { label: "Giao cho", show: (v) => (v ? "tất cả xã, phường" : "các xã, phường được chọn") },
  targetCommuneIds: { label: "Xã, phường được giao", show: nameList },
  adaptable: { label: "Xã được điều chỉnh nội dung", show: (v) => (v ? "có" : "không") },
  leadText: { label: "Chủ trì theo văn bản tỉnh", show: text },
  withdrawn: { label: "Thay đổi", show: (v) => (v ? "rút khỏi kế hoạch" : "giao lại") },
  workingDay: { label: "Loại ngày", show: (v) => (v ? "Ngày làm việc bù" : "Ngày nghỉ") },
  // API v1: tokens, the requests made with them, values fed by source systems, national KPI codes
  tokenName: { label: "Khóa kết nối", show: text },
  via: { label: "Tạo bằng", show: text },
  ownerId: { label: "Tài khoản sử dụng", show: name },
  scope: { label: "Quyền", show: label(API_SCOPE_LABEL) },
  expiresAt: { label: "Hết hạn", show: date },
  operation: { label: "Thao tác", show: text },
  status: { label: "Mã kết quả", show: num },
  feedSource: { label: "Hệ thống nguồn", show: text },
  externalId: { label: "Mã số liệu ở hệ thống nguồn", show: text },
  nationalCode: { label: "Mã chỉ tiêu quốc gia", show: text },
  nationalName: { label: "Tên chỉ tiêu quốc gia", show: text },
  // the one-stop centre: the checklist, the daily check, IT incidents
  area: { label: "Khu vực, quầy", show: text },
  hint: { label: "Thế nào là bình thường", show: text },
  itemIds: { label: "Số hạng mục", show: count },
  serviceCentreUnitId: { label: "Trung tâm Phục vụ hành chính công", show: name },
  faultItems: { label: "Hạng mục có lỗi", show: textList },
  openedIncidents: { label: "Sự cố mới mở", show: textList },
  joinedIncidents: { label: "Sự cố đang mở ghi nhận thêm", show: textList },
  incident: { label: "Sự cố", show: text },
  incidentTitle: { label: "Nội dung sự cố", show: text },
  severity: { label: "Mức độ", show: label(SEVERITY_LABEL) },
  startedAt: { label: "Xảy ra từ", show: dateTime },
  countersDown: { label: "Số quầy ngừng", show: num },
  servicesAffected: { label: "Dịch vụ bị gián đoạn", show: text },
  dossiersAffected: { label: "Số hồ sơ ước bị ảnh hưởng", show: num },
  fromState: { label: "Từ trạng thái", show: label(INCIDENT_STATUS_LABEL) },
  toState: { label: "Sang trạng thái", show: label(INCIDENT_STATUS_LABEL) },
  note: { label: "Nội dung", show: text },
  cause: { label: "Nguyên nhân", show: text },
  fix: { label: "Cách khắc phục", show: text },
  // accounts and onboarding (issue 23); passwords, codes and link tokens are never recorded
  email: { label: "Thư điện tử", show: text },
  phone: { label: "Điện thoại", show: text },
  jobTitle: { label: "Chức vụ", show: text },
  adminCode: { label: "Mã đơn vị hành chính", show: text },
  provinceId: { label: "Tỉnh, thành phố", show: name },
  device: { label: "Thiết bị", show: text },
  sessionsEnded: { label: "Số phiên đăng nhập khác đã kết thúc", show: num },
  recoveryCodes: { label: "Số mã khôi phục mới", show: num },
  delivery: { label: "Gửi liên kết kích hoạt", show: label({ EMAIL: "qua thư điện tử", PRINT: "in danh sách trao tay" }) },
  onboardedCommunes: { label: "Xã, phường mới", show: textList },
  accountCount: { label: "Số tài khoản mới", show: num },
  templateUnits: { label: "Các đơn vị mẫu", show: textList },
  graceDays: { label: "Thời hạn bật xác thực hai bước (ngày)", show: num },
};
