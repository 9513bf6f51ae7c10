// The heaviest functions of a V8 CPU profile (node --cpu-prof), by self time and by the package or
// app folder they belong to: `npx tsx scripts/bench/cpu-profile.ts <file.cpuprofile> [--top 40]`.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** "react-dom", "next", "@prisma/client", "app: lib/tasks", "(gc)"… from a frame's script URL. */
function area(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const compiled = /next\/dist\/compiled\/([^/]+)/.exec(url);
    return compiled ? `next/compiled/${compiled[1]}` : pkg[1]!;
  }
  if (url.includes("/.next/server/chunks/")) return "app chunk (.next/server/chunks)";
  if (url.startsWith("node:")) return "node";
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "40" } } });
  const file = positionals[0];
  if (!file) throw new Error("cách dùng: cpu-profile.ts <file.cpuprofile> [--top 40]");
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${area(f.url, f.functionName)}:${f.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    const a = area(f.url, f.functionName);
    areas.set(a, (areas.get(a) ?? 0) + us);
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
  console.log(`Tổng ${(total / 1e6).toFixed(1)} s mẫu\n\nTheo khu vực:`);
  for (const [k, us] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${pct(us)}  ${k}`);
  console.log("\nTheo hàm (thời gian tự thân):");
  for (const [k, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${pct(us)}  ${k}`);
}

main();
