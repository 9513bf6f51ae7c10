import { z } from "zod";
import "../validation/messages";
import { id, optionalDay, str, version } from "../validation/fields";

export const planRefSchema = z.object({ communeId: id, planId: id });

/** The plan's number ("05/KH-UBND") and date, corrected after creation; empty fields clear them. */
export const planDetailsSchema = planRefSchema.extend({
  version,
  number: str()
    .trim()
    .max(100, "Số, ký hiệu: tối đa 100 ký tự")
    .optional()
    .transform((v) => v || null),
  issuedDate: optionalDay,
});
