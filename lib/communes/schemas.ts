// Input of the commune settings form (Quản trị → Cài đặt), shared by the action and the form.
import { z } from "zod";
import "../validation/messages";
import { checkbox, id, str } from "../validation/fields";
import { ALL_KINDS, type NotificationKind } from "../notifications/kinds";

/** The most extensions a commune may allow per task: more would make a deadline meaningless. */
export const MAX_EXTENSIONS_LIMIT = 10;

export const communeSettingsSchema = z.object({
  communeId: id,
  maxDeadlineExtensions: z.coerce
    .number({ message: "Nhập số lần gia hạn tối đa" })
    .int("Số lần gia hạn phải là số nguyên")
    .min(0, `Số lần gia hạn tối đa từ 0 đến ${MAX_EXTENSIONS_LIMIT}`)
    .max(MAX_EXTENSIONS_LIMIT, `Số lần gia hạn tối đa từ 0 đến ${MAX_EXTENSIONS_LIMIT}`),
});

// ---------------------------------------------------------------------------------------------------
// Lịch nhắc tự động and the webhook (issue 19): what the scheduled rules and notify() read.

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (label: string) =>
  z
    .string({ message: `Nhập ${label}` })
    .trim()
    .regex(HH_MM, `${label[0]!.toUpperCase()}${label.slice(1)} phải theo dạng GG:PP (00:00 đến 23:59), ví dụ 07:30`);

const intBetween = (label: string, min: number, max: number) =>
  z.coerce
    .number({ message: `Nhập ${label}` })
    .int(`${label[0]!.toUpperCase()}${label.slice(1)} phải là số nguyên`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} từ ${min} đến ${max}`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} từ ${min} đến ${max}`);

export const MAX_DEADLINE_REMINDERS = 5;
export const MAX_DEADLINE_REMINDER_DAY = 30;

/** "7, 3, 1" (commas or spaces) → [7, 3, 1], farthest first; empty = no deadline reminders. */
const reminderDays = z
  .string({ message: "Nhập các ngày nhắc trước hạn" })
  .max(100, "Danh sách ngày nhắc quá dài")
  .transform((v, ctx) => {
    const parts = v.split(/[\s,;]+/).filter(Boolean);
    const days = parts.map(Number);
    const bad = parts.filter((p, i) => !/^\d+$/.test(p) || days[i]! < 1 || days[i]! > MAX_DEADLINE_REMINDER_DAY);
    if (bad.length) {
      // Numbers out of range are echoed back; other text is not (it may be anything, in any language).
      const shown = bad.filter((p) => /^[-+]?\d+([.,]\d+)?$/.test(p)).slice(0, 3);
      ctx.addIssue({
        code: "custom",
        message: `Mỗi ngày nhắc là một số nguyên từ 1 đến ${MAX_DEADLINE_REMINDER_DAY}${shown.length ? ` (không hợp lệ: ${shown.join(", ")})` : ""}`,
      });
      return z.NEVER;
    }
    if (new Set(days).size !== days.length) {
      ctx.addIssue({ code: "custom", message: "Các ngày nhắc không được trùng nhau" });
      return z.NEVER;
    }
    if (days.length > MAX_DEADLINE_REMINDERS) {
      ctx.addIssue({ code: "custom", message: `Tối đa ${MAX_DEADLINE_REMINDERS} lần nhắc trước hạn` });
      return z.NEVER;
    }
    return days.sort((a, b) => b - a);
  });

export const communeScheduleSchema = z.object({
  communeId: id,
  reminderTime: time("giờ gửi nhắc"),
  deadlineReminderDays: reminderDays,
  overdueDigest: checkbox,
  periodReminderWorkingDays: intBetween("số ngày làm việc nhắc trước khi hết kỳ", 0, 10),
  chairDigestWeekday: z.coerce
    .number({ message: "Chọn ngày gửi tổng hợp tuần" })
    .int("Chọn ngày gửi tổng hợp tuần")
    .min(1, "Chọn ngày gửi tổng hợp tuần (Thứ Hai đến Chủ nhật)")
    .max(7, "Chọn ngày gửi tổng hợp tuần (Thứ Hai đến Chủ nhật)"),
  chairDigestTime: time("giờ gửi tổng hợp tuần"),
  directionReminderDays: intBetween("số ngày nhắc ý kiến chỉ đạo", 1, 14),
  quietStart: time("giờ bắt đầu không gửi thư"),
  quietEnd: time("giờ kết thúc không gửi thư"),
});

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The webhook's address: https, or http to this machine (a local bridge, the tests); no credentials. */
const webhookUrl = str()
  .trim()
  .min(1, "Nhập địa chỉ webhook")
  .max(500, "Địa chỉ webhook: tối đa 500 ký tự")
  .superRefine((v, ctx) => {
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      ctx.addIssue({ code: "custom", message: "Địa chỉ webhook không hợp lệ (ví dụ https://zalo-bridge.example.vn/hook)" });
      return;
    }
    if (url.username || url.password)
      ctx.addIssue({
        code: "custom",
        message: "Không ghi tên đăng nhập hay mật khẩu trong địa chỉ: hệ thống ký mỗi lần gửi bằng khóa bí mật",
      });
    else if (url.protocol === "http:" && !LOCAL_HOSTS.has(url.hostname))
      ctx.addIssue({ code: "custom", message: "Webhook phải dùng https (http chỉ cho localhost hoặc 127.0.0.1)" });
    else if (url.protocol !== "https:" && url.protocol !== "http:") ctx.addIssue({ code: "custom", message: "Webhook phải dùng https" });
  });

export const communeWebhookSchema = z.object({
  communeId: id,
  webhookUrl,
  /** The kinds sent to the webhook; none ticked = every kind. */
  webhookKinds: z
    .array(z.enum(ALL_KINDS as [NotificationKind, ...NotificationKind[]], { message: "Loại thông báo không hợp lệ" }))
    .max(ALL_KINDS.length * 2, "Danh sách loại thông báo quá dài")
    .transform((list) => ALL_KINDS.filter((k) => list.includes(k))),
});

/** Rotating the secret and removing the webhook name only the commune. */
export const communeOnlySchema = z.object({ communeId: id });
