import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside React Server Components; tests import server modules directly.
const alias = { "server-only": path.resolve("tests/support/empty.ts"), "@": path.resolve(".") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // A few unit tests build and read real XLSX/zip files (about 1 s each on a quiet machine); under a
        // load of 20 on 2 cores they passed 5 s. 20 s still fails a hung test, not a busy machine.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 20_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          // Files share one database and truncate it before each file: run them one at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
