// Integration tests run against a real PostgreSQL: TEST_DATABASE_URL when given, otherwise an
// embedded one started here in a throw-away data directory, migrated once for the whole run.
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db";
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
    await rm(".data/test-integration", { recursive: true, force: true });
    const db = await startEmbeddedPostgres({ dataDir: ".data/test-integration", database: "integration" });
    url = db.url;
    stop = db.stop;
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  return async () => {
    await stop?.();
  };
}
