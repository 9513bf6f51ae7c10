// Every scheduled rule, in the order they run for a commune. Each lives in its own file and owns
// its slot (when it is due) and its messages (who hears what); lib/jobs/schedule.ts runs them once
// per slot.
import type { Rule } from "../schedule";
import { chairWeeklyDigest } from "./chair-digest";
import { dailyCheckMissing } from "./daily-check-missing";
import { deadlineApproaching } from "./deadline-approaching";
import { directionReminder } from "./direction-reminder";
import { emailDigest } from "./email-digest";
import { indicatorDue } from "./indicator-due";
import { overdueChair, overdueUnit } from "./overdue";
import { periodMissing, periodReminder } from "./period-cutoff";

export const RULES: readonly Rule[] = [
  deadlineApproaching,
  overdueUnit,
  overdueChair,
  periodReminder,
  periodMissing,
  indicatorDue,
  directionReminder,
  chairWeeklyDigest,
  dailyCheckMissing,
  // Keep last: the daily e-mail digest gathers what the rules before it wrote at the same moment.
  emailDigest,
];
