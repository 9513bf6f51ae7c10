"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, type ActionResult } from "../actions/safe-action";
import { runAction } from "../actions/run";
import { markNotificationsRead } from "./commands";

export async function markNotificationsReadAction(_prev: ActionResult<unknown> | null, form: FormData) {
  const result = await runAction(markNotificationsRead, formDataToObject(form));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
