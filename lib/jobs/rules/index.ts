// Every scheduled rule, in the order they run for a commune. Each lives in its own file and owns
// its slot (when it is due) and its messages (who hears what); lib/jobs/schedule.ts runs them once
// per slot.
import type { Rule } from "../schedule";
import { directionReminder } from "./direction-reminder";

export const RULES: readonly Rule[] = [directionReminder];
