// `npm run check:start`: the end-to-end proof for how `npm start` starts and stops, run by hand
// (it builds the app in a fresh clone: several minutes; not part of `npm test`). As root it clones
// the committed HEAD into a `mktemp -d` folder (mode 0700, which the `postgres` user cannot enter),
// runs `npm start` there, sends SIGTERM to npm once the portal answers and checks that no process of
// the portal is left. Exit code 0 when the job runner ran in the app and everything stopped.
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, removeEmbeddedData } from "./lib/embedded-db";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `pid` and every process below it, with their command lines (from `ps`). */
function tree(pid: number): Map<number, string> {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    // Every group of the pattern takes part in a match: the defaults are never used.
    .map(([, child = "", parent = "", args = ""]) => ({ child: Number(child), parent: Number(parent), args }));
  const found = new Map<number, string>();
  const visit = (p: number) => {
    for (const { child, parent, args } of rows) {
      if (parent === p && !found.has(child)) {
        found.set(child, args);
        visit(child);
      }
    }
  };
  const self = rows.find((r) => r.child === pid);
  if (self) found.set(pid, self.args);
  visit(pid);
  return found;
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const folder = await mkdtemp(path.join(tmpdir(), "cds-check-start-"));
  const app = path.join(folder, "app");
  console.log(`▶ Bản sao trong ${folder} (quyền 0700)`);
  execFileSync("git", ["clone", "-q", process.cwd(), app], { stdio: "inherit" });
  execFileSync("cp", ["-al", "node_modules", path.join(app, "node_modules")]); // hard links: fast
  execFileSync(process.execPath, ["scripts/postinstall.mjs"], { cwd: app, stdio: "ignore" });

  const port = await freePort();
  const t0 = Date.now();
  const npm = spawn("npm", ["start"], { cwd: app, env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  npm.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  while (!output.includes("Nhấn Ctrl+C để dừng.")) {
    if (npm.exitCode !== null) throw new Error(`npm start kết thúc với mã ${npm.exitCode} trước khi sẵn sàng`);
    if (Date.now() - t0 > 20 * 60_000) throw new Error("npm start chưa sẵn sàng sau 20 phút");
    await sleep(500);
  }
  console.log(`\n▶ Sẵn sàng sau ${((Date.now() - t0) / 1000).toFixed(1)} giây. Cây tiến trình:`);
  // npm start reads the worker's connections (application_name "cds-jobs") before it says so.
  const workerRuns = output.includes("▶ Bộ chạy lịch nhắc: trong tiến trình ứng dụng");
  console.log(workerRuns ? "✔ Bộ chạy lịch nhắc chạy trong tiến trình ứng dụng." : "✖ npm start không báo bộ chạy lịch nhắc đang chạy.");
  const processes = tree(npm.pid!);
  for (const [pid, args] of processes) console.log(`  ${pid} ${args.slice(0, 140)}`);

  const stopAt = Date.now();
  npm.kill("SIGTERM");
  while ([...processes.keys()].some(alive) && Date.now() - stopAt < 30_000) await sleep(100);
  const left = [...processes].filter(([pid]) => alive(pid));
  if (left.length === 0) console.log(`✔ SIGTERM cho npm: không còn tiến trình nào sau ${Date.now() - stopAt} ms.`);
  else for (const [pid, args] of left) console.log(`✖ Còn chạy sau 30 giây: ${pid} ${args}`);

  for (const [pid] of left) process.kill(pid, "SIGKILL");
  await removeEmbeddedData(path.join(app, ".data", "postgres"));
  await rm(folder, { recursive: true, force: true });
  process.exit(left.length === 0 && workerRuns ? 0 : 1);
}

main().catch((err) => {
  console.error("✖", err instanceof Error ? err.message : err);
  process.exit(1);
});
