// The portal as a child process (`next start` of the production build), so that the run can kill it
// with SIGKILL mid-request and start it again on the same database and evidence folder.
import { spawn, type ChildProcess } from "node:child_process";
import { BIN, waitForHttp } from "../lib/run";

export type AppOptions = { databaseUrl: string; evidenceDir: string; port: number; secret: string; log: (line: string) => void };

export type RunningApp = {
  baseUrl: string;
  /** Lines the server printed (startup cleanup, database down/up messages). */
  output: string[];
  alive: () => boolean;
  kill: () => Promise<void>;
};

export async function startApp(o: AppOptions): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${o.port}`;
  const child: ChildProcess = spawn(process.execPath, [BIN.next, "start", "-p", String(o.port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: o.databaseUrl,
      EVIDENCE_DIR: o.evidenceDir,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: o.secret,
    },
  });
  const output: string[] = [];
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on("exit", () => {
      exited = true;
      resolve();
    }),
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      for (const line of chunk.split("\n").filter(Boolean)) {
        output.push(line);
        if (/\[startup\]|\[db\]|Error|error/.test(line)) o.log(`  [app] ${line.slice(0, 200)}`);
      }
    });
  }
  await waitForHttp(`${baseUrl}/login`, 60_000);
  return {
    baseUrl,
    output,
    alive: () => !exited,
    kill: async () => {
      if (!exited) child.kill("SIGKILL");
      await exit;
    },
  };
}
