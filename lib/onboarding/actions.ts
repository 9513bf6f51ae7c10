"use server";
// Server action of Quản trị → Khởi tạo hàng loạt. The activation e-mails go after the commit, from
// here (the action's transaction has ended); the links come back to the form once, for printing.
import { executeWithInput, formDataToObject, type ActionResult } from "../actions/safe-action";
import { getCurrentUser } from "../auth/session";
import { toPublicError } from "../errors";
import { revalidatePath } from "next/cache";
import { routes } from "../routes";
import { getDb } from "../db";
import { handDownProvincePlans } from "../tenants/hand-down";
import { deliverActivationMails } from "./apply";
import { onboard, type OnboardResponse } from "./commands";

export async function onboardAction(_prev: unknown, form: FormData): Promise<ActionResult<OnboardResponse>> {
  let user;
  try {
    user = await getCurrentUser();
  } catch (err) {
    const pub = toPublicError(err);
    if (pub.code !== "UNAVAILABLE") throw err;
    return { ok: false, code: pub.code, message: pub.message };
  }
  const { result } = await executeWithInput(onboard, user ?? null, formDataToObject(form));
  if (!result.ok || !result.data.applied) return result;
  revalidatePath(routes.tenants(), "layout");
  if (result.data.createdCommunes.length > 0) await handDownProvincePlans(getDb());
  return { ok: true, data: { ...result.data, links: await deliverActivationMails(result.data.links) } };
}
