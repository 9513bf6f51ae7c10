// Bulk writing of generated rows through plain `pg`. Each table's rows go in as one JSON array per
// statement, unpacked by `json_populate_recordset` into the table's own row type: one parameter
// however many rows, and PostgreSQL converts every column (enums, dates, timestamptz, numeric) by the
// table's definition, so nothing here repeats the schema's types. Large arrays are split so that no
// single message grows past a few megabytes.
import type pg from "pg";
import { TABLES, type TableName, type TableRows } from "./rows";

const ROWS_PER_STATEMENT = 20_000;

type ExtraTable = "ProvincePlan" | "ProvinceTask" | "ProvinceIndicator" | "ProvincePlanVersion" | "ProvincePlanReceipt";

/** `table`: a generated table, or another table written in the same bulk style (scripts/synthetic/province-plan.ts). */
export async function insertRows(client: pg.ClientBase, table: TableName | ExtraTable, rows: readonly object[]) {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first)
    .map((c) => `"${c}"`)
    .join(", ");
  const sql = `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await client.query(sql, [JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT))]);
  }
}

/** Every table of a batch, in reference order, in one transaction. */
export async function insertBatch(client: pg.ClientBase, rows: TableRows) {
  await client.query("BEGIN");
  try {
    for (const table of TABLES) await insertRows(client, table, rows[table]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
}

/** Row count of each generated table (and the KPI catalog), for the summary. */
export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const tables = [...TABLES, "IndicatorCatalogEntry"];
  const sql = tables.map((t) => `SELECT '${t}' AS name, count(*)::bigint AS n FROM "${t}"`).join(" UNION ALL ");
  const res = await client.query<{ name: string; n: string }>(sql);
  const byName = new Map(res.rows.map((r) => [r.name, Number(r.n)]));
  return Object.fromEntries(tables.map((t) => [t, byName.get(t) ?? 0]));
}
