// The app instances of the cluster run: `next start` of the project's build, each in its own process
// group (a SIGKILL of the group is a machine losing the instance), with its own evidence folder.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { BIN } from "../lib/run";

export type Instance = { name: string; port: number; url: string; env: NodeJS.ProcessEnv; logFile: string; child: ChildProcess };

export function startInstance(name: string, port: number, env: NodeJS.ProcessEnv, logFile: string): Instance {
  const out = createWriteStream(logFile, { flags: "a" });
  const child = spawn(process.execPath, [BIN.next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return { name, port, url: `http://127.0.0.1:${port}`, env, logFile, child };
}

export function restartInstance(i: Instance): Instance {
  return startInstance(i.name, i.port, i.env, i.logFile);
}

/** Sends `signal` to the instance's whole process group; resolves once its process has exited. */
export async function signalInstance(i: Instance, signal: NodeJS.Signals): Promise<void> {
  if (i.child.exitCode !== null || i.child.signalCode !== null) return;
  const exited = new Promise((r) => i.child.once("exit", r));
  try {
    process.kill(-i.child.pid!, signal);
  } catch {
    return; // already gone
  }
  await exited;
}

/** Waits until /api/ready answers 200 (database and store reachable from the instance). */
export async function waitReady(url: string, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(`${url}/api/ready`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url}/api/ready không trả 200 sau ${timeoutMs / 1000}s`);
}
