// Integration tests run against a real PostgreSQL: TEST_DATABASE_URL when given, otherwise an
// embedded one started here in a throw-away data directory, migrated once for the whole run.
import type { TestProject } from "vitest/node";
import { removeEmbeddedData, startEmbeddedPostgres } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/run";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    // One directory per run, so that two runs at once (two terminals, a helper) do not collide.
    const dataDir = `.data/test-integration-${process.pid}`;
    await removeEmbeddedData(dataDir);
    const db = await startEmbeddedPostgres({ dataDir, database: "integration" });
    url = db.url;
    stop = async () => {
      await db.stop();
      await removeEmbeddedData(dataDir);
    };
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  return async () => {
    await stop?.();
  };
}
