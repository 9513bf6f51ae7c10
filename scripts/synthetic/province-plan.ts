// A province plan for each synthetic province, published to its communes (issue 20), so that the
// roll-up by province task is measured at scale: PROVINCE_TASKS tasks and the two headline KPIs. The
// communes' tasks already exist with their generated progress: each commune's first tasks (in plan
// order) become the linked ones, as if PUBLISH had created them and the communes had worked on them
// since. Every fifth task targets a chosen half of the communes; a few communes closed a task as
// "không phát sinh", and a few have not received the latest version of the plan yet. Rows go in with
// the writer's bulk statements (json_populate_recordset), links with a few set-based UPDATEs.
import type pg from "pg";
import type { ProvincePlanSnapshot, SnapshotIndicator, SnapshotTask } from "../../lib/province-plans/types";
import { createRng } from "./prng";
import { insertRows } from "./write";

export const PROVINCE_TASKS = 40;

/** The two headline KPIs of the province view (lib/dashboard/province.ts KEY_INDICATORS, a server-only module). */
const KEY_INDICATORS = [
  { code: "HO_SO_TRUC_TUYEN", label: "Hồ sơ xử lý trực tuyến toàn trình (%)" },
  { code: "SO_HOA_LUU_TRU", label: "Tài liệu lưu trữ được số hóa (%)" },
] as const;

type Source = {
  code: string;
  title: string;
  deadlineKind: SnapshotTask["deadlineKind"];
  dueDate: string | null;
  groupCode: string | null;
  groupTitle: string | null;
};

export async function addProvincePlans(client: pg.ClientBase, now: Date, log: (line: string) => void) {
  const provinces = await client.query<{ id: string; name: string; userId: string }>(
    `SELECT p.id, p.name, (SELECT u.id FROM "User" u WHERE u."provinceId" = p.id AND u.role = 'PROVINCE' ORDER BY u.username LIMIT 1) AS "userId"
     FROM "Unit" p WHERE p.kind = 'PROVINCE' ORDER BY p.name`,
  );
  await client.query("BEGIN");
  try {
    for (const p of provinces.rows) await addOne(client, p, now);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
  log(`  kế hoạch của tỉnh: ${provinces.rows.length} tỉnh × ${PROVINCE_TASKS} nhiệm vụ, 2 chỉ tiêu`);
}

async function addOne(client: pg.ClientBase, p: { id: string; name: string; userId: string }, now: Date) {
  const rng = createRng(`province-plan/${p.id}`);
  const at = now.toISOString();
  const communes = (
    await client.query<{ id: string }>(`SELECT id FROM "Unit" WHERE "provinceId" = $1 AND kind IN ('COMMUNE', 'WARD') ORDER BY name`, [
      p.id,
    ])
  ).rows.map((r) => r.id);
  const [first] = communes;
  if (!first) return;
  // The wording of the province's tasks: the first commune's first tasks (every commune's plan comes from the same templates).
  const sources = (
    await client.query<Source>(
      `SELECT t.code, t.title, t."deadlineKind", t."dueDate"::text AS "dueDate", g.code AS "groupCode", g.title AS "groupTitle"
       FROM "Task" t LEFT JOIN "PlanGroup" g ON g.id = t."groupId" WHERE t."communeId" = $1 ORDER BY t."sortOrder", t.id LIMIT $2`,
      [first, PROVINCE_TASKS],
    )
  ).rows;
  const planId = rng.id();
  const tasks: SnapshotTask[] = sources.map((s, i) => ({
    id: rng.id(),
    code: `${i + 1}`,
    groupCode: s.groupCode,
    groupTitle: s.groupTitle,
    title: s.title,
    description: "",
    expectedOutput: null,
    deadlineKind: s.deadlineKind,
    dueDate: s.dueDate,
    deadlineText: "",
    leadText: "UBND các xã, phường",
    supportText: null,
    targets: i % 5 === 4 ? { all: false, communeIds: communes.filter(() => rng.chance(0.5)) } : { all: true },
    adaptable: false,
    withdrawn: false,
  }));
  const indicators: SnapshotIndicator[] = KEY_INDICATORS.map((k, i) => ({
    id: rng.id(),
    code: `CT${i + 1}`,
    catalogCode: k.code,
    name: k.label,
    unit: "PERCENT",
    comparison: "GTE",
    target: 80,
    dueDate: `${now.getUTCFullYear()}-12-31`,
    measure: "DIRECT",
    numeratorLabel: null,
    denominatorLabel: null,
    method: "",
    frequency: "MONTHLY",
    targets: { all: true },
    withdrawn: false,
  }));
  const snapshot: ProvincePlanSnapshot = {
    plan: {
      number: "99/KH-UBND",
      title: `Kế hoạch chuyển đổi số năm ${now.getUTCFullYear()} của ${p.name}`,
      issuer: `UBND ${p.name}`,
      issuedDate: null,
      periodStart: null,
      periodEnd: null,
    },
    tasks,
    indicators,
  };
  const common = { provinceId: p.id, planId, firstVersion: 1, createdAt: at, updatedAt: at };
  await insertRows(client, "ProvincePlan", [
    {
      id: planId,
      provinceId: p.id,
      number: snapshot.plan.number,
      title: snapshot.plan.title,
      issuer: snapshot.plan.issuer,
      publishedVersion: 1,
      version: 1,
      createdById: p.userId,
      createdAt: at,
      updatedAt: at,
    },
  ]);
  await insertRows(
    client,
    "ProvinceTask",
    tasks.map((t, i) => ({
      ...common,
      id: t.id,
      code: t.code,
      groupCode: t.groupCode,
      groupTitle: t.groupTitle,
      title: t.title,
      deadlineKind: t.deadlineKind,
      dueDate: t.dueDate,
      leadText: t.leadText,
      targetAll: t.targets.all,
      targetCommuneIds: t.targets.all ? [] : t.targets.communeIds,
      sortOrder: i,
    })),
  );
  await insertRows(
    client,
    "ProvinceIndicator",
    indicators.map((k, i) => ({
      ...common,
      id: k.id,
      catalogCode: k.catalogCode,
      code: k.code,
      name: k.name,
      unit: k.unit,
      comparison: k.comparison,
      target: k.target,
      dueDate: k.dueDate,
      measure: k.measure,
      frequency: k.frequency,
      targetAll: true,
      sortOrder: i,
    })),
  );
  await insertRows(client, "ProvincePlanVersion", [
    { id: rng.id(), provinceId: p.id, planId, number: 1, snapshot, changes: [], note: "", publishedById: p.userId, publishedAt: at },
  ]);
  // A few communes (5%) have not received the plan: no receipt, no linked tasks.
  const receiving = communes.filter(() => !rng.chance(0.05));
  const receipts = await client.query<{ communeId: string; planId: string }>(
    `SELECT DISTINCT ON ("communeId") "communeId", id AS "planId" FROM "Plan" WHERE "communeId" = ANY($1::text[]) ORDER BY "communeId", "createdAt", id`,
    [receiving],
  );
  await insertRows(
    client,
    "ProvincePlanReceipt",
    receipts.rows.map((r) => ({
      provincePlanId: planId,
      communeId: r.communeId,
      provinceId: p.id,
      planId: r.planId,
      appliedVersion: 1,
      appliedAt: at,
      changes: [],
    })),
  );
  // Link: the n-th task (plan order) of a receiving commune is the n-th province task, when that task targets it.
  const pairs = tasks.flatMap((t) =>
    (t.targets.all ? receiving : t.targets.communeIds.filter((c) => receiving.includes(c))).map(
      (c) => [t.id, c, tasks.indexOf(t) + 1] as const,
    ),
  );
  await client.query(
    `WITH ranked AS (
       SELECT t.id, t."communeId", row_number() OVER (PARTITION BY t."communeId" ORDER BY t."sortOrder", t.id) AS rn
       FROM "Task" t WHERE t."communeId" = ANY($1::text[])
     ), pairs AS (SELECT * FROM unnest($2::text[], $3::text[], $4::int[]) AS x(ptid, cid, rn))
     UPDATE "Task" t SET "provinceTaskId" = pairs.ptid, "mandateVersion" = 1
     FROM ranked JOIN pairs ON pairs.cid = ranked."communeId" AND pairs.rn = ranked.rn
     WHERE t.id = ranked.id`,
    [receiving, pairs.map((x) => x[0]), pairs.map((x) => x[1]), pairs.map((x) => x[2])],
  );
  // "Không phát sinh": about 3% of the linked tasks not yet done.
  await client.query(
    `UPDATE "Task" SET "closedKind" = 'NOT_APPLICABLE', "closedReason" = 'Địa phương không có đối tượng thực hiện', "closedAt" = $2
     WHERE "provinceTaskId" = ANY($1::text[]) AND "workStatus" <> 'DONE' AND hashtext(id) % 33 = 0`,
    [tasks.map((t) => t.id), at],
  );
  await client.query(
    `UPDATE "Indicator" i SET "provinceIndicatorId" = x.piid FROM (
       SELECT DISTINCT ON (i2."communeId", pi.id) i2.id, pi.id AS piid FROM "Indicator" i2
       JOIN "ProvinceIndicator" pi ON pi."planId" = $1 AND pi."catalogCode" = i2."catalogCode"
       WHERE i2."communeId" = ANY($2::text[]) ORDER BY i2."communeId", pi.id, i2."createdAt", i2.id
     ) x WHERE i.id = x.id`,
    [planId, receiving],
  );
}
