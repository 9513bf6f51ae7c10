// The ORM/raw SQL ratio step of `npm run bench`, run as a child process: the app's query modules
// import "server-only", which only loads under the react-server condition, and that condition must
// not leak into the bench process itself (it builds and starts Next.js).
import { spawn } from "node:child_process";
import path from "node:path";
import type { QueryRatio } from "./query-ratio";

const TSX = path.join("node_modules", "tsx", "dist", "cli.mjs");

export function measureRatiosInChild(databaseUrl: string, scale: string, runs = 30, warmup = 5): Promise<QueryRatio[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [TSX, "--conditions", "react-server", "scripts/bench-ratio.ts", "--scale", scale, "--runs", String(runs), "--warmup", String(warmup)],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`scripts/bench-ratio.ts kết thúc với mã ${code}`));
      try {
        resolve(JSON.parse(out) as QueryRatio[]);
      } catch {
        reject(new Error(`scripts/bench-ratio.ts không trả về JSON: ${out.slice(0, 200)}`));
      }
    });
  });
}
