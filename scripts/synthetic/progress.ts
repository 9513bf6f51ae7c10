// The history of one synthetic task: what happened to it (done on time or late, behind, paused,
// reported this week or weeks ago, never started), then the lead unit's progress reports that tell
// it — 1 to 3 a month, progress rising, the last one carrying the task's current state — and a few
// contributions from helping units. The task's own columns are copied from its last report.
import { localDateKey } from "../../lib/dates";
import { must } from "../../lib/must";
import type { Deadline } from "./deadlines";
import type { Rng } from "./prng";
import type { WorkStatus } from "./rows";
import { contributionText, difficultyText, proposalText, resultText, returnComment, type Phase } from "./texts";
import { addDays, dayBetween, daysBetween, isWeekend, localInstant, maxDay, minDay, officeMinute } from "./time";

export type Clock = {
  planStart: string;
  today: string;
  /** Monday of today's week: a recurring task reported on or after it is "đã cập nhật kỳ này". */
  weekStart: string;
  now: Date;
  /** Minutes since local midnight of `now`: a report made today must come before it. */
  nowMinute: number;
};

type Scenario =
  | "DONE_ON_TIME"
  | "DONE_LATE"
  | "DONE_EARLY"
  | "BEHIND"
  | "BEHIND_PAUSED"
  | "WORKING"
  | "PAUSED"
  | "REPORTED_THIS_WEEK"
  | "REPORTED_EARLIER"
  | "NOT_STARTED";

/** What tends to happen to a task, by where its deadline falls. */
const SCENARIOS: Record<Deadline["when"], Partial<Record<Scenario, number>>> = {
  past: { DONE_ON_TIME: 55, DONE_LATE: 15, BEHIND: 22, BEHIND_PAUSED: 3, NOT_STARTED: 5 },
  soon: { DONE_EARLY: 25, WORKING: 60, NOT_STARTED: 15 },
  future: { WORKING: 52, PAUSED: 5, NOT_STARTED: 28, DONE_EARLY: 15 },
  none: { REPORTED_THIS_WEEK: 43, REPORTED_EARLIER: 33, PAUSED: 4, NOT_STARTED: 12, DONE_EARLY: 8 },
};

type Ending = { status: WorkStatus; progress: number; lastDay: string; completedDay: string | null };

export type Reporter = { unitId: string; userId: string };

export type ProgressReport = {
  kind: "PROGRESS" | "CONTRIBUTION";
  unitId: string;
  authorId: string;
  workStatus: WorkStatus;
  progress: number;
  result: string;
  difficulties: string;
  proposals: string;
  completedAt: Date | null;
  createdAt: Date;
  returned: { at: Date; comment: string } | null;
};

export type TaskHistory = {
  reports: ProgressReport[];
  workStatus: WorkStatus;
  progress: number;
  completedAt: Date | null;
  lastUpdateAt: Date | null;
  /** Progress reports only: a contribution does not change the task (lib/tasks/commands.ts). */
  version: number;
};

/** People write round figures more often than not ("60%", sometimes "63%"). */
const asWritten = (rng: Rng, n: number) => Math.max(1, rng.chance(0.6) ? Math.round(n / 5) * 5 : Math.round(n));

/** Noon of the completion day, as the app stores a completion date (lib/tasks/commands.ts). */
const completionInstant = (day: string) => localInstant(day, 12 * 60);

/** Office hours start at 07:30; a report today needs "now" to be past 08:00. */
const REPORTS_FROM_MINUTE = 8 * 60;

/** The last day a report can be on: today once the office has opened, else yesterday. */
const latestReportDay = (clock: Clock) => (clock.nowMinute >= REPORTS_FROM_MINUTE ? clock.today : addDays(clock.today, -1));

function ending(rng: Rng, scenario: Scenario, deadline: Deadline, firstDay: string, clock: Clock, recurring: boolean): Ending | null {
  const { today, weekStart } = clock;
  const yesterday = addDays(today, -1);
  const due = deadline.dueDate;
  const working = (lo: string, hi: string, status: WorkStatus, progress: number): Ending | null =>
    lo > hi ? null : { status, progress, lastDay: dayBetween(rng, lo, hi), completedDay: null };
  const done = (lo: string, hi: string): Ending | null => {
    if (lo > hi) return null;
    const completedDay = dayBetween(rng, lo, hi);
    // Reported the same day or a day or two later, never after yesterday.
    return {
      status: "DONE",
      progress: 100,
      lastDay: minDay(addDays(completedDay, rng.chance(0.3) ? rng.int(1, 2) : 0), yesterday),
      completedDay,
    };
  };
  const progressNow = recurring ? rng.int(40, 95) : rng.int(15, 90);
  switch (scenario) {
    case "DONE_ON_TIME":
      return done(maxDay(firstDay, addDays(due!, -45)), minDay(due!, yesterday)) ?? done(minDay(firstDay, due!), minDay(due!, yesterday));
    case "DONE_LATE":
      return done(addDays(due!, 1), minDay(addDays(due!, 40), yesterday)) ?? done(minDay(firstDay, due!), minDay(due!, yesterday));
    case "DONE_EARLY":
      return done(maxDay(firstDay, addDays(today, -60)), yesterday);
    case "BEHIND":
      return working(firstDay, yesterday, "IN_PROGRESS", rng.int(20, 90));
    case "BEHIND_PAUSED":
      return working(firstDay, yesterday, "PAUSED", rng.int(10, 70));
    case "WORKING":
      return working(maxDay(firstDay, addDays(today, -25)), latestReportDay(clock), "IN_PROGRESS", progressNow);
    case "PAUSED":
      return working(maxDay(firstDay, addDays(today, -90)), addDays(today, -3), "PAUSED", rng.int(10, 70));
    case "REPORTED_THIS_WEEK":
      return working(weekStart, latestReportDay(clock), "IN_PROGRESS", progressNow);
    case "REPORTED_EARLIER":
      return working(maxDay(firstDay, addDays(weekStart, -60)), addDays(weekStart, -1), "IN_PROGRESS", progressNow);
    case "NOT_STARTED":
      return null;
  }
}

/** Report days from `first` to `last`: roughly every 10–20 days, off weekends, `last` exact. */
function reportDays(rng: Rng, first: string, last: string): string[] {
  const span = daysBetween(first, last);
  if (span <= 0) return [last];
  const count = Math.max(1, Math.round(span / rng.int(10, 20))) + 1;
  const days = new Set<string>([first]);
  for (let i = 1; i < count - 1; i++) {
    let day = addDays(first, Math.round((i * span) / (count - 1)) + rng.int(-2, 2));
    if (isWeekend(day)) day = addDays(day, -1);
    if (isWeekend(day)) day = addDays(day, -1);
    if (day > first && day < last) days.add(day);
  }
  days.add(last);
  return [...days].sort();
}

/** An office-hours instant on `day`, before `now` when the day is today (latestReportDay allows it). */
function reportInstant(rng: Rng, day: string, clock: Clock): Date {
  const minute = day === clock.today ? rng.int(450, Math.min(1020, clock.nowMinute - 1)) : officeMinute(rng);
  return localInstant(day, minute);
}

export function taskHistory(rng: Rng, deadline: Deadline, people: { leads: Reporter[]; supports: Reporter[] }, clock: Clock): TaskHistory {
  const recurring = deadline.kind !== "FIXED";
  let scenarios = SCENARIOS[deadline.when];
  // Only a task without any deadline can be finished once and for all; recurring work goes on.
  if (deadline.when === "none" && deadline.kind !== "NONE") scenarios = { ...scenarios, DONE_EARLY: 0 };
  const scenario = rng.weighted(scenarios);
  const firstDay = addDays(clock.planStart, rng.int(2, 45));
  const end = ending(rng, scenario, deadline, minDay(firstDay, addDays(clock.today, -1)), clock, recurring);
  if (!end) return { reports: [], workStatus: "NOT_STARTED", progress: 0, completedAt: null, lastUpdateAt: null, version: 0 };

  const days = reportDays(rng, minDay(firstDay, end.lastDay), end.lastDay);
  const reports: ProgressReport[] = [];
  let prevProgress = 0;
  let prevAt = 0;
  const start = Math.min(end.progress, rng.int(5, 20));
  days.forEach((day, i) => {
    const last = i === days.length - 1;
    const lead = people.leads.length === 1 ? people.leads[0]! : rng.pick(people.leads);
    let createdAt = reportInstant(rng, day, clock);
    if (createdAt.getTime() <= prevAt) createdAt = new Date(prevAt + rng.int(5, 60) * 60_000);
    prevAt = createdAt.getTime();
    // From a small start towards the final figure, a little unevenly, never going back.
    const target = end.status === "DONE" ? 90 : end.progress;
    const along = start + ((target - start) * i) / Math.max(1, days.length - 1) + rng.int(-3, 3);
    const progress = last ? Math.max(end.progress, prevProgress) : Math.min(target, Math.max(prevProgress, asWritten(rng, along)));
    prevProgress = progress;
    const workStatus: WorkStatus = last ? end.status : "IN_PROGRESS";
    const phase: Phase =
      workStatus === "DONE" ? "done" : workStatus === "PAUSED" ? "paused" : i === 0 ? "start" : recurring ? "recurring" : "middle";
    reports.push({
      kind: "PROGRESS",
      unitId: lead.unitId,
      authorId: lead.userId,
      workStatus,
      progress,
      result: resultText(rng, phase, progress),
      difficulties: phase === "paused" || rng.chance(0.2) ? difficultyText(rng) : "",
      proposals: rng.chance(phase === "paused" ? 0.6 : 0.12) ? proposalText(rng) : "",
      completedAt: last && end.completedDay ? completionInstant(end.completedDay) : null,
      createdAt,
      returned: null,
    });
  });

  const final = must(reports.at(-1), "reportDays luôn có ít nhất ngày cuối");
  // Now and then the standing office sends the latest report back for correction.
  if (final.workStatus === "IN_PROGRESS" && rng.chance(0.02)) {
    const at = new Date(final.createdAt.getTime() + rng.int(2, 30) * 3_600_000);
    if (at < clock.now) final.returned = { at, comment: returnComment(rng) };
  }

  const contributions = helpingReports(rng, reports, people.supports, clock);
  return {
    reports: [...reports, ...contributions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
    workStatus: final.workStatus,
    progress: final.progress,
    completedAt: final.completedAt,
    lastUpdateAt: final.createdAt,
    version: reports.length,
  };
}

/** A few contributions per helping unit, each recording the task's state when it was written. */
function helpingReports(rng: Rng, progress: ProgressReport[], supports: Reporter[], clock: Clock): ProgressReport[] {
  const out: ProgressReport[] = [];
  const first = must(progress[0], "nhiệm vụ có báo cáo tiến độ");
  const last = must(progress.at(-1), "nhiệm vụ có báo cáo tiến độ");
  const from = first.createdAt.getTime();
  const to = Math.min(clock.now.getTime() - 3_600_000, last.createdAt.getTime() + 20 * 86_400_000);
  if (to <= from) return out;
  for (const s of supports) {
    const count = rng.chance(0.6) ? rng.int(1, Math.max(1, Math.ceil(progress.length / 4))) : 0;
    for (let i = 0; i < count; i++) {
      // A working day between the first report and `to`, in office hours.
      const createdAt = localInstant(localDateKey(new Date(from + Math.floor(rng.next() * (to - from)))), officeMinute(rng));
      if (createdAt.getTime() > to) continue;
      const before = progress.filter((p) => p.createdAt <= createdAt).at(-1);
      out.push({
        kind: "CONTRIBUTION",
        unitId: s.unitId,
        authorId: s.userId,
        workStatus: before?.workStatus ?? "NOT_STARTED",
        progress: before?.progress ?? 0,
        result: contributionText(rng),
        difficulties: rng.chance(0.1) ? difficultyText(rng) : "",
        proposals: "",
        completedAt: null,
        createdAt,
        returned: null,
      });
    }
  }
  return out;
}
