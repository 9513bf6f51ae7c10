"use server";
// Server actions of the checklist page and the start-of-day check form.
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { submitDailyCheck } from "./check-commands";
import { archiveCheckItem, moveCheckItem, restoreCheckItem, saveCheckItem, setServiceCentre } from "./checklist-commands";

const checklistPages = (input: { communeId: string }) => routes.commune(input.communeId).checklist();
// The check's pages and the unit staff's landing page (its banner says whether today's check is done).
const checkPages = (input: { communeId: string }) => [
  routes.commune(input.communeId).dailyCheck(),
  routes.commune(input.communeId).tasks(),
];

export const saveCheckItemAction = formAction(saveCheckItem, { revalidate: checklistPages });
export const archiveCheckItemAction = formAction(archiveCheckItem, { revalidate: checklistPages });
export const restoreCheckItemAction = formAction(restoreCheckItem, { revalidate: checklistPages });
export const moveCheckItemAction = formAction(moveCheckItem, { revalidate: checklistPages });
export const setServiceCentreAction = formAction(setServiceCentre, { revalidate: checklistPages });
export const submitDailyCheckAction = formAction(submitDailyCheck, { revalidate: checkPages });
