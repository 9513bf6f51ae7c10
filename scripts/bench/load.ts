// Load on one page with autocannon: a warm-up that is thrown away (JIT, caches, connection pool),
// then the measured run. Percentiles are computed here from every response time, because autocannon's
// summary has p50, p97.5 and p99 but no p95.
import autocannon from "autocannon";
import { must } from "../../lib/must";

export type LoadResult = {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return must(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))], "chỉ số nằm trong danh sách");
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The request's credentials: a session cookie (pages) or a Bearer token (API v1). */
export type Credentials = Record<string, string>;

function run(url: string, headers: Credentials, connections: number, seconds: number, onResponse?: (status: number, ms: number) => void) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 30 }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
    if (onResponse) instance.on("response", (_client, status, _bytes, ms) => onResponse(status, ms));
  });
}

export async function measure(
  url: string,
  headers: Credentials,
  connections: number,
  seconds: number,
  warmupSeconds: number,
): Promise<LoadResult> {
  if (warmupSeconds > 0) await run(url, headers, connections, warmupSeconds);
  const times: number[] = [];
  const statusCodes: Record<string, number> = {};
  const result = await run(url, headers, connections, seconds, (status, ms) => {
    times.push(ms);
    statusCodes[status] = (statusCodes[status] ?? 0) + 1;
  });
  times.sort((a, b) => a - b);
  return {
    connections,
    durationSeconds: result.duration,
    requests: times.length,
    requestsPerSecond: round1(times.length / result.duration),
    p50Ms: round1(percentile(times, 50)),
    p95Ms: round1(percentile(times, 95)),
    p99Ms: round1(percentile(times, 99)),
    maxMs: round1(times.at(-1) ?? NaN),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}
