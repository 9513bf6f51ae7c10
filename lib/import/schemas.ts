// The reviewed draft as the review screen sends it back (JSON in a form field), checked before it is
// saved or turned into a plan.
import { z } from "zod";
import "../validation/messages";
import { DRAFT_COMPARISONS, DRAFT_UNITS } from "../indicators/vocabulary";
import { checkbox, isoDay, str } from "../validation/fields";
import { mappingKey } from "./group-mappings";

/** A real calendar day (not just "YYYY-MM-DD": "2025-02-30" would become another day or a database error). */
const day = isoDay.nullable();
const text = (max: number) => str().trim().max(max, `Tối đa ${max} ký tự`);

export const IMPORT_DEADLINE_KINDS = [
  "DATE",
  "BEFORE_DATE",
  "RECURRING",
  "IMMEDIATE_RECURRING",
  "PERIODIC",
  "CONDITIONAL",
  "NONE",
] as const;

const id = str().trim().min(1).max(64);

/** Collective wording of a side as written, with its line; drafts saved before groups existed have none. */
const groupPhrases = z
  .array(z.object({ text: text(500).min(2), line: z.number().int().min(0) }))
  .max(20)
  .default([]);

const groupTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("BUILTIN"), builtin: z.enum(["OFFICES", "COMMITTEE_UNITS"]) }),
  z.object({ kind: z.literal("EXISTING"), groupId: id }),
  z.object({
    kind: z.literal("NEW"),
    name: text(200).min(3, "Tên nhóm quá ngắn"),
    keyTerms: z.array(str().max(100)).max(50),
    // The review always sends the chosen members (the upload preselects them); an empty list is refused below.
    memberIds: z.array(id).max(200),
  }),
  z.object({ kind: z.literal("NONE") }),
]);

export const taskDraftSchema = z.object({
  code: text(20).min(1, "Thiếu mã nhiệm vụ"),
  group: str().max(20).nullable(),
  title: text(500).min(3, "Tên nhiệm vụ quá ngắn"),
  description: text(20_000),
  // At least one lead unit or lead group: checked with the plan's group mappings below.
  leadUnits: z.array(text(200).min(2)).max(20),
  supportUnits: z.array(text(200).min(2)).max(50),
  leadGroups: groupPhrases,
  supportGroups: groupPhrases,
  supportText: text(500).nullable(),
  deadline: z.object({ kind: z.enum(IMPORT_DEADLINE_KINDS), date: day, text: text(500) }),
  expectedOutput: text(2000).nullable(),
  sourceLines: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
});

export const planDraftSchema = z
  .object({
    commune: text(200),
    issuer: text(200).min(3, "Nhập cơ quan ban hành"),
    title: text(1000).min(5, "Nhập tên kế hoạch"),
    number: text(100).nullable(),
    issuedDate: day,
    parentRefs: z.array(text(1000)).max(50),
    periodStart: day,
    periodEnd: day,
    signerName: text(200).nullable(),
    signerTitle: text(200).nullable(),
    groups: z.array(z.object({ code: text(20).min(1), title: text(500).min(1) })).max(100),
    tasks: z.array(taskDraftSchema).min(1, "Kế hoạch phải có ít nhất một nhiệm vụ").max(1000),
    indicators: z
      .array(
        z.object({
          name: text(500).min(2, "Nhập tên chỉ tiêu"),
          target: z
            .number({ message: "Mục tiêu phải là một số" })
            .finite("Mục tiêu phải là một số")
            .min(0, "Mục tiêu không được âm")
            .lt(1e12, "Mục tiêu quá lớn"),
          unit: z.enum(DRAFT_UNITS),
          comparison: z.enum(DRAFT_COMPARISONS),
          dueDate: day,
          catalogCode: str().max(100).nullable(),
          sourceText: str().max(5000),
        }),
      )
      .max(200),
    groupMappings: z
      .array(z.object({ key: str().max(1000), wording: text(500).min(2), target: groupTarget }))
      .max(100)
      .default([]),
    standingOffice: text(200).nullable().default(null),
    warnings: z.array(str()).max(1000),
  })
  .superRefine((d, ctx) => {
    d.indicators.forEach((k, i) => {
      if (k.unit === "%" && k.target > 100)
        ctx.addIssue({ code: "custom", path: ["indicators", i, "target"], message: `Chỉ tiêu “${k.name}”: tỷ lệ không quá 100%` });
    });
    checkGroupMappings(d, ctx);
    const codes = new Set<string>();
    d.tasks.forEach((t, i) => {
      if (codes.has(t.code)) ctx.addIssue({ code: "custom", path: ["tasks", i, "code"], message: `Mã nhiệm vụ ${t.code} bị trùng` });
      codes.add(t.code);
      if (t.group && !d.groups.some((g) => g.code === t.group)) {
        ctx.addIssue({
          code: "custom",
          path: ["tasks", i, "group"],
          message: `Nhiệm vụ ${t.code}: nhóm ${t.group} không có trong danh sách nhóm`,
        });
      }
    });
  });

const draftJson = str().transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "Dữ liệu bản nháp không đọc được" });
    return z.NEVER;
  }
});

export const uploadPlanSchema = z.object({
  communeId: id,
  file: z.instanceof(File, { message: "Chọn tệp kế hoạch" }),
  /** Re-import into this existing plan (empty: a new plan). */
  planId: str()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
});
export const saveImportSchema = z.object({ communeId: id, importId: id, draft: draftJson.pipe(planDraftSchema) });
/** Creating the plan: a document naming another commune needs the person's explicit tick. */
export const applyImportSchema = saveImportSchema.extend({ confirmOtherCommune: checkbox });
export const importRefSchema = z.object({ communeId: id, importId: id });

type CheckedDraft = {
  tasks: { code: string; leadUnits: string[]; leadGroups: { text: string }[] }[];
  groupMappings: { key: string; target: z.infer<typeof groupTarget> }[];
};

/**
 * Every task ends with an owner (a lead unit, or a lead wording mapped to a group); a new group has
 * members and a name no other new group of the plan has. Names already used in the commune and
 * members of another commune are refused when the plan is created (lib/import/apply-groups.ts).
 */
function checkGroupMappings(d: CheckedDraft, ctx: z.RefinementCtx) {
  const names = new Set<string>();
  d.groupMappings.forEach((m, i) => {
    if (m.target.kind !== "NEW") return;
    const name = m.target.name.toLocaleLowerCase("vi");
    if (names.has(name))
      ctx.addIssue({ code: "custom", path: ["groupMappings", i, "target", "name"], message: `Tên nhóm “${m.target.name}” bị trùng` });
    names.add(name);
    if (m.target.memberIds.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["groupMappings", i, "target", "memberIds"],
        message: `Nhóm “${m.target.name}”: chọn ít nhất một đơn vị (hoặc chọn một nhóm đã có)`,
      });
  });
  d.tasks.forEach((t, i) => {
    const grouped = t.leadGroups.some((p) => {
      const m = d.groupMappings.find((x) => x.key === mappingKey(p.text));
      return m && m.target.kind !== "NONE";
    });
    if (t.leadUnits.length === 0 && !grouped)
      ctx.addIssue({ code: "custom", path: ["tasks", i, "leadUnits"], message: `Nhiệm vụ ${t.code}: phải có ít nhất một đơn vị chủ trì` });
  });
}
