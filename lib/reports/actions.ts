"use server";
// Server actions of the reports pages: each command through formAction (session, commune,
// permission, validation, transaction). Notifications and their e-mails are written in it (the outbox).
import { formAction } from "../actions/form-action";
import {
  createReportDraft,
  deleteReportDraft,
  finalizeReport,
  saveReportDraft,
  setReportWeekStart,
  submitReportForSignature,
} from "./commands";
import { closePeriod, confirmReported, remindUnits } from "./submission-commands";
import { routes } from "../routes";

const reportPages = (input: { communeId: string }) => routes.commune(input.communeId).reports();

export const createReportDraftAction = formAction(createReportDraft, { revalidate: reportPages });

const saveDraftAction = formAction(saveReportDraft, { revalidate: reportPages });
const submitAction = formAction(submitReportForSignature, { revalidate: reportPages });
const finalizeAction = formAction(finalizeReport, { revalidate: reportPages });

/**
 * One form, three buttons that all save what is typed first: "Lưu dự thảo"; "Trình ký" (the
 * office's: save and tell the chair); "Ký duyệt, phát hành" (the chair's: save and finalise).
 */
export async function saveReportAction(prev: unknown, form: FormData) {
  const intent = form.get("intent");
  if (intent === "submit") return submitAction(prev, form);
  if (intent === "finalize") return finalizeAction(prev, form);
  return saveDraftAction(prev, form);
}

export const deleteReportDraftAction = formAction(deleteReportDraft, { revalidate: reportPages });
export const confirmReportedAction = formAction(confirmReported, { revalidate: reportPages });
// The task pages change too (their updates and status), and "my tasks" with them.
export const closePeriodAction = formAction(closePeriod, {
  revalidate: (input) => [reportPages(input), routes.commune(input.communeId).tasks()],
});
export const remindUnitsAction = formAction(remindUnits, {
  arrays: ["unitIds"],
  revalidate: reportPages,
});
export const setReportWeekStartAction = formAction(setReportWeekStart, { revalidate: reportPages });
