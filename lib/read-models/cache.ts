// A per-process cache of read models (a dashboard's figures, a plan page, a task list, the province
// table) that is never stale: every entry carries the version of its commune (or province) read
// BEFORE it was computed, and a read first fetches the current version and uses the entry only when
// they are equal. Versions change in the same transaction as every write (the triggers of migration
// 20261230000000_storage_read_models), so a figure is never older than the last committed write, on
// any instance, whether or not the NOTIFY of that write has arrived. The NOTIFY (./listener.ts) only
// frees memory early: it drops the named communes' entries.
//
// The cache holds data, never a per-user decision: callers check the permission before reading.

/** What an entry depends on: one commune, or one province (null: every province, for ADMIN). */
export type ReadModelScope = { commune: string } | { province: string | null };

/** Where versions come from (./versions.ts on PostgreSQL; a map in unit tests). */
export type VersionSource = {
  /** The scope's current version, compared for equality only (versions never repeat). */
  version(scope: ReadModelScope): Promise<string>;
  /** The communes a province's figures are made of, so that a commune's NOTIFY drops them. */
  members(province: string): Promise<string[]>;
};

export type CacheLimits = { maxEntries: number; maxBytes: number };

/** Enough for every commune of a province to have its dashboard, plan pages and lists warm. */
export const DEFAULT_LIMITS: CacheLimits = { maxEntries: 2_000, maxBytes: 128 * 1024 * 1024 };

type Entry = {
  version: string;
  value: unknown;
  bytes: number;
  /** The communes whose writes change it (a province entry: its members). */
  communes: ReadonlySet<string> | null;
  /** Every province entry is dropped by "*" and by writes of its members; all-province entries by any write. */
  allCommunes: boolean;
  started: number;
};

export type CacheStats = { hits: number; misses: number; entries: number; bytes: number; drops: number };

const scopeKey = (s: ReadModelScope) => ("commune" in s ? `c:${s.commune}` : `p:${s.province ?? "*"}`);

/** A rough size: the JSON text's length in UTF-16 code units (two bytes each). Good enough to bound memory. */
export function roughBytes(value: unknown): number {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return (text?.length ?? 0) * 2;
}

export class ReadModelCache {
  private entries = new Map<string, Entry>();
  /** Computations under way, by key and version: concurrent misses of one key share one. */
  private inflight = new Map<string, Promise<unknown>>();
  private bytes = 0;
  private started = 0;
  private counters = { hits: 0, misses: 0, drops: 0 };

  constructor(
    private readonly source: VersionSource,
    private readonly limits: CacheLimits = DEFAULT_LIMITS,
  ) {}

  /**
   * The read model `model` of `scope` for `parts` (its filter, unit, local date…): the cached value
   * when the scope's version has not changed since it was computed, else `compute()`'s.
   */
  async read<T>(model: string, scope: ReadModelScope, parts: readonly unknown[], compute: (version: string) => Promise<T>): Promise<T> {
    const key = `${model}\u0000${scopeKey(scope)}\u0000${JSON.stringify(parts)}`;
    const version = await this.source.version(scope);
    const entry = this.entries.get(key);
    if (entry && entry.version === version) {
      this.counters.hits += 1;
      // Least recently used first: a hit moves the entry to the end.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value as T;
    }
    this.counters.misses += 1;
    const flightKey = `${key}\u0000${version}`;
    let flight = this.inflight.get(flightKey) as Promise<T> | undefined;
    if (!flight) {
      flight = this.compute(key, scope, version, compute);
      this.inflight.set(flightKey, flight);
      // Settled either way: a failure is not kept, the next read computes again.
      void flight.then(
        () => this.inflight.delete(flightKey),
        () => this.inflight.delete(flightKey),
      );
    }
    return flight;
  }

  private async compute<T>(key: string, scope: ReadModelScope, version: string, compute: (version: string) => Promise<T>): Promise<T> {
    const started = ++this.started;
    const [value, communes] = await Promise.all([
      compute(version),
      "commune" in scope ? [scope.commune] : scope.province === null ? null : this.source.members(scope.province),
    ]);
    const previous = this.entries.get(key);
    // A computation begun later (after a newer version was read) is not replaced by an older one.
    if (previous && previous.started > started) return value;
    const bytes = roughBytes(value);
    if (bytes > this.limits.maxBytes / 4) return value; // too big to keep: served, not cached
    this.remove(key);
    this.entries.set(key, { version, value, bytes, communes: communes ? new Set(communes) : null, allCommunes: !communes, started });
    this.bytes += bytes;
    this.evict();
    return value;
  }

  /** Forgets what the named communes' writes may have changed ("*": everything). */
  drop(communes: readonly string[] | "*") {
    if (communes === "*" || communes.includes("*")) {
      this.counters.drops += this.entries.size;
      this.entries.clear();
      this.bytes = 0;
      return;
    }
    for (const [key, e] of this.entries) {
      if (e.allCommunes || communes.some((c) => e.communes?.has(c))) {
        this.remove(key);
        this.counters.drops += 1;
      }
    }
  }

  stats(): CacheStats {
    return { ...this.counters, entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }

  /** The least recently used entries go first, until both limits hold. */
  private evict() {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) return;
      this.remove(key);
    }
  }
}
