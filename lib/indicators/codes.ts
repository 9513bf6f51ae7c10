// Codes ("CT01", "CT02"…) and positions of a plan's new indicators: value files refer to the codes,
// so a code is never handed out twice within a plan.
import type { Tx } from "../db";

export function indicatorCode(n: number): string {
  return `CT${String(n).padStart(2, "0")}`;
}

/** Returns a function giving the next free code and the next position, each time it is called. */
export async function indicatorSlots(tx: Tx, planId: string) {
  const existing = await tx.indicator.findMany({ where: { planId }, select: { code: true, sortOrder: true } });
  const used = new Set(existing.map((e) => e.code));
  let n = existing.length;
  let order = existing.reduce((max, e) => Math.max(max, e.sortOrder + 1), 0);
  return () => {
    let code = indicatorCode(++n);
    while (used.has(code)) code = indicatorCode(++n);
    used.add(code);
    return { code, sortOrder: order++ };
  };
}
