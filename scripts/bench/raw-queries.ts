// query-ratio.ts's raw side: the two pages' loads in hand-written SQL, rebuilt into the app's shapes.
//
// The hand-written side: one pg Pool, the same size as the app's, pinned to UTC like it; SQL DATE
// read as UTC midnight (what the app's Prisma client returns), not as local midnight.
import pg from "pg";
import type { CommuneDashboard } from "../../lib/dashboard/commune";
import type { IndicatorDefinition } from "../../lib/indicators/summary";
import type { DeadlineStatus } from "../../lib/tasks/deadline-status";
import type { App } from "./app-modules";

export type Raw = { pool: pg.Pool; statements: number };

export function rawPool(databaseUrl: string): pg.Pool {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.DATE, (s: string) => new Date(`${s}T00:00:00Z`));
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    options: "-c TimeZone=UTC",
    types,
  });
  // pool.end() resolves before its sockets have closed; PostgreSQL stopping right after would then
  // raise an unhandled 'error' (57P01) on an idle client and crash a run that has already succeeded.
  pool.on("error", () => {});
  return pool;
}

async function q<T extends pg.QueryResultRow>(raw: Raw, text: string, values: unknown[] = []): Promise<T[]> {
  raw.statements += 1;
  return (await raw.pool.query<T>(text, values)).rows;
}

/**
 * lib/dashboard/sql.ts's category CASE, written out; `c` are column expressions, `today` and
 * `now` placeholders (a text day and a timestamptz).
 */
function statusCase(
  app: App,
  c: { workStatus: string; dueDate: string; completedAt: string; lastUpdateAt: string },
  today: string,
  now: string,
  weekStart: string,
) {
  const tz = `'${app.dates.TIME_ZONE}'`;
  return `CASE
    WHEN ${c.workStatus}::text = 'DONE' THEN
      CASE WHEN ${c.dueDate} IS NULL OR (COALESCE(${c.completedAt}, ${c.lastUpdateAt}, ${now}::timestamptz) AT TIME ZONE ${tz})::date <= ${c.dueDate}
           THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
    WHEN ${c.dueDate} IS NOT NULL THEN
      CASE WHEN ${c.dueDate} < ${today}::date THEN 'OVERDUE'
           WHEN ${c.dueDate} - ${today}::date < ${app.deadline.DUE_SOON_DAYS} THEN 'DUE_SOON'
           WHEN ${c.lastUpdateAt} IS NOT NULL AND ${c.workStatus}::text <> 'NOT_STARTED' THEN 'IN_PROGRESS'
           ELSE 'NOT_STARTED' END
    WHEN ${c.lastUpdateAt} IS NULL THEN 'NOT_STARTED'
    WHEN (${c.lastUpdateAt} AT TIME ZONE ${tz})::date >= ${weekStart}::date THEN 'NO_DEADLINE_UPDATED'
    ELSE 'NO_DEADLINE_NOT_UPDATED'
  END`;
}

const LIVE = { workStatus: `t."workStatus"`, dueDate: `t."dueDate"`, completedAt: `t."completedAt"`, lastUpdateAt: `t."lastUpdateAt"` };
const PAST = {
  workStatus: `COALESCE(p."workStatus"::text, 'NOT_STARTED')`,
  dueDate: `t."dueDate"`,
  completedAt: `p."completedAt"`,
  lastUpdateAt: `p."createdAt"`,
};
/** lib/dashboard/action-lists.ts's lead units still acting on `t` (a member whose part is done or "không phát sinh" is not). */
const STILL_ACTING = `(tp.id IS NULL OR (tp."workStatus" <> 'DONE' AND tp."notApplicableReason" IS NULL))`;
const ACTING_LEADS = `LEFT JOIN LATERAL (
    SELECT string_agg(COALESCE(lu."shortName", lu.name), ', ' ORDER BY lu."sortOrder", lu.name) FILTER (WHERE ${STILL_ACTING}) AS leads,
           count(*) FILTER (WHERE ${STILL_ACTING})::int AS acting, count(*)::int AS "leadCount", bool_or(tp.id IS NOT NULL) AS shared
    FROM "TaskUnit" tu JOIN "Unit" lu ON lu.id = tu."unitId"
    LEFT JOIN "TaskPart" tp ON tp."taskId" = tu."taskId" AND tp."unitId" = tu."unitId"
    WHERE tu."taskId" = t.id AND tu.role = 'LEAD'
  ) w ON true`;
const ACTING_COLUMNS = `w.leads, COALESCE(w.acting, 0) AS acting, COALESCE(w."leadCount", 0) AS "leadCount", COALESCE(w.shared, false) AS shared`;

/** lib/dashboard/action-lists.ts's unanswered difficulties on `t`: each unit's latest update that says something. */
const UNANSWERED = `SELECT l."unitId", l."createdAt", l.difficulties, l.proposals FROM (
    SELECT DISTINCT ON (u."unitId") u."unitId", u."createdAt", u.difficulties, u.proposals FROM "TaskUpdate" u
    WHERE u."communeId" = t."communeId" AND u."taskId" = t.id AND NOT u.unchanged
    ORDER BY u."unitId", u."createdAt" DESC
  ) l
  WHERE (btrim(l.difficulties) <> '' OR btrim(l.proposals) <> '')
    AND NOT EXISTS (SELECT 1 FROM "Directive" d WHERE d."communeId" = t."communeId" AND d."taskId" = t.id AND d."createdAt" >= l."createdAt")`;

type KpiRow = IndicatorDefinition & {
  id: string;
  code: string;
  catalogCode: string | null;
  name: string;
  responsibleUnit: string | null;
  periodStart: Date | null;
};
type StatusRow = { status: DeadlineStatus; groupId: string | null; n: number; progress: number };
type Acting = { leads: string | null; acting: number; leadCount: number; shared: boolean };
type ActionRow = Acting & { id: string; code: string; title: string; dueDate: Date | null; total: number };

/** getCommuneDashboard for the default filters, in hand-written SQL (14 statements, 13 of them in parallel). */
export async function rawDashboard(app: App, raw: Raw, communeId: string, now: Date): Promise<CommuneDashboard> {
  const { addDays, localDateKey, localDayStart, weekStart, TIME_ZONE } = app.dates;
  const today = localDateKey(now);
  const f = app.filters.readDashboardFilters({}, today);
  // The chair's default view is the current week, live: the only case written out here.
  if (!f.isCurrent) throw new Error("bộ lọc mặc định phải là kỳ hiện tại");
  const day = app.filters.asOfDay(f, today);
  const before = app.filters.comparisonDay(f);
  const limit = app.actionLists.ACTION_LIST_LIMIT;

  // Live states on `today` ($1 commune, $2 today, $3 now, $4 week start).
  const liveStates = `SELECT t.id, t."groupId", t.progress, ${statusCase(app, LIVE, "$2", "$3", "$4")} AS status
    FROM "Task" t WHERE t."communeId" = $1`;
  const live = [communeId, today, now, weekStart(today)];
  const cut = localDayStart(addDays(before, 1));
  const lastWeek = app.periods.periodContaining(day, "WEEKLY");
  const weeks = app.commune.COMPLETION_WEEKS;
  const doneAt = `COALESCE(t."completedAt", t."lastUpdateAt")`;
  const taskInStatus = (status: DeadlineStatus) =>
    q<ActionRow>(
      raw,
      `SELECT t.id, t.code, t.title, t."dueDate", ${ACTING_COLUMNS}, count(*) OVER ()::int AS total
       FROM "Task" t ${ACTING_LEADS} WHERE t."communeId" = $1 AND ${statusCase(app, LIVE, "$2", "$3", "$4")} = $5
       ORDER BY t."dueDate" ASC NULLS LAST, t.code LIMIT ${limit}`,
      [...live, status],
    );
  const kpiCards = async () => {
    const indicators = await q<KpiRow>(
      raw,
      `SELECT i.id, i.code, i."catalogCode", i.name, i.comparison, i.unit, i.target::float8 AS target, i."dueDate",
              i.target2::float8 AS target2, i."dueDate2", i."baselineValue"::float8 AS "baselineValue", i."baselineDate",
              i.frequency, i."createdAt", p."periodStart", COALESCE(u."shortName", u.name) AS "responsibleUnit"
       FROM "Indicator" i
       JOIN "Plan" p ON p.id = i."planId" AND p."communeId" = i."communeId"
       LEFT JOIN "Unit" u ON u.id = i."responsibleUnitId"
       WHERE i."communeId" = $1
       ORDER BY i."planId", i."sortOrder"`,
      [communeId],
    );
    const values = indicators.length
      ? await q<{ indicatorId: string; periodKey: string; periodEnd: Date; value: number; revision: number }>(
          raw,
          `SELECT r."indicatorId", r."periodKey", r."periodEnd", r.value, r.revision FROM (
             SELECT c.*, row_number() OVER (PARTITION BY c."indicatorId" ORDER BY c."periodEnd" DESC) AS rn FROM (
               SELECT DISTINCT ON (v."indicatorId", v."periodKey") v."indicatorId", v."periodKey", v."periodEnd", v.value::float8 AS value, v.revision
               FROM "IndicatorValue" v
               WHERE v."indicatorId" = ANY($1::text[]) AND v."periodStart" <= $2::date
               ORDER BY v."indicatorId", v."periodKey", v.revision DESC
             ) c
           ) r WHERE r.rn <= $3
           ORDER BY r."indicatorId", r."periodEnd"`,
          [indicators.map((i) => i.id), day, app.indicators.INDICATOR_TREND_LENGTH],
        )
      : [];
    return { indicators, values };
  };

  const reportPeriod = app.actionLists.confirmationPeriod(day);
  const [
    plans,
    groups,
    units,
    current,
    previous,
    byUnit,
    completionRows,
    overdue,
    dueSoon,
    awaiting,
    directives,
    unconfirmed,
    kpi,
    mandateRows,
  ] = await Promise.all([
    q<{ id: string; title: string; number: string | null }>(
      raw,
      `SELECT id, title, number FROM "Plan" WHERE "communeId" = $1 ORDER BY "createdAt" DESC`,
      [communeId],
    ),
    q<{ id: string; planId: string; code: string; title: string }>(
      raw,
      `SELECT id, "planId", code, title FROM "PlanGroup" WHERE "communeId" = $1 ORDER BY "planId", "sortOrder"`,
      [communeId],
    ),
    q<{ id: string; name: string; shortName: string | null }>(
      raw,
      `SELECT id, name, "shortName" FROM "Unit" WHERE "communeId" = $1 AND kind NOT IN ('COMMUNE', 'WARD', 'PROVINCE') ORDER BY "sortOrder"`,
      [communeId],
    ),
    q<StatusRow>(
      raw,
      `WITH s AS (${liveStates}) SELECT s.status, s."groupId", count(*)::int AS n, COALESCE(sum(s.progress), 0)::int AS progress
         FROM s GROUP BY s.status, s."groupId"`,
      live,
    ),
    q<StatusRow>(raw, pastStatesByGroup(app), [communeId, before, cut, weekStart(before)]),
    q<{ unitId: string; status: DeadlineStatus; n: number }>(
      raw,
      `WITH s AS (${liveStates})
         SELECT tu."unitId", s.status, count(*)::int AS n
         FROM s JOIN "TaskUnit" tu ON tu."taskId" = s.id AND tu."communeId" = $1 AND tu.role = 'LEAD'
         GROUP BY tu."unitId", s.status`,
      live,
    ),
    q<{ week: string; n: number }>(
      raw,
      `SELECT to_char((${doneAt} AT TIME ZONE '${TIME_ZONE}')::date, 'IYYY-"W"IW') AS week, count(*)::int AS n
         FROM "Task" t
         WHERE t."communeId" = $1 AND t."workStatus" = 'DONE' AND ${doneAt} >= $2 AND ${doneAt} < $3
         GROUP BY 1`,
      [communeId, localDayStart(addDays(lastWeek.start, -7 * (weeks - 1))), localDayStart(addDays(lastWeek.end, 1))],
    ),
    taskInStatus("OVERDUE"),
    taskInStatus("DUE_SOON"),
    q<ActionRow & { unitName: string | null; difficulties: string; proposals: string; at: Date }>(
      raw,
      `SELECT t.id, t.code, t.title, t."dueDate", ${ACTING_COLUMNS}, q.at, q.difficulties, q.proposals, q."unitName",
                count(*) OVER ()::int AS total
         FROM "Task" t
         JOIN LATERAL (
           SELECT max(x."createdAt") AS at,
                  (array_agg(x.difficulties ORDER BY x."createdAt" DESC))[1] AS difficulties,
                  (array_agg(x.proposals ORDER BY x."createdAt" DESC))[1] AS proposals,
                  string_agg(COALESCE(un."shortName", un.name), ', ' ORDER BY x."createdAt" DESC) AS "unitName"
           FROM (${UNANSWERED}) x LEFT JOIN "Unit" un ON un.id = x."unitId"
         ) q ON q.at IS NOT NULL
         ${ACTING_LEADS}
         WHERE t."communeId" = $1 AND t."workStatus" <> 'DONE'
         ORDER BY q.at DESC
         LIMIT ${limit}`,
      [communeId],
    ),
    q<
      Acting & {
        id: string;
        content: string;
        createdAt: Date;
        author: string;
        taskId: string;
        code: string;
        title: string;
        total: number;
      }
    >(
      raw,
      `SELECT d.id, d.content, d."createdAt", a."fullName" AS author, t.id AS "taskId", t.code, t.title, ${ACTING_COLUMNS},
                count(*) OVER ()::int AS total
         FROM "Directive" d
         JOIN "Task" t ON t.id = d."taskId" AND t."communeId" = d."communeId"
         JOIN "User" a ON a.id = d."authorId"
         ${ACTING_LEADS}
         WHERE d."communeId" = $1 AND d."acknowledgedAt" IS NULL AND t."communeId" = $1
         ORDER BY d."createdAt" ASC
         LIMIT ${limit}`,
      [communeId],
    ),
    q<{ unitId: string; planId: string; open: number; updated: number; lastUpdateAt: Date | null }>(
      raw,
      `SELECT x."unitId", x."planId", count(*)::int AS open, count(*) FILTER (WHERE x.reported)::int AS updated,
                max(x."lastUpdateAt") AS "lastUpdateAt"
         FROM (
           SELECT tu."unitId", t."planId", CASE WHEN tp.id IS NULL THEN t."lastUpdateAt" ELSE tp."lastUpdateAt" END AS "lastUpdateAt",
             EXISTS (
               SELECT 1 FROM "TaskUpdate" u WHERE u."communeId" = t."communeId" AND u."taskId" = t.id AND u.kind = 'PROGRESS'
                 AND u."createdAt" >= $2 AND (tp.id IS NULL OR u."unitId" = tu."unitId")) AS reported
           FROM "Task" t
           JOIN "TaskUnit" tu ON tu."taskId" = t.id AND tu."communeId" = t."communeId" AND tu.role = 'LEAD'
           LEFT JOIN "TaskPart" tp ON tp."taskId" = t.id AND tp."unitId" = tu."unitId"
           WHERE t."communeId" = $1 AND t."workStatus" <> 'DONE' AND ${STILL_ACTING}
             AND NOT EXISTS (SELECT 1 FROM "ReportSubmission" s WHERE s."planId" = t."planId" AND s."periodKey" = $3 AND s."unitId" = tu."unitId")
         ) x
         GROUP BY x."unitId", x."planId"
         ORDER BY count(*) FILTER (WHERE x.reported)::float / count(*), count(*) DESC, x."unitId", x."planId"`,
      [communeId, localDayStart(reportPeriod.start), reportPeriod.key],
    ),
    kpiCards(),
    // Province plans: mandated tasks without a lead, receipts not read (lib/dashboard/action-lists.ts mandateItems).
    q<{ unassigned: number; unread: number }>(
      raw,
      `SELECT (SELECT count(*)::int FROM "Task" t
                 WHERE t."communeId" = $1 AND t."provinceTaskId" IS NOT NULL AND t."closedKind" IS NULL
                   AND EXISTS (SELECT 1 FROM "Plan" p WHERE p.id = t."planId" AND p."archivedAt" IS NULL)
                   AND NOT EXISTS (SELECT 1 FROM "TaskUnit" tu WHERE tu."taskId" = t.id AND tu.role = 'LEAD')) AS unassigned,
                (SELECT count(*)::int FROM "ProvincePlanReceipt" r WHERE r."communeId" = $1 AND r."acknowledgedAt" IS NULL) AS unread`,
      [communeId],
    ),
  ]);

  // From here on, what getCommuneDashboard does with its rows (no database).
  const statuses = app.deadline.DEADLINE_STATUSES;
  const emptyCounts = () => Object.fromEntries(statuses.map((s) => [s, 0])) as Record<DeadlineStatus, number>;
  const headlineOf = (rows: StatusRow[]) => {
    const counts = emptyCounts();
    let total = 0;
    let progressSum = 0;
    for (const r of rows) {
      counts[r.status] += r.n;
      total += r.n;
      progressSum += r.progress;
    }
    return { total, done: counts.DONE_ON_TIME + counts.DONE_LATE, progress: total ? Math.round(progressSum / total) : 0, counts };
  };
  const unitName = new Map(units.map((u) => [u.id, u.shortName ?? u.name]));
  const plansWithGroups = new Set(groups.map((g) => g.planId)).size;
  const planLabel = new Map(plans.map((p) => [p.id, p.number ?? p.title]));
  const byGroup = groups
    .map((g) => {
      const counts = emptyCounts();
      for (const r of current) if (r.groupId === g.id) counts[r.status] += r.n;
      const label = plansWithGroups > 1 ? `${planLabel.get(g.planId)} · ${g.code}` : g.code;
      return {
        id: g.id,
        planId: g.planId,
        code: g.code,
        label,
        title: g.title,
        counts,
        total: statuses.reduce((n, s) => n + counts[s], 0),
      };
    })
    .filter((g) => g.total > 0);
  const byLeadUnit = [...new Set(byUnit.map((r) => r.unitId))]
    .map((id) => {
      const counts = emptyCounts();
      for (const r of byUnit) if (r.unitId === id) counts[r.status] += r.n;
      const total = statuses.reduce((n, s) => n + counts[s], 0);
      const done = counts.DONE_ON_TIME + counts.DONE_LATE;
      return { unitId: id, name: unitName.get(id) ?? "(đơn vị đã xoá)", counts, total, done, overdue: counts.OVERDUE };
    })
    .sort((a, b) => b.overdue - a.overdue || b.total - b.done - (a.total - a.done) || a.name.localeCompare(b.name, "vi"));
  const completions = [];
  for (let i = weeks - 1, p = lastWeek; i >= 0; i--) {
    completions.unshift({
      key: p.key,
      label: `T${Number(p.key.slice(6))}`,
      range: p.range,
      n: completionRows.find((r) => r.week === p.key)?.n ?? 0,
    });
    p = app.periods.periodContaining(addDays(p.start, -1), "WEEKLY");
  }
  const byIndicator = new Map<string, { periodKey: string; periodEnd: string; value: number; revision: number }[]>();
  for (const v of kpi.values) {
    const list = byIndicator.get(v.indicatorId) ?? [];
    list.push({ periodKey: v.periodKey, periodEnd: app.dates.dateOnlyKey(v.periodEnd), value: v.value, revision: v.revision });
    byIndicator.set(v.indicatorId, list);
  }
  const cards = kpi.indicators.map((i) => ({
    id: i.id,
    code: i.code,
    catalogCode: i.catalogCode,
    name: i.name,
    unit: i.unit,
    comparison: i.comparison,
    responsibleUnit: i.responsibleUnit,
    summary: app.summary.summarizeIndicator(i, byIndicator.get(i.id) ?? [], day, i.periodStart, app.indicators.INDICATOR_TREND_LENGTH),
  }));
  const kpiCounts = app.indicators.emptyIndicatorCounts();
  for (const c of cards) kpiCounts[c.summary.status] += 1;
  const list = <T extends { total: number }>(rows: T[]) => ({ total: rows[0]?.total ?? 0, rows });

  return {
    today,
    day,
    comparisonDay: before,
    options: { plans, groups, units },
    headline: headlineOf(current),
    previous: headlineOf(previous),
    byGroup,
    byLeadUnit,
    completions,
    overdue: list(overdue),
    dueSoon: list(dueSoon),
    awaiting: list(awaiting),
    directives: list(directives),
    mandates: mandateRows[0] ?? { unassigned: 0, unread: 0 },
    reportPeriod,
    unconfirmed: unconfirmed.map((u) => ({
      ...u,
      name: unitName.get(u.unitId) ?? "(đơn vị đã xoá)",
      plan: plans.length > 1 ? (planLabel.get(u.planId) ?? null) : null,
    })),
    indicators: { cards, counts: kpiCounts },
  };
}
type Rec = Record<string, unknown>;

/** States on a past day from the update history, by category and group ($1 commune, $2 day, $3 end of that day, $4 its week start). */
function pastStatesByGroup(app: App) {
  return `WITH s AS (
      SELECT t.id, t."groupId", COALESCE(p.progress, 0) AS progress, ${statusCase(app, PAST, "$2", "$3", "$4")} AS status
      FROM "Task" t
      LEFT JOIN LATERAL (
        SELECT u."workStatus", u.progress, u."completedAt", u."createdAt" FROM "TaskUpdate" u
        WHERE u."communeId" = t."communeId" AND u."taskId" = t.id AND u.kind = 'PROGRESS' AND u."createdAt" < $3
        ORDER BY u."createdAt" DESC LIMIT 1
      ) p ON true
      WHERE t."communeId" = $1)
    SELECT s.status, s."groupId", count(*)::int AS n, COALESCE(sum(s.progress), 0)::int AS progress
    FROM s GROUP BY s.status, s."groupId"`;
}

/** What app/c/[communeId]/nhiem-vu/page.tsx loads (query-ratio.ts's portalMyTasks): its four loads. */
export type MyTasks = [
  Awaited<ReturnType<App["tasks"]["getUnitName"]>>,
  Awaited<ReturnType<App["tasks"]["listUnitTasks"]>>,
  Awaited<ReturnType<App["detail"]["listOpenDirectives"]>>,
  Awaited<ReturnType<App["detail"]["listReturnedUpdates"]>>,
];
type Unit3 = { id: string; name: string; shortName: string | null };

/** The task page's four loads in hand-written SQL: one statement each, in parallel. */
export async function rawMyTasks(app: App, raw: Raw, communeId: string, unitId: string, now: Date): Promise<MyTasks> {
  const [unit, tasks, directives, returned] = await Promise.all([
    q<{ name: string }>(raw, `SELECT name FROM "Unit" WHERE id = $1 AND "communeId" = $2 LIMIT 1`, [unitId, communeId]),
    // The units as one JSON array per task, in taskRowSelect's order (the commune's unit order).
    q<
      Rec & {
        units: { role: "LEAD" | "SUPPORT"; viaGroupId: string | null; id: string; name: string; shortName: string | null }[];
        unitGroups: { role: "LEAD" | "SUPPORT"; group: { id: string; name: string } }[] | null;
        part: { workStatus: string; progress: number; lastUpdateAt: string | null; notApplicableReason: string | null } | null;
        provinceTask: { code: string; plan: { number: string | null; title: string } } | null;
      }
    >(
      raw,
      `SELECT t.id, t.code, t.title, t.description, t."planId", t."deadlineKind", t."dueDate", t."originalDueDate", t."deadlineText",
              t."supportText", t."workStatus", t.progress, t."completedAt", t."lastUpdateAt", t."closedKind", t."closedReason", t."mandateVersion",
              g.code AS "groupCode", g.title AS "groupTitle", p.title AS "planTitle", p.number AS "planNumber",
              (SELECT json_build_object('code', pt.code, 'plan', json_build_object('number', pp.number, 'title', pp.title))
               FROM "ProvinceTask" pt JOIN "ProvincePlan" pp ON pp.id = pt."planId" WHERE pt.id = t."provinceTaskId") AS "provinceTask",
              (SELECT json_agg(json_build_object('role', tu.role, 'viaGroupId', tu."viaGroupId", 'id', u.id, 'name', u.name, 'shortName', u."shortName")
                               ORDER BY u."sortOrder", u.name, tu."unitId", tu.role)
               FROM "TaskUnit" tu JOIN "Unit" u ON u.id = tu."unitId" WHERE tu."taskId" = t.id) AS units,
              (SELECT json_agg(json_build_object('role', tg.role, 'group', json_build_object('id', ug.id, 'name', ug.name)) ORDER BY ug."sortOrder")
               FROM "TaskUnitGroup" tg JOIN "UnitGroup" ug ON ug.id = tg."groupId" WHERE tg."taskId" = t.id) AS "unitGroups",
              (SELECT json_build_object('workStatus', tp."workStatus", 'progress', tp.progress, 'lastUpdateAt', tp."lastUpdateAt",
                                        'notApplicableReason', tp."notApplicableReason")
               FROM "TaskPart" tp WHERE tp."taskId" = t.id AND tp."unitId" = $2 AND tp."communeId" = $1) AS part
       FROM "Task" t
       JOIN "Plan" p ON p.id = t."planId"
       LEFT JOIN "PlanGroup" g ON g.id = t."groupId"
       WHERE t."communeId" = $1 AND t."closedKind" IS NULL AND p."archivedAt" IS NULL
         AND EXISTS (SELECT 1 FROM "TaskUnit" x WHERE x."taskId" = t.id AND x."unitId" = $2 AND x."communeId" = $1)
       ORDER BY t."planId", t."sortOrder"`,
      [communeId, unitId],
    ),
    // Only what the list draws (lib/tasks/detail.ts), as the page's loads now read it.
    q<{ id: string; content: string; createdAt: Date; authorFullName: string; taskId: string; taskCode: string; taskTitle: string }>(
      raw,
      `SELECT d.id, d.content, d."createdAt", d."taskId", a."fullName" AS "authorFullName", t.code AS "taskCode", t.title AS "taskTitle"
       FROM "Directive" d JOIN "User" a ON a.id = d."authorId" JOIN "Task" t ON t.id = d."taskId"
       WHERE d."communeId" = $1 AND d."acknowledgedAt" IS NULL
         AND EXISTS (SELECT 1 FROM "TaskUnit" tu WHERE tu."taskId" = d."taskId" AND tu."unitId" = $2 AND tu.role = 'LEAD')
       ORDER BY d."createdAt" DESC, d.id`,
      [communeId, unitId],
    ),
    q<{
      id: string;
      taskId: string;
      createdAt: Date;
      returnedAt: Date;
      returnComment: string | null;
      taskCode: string;
      taskTitle: string;
      taskLastUpdateAt: Date | null;
      returnedByFullName: string | null;
    }>(
      raw,
      `SELECT x.id, x."taskId", x."createdAt", x."returnedAt", x."returnComment", t.code AS "taskCode", t.title AS "taskTitle", t."lastUpdateAt" AS "taskLastUpdateAt", r."fullName" AS "returnedByFullName"
       FROM "TaskUpdate" x JOIN "Task" t ON t.id = x."taskId" LEFT JOIN "User" r ON r.id = x."returnedById"
       WHERE x."communeId" = $1 AND x."unitId" = $2 AND x.kind = 'PROGRESS' AND x."returnedAt" IS NOT NULL
       ORDER BY x."returnedAt" DESC, x.id LIMIT 50`,
      [communeId, unitId],
    ),
  ]);
  type TaskRowDb = Parameters<App["tasks"]["toTaskRow"]>[0];
  const all = tasks.map((r) => {
    const { groupCode, groupTitle, planTitle, planNumber, units, unitGroups, part, ...t } = r;
    const row = app.tasks.toTaskRow(
      {
        ...t,
        group: groupCode === null ? null : { code: groupCode, title: groupTitle },
        plan: { title: planTitle, number: planNumber },
        units: (units ?? []).map((u) => ({
          role: u.role,
          viaGroupId: u.viaGroupId,
          unit: { id: u.id, name: u.name, shortName: u.shortName } as Unit3,
        })),
        unitGroups: unitGroups ?? [],
      } as TaskRowDb,
      now,
    );
    const role: "LEAD" | "SUPPORT" = row.leadUnits.some((u) => u.id === unitId) ? "LEAD" : "SUPPORT";
    return { ...row, role, part: part && { ...part, lastUpdateAt: part.lastUpdateAt ? new Date(part.lastUpdateAt) : null } };
  });
  const openDirectives = directives.map((d) => ({
    id: d.id,
    content: d.content,
    createdAt: d.createdAt,
    author: { fullName: d.authorFullName },
    task: { id: d.taskId, code: d.taskCode, title: d.taskTitle },
  }));
  const returnedUpdates = returned
    .filter((u) => !u.taskLastUpdateAt || u.taskLastUpdateAt <= u.createdAt)
    .map((u) => ({
      id: u.id,
      createdAt: u.createdAt,
      returnedAt: u.returnedAt,
      returnComment: u.returnComment,
      task: { id: u.taskId, code: u.taskCode, title: u.taskTitle },
      returnedBy: u.returnedByFullName === null ? null : { fullName: u.returnedByFullName },
    }));
  return [unit[0]?.name ?? null, all, openDirectives, returnedUpdates] as unknown as MyTasks;
}
