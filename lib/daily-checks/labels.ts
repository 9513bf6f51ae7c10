// The daily check's words.
import type { CheckItemState } from "../generated/prisma/enums";

export const CHECK_STATE_LABEL: Record<CheckItemState, string> = {
  OK: "Bình thường",
  FLAKY: "Chập chờn",
  DOWN: "Không hoạt động",
};

/** The states a check may record, in the order of the buttons (the default first). */
export const CHECK_STATES: readonly CheckItemState[] = ["OK", "FLAKY", "DOWN"];

/** A fault is any state but "bình thường": it opens an incident (or joins the item's open one). */
export function isFault(state: CheckItemState): boolean {
  return state !== "OK";
}

/** Photos of one fault: a phone picture or two is enough to show the printer's error light. */
export const MAX_PHOTOS_PER_ITEM = 3;
