// PostgreSQL stopped for 10 s in the middle of the load: while it is away pages answer the friendly
// 503 and updates a "not saved" result; nothing half-written remains; the portal serves again by
// itself once the database is back (no restart of the app).
import type { Db } from "../../lib/db";
import type { RunningDb } from "../lib/embedded-db";
import type { RunningApp } from "./app";
import { latencySummary, runLoad, type LoadStats } from "./load";
import type { Check, Log } from "./types";
import type { Reader, Writer } from "./users";
import { taskVersions } from "./users";
import { checkUpdates, updateCheckPassed } from "./verify";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const BEFORE_SECONDS = 10;
const DOWN_SECONDS = 10;
const AFTER_SECONDS = 20;

export async function runOutage(o: {
  app: () => RunningApp;
  db: Db;
  pgServer: RunningDb;
  writers: { writer: Writer; cookie: string }[];
  readers: { reader: Reader; cookie: string }[];
  updateAction: string;
  taskIds: string[];
  cookie: string;
  log: Log;
  emptyStats: () => LoadStats;
  check: Check;
}) {
  const { app, db, pgServer, log, check } = o;
  const baseUrl = app().baseUrl;
  log(`▶ Sự cố: dừng PostgreSQL ${DOWN_SECONDS} s giữa lúc tải…`);
  const since = new Date();
  const versions = await taskVersions(db, o.taskIds);
  const total = BEFORE_SECONDS + DOWN_SECONDS + AFTER_SECONDS;
  // One load across the whole window; the phases are read from its per-second timeline.
  const stats = o.emptyStats();
  const loadStart = Date.now();
  const loading = runLoad({ baseUrl, actionId: o.updateAction, seconds: total, writers: o.writers, readers: o.readers, versions, stats });

  await pause(BEFORE_SECONDS * 1000);
  const stoppedAt = Date.now();
  await pgServer.stop();
  log(`  PostgreSQL dừng sau ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s`);
  await pause(3000);
  // What a person sees meanwhile: the page and the JSON answer.
  const page = await fetch(`${baseUrl}/`, { headers: { cookie: o.cookie }, redirect: "manual" });
  const pageText = await page.text();
  const api = await fetch(`${baseUrl}/api/files/khongco`, { headers: { cookie: o.cookie, accept: "application/json" } });
  const apiJson = (await api.json().catch(() => null)) as { code?: string; message?: string } | null;
  await pause(Math.max(0, stoppedAt + DOWN_SECONDS * 1000 - Date.now()));
  await pgServer.start();
  const startedAt = Date.now();
  log(`  PostgreSQL chạy lại sau ${((startedAt - stoppedAt) / 1000).toFixed(1)} s`);
  let recoveredAt: number | null = null;
  while (Date.now() - startedAt < 30_000) {
    const res = await fetch(`${baseUrl}/`, { headers: { cookie: o.cookie }, redirect: "manual" }).catch(() => null);
    await res?.arrayBuffer();
    if (res && res.status < 500) {
      recoveredAt = Date.now();
      break;
    }
    await pause(100);
  }
  await loading;

  // Server errors other than 503 outside the window from the stop to the recovery: must be none.
  const fromSecond = Math.floor((stoppedAt - loadStart) / 1000);
  const toSecond = Math.ceil(((recoveredAt ?? Date.now()) - loadStart) / 1000);
  const errorsOutside = stats.timeline.reduce((n, [, , other], s) => (s < fromSecond || s > toSecond ? n + other : n), 0);
  const updateCheck = await checkUpdates(db, stats.acks, versions, since);
  const recoverySeconds = recoveredAt === null ? null : (recoveredAt - startedAt) / 1000;
  const figures = {
    requests: stats.requests,
    byStatus: stats.byStatus,
    unavailable503: stats.unavailable503,
    otherServerErrors: stats.serverErrors,
    networkErrors: stats.networkErrors,
    updatesSent: stats.updatesSent,
    acknowledged: stats.acks.length,
    storedOfAcknowledged: updateCheck.storedOfAcknowledged,
    storedInRun: updateCheck.storedInRun,
    failedUpdates: stats.failedUpdates,
    conflicts: stats.conflicts,
    timeline: stats.timeline,
    latency: latencySummary(stats),
    downSeconds: (startedAt - stoppedAt) / 1000,
    recoverySeconds,
    page503: { status: page.status, friendly: pageText.includes("tạm thời gián đoạn"), retryAfter: page.headers.get("retry-after") },
    api503: { status: api.status, code: apiJson?.code ?? null },
    appAlive: app().alive(),
    serverErrorsOutsideOutage: errorsOutside,
  };
  check(
    "Sự cố CSDL: trang và API trả 503 thân thiện",
    page.status === 503 &&
      figures.page503.friendly &&
      api.status === 503 &&
      apiJson?.code === "UNAVAILABLE" &&
      !stats.failedUpdates.INTERNAL,
    `trang ${page.status}${figures.page503.friendly ? " (thông báo tiếng Việt)" : ""}, API ${api.status} ${apiJson?.code ?? ""}, ${stats.unavailable503} câu trả lời 503, ` +
      `${stats.serverErrors} lỗi 5xx khác, cập nhật bị từ chối ${JSON.stringify(stats.failedUpdates)}`,
  );
  check(
    "Sự cố CSDL: ứng dụng không sập, tự phục hồi",
    figures.appAlive && recoverySeconds !== null && errorsOutside === 0,
    `phục hồi ${recoverySeconds ?? "—"} s sau khi CSDL chạy lại; ${errorsOutside} lỗi 5xx ngoài khoảng sự cố`,
  );
  check(
    "Sự cố CSDL: không có dòng ghi dở, cập nhật được xác nhận đều còn",
    updateCheckPassed(updateCheck),
    `${stats.updatesSent} gửi, ${stats.acks.length} xác nhận, ${updateCheck.storedOfAcknowledged} có trong CSDL, ${updateCheck.storedInRun} cập nhật lưu trong đợt, ` +
      `${updateCheck.versionDrift.length} lệch phiên bản, ${updateCheck.updatesWithoutAudit} thiếu nhật ký`,
  );
  return figures;
}
