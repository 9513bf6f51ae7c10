"use server";
// Server actions of the task pages; each goes through runAction (session, checks, validation,
// transaction). These wrappers only turn the form into input and refresh the affected pages.
import { revalidatePath } from "next/cache";
import { formDataToObject, type ActionResult } from "../actions/safe-action";
import { runAction } from "../actions/run";
import type { WorkStatus } from "../generated/prisma/enums";
import { acknowledgeDirective, editTask, giveDirective, returnUpdate, submitContribution, submitTaskUpdate } from "./commands";

type Prev = ActionResult<unknown> | null;

function refresh(form: FormData) {
  revalidatePath(`/c/${String(form.get("communeId") ?? "")}`, "layout");
}

async function run<T>(def: Parameters<typeof runAction>[0], form: FormData, arrays: string[] = []): Promise<ActionResult<T>> {
  const result = (await runAction(def, formDataToObject(form, arrays))) as ActionResult<T>;
  if (result.ok) refresh(form);
  return result;
}

export async function submitTaskUpdateAction(_prev: Prev, form: FormData) {
  return run<{ updateId: string; version: number; workStatus: WorkStatus; progress: number }>(submitTaskUpdate, form, ["files"]);
}

export async function submitContributionAction(_prev: Prev, form: FormData) {
  return run<{ updateId: string }>(submitContribution, form, ["files"]);
}

export async function giveDirectiveAction(_prev: Prev, form: FormData) {
  return run<{ directiveId: string }>(giveDirective, form);
}

export async function acknowledgeDirectiveAction(_prev: Prev, form: FormData) {
  return run<{ directiveId: string }>(acknowledgeDirective, form);
}

export async function returnUpdateAction(_prev: Prev, form: FormData) {
  return run<{ updateId: string }>(returnUpdate, form);
}

export async function editTaskAction(_prev: Prev, form: FormData) {
  return run<{ version: number }>(editTask, form, ["leadUnitIds", "supportUnitIds"]);
}
