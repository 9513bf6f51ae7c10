// `npm run test:cluster`: the shared-nothing proof. One embedded PostgreSQL (migrated, demo data),
// one local S3 server, two production instances (`next start`) with different evidence folders, the
// same STORAGE_URL and NEXTAUTH_SECRET, the job worker on one only, and Debian's nginx in front.
// Then checks a–e (scripts/cluster/checks.ts, kill.ts); exit 1 when any fails. Not part of `npm test`
// (it needs nginx and takes minutes); docs/deployment.md says how long.
import { randomBytes } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { DEMO_PASSWORD } from "../prisma/seed/demo";
import { buildIsStale } from "./lib/build";
import { freePort, removeEmbeddedData, startEmbeddedPostgres } from "./lib/embedded-db";
import { BIN, migrate, runNode } from "./lib/run";
import { actionId } from "./bench/mutation";
import { checkAccess, checkFreshness, checkReplicaPath, checkSessions, checkUpload, type Cluster } from "./cluster/checks";
import { signalInstance, startInstance, waitReady, type Instance } from "./cluster/instances";
import { checkKill } from "./cluster/kill";
import { ensureNginx, startNginx, type RunningNginx } from "./cluster/nginx";
import { checks } from "./cluster/report";
import { startS3Server } from "./lib/s3-server";
import { lookupWorld } from "./cluster/world";
import { seedIfEmpty } from "./seed";

async function main() {
  const started = Date.now();
  const t = checks();
  const work = path.resolve(`.data/cluster-${process.pid}`);
  const cleanup: (() => Promise<unknown>)[] = [];
  let instances: Instance[] = [];
  try {
    ensureNginx(console.log);
    if (buildIsStale()) await runNode(BIN.next, ["build"], { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });

    console.log("▶ PostgreSQL nhúng, dữ liệu mẫu, máy chủ S3 cục bộ");
    const dataDir = path.join(".data", `cluster-db-${process.pid}`);
    await removeEmbeddedData(dataDir);
    const db = await startEmbeddedPostgres({ dataDir, database: "cluster", log: () => {} });
    cleanup.push(async () => {
      await db.stop();
      await removeEmbeddedData(dataDir);
    });
    await migrate(db.url);
    await seedIfEmpty(db.url);
    await mkdir(work, { recursive: true });
    cleanup.push(() => rm(work, { recursive: true, force: true }));
    const s3 = await startS3Server(path.join(work, "s3"));
    cleanup.push(s3.stop);

    const [p1, p2, pn] = [await freePort(), await freePort(), await freePort()];
    const nginxUrl = `http://127.0.0.1:${pn}`;
    const shared: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      STORAGE_URL: s3.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: nginxUrl,
      TRUSTED_PROXIES: "127.0.0.1",
    };
    console.log(`▶ Hai máy chủ ứng dụng (cổng ${p1}, ${p2}) và nginx (cổng ${pn})`);
    instances = [
      startInstance("máy 1", p1, { ...shared, EVIDENCE_DIR: path.join(work, "files-1"), WORKER: "inline" }, path.join(work, "app-1.log")),
      // Instance 2 reads the province roll-ups through the replica client (here the same database).
      startInstance(
        "máy 2",
        p2,
        { ...shared, EVIDENCE_DIR: path.join(work, "files-2"), WORKER: "off", DATABASE_REPLICA_URL: db.url },
        path.join(work, "app-2.log"),
      ),
    ];
    await Promise.all(instances.map((i) => waitReady(i.url)));
    const nginx: RunningNginx = await startNginx(path.join(work, "nginx"), pn, [p1, p2]);
    cleanup.push(nginx.stop);

    const world = await lookupWorld(db.url);
    const c: Cluster = {
      nginx: nginx.url,
      one: instances[0]!.url,
      two: instances[1]!.url,
      dbUrl: db.url,
      updateAction: await actionId(".", "submitTaskUpdateAction", "lib/tasks/actions.ts"),
      password: DEMO_PASSWORD,
    };
    const [uploadTask, freshTask, ...writers] = world.tasks;
    await checkSessions(c, world, t);
    const fileId = await checkUpload(c, uploadTask!, t);
    await checkAccess(c, world, fileId, t);
    await checkReplicaPath(c, t);
    await checkFreshness(c, world, freshTask!, t);
    instances[1] = await checkKill(c, world, writers.slice(0, 3), instances[1]!, nginx.accessLog, t);
  } catch (err) {
    t.fail(`lỗi khi chạy: ${err instanceof Error ? err.message : String(err)}`);
    for (const i of instances) console.log(`  (nhật ký ${i.name}: ${i.logFile})`);
  } finally {
    await Promise.all(instances.map((i) => signalInstance(i, "SIGTERM")));
    for (const step of cleanup.reverse()) await step().catch((err) => console.error(err));
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n${t.failures() === 0 ? "✓ Cụm máy chủ: mọi kiểm tra đạt" : `✗ ${t.failures()} kiểm tra không đạt`} (${seconds} giây)`);
  process.exit(t.failures() === 0 ? 0 : 1);
}

void main();
