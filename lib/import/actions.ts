"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, type ActionResult } from "../actions/safe-action";
import { runAction } from "../actions/run";
import { applyImport, discardImport, saveImportDraft, uploadPlan } from "./commands";

type Prev = ActionResult<unknown> | null;

export async function uploadPlanAction(_prev: Prev, form: FormData) {
  return runAction(uploadPlan, formDataToObject(form));
}

export async function saveImportDraftAction(_prev: Prev, form: FormData) {
  return runAction(saveImportDraft, formDataToObject(form));
}

export async function applyImportAction(_prev: Prev, form: FormData) {
  const result = await runAction(applyImport, formDataToObject(form));
  if (result.ok) revalidatePath(`/c/${String(form.get("communeId") ?? "")}`, "layout");
  return result;
}

export async function discardImportAction(_prev: Prev, form: FormData) {
  return runAction(discardImport, formDataToObject(form));
}
