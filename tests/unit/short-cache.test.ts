import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { shortCache } from "@/lib/dashboard/short-cache";

describe("shortCache", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2026-11-24T10:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  it("computes once per key while fresh, shares a running computation, and recomputes after the TTL", async () => {
    let calls = 0;
    const cached = shortCache(
      60_000,
      (k: string) => k,
      async (k: string) => `${k}:${++calls}`,
    );
    const [a, b] = await Promise.all([cached("p1"), cached("p1")]);
    expect([a.value, b.value, calls]).toEqual(["p1:1", "p1:1", 1]);
    expect((await cached("p2")).value).toBe("p2:2");
    vi.advanceTimersByTime(59_999);
    expect((await cached("p1")).value).toBe("p1:1");
    vi.advanceTimersByTime(1);
    const again = await cached("p1");
    expect(again.value).toBe("p1:3");
    expect(again.computedAt.toISOString()).toBe("2026-11-24T10:01:00.000Z");
  });

  it("does not keep a failure", async () => {
    let fail = true;
    const cached = shortCache(
      60_000,
      () => "k",
      async () => {
        if (fail) throw new Error("db down");
        return 1;
      },
    );
    await expect(cached()).rejects.toThrow("db down");
    fail = false;
    expect((await cached()).value).toBe(1);
  });
});
