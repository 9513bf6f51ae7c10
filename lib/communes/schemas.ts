// Input of the commune settings form (Quản trị → Cài đặt), shared by the action and the form.
import { z } from "zod";
import "../validation/messages";
import { id } from "../validation/fields";

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
