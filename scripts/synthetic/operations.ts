// The one-stop centre's last month in every synthetic commune (issue 22), so that the province's
// operations views (open incidents, checks, monthly medians) are measured with data: the default
// checklist, the centre picked in the settings, a start-of-day check on each working day of the 30 days
// before today by the centre's account (about one day in twenty missed), a fault on about one check in
// twelve opening an incident (graded as the real submit grades it), most of them closed the same day,
// those of the last two days still open and a third of those escalated. Working days follow the
// Holiday table, as the app's calendar does. Everything is set-based SQL in one transaction: ids and
// choices come from hashes of the commune and the day, so the same database gives the same rows.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { DEFAULT_CHECKLIST } from "../../lib/daily-checks/default-items";

/** 0 … 2^32-1 from a text, in SQL (hashtext is a signed int4). */
const h = (text: string) => `(hashtext(${text})::bigint + 2147483648)`;

/** The statements' parameters, named in them as $items, $now and $today. */
const ARGS = ["items", "now", "today"] as const;

/** "$items … $today" → "$1 … $2", numbered in the order of ARGS among those the statement uses. */
function numbered(sql: string): string {
  const used = ARGS.filter((a) => sql.includes(`$${a}`));
  return used.reduce((text, a, i) => text.replaceAll(`$${a}`, `$${i + 1}`), sql);
}

const STEPS = [
  // The checklist and the centre.
  `INSERT INTO "CheckItem" (id, "communeId", area, name, hint, critical, "sortOrder", "createdAt", "updatedAt")
   SELECT md5(c.id || ':item:' || i.ord), c.id, i.area, i.name, i.hint, i.critical, i.ord * 10, $now, $now
   FROM "Unit" c CROSS JOIN json_to_recordset($items::json) AS i(ord int, area text, name text, hint text, critical boolean)
   WHERE c.kind IN ('COMMUNE', 'WARD')`,
  `CREATE TEMP TABLE ops_centre ON COMMIT DROP AS
   SELECT c.id AS "communeId", centre.id AS "unitId",
          (SELECT u.id FROM "User" u WHERE u."unitId" = centre.id AND u.active ORDER BY u.username LIMIT 1) AS "userId"
   FROM "Unit" c
   JOIN "Unit" centre ON centre."communeId" = c.id AND centre.kind = 'CENTER' AND centre.active
        AND centre.name ILIKE '%phục vụ hành chính công%'
   WHERE c.kind IN ('COMMUNE', 'WARD')`,
  `INSERT INTO "CommuneSettings" ("communeId", "serviceCentreUnitId", "updatedAt")
   SELECT "communeId", "unitId", $now FROM ops_centre
   ON CONFLICT ("communeId") DO UPDATE SET "serviceCentreUnitId" = EXCLUDED."serviceCentreUnitId"`,
  // The days checked: working days before today, one in twenty missed; one check in twelve finds a fault.
  `CREATE TEMP TABLE ops_day ON COMMIT DROP AS
   SELECT o."communeId", o."userId", d.day, d.h,
          ((d.day + time '07:30') AT TIME ZONE 'Asia/Ho_Chi_Minh') + (d.h % 26) * interval '1 minute' AS "checkedAt",
          d.h % 12 = 0 AS faulty, (d.h / 12) % ${DEFAULT_CHECKLIST.length} + 1 AS "faultOrd",
          CASE WHEN (d.h / 120) % 2 = 0 THEN 'DOWN' ELSE 'FLAKY' END AS state
   FROM ops_centre o
   CROSS JOIN LATERAL (
     SELECT g::date AS day, ${h(`o."communeId" || g::date::text`)} AS h
     FROM generate_series($today::date - 30, $today::date - 1, interval '1 day') g
   ) d
   WHERE o."userId" IS NOT NULL
     AND COALESCE((SELECT hol."workingDay" FROM "Holiday" hol WHERE hol.date = d.day), extract(isodow FROM d.day) < 6)
     AND d.h % 20 <> 0`,
  `INSERT INTO "DailyCheck" (id, "communeId", day, "checkedById", "checkedAt", revision, "faultCount", "updatedAt")
   SELECT md5("communeId" || day || ':check'), "communeId", day, "userId", "checkedAt", 1, faulty::int, "checkedAt" FROM ops_day`,
  `INSERT INTO "DailyCheckRevision" (id, "checkId", "communeId", number, "submittedById", "submittedAt", note, "faultCount")
   SELECT md5("communeId" || day || ':revision'), md5("communeId" || day || ':check'), "communeId", 1, "userId", "checkedAt", '', faulty::int
   FROM ops_day`,
  // An incident per fault: urgent when a critical item is down, normal when another is, low when flaky.
  // Those of the last two days are still open (a third of them escalated); the others were fixed and closed.
  `CREATE TEMP TABLE ops_incident ON COMMIT DROP AS
   SELECT md5(d."communeId" || d.day || ':incident') AS id, d."communeId", d."userId", d.day, d."checkedAt", d.state, d."faultOrd",
          row_number() OVER (PARTITION BY d."communeId" ORDER BY d.day) AS number,
          md5(d."communeId" || ':item:' || d."faultOrd") AS "itemId",
          i.name || ': ' || CASE d.state WHEN 'DOWN' THEN 'không hoạt động' ELSE 'chập chờn' END AS title,
          CASE WHEN d.state = 'FLAKY' THEN 'LOW' WHEN i.critical THEN 'URGENT' ELSE 'NORMAL' END AS severity,
          CASE WHEN d.day < $today::date - 2 THEN 'CLOSED' WHEN (d.h / 7) % 3 = 0 THEN 'ESCALATED' ELSE 'IN_PROGRESS' END AS status,
          d."checkedAt" + (10 + d.h % 30) * interval '1 minute' AS "acknowledgedAt",
          d."checkedAt" + (70 + d.h % 150) * interval '1 minute' AS "resolvedAt",
          (d.day + time '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS "closedAt"
   FROM ops_day d
   JOIN json_to_recordset($items::json) AS i(ord int, name text, critical boolean) ON i.ord = d."faultOrd"
   WHERE d.faulty`,
  `INSERT INTO "Incident" (id, "communeId", number, title, description, "checkItemId", severity, "startedAt", "reportedAt", "reportedById",
     "countersDown", status, "acknowledgedAt", "escalatedAt", "resolvedAt", "closedAt", cause, fix, version, "updatedAt")
   SELECT id, "communeId", number, title, 'Phát hiện khi kiểm tra đầu giờ.', "itemId", severity::"IncidentSeverity", "checkedAt", "checkedAt", "userId",
     CASE WHEN state = 'DOWN' THEN 1 ELSE 0 END, status::"IncidentStatus", "acknowledgedAt",
     CASE WHEN status = 'ESCALATED' THEN "acknowledgedAt" + interval '30 minutes' END,
     CASE WHEN status = 'CLOSED' THEN "resolvedAt" END, CASE WHEN status = 'CLOSED' THEN "closedAt" END,
     CASE WHEN status = 'CLOSED' THEN 'Thiết bị lỗi tạm thời' ELSE '' END, CASE WHEN status = 'CLOSED' THEN 'Khởi động lại, kiểm tra lại kết nối' ELSE '' END,
     CASE WHEN status = 'CLOSED' THEN 3 ELSE 2 END, "checkedAt"
   FROM ops_incident`,
  // Their history, one line per move, as the state machine writes them.
  `INSERT INTO "IncidentEvent" (id, "incidentId", "communeId", kind, "fromStatus", "toStatus", note, "actorId", at)
   SELECT md5(i.id || e.kind), i.id, i."communeId", e.kind::"IncidentEventKind", e.from_status::"IncidentStatus", e.to_status::"IncidentStatus", '', i."userId", e.at
   FROM ops_incident i
   CROSS JOIN LATERAL (VALUES
     ('REPORTED', NULL, 'NEW', i."checkedAt", true),
     ('ACKNOWLEDGED', 'NEW', 'ACKNOWLEDGED', i."acknowledgedAt", true),
     ('STARTED', 'ACKNOWLEDGED', 'IN_PROGRESS', i."acknowledgedAt" + interval '5 minutes', i.status = 'IN_PROGRESS'),
     ('ESCALATED', 'ACKNOWLEDGED', 'ESCALATED', i."acknowledgedAt" + interval '30 minutes', i.status = 'ESCALATED'),
     ('RESOLVED', 'ACKNOWLEDGED', 'RESOLVED', i."resolvedAt", i.status = 'CLOSED'),
     ('CLOSED', 'RESOLVED', 'CLOSED', i."closedAt", i.status = 'CLOSED')
   ) AS e(kind, from_status, to_status, at, wanted)
   WHERE e.wanted`,
  // Every item of every check, the faulty one linked to its incident.
  `INSERT INTO "DailyCheckResult" (id, "revisionId", "communeId", "itemId", "itemName", area, state, note, "incidentId")
   SELECT md5(d."communeId" || d.day || ':result:' || i.ord), md5(d."communeId" || d.day || ':revision'), d."communeId",
          md5(d."communeId" || ':item:' || i.ord), i.name, i.area,
          (CASE WHEN d.faulty AND i.ord = d."faultOrd" THEN d.state ELSE 'OK' END)::"CheckItemState", '',
          CASE WHEN d.faulty AND i.ord = d."faultOrd" THEN md5(d."communeId" || d.day || ':incident') END
   FROM ops_day d CROSS JOIN json_to_recordset($items::json) AS i(ord int, area text, name text)`,
];

export async function addOperations(client: pg.ClientBase, today: string, now: Date, log: (line: string) => void) {
  const items = JSON.stringify(DEFAULT_CHECKLIST.map((item, i) => ({ ord: i + 1, ...item, critical: item.critical ?? false })));
  const started = performance.now();
  await client.query("BEGIN");
  try {
    const values = { items, now, today };
    for (const step of STEPS)
      await client.query(
        numbered(step),
        ARGS.filter((a) => step.includes(`$${a}`)).map((a) => values[a]),
      );
    const counts = await client.query<{ checks: string; incidents: string }>(
      `SELECT (SELECT count(*) FROM "DailyCheck") AS checks, (SELECT count(*) FROM "Incident") AS incidents`,
    );
    await client.query("COMMIT");
    log(
      `  Kiểm tra đầu giờ: ${counts.rows[0]?.checks} ngày, ${counts.rows[0]?.incidents} sự cố (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
}
