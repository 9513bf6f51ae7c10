// Simulated people for a fixed time: writers alternate reading their tasks and reporting progress
// on them (several writers share each unit's tasks, so edits collide), readers open the dashboard
// and lists. Every answer is classified; every acknowledged update is remembered for the checks.
import { randomBytes } from "node:crypto";
import { actionResult, callAction } from "../bench/mutation";
import type { Reader, Writer } from "./users";

export type Ack = { taskId: string; updateId: string; version: number; marker: string };

export type LoadStats = {
  requests: number;
  byStatus: Record<string, number>;
  /** Server errors other than the 503 the portal gives while the database is away. */
  serverErrors: number;
  unavailable503: number;
  /** Network-level failures (connection refused or reset: the app process was gone). */
  networkErrors: number;
  /** A page answered with a redirect to the login page: a session lost under load. */
  lostSessions: number;
  updatesSent: number;
  acks: Ack[];
  conflicts: number;
  conflictsWithFreshVersion: number;
  /** Action failures by code (UNAVAILABLE while the database is away). */
  failedUpdates: Record<string, number>;
  /** Milliseconds of every answered request, for the percentiles. */
  latencies: number[];
  /** Per second since the start: [ok, 503, other 5xx, network]. */
  timeline: [number, number, number, number][];
};

export function emptyStats(): LoadStats {
  return {
    requests: 0,
    byStatus: {},
    serverErrors: 0,
    unavailable503: 0,
    networkErrors: 0,
    lostSessions: 0,
    updatesSent: 0,
    acks: [],
    conflicts: 0,
    conflictsWithFreshVersion: 0,
    failedUpdates: {},
    latencies: [],
    timeline: [],
  };
}

type Ctx = { baseUrl: string; actionId: string; stats: LoadStats; start: number; deadline: number };

function second(ctx: Ctx) {
  const s = Math.floor((Date.now() - ctx.start) / 1000);
  while (ctx.stats.timeline.length <= s) ctx.stats.timeline.push([0, 0, 0, 0]);
  return ctx.stats.timeline[s]!;
}

function record(ctx: Ctx, status: number | "network", location = "") {
  const st = ctx.stats;
  st.requests += 1;
  st.byStatus[String(status)] = (st.byStatus[String(status)] ?? 0) + 1;
  const slot = second(ctx);
  if (status === "network") {
    st.networkErrors += 1;
    slot[3] += 1;
  } else if (status === 503) {
    st.unavailable503 += 1;
    slot[1] += 1;
  } else if (status >= 500) {
    st.serverErrors += 1;
    slot[2] += 1;
  } else slot[0] += 1;
  if (location.includes("/login")) st.lostSessions += 1;
}

async function read(ctx: Ctx, path: string, cookie: string) {
  try {
    const start = performance.now();
    const res = await fetch(`${ctx.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
    await res.arrayBuffer();
    ctx.stats.latencies.push(performance.now() - start);
    record(ctx, res.status, res.headers.get("location") ?? "");
  } catch {
    record(ctx, "network");
  }
}

async function update(ctx: Ctx, w: Writer, cookie: string, taskId: string, versions: Map<string, number>) {
  const marker = `tai-${randomBytes(6).toString("hex")}`;
  const version = versions.get(taskId) ?? 0;
  ctx.stats.updatesSent += 1;
  let r;
  try {
    r = await callAction(ctx.baseUrl, `/c/${w.communeId}/nhiem-vu/${taskId}`, ctx.actionId, cookie, {
      communeId: w.communeId,
      taskId,
      version: String(version),
      workStatus: "IN_PROGRESS",
      progress: String(1 + Math.floor(Math.random() * 98)),
      result: `Kiểm tra độ tin cậy ${marker}`,
      difficulties: "",
      proposals: "",
      completedDate: "",
    });
  } catch {
    record(ctx, "network");
    return;
  }
  record(ctx, r.status);
  ctx.stats.latencies.push(r.ms);
  const result = actionResult(r.text) as {
    ok: boolean;
    code?: string;
    data?: { updateId?: string; version?: number };
    details?: { version?: number };
  } | null;
  if (result?.ok && result.data?.updateId && typeof result.data.version === "number") {
    ctx.stats.acks.push({ taskId, updateId: result.data.updateId, version: result.data.version, marker });
    versions.set(taskId, result.data.version);
    return;
  }
  const code = result?.code ?? `HTTP ${r.status}`;
  if (code === "CONFLICT") {
    ctx.stats.conflicts += 1;
    // The refusal carries the current version, as the form shows it; the person sends again on it.
    const fresh = result?.details?.version;
    if (typeof fresh === "number" && fresh > version) {
      ctx.stats.conflictsWithFreshVersion += 1;
      versions.set(taskId, fresh);
    }
    return;
  }
  ctx.stats.failedUpdates[code] = (ctx.stats.failedUpdates[code] ?? 0) + 1;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

export async function runLoad(o: {
  baseUrl: string;
  actionId: string;
  seconds: number;
  writers: { writer: Writer; cookie: string }[];
  readers: { reader: Reader; cookie: string }[];
  /** Task versions at the start; each writer keeps its own view from there. */
  versions: Map<string, number>;
  stats?: LoadStats;
}): Promise<LoadStats> {
  const stats = o.stats ?? emptyStats();
  const start = Date.now();
  const ctx: Ctx = { baseUrl: o.baseUrl, actionId: o.actionId, stats, start, deadline: start + o.seconds * 1000 };
  // A short think time between steps, as people have; without it 50 loops are a flood, not users.
  const think = () => pause(100 + Math.random() * 400);
  const writerLoop = async ({ writer, cookie }: { writer: Writer; cookie: string }) => {
    // What this person last saw of each task: another person's update makes it stale.
    const versions = new Map(o.versions);
    while (Date.now() < ctx.deadline) {
      const taskId = pick(writer.taskIds);
      if (Math.random() < 0.5) await read(ctx, `/c/${writer.communeId}/nhiem-vu/${taskId}`, cookie);
      else await update(ctx, writer, cookie, taskId, versions);
      await think();
    }
  };
  const readerLoop = async ({ reader, cookie }: { reader: Reader; cookie: string }) => {
    while (Date.now() < ctx.deadline) {
      await read(ctx, pick(reader.pages), cookie);
      await think();
    }
  };
  await Promise.all([...o.writers.map(writerLoop), ...o.readers.map(readerLoop)]);
  return stats;
}

/** p50 and p95 of the answered requests, in ms. */
export function latencySummary(stats: LoadStats) {
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
  return { p50: at(50), p95: at(95), max: Math.round(sorted.at(-1) ?? 0) };
}
