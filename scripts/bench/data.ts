// The benchmark's data: a synthetic database of the asked scale, in its own embedded PostgreSQL
// (.data/bench-<scale>) unless DATABASE_URL is set, seeded by the generator when it is empty.
import { resolveToday, SCALES, syntheticLogins, type Scale, type SyntheticConfig } from "../synthetic/config";
import { connect, isEmpty, openDatabase, type SyntheticDb } from "../synthetic/database";
import { seedSynthetic } from "../synthetic/seed";
import { countRows } from "../synthetic/write";
import { generateToken } from "../../lib/api/tokens";
import { createId } from "../../lib/ids";
import { must } from "../../lib/must";
import { migrate } from "../lib/run";
import type { Account, BenchIds } from "./endpoints";

export type BenchData = { db: SyntheticDb; counts: Record<string, number>; seeded: { seconds: number } | null };

const PORTS: Record<Scale, number> = { province: 54349, national: 54359 };

export function benchConfig(scale: Scale): SyntheticConfig {
  return { ...SCALES[scale], seed: "cds", ...resolveToday() };
}

/** Communes and tasks in the database, to tell whether it holds the asked scale. */
async function shape(url: string) {
  const client = await connect(url);
  try {
    const res = await client.query<{ provinces: string; communes: string; tasks: string }>(
      `SELECT (SELECT count(*) FROM "Unit" WHERE kind = 'PROVINCE') AS provinces,
              (SELECT count(*) FROM "Unit" WHERE kind IN ('COMMUNE', 'WARD')) AS communes,
              (SELECT count(*) FROM "Task") AS tasks`,
    );
    const r = must(res.rows[0], "truy vấn count(*) luôn trả về một dòng");
    return { empty: await isEmpty(client), provinces: Number(r.provinces), communes: Number(r.communes), tasks: Number(r.tasks) };
  } finally {
    await client.end();
  }
}

export async function prepareData(
  scale: Scale,
  seeding: { skip: boolean; again: boolean },
  log: (line: string) => void,
  onOpen: (db: SyntheticDb) => void,
): Promise<BenchData> {
  const db = await openDatabase({ dataDir: `bench-${scale}`, database: "cds_bench", preferredPort: PORTS[scale] });
  onOpen(db);
  // Data seeded by an earlier version of the schema is brought up to date (deploy is idempotent).
  if (seeding.skip) await migrate(db.url);
  let seeded: BenchData["seeded"] = null;
  if (!seeding.skip) {
    const cfg = benchConfig(scale);
    let s = { empty: true, provinces: 0, communes: 0, tasks: 0 };
    try {
      s = await shape(db.url);
    } catch {
      // No tables yet: a fresh embedded server; the seed migrates it.
    }
    const right =
      s.provinces === cfg.provinces &&
      s.communes === cfg.provinces * cfg.communesPerProvince &&
      s.tasks === s.communes * cfg.tasksPerCommune;
    if (!right || seeding.again) {
      // Only the bench's own embedded database is ever emptied; someone's DATABASE_URL is not.
      if (!s.empty && !db.embedded)
        throw new Error(
          "DATABASE_URL đã có dữ liệu (khác quy mô cần đo, hoặc --reseed): benchmark chỉ xóa cơ sở dữ liệu nhúng của chính nó. Hãy dùng một cơ sở dữ liệu trống, hoặc --skip-seed.",
        );
      log(
        `▶ Nạp dữ liệu tổng hợp quy mô ${scale} (${cfg.provinces} × ${cfg.communesPerProvince} × ${cfg.tasksPerCommune} × ${cfg.months})…`,
      );
      const result = await seedSynthetic(db.url, cfg, { reset: !s.empty, log });
      seeded = { seconds: result.seconds };
      log(`  xong sau ${result.seconds.toFixed(1)} s`);
    } else {
      log(`▶ Dùng dữ liệu tổng hợp đã có (${s.communes} xã, ${s.tasks} nhiệm vụ).`);
    }
  }
  const client = await connect(db.url);
  try {
    return { db, counts: await countRows(client), seeded };
  } finally {
    await client.end();
  }
}

/** Usernames per account kind, and the ids of commune s001's pages. */
export async function lookupIds(url: string, scale: Scale): Promise<{ logins: Record<Account, string>; ids: Omit<BenchIds, "reportId"> }> {
  const logins = syntheticLogins(SCALES[scale]);
  const client = await connect(url);
  try {
    const staff = await client.query<{ communeId: string; unitId: string }>(
      `SELECT "communeId", "unitId" FROM "User" WHERE username = $1`,
      [logins.staff],
    );
    const [account] = staff.rows;
    if (!account) throw new Error(`Không có tài khoản ${logins.staff}: cơ sở dữ liệu chưa có dữ liệu tổng hợp của quy mô này.`);
    const { communeId, unitId } = account;
    const plan = await client.query<{ id: string }>(`SELECT id FROM "Plan" WHERE "communeId" = $1 ORDER BY "createdAt", id LIMIT 1`, [
      communeId,
    ]);
    // A task the staff member's unit leads, with a history of reports: the page a unit opens most.
    const task = await client.query<{ id: string }>(
      `SELECT t.id FROM "Task" t JOIN "TaskUnit" tu ON tu."taskId" = t.id AND tu.role = 'LEAD' AND tu."unitId" = $2
       WHERE t."communeId" = $1 ORDER BY t.version DESC, t."sortOrder" LIMIT 1`,
      [communeId, unitId],
    );
    const [planRow] = plan.rows;
    const [taskRow] = task.rows;
    if (!planRow || !taskRow) throw new Error("Xã s001 chưa có kế hoạch hoặc nhiệm vụ để đo.");
    const provincePlan = await client.query<{ provinceId: string; planId: string; taskId: string }>(
      `SELECT pp."provinceId", pp.id AS "planId", pt.id AS "taskId" FROM "ProvincePlan" pp
       JOIN "Unit" c ON c.id = $1 AND c."provinceId" = pp."provinceId"
       JOIN "ProvinceTask" pt ON pt."planId" = pp.id ORDER BY pp."createdAt", pt."sortOrder" LIMIT 1`,
      [communeId],
    );
    const [pp] = provincePlan.rows;
    if (!pp) throw new Error("Tỉnh của xã s001 chưa có kế hoạch của tỉnh (dữ liệu tổng hợp cũ: chạy lại với --reseed).");
    return {
      logins,
      ids: {
        communeId,
        planId: planRow.id,
        taskId: taskRow.id,
        provinceId: pp.provinceId,
        provincePlanId: pp.planId,
        provinceTaskId: pp.taskId,
      },
    };
  } finally {
    await client.end();
  }
}

/**
 * Open tasks of the province's first communes, each with the staff account of its lead unit: one
 * per connection of the update benchmark, so that no two connections report on the same task.
 */
export async function updateTargets(url: string, count: number) {
  const client = await connect(url);
  try {
    // The least-updated tasks first: every run of the bench adds hundreds of reports to the tasks it
    // measures, and a task page (re-rendered by each update) grows with its history. Closed tasks
    // ("không phát sinh") and archived plans take no report: once the least-updated tasks were such
    // ones, a run failed here.
    const rows = await client.query<{ username: string; communeId: string; taskId: string; version: number }>(
      `SELECT * FROM (
         SELECT DISTINCT ON (t.id) u.username, t."communeId", t.id AS "taskId", t.version
         FROM "Task" t
         JOIN "TaskUnit" tu ON tu."taskId" = t.id AND tu.role = 'LEAD'
         JOIN "User" u ON u."unitId" = tu."unitId" AND u.role = 'UNIT_STAFF' AND u.active
         JOIN "Plan" p ON p.id = t."planId" AND p."archivedAt" IS NULL
         WHERE t."workStatus" <> 'DONE' AND t."closedKind" IS NULL
         ORDER BY t.id, u.username
       ) x ORDER BY x.version, x."taskId"
       LIMIT $1`,
      [count],
    );
    if (rows.rowCount !== count)
      throw new Error(`Chỉ có ${rows.rowCount} nhiệm vụ chưa xong có cán bộ chủ trì để đo cập nhật (cần ${count}).`);
    return rows.rows;
  } finally {
    await client.end();
  }
}

/**
 * An API token of `username` (read scope), made as the portal makes one (lib/api/tokens.ts: only the
 * hash is stored), for the API's lines of the benchmark.
 */
export async function benchToken(url: string, username: string): Promise<string> {
  const client = await connect(url);
  try {
    const user = await client.query<{ id: string; communeId: string | null; provinceId: string | null }>(
      `SELECT id, "communeId", "provinceId" FROM "User" WHERE username = $1`,
      [username],
    );
    const owner = must(user.rows[0], `tài khoản ${username}`);
    const { token, tokenHash, prefix } = generateToken();
    await client.query(
      `INSERT INTO "ApiToken" (id, "userId", "communeId", "provinceId", name, scope, "tokenHash", prefix, "createdById")
       VALUES ($1, $2, $3, $4, 'Đo hiệu năng', 'READ', $5, $6, $2)`,
      [createId(), owner.id, owner.communeId, owner.provinceId, tokenHash, prefix],
    );
    return token;
  } finally {
    await client.end();
  }
}
