// Driver adapter for the Prisma CLI's JavaScript schema engine (see ../shared/STACK-NOTES.md).
// Two defects of the early-access adapter path are worked around here:
//  1. The schema engine introspects catalog columns of type `name` (oid 19) and `"char"` (oid 18)
//     that adapter-pg cannot map (prisma/orm#27403): we report them as text (25), arrays as text[].
//  2. `connectToShadowDb()` reuses a connection string that points at the main database, so the
//     "shadow" would be the real one. We pass discrete fields and manage the shadow database here.
//  3. `executeScript()` splits a migration on every ";", which breaks any statement with a ";" inside
//     (a plpgsql function body, a string). We send the script whole: PostgreSQL runs a multi-statement
//     simple query as one implicit transaction, so a migration also applies all-or-nothing.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse } from "pg-connection-string";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const REWRITE: Record<number, number> = { 18: TEXT, 19: TEXT, 1002: TEXT_ARRAY, 1003: TEXT_ARRAY };

function rewriteFieldTypes<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) field.dataTypeID = REWRITE[field.dataTypeID] ?? field.dataTypeID;
  return result;
}

type Callback = (err: Error | null, res: unknown) => void;

class CatalogSafeClient extends pg.Client {
  // pg.Client.query has many overloads; Pool.query calls it with a trailing callback,
  // the adapter with a promise. Both paths must rewrite the field types.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    const call = super.query as unknown as (...a: unknown[]) => unknown;
    if (typeof last === "function") {
      const cb = last as Callback;
      args[args.length - 1] = (err: Error | null, res: unknown) => cb(err, err ? res : rewriteFieldTypes(res));
      return call.apply(this, args) as never;
    }
    const out = call.apply(this, args);
    return (out instanceof Promise ? out.then(rewriteFieldTypes) : out) as never;
  }
}

function poolConfig(url: string): pg.PoolConfig {
  const p = parse(url);
  return {
    host: p.host ?? "localhost",
    port: p.port ? Number(p.port) : 5432,
    user: p.user,
    password: p.password,
    database: p.database ?? undefined,
    options: "-c TimeZone=UTC",
    Client: CatalogSafeClient,
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function runScriptsWhole(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver();
  const onError = (adapter as unknown as { onError: (e: unknown) => never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly fields: pg.PoolConfig) {
    super(fields);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ ...this.fields, Client: undefined } as pg.ClientConfig);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const adapter = runScriptsWhole(await new PrismaPg({ ...this.fields, database }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose(); // closes the shadow pool before the drop
      const dropper = new pg.Client({ ...this.fields, Client: undefined } as pg.ClientConfig);
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}

export function migrationAdapter(url: string) {
  return new MigrationAdapterFactory(poolConfig(url));
}
