// Input of Quản trị → Bảo mật: the days an account of a required role has to enrol its second factor.
import { z } from "zod";
import "../validation/messages";

export const MAX_GRACE_DAYS = 90;

export const graceSchema = z.object({
  // Not z.coerce: an empty field would become 0 days (enrolment at once for everyone).
  graceDays: z
    .union([z.number(), z.string()])
    .transform((v) => (typeof v === "number" ? v : v.trim() === "" ? Number.NaN : Number(v.trim())))
    .pipe(
      z
        .number({ message: "Nhập số ngày (từ 0 đến 90)" })
        .int("Số ngày phải là số nguyên")
        .min(0, `Số ngày từ 0 đến ${MAX_GRACE_DAYS}`)
        .max(MAX_GRACE_DAYS, `Số ngày từ 0 đến ${MAX_GRACE_DAYS}`),
    ),
});
