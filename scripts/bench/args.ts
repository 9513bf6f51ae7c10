// Command-line options of `npm run bench`.
import { parseArgs } from "node:util";
import type { Scale } from "../synthetic/config";

export type BenchOptions = {
  scale: Scale;
  skipSeed: boolean;
  /** Generate the data again even when the database already holds this scale (after generator changes). */
  reseed: boolean;
  connections: number[];
  durationSeconds: number;
  warmupSeconds: number;
  /**
   * Keys of the endpoints to measure (scripts/bench/endpoints.ts), or null for all. A partial run
   * measures only those pages' latency, prints it and writes nothing to docs/ (the reports describe
   * a whole run).
   */
  only: string[] | null;
};

export const BENCH_USAGE = `Cách dùng: npm run bench -- [--scale province|national] [--skip-seed | --reseed] [--connections 10,50] [--duration 10] [--warmup 3] [--only province-rollup,province-rollup-task]
  province = 1 tỉnh × 100 xã × 80 nhiệm vụ × 12 tháng; national = 34 × 98 × 80 × 12.
  Kết quả: docs/benchmarks.json và docs/benchmarks.md (--only: chỉ đo độ trễ các trang đã chọn, in ra, không ghi docs/).`;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: "string", default: "province" },
      "skip-seed": { type: "boolean", default: false },
      reseed: { type: "boolean", default: false },
      connections: { type: "string", default: "10,50" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "3" },
      only: { type: "string" },
    },
    strict: true,
  });
  if (values.scale !== "province" && values.scale !== "national")
    throw new Error(`--scale phải là province hoặc national (nhận "${values.scale}")`);
  const connections = values.connections.split(",").map((s) => Number(s.trim()));
  if (connections.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--connections phải là danh sách số nguyên dương, ví dụ 10,50`);
  const durationSeconds = Number(values.duration);
  const warmupSeconds = Number(values.warmup);
  if (!(durationSeconds > 0) || !(warmupSeconds >= 0)) throw new Error("--duration phải > 0 và --warmup ≥ 0 (giây)");
  if (values["skip-seed"] && values.reseed) throw new Error("--skip-seed và --reseed không dùng cùng nhau");
  const only = values.only ? values.only.split(",").map((s) => s.trim()) : null;
  return { scale: values.scale, skipSeed: values["skip-seed"], reseed: values.reseed, connections, durationSeconds, warmupSeconds, only };
}
