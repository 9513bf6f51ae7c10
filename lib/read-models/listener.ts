// The instance's ear on "read_models": one dedicated connection (a pg Client, not the Prisma pool)
// LISTENing for the commune ids each committed write publishes, which it hands to `onChange` so that
// the cache drops their entries. Losing the connection loses notifications, so every (re)connection
// and every loss drops everything ("*"); it reconnects with a growing delay. Requests never wait for
// it: freshness comes from the version check (./cache.ts), the listener only keeps memory clean.
import pg from "pg";

export const CHANNEL = "read_models";

export type ListenerOptions = {
  /** Shown in pg_stat_activity (tests find the connection by it). */
  applicationName?: string;
  /** First and longest wait before reconnecting (doubling in between). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A quiet connection is probed this often, so that a silently dead one is noticed. */
  heartbeatMs?: number;
  log?: (message: string, err?: unknown) => void;
};

export class ReadModelListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private failures = 0;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private waiters: (() => void)[] = [];
  /** Successful connections so far (the first one included). */
  connections = 0;

  constructor(
    private readonly url: string,
    private readonly onChange: (communes: string[] | "*") => void,
    private readonly options: ListenerOptions = {},
  ) {}

  start() {
    void this.connect();
    return this;
  }

  /** The server process id of the current connection (null while disconnected). */
  get pid(): number | null {
    return this.client ? ((this.client as unknown as { processID: number | null }).processID ?? null) : null;
  }

  /** Resolves once connected and listening (tests; requests never wait for this). */
  listening(): Promise<void> {
    if (this.client) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async stop() {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect() {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.url,
      application_name: this.options.applicationName ?? "read-models-listener",
      keepAlive: true,
    });
    let lost = false;
    const onLost = (err?: unknown) => {
      if (lost) return;
      lost = true;
      this.lost(client, err);
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (msg) => {
      if (msg.channel !== CHANNEL) return;
      const ids = (msg.payload ?? "").split(",").filter(Boolean);
      this.onChange(ids.includes("*") ? "*" : ids);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      onLost(err);
      return;
    }
    if (this.stopped || lost) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.failures = 0;
    this.connections += 1;
    // Writes committed while nobody listened were not heard: forget everything once.
    this.onChange("*");
    this.heartbeat = setInterval(() => {
      client.query("SELECT 1").catch(onLost);
    }, this.options.heartbeatMs ?? 30_000);
    this.heartbeat.unref();
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private lost(client: pg.Client, err?: unknown) {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.client === client) this.client = null;
    void client.end().catch(() => {});
    this.onChange("*");
    if (this.stopped) return;
    const min = this.options.minDelayMs ?? 500;
    const delay = Math.min(this.options.maxDelayMs ?? 30_000, min * 2 ** this.failures);
    this.failures += 1;
    this.options.log?.(`[read-models] listener connection lost; reconnecting in ${delay} ms`, err);
    this.retry = setTimeout(() => void this.connect(), delay);
    this.retry.unref();
  }
}
