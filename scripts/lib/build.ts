import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Newest modification time under the given paths (skipping generated and dependency folders). */
function newestSource(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      if (["node_modules", "generated", ".next"].includes(path.basename(p))) return;
      for (const child of readdirSync(p)) visit(path.join(p, child));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

export function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = [
    "app",
    "components",
    "lib",
    "public",
    "next.config.mjs",
    "package-lock.json",
    "prisma/schema.prisma",
    "postcss.config.mjs",
  ];
  return newestSource(sources) > statSync(buildId).mtimeMs;
}
