// What the check's pages read: the form (today's items and today's check), the unit staff's banner,
// the month's history and one day's revisions, and the checklist page.
import type { CommuneScope, Viewer } from "../auth/permissions";
import { canRunDailyCheck, canRunDailyChecks } from "../auth/permissions";
import { loadCalendar } from "../calendar/working-days";
import type { Db } from "../db";
import { addDays, dateFromKey } from "../dates";
import { now } from "../jobs/clock";
import { loadServiceCentre, serviceCentreScope } from "./centre";
import { checkDayKey, isPastDue } from "./day";
import { checkFigures, dayCells, loadChecks } from "./days";
import { ensureChecklist } from "./default-items";

/** Items grouped by area, in the list's order (the first item of an area places the area). */
export function groupByArea<T extends { area: string }>(items: readonly T[]): { area: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.area, [...(groups.get(item.area) ?? []), item]);
  return [...groups].map(([area, list]) => ({ area, items: list }));
}

/** The list is made from the defaults on first need, in a short transaction of its own (written once). */
async function activeItems(db: Db, communeId: string) {
  await db.$transaction((tx) => ensureChecklist(tx, communeId));
  return db.checkItem.findMany({
    where: { communeId, archivedAt: null },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, area: true, name: true, hint: true, critical: true },
  });
}

const incidentLink = { select: { id: true, number: true, title: true } } as const;

/** Today's check with its current revision's results (the form prefills an amendment from them). */
export async function loadTodayCheck(db: Db, communeId: string) {
  const day = checkDayKey(now());
  const check = await db.dailyCheck.findUnique({
    where: { communeId_day: { communeId, day: dateFromKey(day) } },
    select: {
      id: true,
      revision: true,
      checkedAt: true,
      faultCount: true,
      checkedBy: { select: { fullName: true } },
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          note: true,
          results: { select: { itemId: true, state: true, note: true, incident: incidentLink } },
        },
      },
    },
  });
  return { day, check };
}

export type TodayCheck = Awaited<ReturnType<typeof loadTodayCheck>>["check"];

export async function loadCheckForm(db: Db, user: Viewer, commune: CommuneScope) {
  const scope = await serviceCentreScope(db, commune);
  const centre = await loadServiceCentre(db, commune.communeId);
  if (!canRunDailyCheck(user, scope)) return { allowed: false as const, centre };
  const [items, today] = await Promise.all([activeItems(db, commune.communeId), loadTodayCheck(db, commune.communeId)]);
  return { allowed: true as const, centre, items, ...today };
}

/** "2026-11" of a query value, or the current month for anything else. */
export function monthParam(value: unknown): string {
  const current = checkDayKey(now()).slice(0, 7);
  if (typeof value !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return current;
  return value >= "2000-01" && value <= "2100-12" ? value : current;
}

export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const next = addDays(from, 32).slice(0, 7);
  return { from, to: addDays(`${next}-01`, -1) };
}

/** The month's days (Monday-first weeks are the page's), its figures and its neighbours. */
export async function loadMonth(db: Db, communeId: string, month: string) {
  const range = monthRange(month);
  const [calendar, checks] = await Promise.all([loadCalendar(db), loadChecks(db, [communeId], range)]);
  const cells = dayCells(range, checks.get(communeId) ?? new Map(), calendar, now());
  return {
    range,
    cells,
    figures: checkFigures(cells, calendar),
    previous: addDays(range.from, -1).slice(0, 7),
    next: addDays(range.to, 1).slice(0, 7),
  };
}

/** One day's check with every submission, oldest first; null when the day has none. */
export async function loadCheckDay(db: Db, communeId: string, day: string) {
  const check = await db.dailyCheck.findUnique({
    where: { communeId_day: { communeId, day: dateFromKey(day) } },
    select: {
      checkedAt: true,
      revision: true,
      checkedBy: { select: { fullName: true } },
      revisions: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          submittedAt: true,
          note: true,
          faultCount: true,
          submittedBy: { select: { fullName: true } },
          results: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              area: true,
              itemName: true,
              state: true,
              note: true,
              item: { select: { sortOrder: true } },
              incident: incidentLink,
              attachments: { select: { id: true, fileName: true } },
            },
          },
        },
      },
    },
  });
  if (!check) return null;
  return {
    ...check,
    revisions: check.revisions.map((r) => ({
      ...r,
      // The list's order of today (an archived item keeps its place as it was, at the end).
      results: [...r.results].sort((a, b) => (a.item?.sortOrder ?? Infinity) - (b.item?.sortOrder ?? Infinity)),
    })),
  };
}

/** The checklist page: active items, archived ones apart, the commune's units and the centre. */
export async function loadChecklist(db: Db, communeId: string) {
  await db.$transaction((tx) => ensureChecklist(tx, communeId));
  const [items, units, centre] = await Promise.all([
    db.checkItem.findMany({
      where: { communeId },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, area: true, name: true, hint: true, critical: true, archivedAt: true },
    }),
    db.unit.findMany({ where: { communeId, active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    loadServiceCentre(db, communeId),
  ]);
  return {
    active: items.filter((i) => !i.archivedAt),
    archived: items.filter((i) => i.archivedAt),
    areas: [...new Set(items.map((i) => i.area).filter(Boolean))],
    units,
    centre,
  };
}

/** The banner of the unit staff's landing page: only for those who run the check (null for others). */
export async function loadCheckBanner(db: Db, user: Viewer, commune: CommuneScope) {
  if (!canRunDailyChecks(user, commune)) return null;
  if (!canRunDailyCheck(user, await serviceCentreScope(db, commune))) return null;
  const { check } = await loadTodayCheck(db, commune.communeId);
  return { check, late: isPastDue(now()) };
}
