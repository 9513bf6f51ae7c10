// Input of Quản trị → Bảo mật: the days an account of a required role has to enrol its second factor.
import { z } from "zod";
import "../validation/messages";

export const MAX_GRACE_DAYS = 90;

export const graceSchema = z.object({
  graceDays: z.coerce
    .number({ message: "Nhập số ngày" })
    .int("Số ngày phải là số nguyên")
    .min(0, "Số ngày từ 0 đến 90")
    .max(MAX_GRACE_DAYS, `Số ngày từ 0 đến ${MAX_GRACE_DAYS}`),
});
