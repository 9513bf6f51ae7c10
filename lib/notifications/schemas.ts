// Input of "Cài đặt thông báo" (a user's own preferences), shared by the action and the form.
import { z } from "zod";
import "../validation/messages";
import { ALL_KINDS, NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

export const EMAIL_MODES = ["INSTANT", "DAILY_DIGEST", "OFF"] as const;
export type EmailModeValue = (typeof EMAIL_MODES)[number];

export const EMAIL_MODE_LABEL: Record<EmailModeValue, string> = {
  INSTANT: "Từng thư ngay",
  DAILY_DIGEST: "Một thư tổng hợp mỗi ngày",
  OFF: "Không nhận thư",
};

const kind = z.enum(ALL_KINDS as [NotificationKind, ...NotificationKind[]], { message: "Loại thông báo không hợp lệ" });

/** A list of kinds, each once, in the catalogue's order (so the stored row does not depend on the form's). */
const kinds = z
  .array(kind)
  .max(ALL_KINDS.length * 2, "Danh sách loại thông báo quá dài")
  .transform((list) => ALL_KINDS.filter((k) => list.includes(k)));

export const notificationPreferencesSchema = z.object({
  emailMode: z.enum(EMAIL_MODES, { message: "Chọn cách nhận thư" }),
  /** Kinds not sent by e-mail (still in the bell). */
  emailMuted: kinds,
  /**
   * Kinds not shown at all. A kind that carries a duty (mandatoryInApp) is refused rather than
   * dropped: the form never sends one (its box is disabled), so only a forged request does, and it
   * should learn that nothing was saved.
   */
  inAppMuted: kinds.superRefine((list, ctx) => {
    for (const k of list)
      if (NOTIFICATION_KINDS[k].mandatoryInApp)
        ctx.addIssue({ code: "custom", message: `«${NOTIFICATION_KINDS[k].label}» luôn hiện trên cổng thông tin, không tắt được` });
  }),
});
