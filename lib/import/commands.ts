// Plan import in the portal: upload → draft kept for review → confirm creates the plan (one
// transaction) or discard. Only the standing office (and administrators) of the commune may import.
import { defineAction, notFound, type Audit } from "../actions/safe-action";
import { canImportPlan, type CommuneScope } from "../auth/permissions";
import type { Tx } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { removeEvidence, sha256, writeEvidence } from "../files/storage";
import { createId } from "../ids";
import { createPlanFromDraft } from "./apply";
import { applyDraftToPlan } from "./reimport";
import { prepareGroupMappings } from "./prepare-groups";
import { readPlanDocument } from "./read-document";
import { otherCommuneWarning } from "./commune-check";
import { applyImportSchema, importRefSchema, saveImportSchema, uploadPlanSchema } from "./schemas";
import type { PlanDraft } from "./types";

async function openImport(tx: Tx, communeId: string, importId: string) {
  const row = await tx.planImport.findFirst({ where: { id: importId, communeId } });
  if (!row) notFound();
  if (row.status !== "DRAFT")
    throw new AppError("CONFLICT", row.status === "APPLIED" ? "Bản nhập này đã được tạo thành kế hoạch." : "Bản nhập này đã bị hủy.");
  return row;
}

export const uploadPlan = defineAction({
  name: "imports.upload",
  schema: uploadPlanSchema,
  permission: canImportPlan,
  async run(ctx) {
    const { user, input, tx, onRollback, commune: c } = ctx;
    if (input.planId && !(await tx.plan.findFirst({ where: { id: input.planId, communeId: c.communeId }, select: { id: true } })))
      notFound();
    const bytes = Buffer.from(await input.file.arrayBuffer());
    const { extracted, draft } = await readPlanDocument(input.file.name, bytes);
    const mismatch = otherCommuneWarning(draft.commune, c.name);
    if (mismatch) draft.warnings.unshift(mismatch);
    await prepareGroupMappings(tx, c.communeId, draft, input.planId);
    const id = createId();
    await writeEvidence(id, bytes);
    onRollback(() => removeEvidence([id]));
    await tx.planImport.create({
      data: {
        id,
        communeId: c.communeId,
        createdById: user.id,
        fileName: extracted.fileName,
        mimeType: extracted.format,
        size: bytes.length,
        sha256: sha256(bytes),
        sourceText: extracted.text,
        draft: draft as unknown as Prisma.InputJsonValue,
        targetPlanId: input.planId,
      },
    });
    await ctx.audit("imports.upload", { type: "PlanImport", id: id }, { fileName: extracted.fileName, tasks: draft.tasks.length });
    return { importId: id };
  },
});

export const saveImportDraft = defineAction({
  name: "imports.saveDraft",
  schema: saveImportSchema,
  permission: canImportPlan,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    await openImport(tx, c.communeId, input.importId);
    await tx.planImport.update({ where: { id: input.importId }, data: { draft: input.draft as unknown as Prisma.InputJsonValue } });
    return { importId: input.importId };
  },
});

/** Creates the plan from the reviewed draft: plan, groups, tasks, units and targets in one transaction. */
export const applyImport = defineAction({
  name: "imports.apply",
  schema: applyImportSchema,
  permission: canImportPlan,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    const row = await openImport(tx, c.communeId, input.importId);
    const draft = input.draft as unknown as PlanDraft; // validated by saveImportSchema
    if (!row.targetPlanId && !input.confirmOtherCommune) refuseOtherCommune(c.name, draft);
    const result = row.targetPlanId
      ? await reimport(tx, ctx.audit, { ...c, planId: row.targetPlanId }, draft)
      : await createPlanFromDraft(tx, { ...c, importId: row.id, sourceFile: row.fileName }, draft);
    await tx.planImport.update({
      where: { id: row.id },
      data: { draft: input.draft as unknown as Prisma.InputJsonValue, status: "APPLIED" },
    });
    await ctx.audit(
      "imports.apply",
      { type: "Plan", id: result.planId },
      { importId: row.id, tasks: result.taskCount, createdUnits: result.createdUnits, createdGroups: result.createdGroups },
    );
    return result;
  },
});

/** Checked again on the draft as reviewed (its commune field can be edited), not only at upload. */
function refuseOtherCommune(communeName: string, draft: PlanDraft) {
  const mismatch = otherCommuneWarning(draft.commune, communeName);
  if (!mismatch) return;
  const message = `${mismatch} Đánh dấu ô xác nhận nếu vẫn muốn tạo.`;
  throw new AppError("VALIDATION", message, { confirmOtherCommune: [message] });
}

async function reimport(tx: Tx, audit: Audit, target: CommuneScope & { planId: string }, draft: PlanDraft) {
  const r = await applyDraftToPlan(tx, audit, target, draft);
  return {
    planId: r.planId,
    taskCount: draft.tasks.length,
    createdUnits: r.createdUnits,
    createdGroups: r.createdGroups,
    changes: r.changes.length,
  };
}

export const discardImport = defineAction({
  name: "imports.discard",
  schema: importRefSchema,
  permission: canImportPlan,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    const row = await openImport(tx, c.communeId, input.importId);
    await tx.planImport.update({ where: { id: input.importId }, data: { status: "DISCARDED" } });
    await ctx.audit("imports.discard", { type: "PlanImport", id: input.importId }, { fileName: row.fileName });
    return { importId: input.importId };
  },
});
