"use server";
// Server actions of the reports pages; each goes through runAction (session, checks, validation,
// transaction). E-mails of reminders leave only after the reminders are committed.
import { revalidatePath } from "next/cache";
import { formDataToObject, type ActionResult } from "../actions/safe-action";
import { runAction } from "../actions/run";
import { sendMails } from "../notifications/mail";
import {
  createReportDraft,
  deleteReportDraft,
  finalizeReport,
  saveReportDraft,
  setReportWeekStart,
  submitReportForSignature,
} from "./commands";
import { confirmReported, remindUnits } from "./submission-commands";

type Prev = ActionResult<unknown> | null;

function refresh(form: FormData) {
  revalidatePath(`/c/${String(form.get("communeId") ?? "")}/bao-cao`, "layout");
}

export async function createReportDraftAction(_prev: Prev, form: FormData) {
  const result = await runAction(createReportDraft, formDataToObject(form));
  if (result.ok) refresh(form);
  return result;
}

const SAVE_INTENTS = { save: saveReportDraft, submit: submitReportForSignature, finalize: finalizeReport } as const;

/**
 * One form, three buttons that all save what is typed first: "Lưu dự thảo"; "Trình ký" (the
 * office's: save and tell the chair); "Ký duyệt, phát hành" (the chair's: save and finalise).
 */
export async function saveReportAction(_prev: Prev, form: FormData) {
  const intent = String(form.get("intent") ?? "save");
  const def = intent in SAVE_INTENTS ? SAVE_INTENTS[intent as keyof typeof SAVE_INTENTS] : saveReportDraft;
  const result = (await runAction(def, formDataToObject(form))) as ActionResult<{ reportId: string; version?: number }>;
  if (result.ok) refresh(form);
  return result;
}

export async function deleteReportDraftAction(_prev: Prev, form: FormData) {
  const result = await runAction(deleteReportDraft, formDataToObject(form));
  if (result.ok) refresh(form);
  return result;
}

export async function confirmReportedAction(_prev: Prev, form: FormData) {
  const result = await runAction(confirmReported, formDataToObject(form));
  if (result.ok) refresh(form);
  return result;
}

export async function remindUnitsAction(_prev: Prev, form: FormData) {
  const result = await runAction(remindUnits, formDataToObject(form, ["unitIds"]));
  if (!result.ok) return result;
  refresh(form);
  const { mails, ...rest } = result.data;
  const mail = await sendMails(mails);
  return { ok: true as const, data: { ...rest, mail } };
}

export async function setReportWeekStartAction(_prev: Prev, form: FormData) {
  const result = await runAction(setReportWeekStart, formDataToObject(form));
  if (result.ok) refresh(form);
  return result;
}
