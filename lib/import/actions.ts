"use server";
// Server actions of the plan import: upload → review (saved drafts) → apply or discard.
import { formAction } from "../actions/form-action";
import { applyImport, discardImport, saveImportDraft, uploadPlan } from "./commands";
import { routes } from "../routes";

export const uploadPlanAction = formAction(uploadPlan);
export const saveImportDraftAction = formAction(saveImportDraft);
// A new (or re-imported) plan shows on every page of the commune.
export const applyImportAction = formAction(applyImport, { revalidate: (i) => routes.commune(i.communeId).dashboard() });
export const discardImportAction = formAction(discardImport);
