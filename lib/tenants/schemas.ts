// Input of Quản trị → Tỉnh, xã, phường and → Mẫu đơn vị, shared by the server actions, the forms'
// error display and bulk onboarding (the same code and name rules for a row of the file).
import { z } from "zod";
import "../validation/messages";
import { id, str } from "../validation/fields";

/** The official administrative code (mã ĐVHC): digits only, leading zeros kept ("06970"). */
export const adminCodeSchema = str()
  .trim()
  .min(1, "Nhập mã đơn vị hành chính")
  .max(10, "Mã đơn vị hành chính tối đa 10 chữ số")
  .regex(/^\d+$/, "Mã đơn vị hành chính chỉ gồm chữ số");

export const placeNameSchema = str().trim().min(2, "Nhập tên").max(200, "Tên tối đa 200 ký tự");

export const COMMUNE_KINDS = ["COMMUNE", "WARD"] as const;
export type CommuneKind = (typeof COMMUNE_KINDS)[number];
export const COMMUNE_KIND_LABEL: Record<CommuneKind, string> = { COMMUNE: "Xã", WARD: "Phường" };

export const createProvinceSchema = z.object({ name: placeNameSchema, adminCode: adminCodeSchema });
export const updateProvinceSchema = createProvinceSchema.extend({ provinceId: id });

const communeFields = {
  name: placeNameSchema,
  kind: z.enum(COMMUNE_KINDS, { message: "Chọn xã hoặc phường" }),
  adminCode: adminCodeSchema,
};
export const createCommuneSchema = z.object({ ...communeFields, provinceId: id });
export const updateCommuneSchema = z.object({ ...communeFields, communeId: id });

/** Kinds a template unit may have (the units inside a commune). */
export const TEMPLATE_UNIT_KINDS = ["OFFICE", "CENTER", "POLICE", "MASS_ORG", "VILLAGE", "OTHER"] as const;
export const TEMPLATE_UNIT_KIND_LABEL: Record<(typeof TEMPLATE_UNIT_KINDS)[number], string> = {
  OFFICE: "Phòng, văn phòng",
  CENTER: "Trung tâm",
  POLICE: "Công an",
  MASS_ORG: "Mặt trận, đoàn thể",
  VILLAGE: "Thôn, tổ dân phố",
  OTHER: "Khác",
};

const optional = (max: number, label: string) =>
  str()
    .trim()
    .max(max, `${label}: tối đa ${max} ký tự`)
    .nullish()
    .transform((v) => (v ? v : null));

export const templateEntrySchema = z.object({
  name: str().trim().min(2, "Nhập tên đơn vị").max(200, "Tên đơn vị tối đa 200 ký tự"),
  wardName: optional(200, "Tên ở phường"),
  shortName: optional(50, "Tên viết tắt"),
  kind: z.enum(TEMPLATE_UNIT_KINDS, { message: "Chọn loại đơn vị" }),
});
export type TemplateEntryInput = z.output<typeof templateEntrySchema>;

/** The whole list in its order, sent as JSON by the editor (one action replaces the list). */
export const saveUnitTemplateSchema = z.object({
  entries: str()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "Danh sách đơn vị không hợp lệ" });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .array(templateEntrySchema, { message: "Danh sách đơn vị không hợp lệ" })
        .min(1, "Mẫu phải có ít nhất một đơn vị")
        .max(50, "Mẫu tối đa 50 đơn vị")
        .superRefine((list, ctx) => {
          const seen = new Set<string>();
          for (const e of list) {
            const key = e.name.toLocaleLowerCase("vi");
            if (seen.has(key)) ctx.addIssue({ code: "custom", message: `Tên đơn vị “${e.name}” bị trùng` });
            seen.add(key);
          }
        }),
    ),
});
