"use server";
// Server actions of the KPI pages; each goes through runAction (session, checks, validation,
// transaction). These wrappers only turn the form into input and refresh the affected pages.
import { revalidatePath } from "next/cache";
import { formDataToObject, type ActionResult } from "../actions/safe-action";
import { runAction } from "../actions/run";
import { saveCatalogEntry } from "./catalog-commands";
import { deleteIndicator, enterIndicatorValue, importIndicatorValues, saveIndicator } from "./commands";

type Prev = ActionResult<unknown> | null;

async function run<T>(def: Parameters<typeof runAction>[0], form: FormData, arrays: string[] = []): Promise<ActionResult<T>> {
  const result = (await runAction(def, formDataToObject(form, arrays))) as ActionResult<T>;
  if (result.ok) revalidatePath(`/c/${String(form.get("communeId") ?? "")}`, "layout");
  return result;
}

export async function saveIndicatorAction(_prev: Prev, form: FormData) {
  return run<{ indicatorId: string; version: number }>(saveIndicator, form, ["taskIds"]);
}

export async function deleteIndicatorAction(_prev: Prev, form: FormData) {
  return run<{ planId: string }>(deleteIndicator, form);
}

export async function enterIndicatorValueAction(_prev: Prev, form: FormData) {
  return run<{ valueId: string; revision: number }>(enterIndicatorValue, form, ["files"]);
}

export async function importIndicatorValuesAction(_prev: Prev, form: FormData) {
  return run<import("./value-import").ImportPlan & { applied: boolean; written: number }>(importIndicatorValues, form);
}

export async function saveCatalogEntryAction(_prev: Prev, form: FormData) {
  const result = (await runAction(saveCatalogEntry, formDataToObject(form))) as ActionResult<{ code: string }>;
  if (result.ok) revalidatePath("/danh-muc-chi-tieu");
  return result;
}
