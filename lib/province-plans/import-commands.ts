// A province plan imported from its document (issue 20): the same reading as a commune's import
// (lib/import: extract the text, parse the plan), the document kept as evidence, and a NEW working
// copy written at once. There is no separate review step: the editor is the review, since nothing
// reaches a commune before the plan is published.
import { defineAction } from "../actions/safe-action";
import { canManageProvincePlans } from "../auth/permissions";
import { dateFromKey } from "../dates";
import { removeEvidence, writeEvidence } from "../files/storage";
import { createId } from "../ids";
import { readPlanDocument } from "../import/read-document";
import { workingCopyFromDraft } from "./from-draft";
import { importProvincePlanSchema } from "./schemas";
import { provinceCommunes } from "./working-copy";
import { committeeName } from "../text";

const day = (key: string | null) => (key ? dateFromKey(key) : null);

export const importProvincePlan = defineAction({
  name: "provincePlans.import",
  scope: "province",
  schema: importProvincePlanSchema,
  permission: canManageProvincePlans,
  async run(ctx) {
    const { input, tx, province, onRollback } = ctx;
    const bytes = Buffer.from(await input.file.arrayBuffer());
    const { extracted, draft } = await readPlanDocument(input.file.name, bytes);
    const communes = await provinceCommunes(tx, province.provinceId);
    const year = (draft.periodEnd ?? draft.issuedDate ?? new Date().toISOString()).slice(0, 4);
    const copy = workingCopyFromDraft(draft, extracted.text, communes, draft.periodEnd ?? `${year}-12-31`);

    const fileId = createId();
    await writeEvidence(fileId, bytes);
    onRollback(() => removeEvidence([fileId]));
    const plan = await tx.provincePlan.create({
      data: {
        provinceId: province.provinceId,
        createdById: ctx.user.id,
        number: draft.number,
        title: draft.title.slice(0, 1000) || extracted.fileName,
        // The province imports its own plan: the importer's issuer is read as a commune's ("UBND phường …").
        issuer: committeeName(province.name),
        issuedDate: day(draft.issuedDate),
        signerName: draft.signerName,
        signerTitle: draft.signerTitle,
        parentRefs: draft.parentRefs.join("; ").slice(0, 2000),
        periodStart: day(draft.periodStart),
        periodEnd: day(draft.periodEnd),
        sourceFile: extracted.fileName,
        sourceFileId: fileId,
        sourceText: extracted.text,
        warnings: copy.warnings,
      },
    });
    await tx.provinceTask.createMany({
      data: copy.tasks.map((t) => ({ ...t, dueDate: day(t.dueDate), provinceId: province.provinceId, planId: plan.id })),
    });
    // A catalogued KPI is measured the catalog's way (as a commune's imported KPI is: lib/indicators/from-draft.ts).
    const catalog = new Map((await tx.indicatorCatalogEntry.findMany({ where: { active: true } })).map((c) => [c.code, c]));
    await tx.provinceIndicator.createMany({
      data: copy.indicators.map((k) => {
        const entry = k.catalogCode ? catalog.get(k.catalogCode) : undefined;
        const measure = entry && k.unit === "PERCENT" ? entry.measure : "DIRECT";
        return {
          ...k,
          catalogCode: entry?.code ?? null,
          measure,
          numeratorLabel: measure === "RATIO" ? (entry?.numeratorLabel ?? null) : null,
          denominatorLabel: measure === "RATIO" ? (entry?.denominatorLabel ?? null) : null,
          method: entry?.method ?? "",
          frequency: entry?.frequency ?? "MONTHLY",
          dueDate: dateFromKey(k.dueDate),
          provinceId: province.provinceId,
          planId: plan.id,
        };
      }),
    });
    await ctx.audit(
      "provincePlans.import",
      { type: "ProvincePlan", id: plan.id },
      { planId: plan.id, fileName: extracted.fileName, taskCount: copy.tasks.length, indicatorCount: copy.indicators.length },
    );
    return { planId: plan.id, taskCount: copy.tasks.length, indicatorCount: copy.indicators.length, warningCount: copy.warnings.length };
  },
});
