// The production build the benchmark measures. It is made from a copy of the sources in
// .data/bench-app, so that a benchmark never rewrites the .next that `npm start` and the end-to-end
// tests use (they may be running at the same time), and so that the figures belong to one snapshot
// of the code. Node finds the dependencies in the project's node_modules, two folders up. The copy
// is rebuilt only when the sources changed since its last build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { BIN, runNode } from "../lib/run";

export const APP_DIR = path.resolve(".data", "bench-app");

/** What `next build` reads; tests, scripts and docs stay out (the build type-checks what it finds). */
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "middleware.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "next-env.d.ts",
];

function filesUnder(p: string, out: string[] = []): string[] {
  if (!existsSync(p)) return out;
  if (statSync(p).isDirectory()) for (const child of readdirSync(p).sort()) filesUnder(path.join(p, child), out);
  else out.push(p);
  return out;
}

/** Hash of every source file's path and bytes (a few MB: well under a second). */
function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap((s) => filesUnder(s))) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/** Copies the sources into APP_DIR and builds them, unless that build is of the same sources. */
export async function ensureBuild(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<{ built: boolean; seconds: number }> {
  const started = Date.now();
  const hash = sourceHash();
  const hashFile = path.join(APP_DIR, ".source-hash");
  if (existsSync(path.join(APP_DIR, ".next", "BUILD_ID")) && existsSync(hashFile) && readFileSync(hashFile, "utf8") === hash) {
    log("▶ Bản build trong .data/bench-app đã khớp mã nguồn hiện tại: dùng lại.");
    return { built: false, seconds: 0 };
  }
  log("▶ Sao chép mã nguồn vào .data/bench-app và biên dịch (next build)…");
  await rm(APP_DIR, { recursive: true, force: true });
  await mkdir(APP_DIR, { recursive: true });
  for (const s of SOURCES) if (existsSync(s)) await cp(s, path.join(APP_DIR, s), { recursive: true, preserveTimestamps: true });
  await runNode(path.resolve(BIN.next), ["build"], { ...env, NODE_ENV: "production" }, { cwd: APP_DIR });
  await writeFile(hashFile, hash);
  return { built: true, seconds: (Date.now() - started) / 1000 };
}
