import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";

/** Path of a dependency's CLI entry, run with this Node (no npx lookup, no shell). */
export const BIN = {
  prisma: path.join("node_modules", "prisma", "build", "index.js"),
  next: path.join("node_modules", "next", "dist", "bin", "next"),
  playwright: path.join("node_modules", "@playwright", "test", "cli.js"),
};

/** Runs a Node CLI to completion; rejects with its exit code. */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, opts: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: "inherit", env, ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(script)} ${args.join(" ")} kết thúc với mã ${code ?? signal}`)),
    );
  });
}

/** `prisma migrate deploy`; `run` lets `npm start` run it as a child its supervisor stops. */
export function migrate(databaseUrl: string, run = runNode) {
  return run(BIN.prisma, ["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
}

/** Waits until the URL answers (any status), or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 120_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`Máy chủ không phản hồi tại ${url} sau ${timeoutMs / 1000}s`);
}
