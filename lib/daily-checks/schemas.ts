// Input of the checklist page and of the start-of-day check form, shared by the server actions and the
// forms' error display.
import { z } from "zod";
import "../validation/messages";
import { checkbox, id, str, text, version } from "../validation/fields";
import { CHECK_STATES, MAX_PHOTOS_PER_ITEM } from "./labels";

export { MAX_PHOTOS_PER_ITEM };

export const checkItemSaveSchema = z.object({
  communeId: id,
  /** Empty: a new item. */
  itemId: z
    .union([z.literal(""), id])
    .optional()
    .transform((v) => v || null),
  area: text(80, "Khu vực (quầy, phòng)"),
  name: str().trim().min(1, "Nhập tên hạng mục kiểm tra").max(120, "Tên hạng mục: tối đa 120 ký tự"),
  hint: text(300, "Thế nào là bình thường"),
  critical: checkbox,
});

export const checkItemRefSchema = z.object({ communeId: id, itemId: id });

export const checkItemMoveSchema = z.object({
  communeId: id,
  itemId: id,
  direction: z.enum(["up", "down"], { message: "Chọn chuyển lên hay xuống" }),
});

export const serviceCentreSchema = z.object({
  communeId: id,
  unitId: z
    .union([z.literal(""), id])
    .optional()
    .transform((v) => v || null),
});

const resultSchema = z.object({
  itemId: id,
  state: z.enum(CHECK_STATES, { message: "Chọn tình trạng của hạng mục" }),
  note: text(500, "Ghi chú"),
});

/** A fault's photos: files (a browser without JavaScript) or ids of photos uploaded ahead (POST /api/uploads). */
const photoList = z
  .array(z.union([z.instanceof(File), id], { message: "Ảnh đính kèm không hợp lệ" }))
  .max(MAX_PHOTOS_PER_ITEM, `Tối đa ${MAX_PHOTOS_PER_ITEM} ảnh cho mỗi hạng mục`);

/** The form posts its results as one JSON field (the radio groups' state) and each fault's photos as "photo:<itemId>". */
function fromForm(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { ...input };
  if (typeof input.results === "string") {
    try {
      out.results = JSON.parse(input.results);
    } catch {
      out.results = null;
    }
  }
  if (input.photos === undefined) {
    const photos: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      if (!key.startsWith("photo:")) continue;
      delete out[key];
      // A fault's photo field left empty arrives as "" (lib/actions/safe-action.ts formDataToObject).
      const files = (Array.isArray(value) ? value : [value]).filter((v) => v !== "");
      if (files.length) photos[key.slice("photo:".length)] = files;
    }
    out.photos = photos;
  }
  return out;
}

export const dailyCheckSubmitSchema = z.preprocess(
  fromForm,
  z.object({
    communeId: id,
    /** The revision the form was filled from: 0 when there was no check today yet. */
    expectedRevision: version,
    results: z
      .array(resultSchema, { message: "Thiếu kết quả kiểm tra các hạng mục" })
      .min(1, "Thiếu kết quả kiểm tra các hạng mục")
      .max(200, "Quá nhiều hạng mục"),
    note: text(1000, "Ghi chú chung"),
    /** Item id → its photos. */
    photos: z.record(id, photoList, { message: "Ảnh đính kèm không hợp lệ" }).default({}),
  }),
);

export type DailyCheckSubmitInput = z.output<typeof dailyCheckSubmitSchema>;
