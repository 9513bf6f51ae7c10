import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "@/lib/reports/render-limit";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("report render limit", () => {
  it("never runs more than `max` at once, runs everything, in arrival order, and frees slots on failure", async () => {
    const limited = concurrencyLimit(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const job = (i: number, fail = false) =>
      limited(async () => {
        started.push(i);
        running += 1;
        peak = Math.max(peak, running);
        await tick(5 + (i % 3));
        running -= 1;
        if (fail) throw new Error(`job ${i}`);
        return i;
      });
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => job(i, i === 3)));
    expect(peak).toBe(2);
    expect(started).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(11);
    expect(results[3]).toMatchObject({ status: "rejected" });
    // All slots are free again: two new jobs start at once.
    let together = 0;
    await Promise.all(
      [0, 1].map(() =>
        limited(async () => {
          together += 1;
          await tick(5);
          expect(together).toBe(2);
        }),
      ),
    );
  });
});
