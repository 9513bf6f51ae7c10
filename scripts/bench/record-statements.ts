// Statement counting: every query of either side goes through pg.Pool#query (adapter-pg too).
import { performance } from "node:perf_hooks";
import pg from "pg";

export type Recorded = { text: string; ms: number; startedAt: number; endedAt: number };

/** Records every pg.Pool#query of the process while `fn` runs (one call at a time, not while measuring). */
export async function recordStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Recorded[] }> {
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const statements: Recorded[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === "string" ? first : String((first as { text?: string }).text ?? "");
    const startedAt = performance.now();
    const out = original.apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      void (out as Promise<unknown>).then(
        () => {
          const endedAt = performance.now();
          statements.push({ text, ms: endedAt - startedAt, startedAt, endedAt });
        },
        () => {},
      );
    }
    return out;
  };
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    proto.query = original;
  }
}
