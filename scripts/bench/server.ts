// `next start` on the benchmark's build, its memory, and stopping it (with whatever it spawned).
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../lib/embedded-db";
import { BIN, waitForHttp } from "../lib/run";
import { APP_DIR } from "./app-build";

export type RunningServer = { baseUrl: string; pid: number; logFile: string; stop: () => Promise<void> };

export const SERVER_LOG = path.resolve(".data", "bench-server.log");

/**
 * BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops (open it in Chrome
 * DevTools, or `npx tsx scripts/bench/cpu-profile.ts <file>` for the top functions). Node flags, not
 * NODE_OPTIONS (which refuses --cpu-prof). A profiled server is slower: compare its figures only
 * with another profiled run.
 */
function cpuProfileFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(dir)}`] : [];
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(SERVER_LOG);
  // Its own process group, so that stopping it also stops any worker it forked.
  const child = spawn(process.execPath, [...cpuProfileFlags(), path.resolve(BIN.next), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: APP_DIR,
    // No job worker inside the measured server: its ticks would land at random moments of a run
    // (the scheduler has its own benchmark, npm run bench:jobs, which runs it beside this server).
    env: { ...env, NODE_ENV: "production", NEXTAUTH_URL: baseUrl, PORT: String(port), WORKER: "off" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited || !child.pid) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    const killed = await Promise.race([exit.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
    if (!killed) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await Promise.race([
      waitForHttp(`${baseUrl}/login`, 60_000),
      exit.then(() => {
        throw new Error(`next start đã dừng ngay khi khởi động: xem ${SERVER_LOG}`);
      }),
    ]);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, pid: child.pid!, logFile: SERVER_LOG, stop };
}

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

const statusField = (pid: number, field: string) => {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : 0;
};

/**
 * Memory of the server: the process titled "next-server" (Next sets it in start-server.js) among the
 * started process and its descendants, plus the whole tree in case Next forks render workers.
 */
export function serverMemory(rootPid: number) {
  const tree = [rootPid];
  // The array iterator rereads the length, so children pushed here are visited too.
  for (const pid of tree) tree.push(...children(pid));
  const named = tree.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server");
    } catch {
      return false;
    }
  });
  const pid = named ?? rootPid;
  return {
    pid,
    processes: tree.length,
    rssKb: statusField(pid, "VmRSS"),
    peakRssKb: statusField(pid, "VmHWM"),
    treeRssKb: tree.reduce((n, p) => n + statusField(p, "VmRSS"), 0),
  };
}
