// e. One instance killed (SIGKILL of its process group) under load through nginx: page reads and a
// stream of progress updates whose answers are recorded. Afterwards: no 5xx other than requests that
// were in flight on the killed instance at the moment of the kill (from nginx's access log: the
// upstream tried was that instance and the request spanned the kill), every update answered "saved"
// is in the database, and the instance, started again, serves.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { routes } from "../../lib/routes";
import { login } from "../bench/login";
import { postUpdate, type Cluster } from "./checks";
import { restartInstance, signalInstance, waitReady, type Instance } from "./instances";
import { parseAccessLog } from "./nginx";
import type { Checks } from "./report";
import { sql, taskVersion, type Work, type World } from "./world";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Outcome = { status: number; error?: string };

export async function checkKill(
  c: Cluster,
  w: World,
  writers: Work[],
  victim: Instance,
  accessLog: string,
  t: Checks,
  opts = { beforeKillMs: 5_000, afterKillMs: 8_000, readers: 6 },
): Promise<Instance> {
  console.log(`e. Tắt đột ngột ${victim.name} (SIGKILL) khi đang có tải qua nginx`);
  const chair = await login(c.nginx, "chutich.haian", c.password);
  const sessions = new Map<string, string>();
  for (const wk of writers) if (!sessions.has(wk.username)) sessions.set(wk.username, await login(c.nginx, wk.username, c.password));
  const pages = [routes.commune(w.haiAn).dashboard(), routes.commune(w.haiAn).tasks(), routes.health()];

  const reads: Outcome[] = [];
  const writes: (Outcome & { marker: string; ok: boolean })[] = [];
  let stop = false;
  const reader = async (n: number) => {
    for (let i = n; !stop; i++) {
      const path = pages[i % pages.length]!;
      try {
        const res = await fetch(`${c.nginx}${path}`, { headers: { cookie: chair }, redirect: "manual" });
        await res.arrayBuffer();
        reads.push({ status: res.status });
      } catch (err) {
        reads.push({ status: 0, error: (err as Error).message });
      }
    }
  };
  const writer = async (wk: Work, n: number) => {
    for (let i = 0; !stop; i++) {
      const marker = `cluster-kill-${n}-${i}`;
      try {
        const r = await postUpdate(c.nginx, c, sessions.get(wk.username)!, wk, { progress: String(10 + (i % 80)), result: marker });
        writes.push({ status: r.status, ok: r.ok, marker, error: r.message });
        // An answer lost with the instance may hide a saved update: go on from the stored version.
        if (!r.ok) wk.version = await taskVersion(c.dbUrl, wk.taskId);
      } catch (err) {
        writes.push({ status: 0, ok: false, marker, error: (err as Error).message });
        wk.version = await taskVersion(c.dbUrl, wk.taskId);
      }
    }
  };

  const started = performance.now();
  const load = Promise.all([...Array.from({ length: opts.readers }, (_, i) => reader(i)), ...writers.map((wk, i) => writer(wk, i))]);
  await sleep(opts.beforeKillMs);
  const killedAt = Date.now();
  await signalInstance(victim, "SIGKILL");
  await sleep(opts.afterKillMs);
  stop = true;
  await load;
  const seconds = (performance.now() - started) / 1000;

  const all = [...reads, ...writes];
  const fivexx = all.filter((o) => o.status >= 500 || o.status === 0);
  console.log(
    `  ${reads.length} lượt đọc, ${writes.length} lượt ghi trong ${seconds.toFixed(1)} s; ${writes.filter((x) => x.ok).length} lượt ghi thành công`,
  );

  const refusals = new Map<string, number>();
  for (const x of writes.filter((x) => !x.ok))
    refusals.set(`HTTP ${x.status} ${x.error ?? ""}`, (refusals.get(`HTTP ${x.status} ${x.error ?? ""}`) ?? 0) + 1);
  for (const [why, n] of refusals) console.log(`  lượt ghi không thành công ×${n}: ${why}`);

  // Which 5xx were in flight on the killed instance: nginx's log names the upstream and the times.
  await sleep(200); // nginx writes the log line when the response is done
  const victimAddr = `127.0.0.1:${victim.port}`;
  const lines = parseAccessLog(await readFile(accessLog, "utf8")).filter((l) => l.end >= killedAt - opts.beforeKillMs - 1_000);
  // In flight on the killed instance: its last upstream was that instance and it spanned the kill.
  // Those may fail (a 502, or a connection cut when the answer had begun: nginx cannot retry it then).
  const inFlight = lines.filter(
    (l) => l.upstreams.at(-1) === victimAddr && l.end - l.seconds * 1000 <= killedAt + 50 && l.end >= killedAt - 50,
  );
  const failedLines = lines.filter((l) => l.status >= 500);
  const unexplained = failedLines.filter((l) => !inFlight.includes(l));
  const retried = lines.filter((l) => l.upstreams.length > 1 && l.upstreams[0] === victimAddr && l.status < 500).length;
  console.log(
    `  nginx: ${inFlight.length} yêu cầu đang xử lý trên ${victim.name} lúc tắt, ${failedLines.length} câu trả lời 5xx; ${retried} yêu cầu đã được chuyển sang máy còn lại`,
  );
  t.expect(
    unexplained.length === 0 && fivexx.length <= inFlight.length,
    `không có lỗi ngoài các yêu cầu đang dở trên máy bị tắt (phía khách: ${fivexx.length} lỗi 5xx/ngắt kết nối, đang dở: ${inFlight.length}, 5xx khác: ${unexplained.length})`,
  );
  t.expect(
    reads.filter((r) => r.status === 200).length > 0 && writes.some((x) => x.ok),
    "tải vẫn được phục vụ trong lúc tắt máy (có lượt đọc và ghi thành công)",
  );

  const saved = writes.filter((x) => x.ok).map((x) => x.marker);
  const found = new Set(
    (await sql<{ result: string }>(c.dbUrl, `SELECT result FROM "TaskUpdate" WHERE result = ANY($1)`, [saved])).map((r) => r.result),
  );
  const lost = saved.filter((m) => !found.has(m));
  t.expect(lost.length === 0, `mọi lượt ghi đã báo thành công đều có trong cơ sở dữ liệu (${found.size}/${saved.length})`);

  const again = restartInstance(victim);
  await waitReady(again.url);
  const r = await fetch(`${again.url}${routes.commune(w.haiAn).dashboard()}`, { headers: { cookie: chair }, redirect: "manual" });
  await r.arrayBuffer();
  t.expect(r.status === 200, `khởi động lại ${victim.name}: phục vụ trở lại (HTTP ${r.status})`);
  return again;
}
