// Input of Quản trị → Khởi tạo hàng loạt: the file (an .xlsx, or a communes .csv) and, with a CSV,
// an optional accounts .csv; preview or apply.
import { z } from "zod";
import "../validation/messages";

export const onboardSchema = z.object({
  file: z.instanceof(File, { message: "Chọn tệp Excel (.xlsx) hoặc CSV xã, phường" }),
  // An empty file input arrives as "" (lib/actions/safe-action.ts formDataToObject): no accounts file.
  accountsFile: z
    .union([z.literal(""), z.instanceof(File, { message: "Chọn tệp CSV tài khoản" })])
    .optional()
    .transform((v) => (v ? v : undefined)),
  mode: z.enum(["preview", "apply"], { message: "Thiếu bước khởi tạo" }),
});
