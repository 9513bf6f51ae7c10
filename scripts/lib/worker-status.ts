// What `npm start` says about the job runner, read from the database rather than assumed: pg-boss
// connects as application_name "cds-jobs" (lib/jobs/boss.ts), so its open connections prove that a
// worker runs (in the app process for WORKER=inline, `npm run worker` for WORKER=separate).
import pg from "pg";

export type WorkerMode = "inline" | "separate" | "off";

export function workerMode(value = process.env.WORKER ?? "inline"): WorkerMode {
  if (value === "inline" || value === "separate" || value === "off") return value;
  throw new Error(`WORKER phải là inline, separate hoặc off (đang là "${value}")`);
}

/** Connections of running job workers on this database, waiting up to `waitMs` for the first. */
export async function workerConnections(databaseUrl: string, waitMs = 0): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const until = Date.now() + waitMs;
    for (;;) {
      const res = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'cds-jobs' AND datname = current_database()`,
      );
      const n = Number(res.rows[0]?.n ?? 0);
      if (n > 0 || Date.now() >= until) return n;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await client.end();
  }
}

/** The line `npm start` prints once the portal answers. */
export async function workerLine(databaseUrl: string, mode: WorkerMode): Promise<string> {
  if (mode === "off") return "▶ Bộ chạy lịch nhắc: tắt (WORKER=off) — không có lịch nhắc, thư không được gửi";
  const running = (await workerConnections(databaseUrl, mode === "inline" ? 10_000 : 0)) > 0;
  if (mode === "inline")
    return running
      ? "▶ Bộ chạy lịch nhắc: trong tiến trình ứng dụng"
      : "✖ Bộ chạy lịch nhắc chưa chạy trong tiến trình ứng dụng: xem nhật ký phía trên";
  return running
    ? "▶ Bộ chạy lịch nhắc: tiến trình riêng (npm run worker) đang chạy"
    : "▶ Bộ chạy lịch nhắc: tiến trình riêng — chưa có, hãy chạy npm run worker";
}
