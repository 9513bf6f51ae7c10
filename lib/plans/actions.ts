"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, type ActionResult } from "../actions/safe-action";
import { runAction } from "../actions/run";
import { archivePlan, restorePlan, updatePlanDetails } from "./commands";

type Prev = ActionResult<unknown> | null;

// An archived or restored plan leaves or rejoins every page of the commune.
const refreshCommune = (form: FormData) => revalidatePath(`/c/${String(form.get("communeId") ?? "")}`, "layout");

export async function archivePlanAction(_prev: Prev, form: FormData) {
  const result = await runAction(archivePlan, formDataToObject(form));
  if (result.ok) refreshCommune(form);
  return result;
}

export async function restorePlanAction(_prev: Prev, form: FormData) {
  const result = await runAction(restorePlan, formDataToObject(form));
  if (result.ok) refreshCommune(form);
  return result;
}

export async function updatePlanDetailsAction(_prev: Prev, form: FormData) {
  const result = await runAction(updatePlanDetails, formDataToObject(form));
  if (result.ok) refreshCommune(form);
  return result;
}
