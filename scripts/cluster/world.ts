// The demo data the cluster checks act on, looked up in the database: communes, accounts, tasks.
import pg from "pg";

export type Work = { username: string; communeId: string; taskId: string; version: number };

export type World = {
  haiAn: string;
  thachKhoi: string;
  haLong: string;
  /** Open tasks (not split into parts) of Phường Hải An led by a unit with a staff account, with that account. */
  tasks: Work[];
};

export async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function lookupWorld(url: string): Promise<World> {
  const communes = await sql<{ id: string; name: string }>(url, `SELECT id, name FROM "Unit" WHERE kind IN ('COMMUNE', 'WARD')`);
  const id = (name: string) => {
    const c = communes.find((x) => x.name === name);
    if (!c) throw new Error(`Không thấy ${name} trong dữ liệu mẫu`);
    return c.id;
  };
  const haiAn = id("Phường Hải An");
  const tasks = await sql<Work>(
    url,
    `SELECT DISTINCT ON (t.id) u.username, t."communeId", t.id AS "taskId", t.version
       FROM "Task" t
       JOIN "TaskUnit" tu ON tu."taskId" = t.id AND tu.role = 'LEAD'
       JOIN "User" u ON u."unitId" = tu."unitId" AND u.role = 'UNIT_STAFF' AND u.active
      WHERE t."communeId" = $1 AND t."workStatus" <> 'DONE'
        -- a task split into parts versions each part: these checks follow the task's own version
        AND NOT EXISTS (SELECT 1 FROM "TaskPart" p WHERE p."taskId" = t.id)
      ORDER BY t.id, u.username`,
    [haiAn],
  );
  if (tasks.length < 6) throw new Error(`Cần ít nhất 6 nhiệm vụ chưa xong có cán bộ chủ trì ở Phường Hải An (có ${tasks.length})`);
  return { haiAn, thachKhoi: id("Phường Thạch Khôi"), haLong: id("Xã Hà Long"), tasks };
}

/** The task's current version (after an answer was lost, the next update must start from it). */
export async function taskVersion(url: string, taskId: string): Promise<number> {
  const [row] = await sql<{ version: number }>(url, `SELECT version FROM "Task" WHERE id = $1`, [taskId]);
  if (!row) throw new Error(`Không thấy nhiệm vụ ${taskId}`);
  return row.version;
}
