// Plan import in the portal: upload → draft kept for review → confirm creates the plan (one
// transaction) or discard. Only the standing office (and administrators) of the commune may import.
import { defineAction, notFound } from "../actions/safe-action";
import { communeForWrite } from "../actions/tenant";
import { audit } from "../audit/write";
import { canManagePlans, type CommuneScope, type Viewer } from "../auth/permissions";
import type { Tx } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { removeEvidence, sha256, writeEvidence } from "../files/storage";
import { createId } from "../ids";
import { createPlanFromDraft } from "./apply";
import { applyDraftToPlan } from "./reimport";
import { extractPlanText } from "./extract-text";
import { parsePlanText } from "./parse-plan";
import { otherCommuneWarning } from "./commune-check";
import { applyImportSchema, importRefSchema, saveImportSchema, uploadPlanSchema } from "./schemas";
import type { PlanDraft } from "./types";

const managers = (u: Viewer) => u.role === "ADMIN" || u.role === "COORDINATOR";

function managedCommune(tx: Tx, user: Viewer, communeId: string) {
  return communeForWrite(tx, user, communeId, canManagePlans);
}

async function openImport(tx: Tx, communeId: string, importId: string) {
  const row = await tx.planImport.findFirst({ where: { id: importId, communeId } });
  if (!row) notFound();
  if (row.status !== "DRAFT")
    throw new AppError("CONFLICT", row.status === "APPLIED" ? "Bản nhập này đã được tạo thành kế hoạch." : "Bản nhập này đã bị hủy.");
  return row;
}

export const uploadPlan = defineAction({
  name: "uploadPlan",
  schema: uploadPlanSchema,
  allow: managers,
  async run({ user, input, tx, onRollback }) {
    const c = await managedCommune(tx, user, input.communeId);
    if (input.planId && !(await tx.plan.findFirst({ where: { id: input.planId, communeId: c.communeId }, select: { id: true } })))
      notFound();
    const bytes = Buffer.from(await input.file.arrayBuffer());
    const extracted = await extractPlanText(input.file.name, bytes);
    if (!extracted.ok) throw new AppError("VALIDATION", extracted.message, { file: [extracted.message] });
    const draft = parsePlanText(extracted.text);
    if (draft.tasks.length === 0) {
      const message =
        "Không tìm thấy nhiệm vụ nào trong tệp: tệp có vẻ không phải là một kế hoạch (cần các mục có “Chủ trì”, “Phối hợp”, “Thời gian”).";
      throw new AppError("VALIDATION", message, { file: [message] });
    }
    const communeName = (await tx.unit.findUniqueOrThrow({ where: { id: c.communeId }, select: { name: true } })).name;
    const mismatch = otherCommuneWarning(draft.commune, communeName);
    if (mismatch) draft.warnings.unshift(mismatch);
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
    await audit(tx, {
      communeId: c.communeId,
      actorId: user.id,
      action: "import.upload",
      entityType: "PlanImport",
      entityId: id,
      data: { fileName: extracted.fileName, tasks: draft.tasks.length },
    });
    return { importId: id };
  },
});

export const saveImportDraft = defineAction({
  name: "saveImportDraft",
  schema: saveImportSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const c = await managedCommune(tx, user, input.communeId);
    await openImport(tx, c.communeId, input.importId);
    await tx.planImport.update({ where: { id: input.importId }, data: { draft: input.draft as unknown as Prisma.InputJsonValue } });
    return { importId: input.importId };
  },
});

/** Creates the plan from the reviewed draft: plan, groups, tasks, units and targets in one transaction. */
export const applyImport = defineAction({
  name: "applyImport",
  schema: applyImportSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const c = await managedCommune(tx, user, input.communeId);
    const row = await openImport(tx, c.communeId, input.importId);
    const draft = input.draft as unknown as PlanDraft; // validated by saveImportSchema
    if (!row.targetPlanId && !input.confirmOtherCommune) await refuseOtherCommune(tx, c.communeId, draft);
    const result = row.targetPlanId
      ? await reimport(tx, { ...c, planId: row.targetPlanId, actorId: user.id }, draft)
      : await createPlanFromDraft(tx, { ...c, importId: row.id, sourceFile: row.fileName }, draft);
    await tx.planImport.update({
      where: { id: row.id },
      data: { draft: input.draft as unknown as Prisma.InputJsonValue, status: "APPLIED" },
    });
    await audit(tx, {
      communeId: c.communeId,
      actorId: user.id,
      action: "import.apply",
      entityType: "Plan",
      entityId: result.planId,
      data: { importId: row.id, tasks: result.taskCount, createdUnits: result.createdUnits },
    });
    return result;
  },
});

/** Checked again on the draft as reviewed (its commune field can be edited), not only at upload. */
async function refuseOtherCommune(tx: Tx, communeId: string, draft: PlanDraft) {
  const communeName = (await tx.unit.findUniqueOrThrow({ where: { id: communeId }, select: { name: true } })).name;
  const mismatch = otherCommuneWarning(draft.commune, communeName);
  if (!mismatch) return;
  const message = `${mismatch} Đánh dấu ô xác nhận nếu vẫn muốn tạo.`;
  throw new AppError("VALIDATION", message, { confirmOtherCommune: [message] });
}

async function reimport(tx: Tx, target: CommuneScope & { planId: string; actorId: string }, draft: PlanDraft) {
  const r = await applyDraftToPlan(tx, target, draft);
  return { planId: r.planId, taskCount: draft.tasks.length, createdUnits: r.createdUnits, changes: r.changes.length };
}

export const discardImport = defineAction({
  name: "discardImport",
  schema: importRefSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const c = await managedCommune(tx, user, input.communeId);
    const row = await openImport(tx, c.communeId, input.importId);
    await tx.planImport.update({ where: { id: input.importId }, data: { status: "DISCARDED" } });
    await audit(tx, {
      communeId: c.communeId,
      actorId: user.id,
      action: "import.discard",
      entityType: "PlanImport",
      entityId: input.importId,
      data: { fileName: row.fileName },
    });
    return { importId: input.importId };
  },
});
