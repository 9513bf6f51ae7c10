// Stand-in for `npm start` in tests/integration/supervise.test.ts: the embedded PostgreSQL and a
// tiny Node child in place of the Next server, under the same supervisor as scripts/start.ts.
// Prints one JSON line once both run.
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db";
import { supervise } from "../../scripts/lib/supervise";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: supervised-portal.ts <data dir>");
const supervisor = supervise({ restartDelaysMs: [500, 1_000, 2_000] });
const db = await startEmbeddedPostgres({ dataDir, database: "supervised" });
supervisor.watchDatabase(db);
const app = supervisor.startApp("-e", ["setInterval(() => {}, 1000)"], process.env);
console.log(JSON.stringify({ url: db.url, appPid: app.pid }));
