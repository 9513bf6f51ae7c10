import { describe, expect, it } from "vitest";
import { ReadModelCache, roughBytes, type ReadModelScope, type VersionSource } from "@/lib/read-models/cache";

/** Versions in a map (commune id or "p:province" → version), members per province. */
function source(versions: Record<string, string>, members: Record<string, string[]> = {}): VersionSource {
  return {
    version: async (s: ReadModelScope) => versions["commune" in s ? s.commune : `p:${s.province ?? "*"}`] ?? "0",
    members: async (p: string) => members[p] ?? [],
  };
}

function counter() {
  let n = 0;
  return { compute: async () => `v${++n}`, calls: () => n };
}

describe("ReadModelCache", () => {
  it("serves an entry while its scope's version is unchanged and recomputes once it changes", async () => {
    const versions = { a: "1" };
    const cache = new ReadModelCache(source(versions));
    const c = counter();
    expect(await cache.read("m", { commune: "a" }, ["2026-12-06"], c.compute)).toBe("v1");
    expect(await cache.read("m", { commune: "a" }, ["2026-12-06"], c.compute)).toBe("v1");
    versions.a = "7";
    expect(await cache.read("m", { commune: "a" }, ["2026-12-06"], c.compute)).toBe("v2");
    // Another filter, day or model is another entry.
    expect(await cache.read("m", { commune: "a" }, ["2026-12-07"], c.compute)).toBe("v3");
    expect(await cache.read("n", { commune: "a" }, ["2026-12-06"], c.compute)).toBe("v4");
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 4, entries: 3 });
  });

  it("shares one computation between concurrent misses of one key and version, not across versions", async () => {
    const versions = { a: "1" };
    const cache = new ReadModelCache(source(versions));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slow = async () => {
      calls += 1;
      await gate;
      return calls;
    };
    const first = [cache.read("m", { commune: "a" }, [], slow), cache.read("m", { commune: "a" }, [], slow)];
    await new Promise((r) => setTimeout(r, 5));
    versions.a = "2";
    const later = cache.read("m", { commune: "a" }, [], slow);
    await new Promise((r) => setTimeout(r, 5));
    release();
    expect(await Promise.all([...first, later])).toEqual([2, 2, 2]);
    expect(calls).toBe(2);
    // The entry kept is the one computed after version 2 was read.
    expect(await cache.read("m", { commune: "a" }, [], slow)).toBe(2);
    expect(calls).toBe(2);
  });

  it("does not keep a failure", async () => {
    const cache = new ReadModelCache(source({}));
    await expect(cache.read("m", { commune: "a" }, [], () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.read("m", { commune: "a" }, [], async () => "ok")).toBe("ok");
    expect(cache.stats().entries).toBe(1);
  });

  it("evicts the least recently used entries beyond the entry and byte limits", async () => {
    const cache = new ReadModelCache(source({}), { maxEntries: 2, maxBytes: 1_000 });
    const value = (k: string) => async () => k;
    await cache.read("m", { commune: "a" }, [], value("a"));
    await cache.read("m", { commune: "b" }, [], value("b"));
    await cache.read("m", { commune: "a" }, [], value("x")); // a hit: "a" is now the most recent
    await cache.read("m", { commune: "c" }, [], value("c")); // evicts "b"
    expect(await cache.read("m", { commune: "a" }, [], value("a2"))).toBe("a");
    expect(await cache.read("m", { commune: "b" }, [], value("b2"))).toBe("b2");
    // Bytes: five entries of 204 bytes pass 1000, so the oldest goes.
    const big = new ReadModelCache(source({}), { maxEntries: 100, maxBytes: 1_000 });
    const text = (n: number) => async () => "x".repeat(n);
    for (const id of ["a", "b", "c", "d", "e"]) await big.read("m", { commune: id }, [], text(100));
    expect(big.stats()).toMatchObject({ entries: 4, bytes: 4 * roughBytes("x".repeat(100)) });
    expect(await big.read("m", { commune: "a" }, [], text(99))).toHaveLength(99);
    // A value larger than a quarter of the budget is served but not kept.
    const entries = big.stats().entries;
    expect(await big.read("m", { commune: "f" }, [], text(150))).toHaveLength(150);
    expect(big.stats().entries).toBe(entries);
  });

  it("drops a commune's entries, the provinces it belongs to, the all-province view, and everything on '*'", async () => {
    const cache = new ReadModelCache(source({}, { hp: ["a", "b"], th: ["c"] }));
    const v = async () => 1;
    const scopes: ReadModelScope[] = [
      { commune: "a" },
      { commune: "b" },
      { commune: "c" },
      { province: "hp" },
      { province: "th" },
      { province: null },
    ];
    const fill = async () => {
      for (const s of scopes) await cache.read("m", s, [], v);
    };
    await fill();
    expect(cache.stats().entries).toBe(6);
    cache.drop(["a"]);
    // Left: commune b, commune c, province th.
    expect(cache.stats().entries).toBe(3);
    const misses = cache.stats().misses;
    for (const s of [{ commune: "b" }, { commune: "c" }, { province: "th" }]) await cache.read("m", s, [], v);
    expect(cache.stats().misses).toBe(misses);
    await fill();
    cache.drop("*");
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
