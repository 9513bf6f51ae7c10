// Runs before each integration test file: the app modules read their configuration from here.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-of-at-least-32-chars";
// Evidence files of this test run go to a throw-away folder.
process.env.EVIDENCE_DIR ??= `.data/test-files-${process.pid}`;
