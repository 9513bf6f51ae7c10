// Debian's nginx in front of the instances, run in the foreground from its own folder (config, pid,
// logs, temp files): the system service is never touched. Installed with apt when missing, as .ci/run
// installs Chromium. The access log records, per request, the upstream(s) tried and their statuses,
// which is how the kill check tells in-flight requests of the killed instance from real failures.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { waitForHttp } from "../lib/run";

const NGINX = "/usr/sbin/nginx";

export function ensureNginx(log: (line: string) => void) {
  if (spawnSync(NGINX, ["-v"]).status === 0) return;
  log("▶ Cài nginx từ kho Debian (nginx-light)");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["apt-get", "update", "-qq"],
    ["apt-get", "install", "-y", "-qq", "nginx-light"],
  ]) {
    const [cmd, ...rest] = [...sudo, ...args] as [string, ...string[]];
    const r = spawnSync(cmd, rest, { stdio: "inherit", env });
    if (r.status !== 0) throw new Error(`${args.join(" ")} thất bại (mã ${r.status})`);
  }
}

/** The proxy configuration: what docs/deployment.md shows, with this run's ports and folders. */
export function nginxConfig(dir: string, listenPort: number, upstreams: number[]): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format cluster '$msec $request_time $status "$upstream_addr" "$upstream_status" $request_method $request_uri';
  access_log ${dir}/access.log cluster;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;

  upstream portal {
    # Passive health: a refused connection or a timeout takes the instance out for 5 s.
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 16;
  }

  server {
    listen 127.0.0.1:${listenPort};
    # A progress update carries up to 10 files of 20 MB; streamed to the app, not buffered on disk.
    client_max_body_size 210m;
    proxy_request_buffering off;

    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Another instance for what failed before an answer; nginx never resends a POST that reached
      # an instance (non_idempotent is not set): a server action is not repeated behind the user's back.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
    }
  }
}
`;
}

export type RunningNginx = { url: string; accessLog: string; stop: () => Promise<void> };

export async function startNginx(dir: string, listenPort: number, upstreams: number[]): Promise<RunningNginx> {
  await mkdir(dir, { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  await writeFile(conf, nginxConfig(dir, listenPort, upstreams));
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise((r) => child.once("exit", r));
  const url = `http://127.0.0.1:${listenPort}`;
  await Promise.race([
    waitForHttp(`${url}/api/health`, 20_000),
    exited.then(() => Promise.reject(new Error("nginx dừng ngay khi khởi động"))),
  ]);
  return {
    url,
    accessLog: path.join(dir, "access.log"),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

export type AccessLine = {
  end: number;
  seconds: number;
  status: number;
  upstreams: string[];
  upstreamStatuses: string[];
  method: string;
  uri: string;
};

/** The access log in the format above. */
export function parseAccessLog(text: string): AccessLine[] {
  return text
    .split("\n")
    .map((line) => /^(\S+) (\S+) (\d+) "([^"]*)" "([^"]*)" (\S+) (\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      end: Number(m[1]) * 1000,
      seconds: Number(m[2]),
      status: Number(m[3]),
      upstreams: (m[4] ?? "").split(/,\s*/).filter(Boolean),
      upstreamStatuses: (m[5] ?? "").split(/,\s*/),
      method: m[6] ?? "",
      uri: m[7] ?? "",
    }));
}
