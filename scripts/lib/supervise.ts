// Keeps `npm start` / `npm run dev` one unit: a stop signal stops the app server, then PostgreSQL,
// then this process; a PostgreSQL that dies meanwhile is started again instead of the portal
// answering 503 until someone notices.
//
// Why each piece (measured with `ps -ef --forest`): `npm start` runs `sh -c "node … start.ts"`; on
// SIGTERM npm passes the signal to that shell only, which dies without passing it on. So this process
// also stops when its parent goes away (it is re-parented). SIGHUP (terminal closed) makes the Next
// server exit but PostgreSQL only reloads its configuration, so it is handled like SIGTERM. The app
// server runs in its own process group so that `next dev`/`next build` workers stop with it.
import { spawn, type ChildProcess } from "node:child_process";
import type { RunningDb } from "./embedded-db";

export type SupervisorOptions = {
  log?: (line: string) => void;
  exit?: (code: number) => void;
  /** Waits before each attempt to start PostgreSQL again (back-off); after the last, the portal stops. */
  restartDelaysMs?: number[];
  /** How long a child gets after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
};

export type Supervisor = {
  /** Runs a Node script as a stopped-on-shutdown child in its own process group; rejects on failure. */
  run: (script: string, args: string[], env: NodeJS.ProcessEnv) => Promise<void>;
  /** Starts the app server; when it exits on its own, everything stops with its exit code. */
  startApp: (script: string, args: string[], env: NodeJS.ProcessEnv) => ChildProcess;
  /** The embedded database: stopped after the children, started again when it dies on its own. */
  watchDatabase: (db: RunningDb) => void;
};

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function hasExited(child: ChildProcess) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM to the child's process group, SIGKILL after `timeoutMs`; resolves once it has exited. */
async function stopGroup(child: ChildProcess, timeoutMs: number) {
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is already gone
    }
  };
  if (!hasExited(child)) {
    const exit = new Promise((r) => child.once("exit", r));
    signalGroup("SIGTERM");
    const timer = setTimeout(() => signalGroup("SIGKILL"), timeoutMs);
    await exit;
    clearTimeout(timer);
  }
  signalGroup("SIGKILL"); // workers the child left behind
}

export function supervise(opts: SupervisorOptions = {}): Supervisor {
  const log = opts.log ?? ((line: string) => console.log(line));
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const delays = opts.restartDelaysMs ?? [1_000, 2_000, 4_000, 8_000, 16_000];
  const stopTimeoutMs = opts.stopTimeoutMs ?? 10_000;
  const children = new Set<ChildProcess>();
  let db: RunningDb | undefined;
  let stopping: Promise<void> | undefined;

  const shutdown = (code: number, reason: string) => {
    stopping ??= (async () => {
      log(`\n▶ Đang dừng (${reason})…`);
      await Promise.all([...children].map((child) => stopGroup(child, stopTimeoutMs)));
      await db?.stop().catch((err) => log(`✖ Không dừng được PostgreSQL nhúng: ${err instanceof Error ? err.message : err}`));
      exit(code);
    })();
    return stopping;
  };
  for (const signal of SIGNALS) process.on(signal, () => void shutdown(0, signal));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(0, "tiến trình cha đã dừng");
  }, 500).unref();

  const spawnTracked = (script: string, args: string[], env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: "inherit", env, detached: true });
    children.add(child);
    child.once("exit", () => children.delete(child));
    return child;
  };

  const restartDb = async (reason: string) => {
    for (const [i, delay] of delays.entries()) {
      log(`✖ PostgreSQL nhúng đã dừng (${reason}); khởi động lại sau ${delay / 1000} giây (lần ${i + 1}/${delays.length})…`);
      await sleep(delay);
      if (stopping) return;
      try {
        await db!.start();
        log("✔ PostgreSQL nhúng đã chạy lại.");
        return;
      } catch (err) {
        // split always yields at least one part: the fallback only satisfies the type.
        reason = err instanceof Error ? (err.message.split("\n")[0] ?? err.message) : String(err);
      }
    }
    log(`✖ Không khởi động lại được PostgreSQL nhúng sau ${delays.length} lần (${reason}).`);
    void shutdown(1, "mất PostgreSQL nhúng");
  };

  return {
    run: (script, args, env) =>
      new Promise((resolve, reject) => {
        const child = spawnTracked(script, args, env);
        child.once("error", reject);
        child.once("exit", (code, signal) => {
          if (stopping) return; // the shutdown exits the process
          if (code === 0) resolve();
          else reject(new Error(`${script} ${args.join(" ")} kết thúc với mã ${code ?? signal}`));
        });
      }),
    startApp: (script, args, env) => {
      const child = spawnTracked(script, args, env);
      child.once("exit", (code) => void shutdown(code ?? 0, "máy chủ ứng dụng đã dừng"));
      return child;
    },
    watchDatabase: (running) => {
      db = running;
      running.onUnexpectedExit((reason) => {
        if (!stopping) void restartDb(reason);
      });
    },
  };
}
