// The task update under load, through the real mutation path: the server action the progress form
// calls (session → permission → zod → transaction → revalidation, and the refreshed page tree in
// the response), invoked over HTTP exactly as the browser does: POST to the task's page with the
// action's id and the arguments encoded by React's own encoder.
//
// autocannon cannot do this: every update carries the version of the task it is based on, and a
// replayed request would only measure the refusal of a stale version. So each connection is a loop
// that reports on its own task and carries the returned version into its next request.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { percentile, type LoadResult } from "./load";

const require = createRequire(import.meta.url);
/** React's encoder of server-action arguments, as the browser uses it. */
export const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

/** The id Next.js gave a server action in a build (from its server-reference manifest). */
export async function actionId(appDir: string, exportedName: string, file: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(appDir, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  // The file is named relative to where the build ran from (".data/bench-app/lib/…" for the bench's copy).
  const hit = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === exportedName && (v.filename === file || v.filename?.endsWith(`/${file}`)),
  );
  if (!hit) throw new Error(`Không thấy server action ${exportedName} (${file}) trong bản build`);
  return hit[0];
}

export type UpdateTarget = { communeId: string; taskId: string; version: number; cookie: string };

/**
 * Calls a server action as the browser does: POST to the page it belongs to, with its id and the
 * arguments `(previous state, form)` encoded by React. Returns the status, the RSC answer and the time.
 */
export async function callAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  cookie: string,
  fields: Record<string, string>,
  files: Blob[] = [],
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  files.forEach((f, i) => form.append("files", f, `bang-chung-${i + 1}.pdf`));
  const body = await encodeReply([null, form]);
  const start = performance.now();
  const res = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: { cookie, accept: "text/x-component", "next-action": id },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - start };
}

/** The action's own result in the RSC answer (the line `1:{"ok":…}`), null when absent. */
export function actionResult(text: string): { ok: boolean; data?: Record<string, unknown>; message?: string } | null {
  const line = text.split("\n").find((l) => /^[0-9a-f]+:\{"ok":/.test(l));
  return line ? (JSON.parse(line.slice(line.indexOf(":") + 1)) as { ok: boolean; data?: Record<string, unknown> }) : null;
}

type Outcome = { ok: boolean; version: number | null; status: number; ms: number; message?: string };

/** One progress report through the server action; the new version is read from the action's result. */
export async function submitUpdate(baseUrl: string, id: string, t: UpdateTarget, progress: number): Promise<Outcome> {
  const r = await callAction(baseUrl, `/c/${t.communeId}/nhiem-vu/${t.taskId}`, id, t.cookie, {
    communeId: t.communeId,
    taskId: t.taskId,
    version: String(t.version),
    workStatus: "IN_PROGRESS",
    progress: String(progress),
    result: `Đo tải: cập nhật tiến độ ${progress}%.`,
    difficulties: "",
    proposals: "",
    completedDate: "",
  });
  const result = actionResult(r.text);
  const version = typeof result?.data?.version === "number" ? result.data.version : null;
  return { ok: r.status === 200 && result?.ok === true, version, status: r.status, ms: r.ms, message: result?.message };
}

/** A draft report of the plan and period, compiled through the "Lập dự thảo" action; its id. */
export async function compileDraft(baseUrl: string, id: string, cookie: string, communeId: string, planId: string, periodKey: string) {
  const r = await callAction(baseUrl, `/c/${communeId}/bao-cao`, id, cookie, { communeId, planId, periodKey });
  const result = actionResult(r.text);
  const reportId = result?.ok ? result.data?.reportId : null;
  if (typeof reportId !== "string")
    throw new Error(`Không lập được dự thảo báo cáo (HTTP ${r.status}): ${result?.message ?? r.text.slice(0, 200)}`);
  return reportId;
}

/**
 * `targets.length` concurrent loops for `seconds`, each updating its own task (a unit reporting on
 * its tasks). Fails loudly if an update is refused: a conflict here would mean the loop lost track
 * of its version, not a property of the portal.
 */
export async function measureUpdates(
  baseUrl: string,
  id: string,
  targets: UpdateTarget[],
  seconds: number,
  warmupSeconds: number,
): Promise<LoadResult> {
  // The targets themselves carry the versions: a later run (more connections) goes on from them.
  const current = targets;
  const loop = async (t: UpdateTarget, until: number, times: number[] | null, statusCodes: Record<string, number>) => {
    let n = 0;
    while (performance.now() < until) {
      const r = await submitUpdate(baseUrl, id, t, 10 + (n++ % 80));
      statusCodes[r.status] = (statusCodes[r.status] ?? 0) + 1;
      if (!r.ok || r.version === null)
        throw new Error(`Cập nhật nhiệm vụ ${t.taskId} bị từ chối (HTTP ${r.status}): ${r.message ?? "không có kết quả"}`);
      t.version = r.version;
      times?.push(r.ms);
    }
  };
  const warm: Record<string, number> = {};
  if (warmupSeconds > 0) await Promise.all(current.map((t) => loop(t, performance.now() + warmupSeconds * 1000, null, warm)));
  const times: number[] = [];
  const statusCodes: Record<string, number> = {};
  const started = performance.now();
  await Promise.all(current.map((t) => loop(t, started + seconds * 1000, times, statusCodes)));
  const duration = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    connections: targets.length,
    durationSeconds: round1(duration),
    requests: times.length,
    requestsPerSecond: round1(times.length / duration),
    p50Ms: round1(percentile(times, 50)),
    p95Ms: round1(percentile(times, 95)),
    p99Ms: round1(percentile(times, 99)),
    maxMs: round1(times.at(-1) ?? NaN),
    non2xx: Object.entries(statusCodes)
      .filter(([s]) => s !== "200")
      .reduce((n, [, c]) => n + c, 0),
    errors: 0,
    timeouts: 0,
    statusCodes,
  };
}
