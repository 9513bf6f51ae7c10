// The `--explain` side of scripts/bench-ratio.ts, on query-ratio.ts's two cases.
// Where the difference goes: each round of each side with its statements recorded.
import { performance } from "node:perf_hooks";
import { percentile } from "./load";
import { cases, withSides, type Case, type QueryRatio } from "./query-ratio";
import { recordStatements, type Recorded } from "./record-statements";

export type StatementCost = { sql: string; perRound: number; p50Ms: number };
export type SideCost = {
  /** The whole call. */
  totalMs: number;
  /** Time with at least one statement in flight (pool wait, network, PostgreSQL, pg's row parsing). */
  dbBusyMs: number;
  /** totalMs − dbBusyMs: JavaScript outside pg (for the portal: Prisma's query building and result mapping, and the app's own code). */
  outsideDbMs: number;
  /** Statements that waited for another one's rows (1 = everything sent at once): sequential awaits, relation loads. */
  roundTrips: number;
  /** From the call to the first statement sent. */
  beforeFirstMs: number;
  /** From the last statement's rows to the call's result. */
  afterLastMs: number;
  statements: StatementCost[];
};
export type QueryCost = { key: QueryRatio["key"]; runs: number; portal: SideCost; raw: SideCost };

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Milliseconds during which at least one statement was in flight. */
export function busyMs(statements: Recorded[]): number {
  const spans = statements.map((s) => [s.startedAt, s.endedAt] as const).sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let end = -Infinity;
  for (const [s, e] of spans) {
    if (e <= end) continue;
    busy += e - Math.max(s, end);
    end = e;
  }
  return busy;
}

/** Longest chain of statements each sent after the previous one's rows came back. */
export function roundTrips(statements: Recorded[]): number {
  const sorted = [...statements].sort((a, b) => a.startedAt - b.startedAt);
  const chained: { endedAt: number; depth: number }[] = [];
  for (const s of sorted) {
    const before = chained.filter((x) => x.endedAt <= s.startedAt).map((x) => x.depth);
    chained.push({ endedAt: s.endedAt, depth: 1 + Math.max(0, ...before) });
  }
  return Math.max(0, ...chained.map((x) => x.depth));
}

type Round = { totalMs: number; t0: number; statements: Recorded[] };

function sideCost(rounds: Round[]): SideCost {
  const p50 = (xs: number[]) =>
    round1(
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      ),
    );
  const bySql = new Map<string, number[]>();
  for (const r of rounds)
    for (const s of r.statements) {
      const sql = s.text.replace(/\s+/g, " ").trim().slice(0, 160);
      bySql.set(sql, [...(bySql.get(sql) ?? []), s.ms]);
    }
  const busy = rounds.map((r) => ({ totalMs: r.totalMs, busyMs: busyMs(r.statements) }));
  return {
    totalMs: p50(rounds.map((r) => r.totalMs)),
    dbBusyMs: p50(busy.map((b) => b.busyMs)),
    roundTrips: p50(rounds.map((r) => roundTrips(r.statements))),
    outsideDbMs: p50(busy.map((b) => b.totalMs - b.busyMs)),
    beforeFirstMs: p50(rounds.map((r) => Math.min(...r.statements.map((s) => s.startedAt)) - r.t0)),
    afterLastMs: p50(rounds.map((r) => r.t0 + r.totalMs - Math.max(...r.statements.map((s) => s.endedAt)))),
    statements: [...bySql]
      .map(([sql, ms]) => ({ sql, perRound: round2(ms.length / rounds.length), p50Ms: p50(ms) }))
      .sort((a, b) => b.p50Ms - a.p50Ms),
  };
}

/**
 * Each side's time split into time with a statement in flight and time outside the database,
 * and each statement's own time (median over `runs` rounds after `warmup`). Recording adds a
 * little to both sides; use measureQueryRatios for the ratio itself.
 */
export async function explainQueryCosts(
  databaseUrl: string,
  ids: { communeId: string; unitId: string; planId: string },
  opts: { runs?: number; warmup?: number } = {},
): Promise<QueryCost[]> {
  const runs = opts.runs ?? 30;
  const warmup = opts.warmup ?? 5;
  return withSides(databaseUrl, async (app, raw) => {
    const out: QueryCost[] = [];
    for (const c of cases(app, raw, ids.communeId, ids.unitId) as Case<unknown>[]) {
      const rounds: Record<"portal" | "raw", Round[]> = { portal: [], raw: [] };
      for (let i = 0; i < warmup + runs; i++) {
        const now = new Date();
        for (const side of i % 2 === 0 ? (["portal", "raw"] as const) : (["raw", "portal"] as const)) {
          const t0 = performance.now();
          const { statements } = await recordStatements(() => (side === "portal" ? c.portal(now) : c.raw(now)));
          const totalMs = performance.now() - t0;
          if (i >= warmup) rounds[side].push({ totalMs, t0, statements });
        }
      }
      out.push({ key: c.key, runs, portal: sideCost(rounds.portal), raw: sideCost(rounds.raw) });
    }
    return out;
  });
}
