// `npm run bench:uploads`: the server's memory under 10 concurrent 20 MB evidence uploads (issue 24:
// "RSS stays ≤ 512 MB"), on a production build over an embedded PostgreSQL with the demo seed, as a
// unit staff member of Phường Hải An. Two figures, each on a freshly started server:
//   - streamed: POST /api/uploads (lib/uploads), one 20 MB PDF per request, 10 at once, then one task
//     update that claims the 10 uploads;
//   - buffered: the task-update server action with the file in its multipart body, 10 at once (the
//     path a browser without JavaScript still takes; Next parses the body into memory first).
// The server's RSS is sampled every 100 ms (/proc/<pid>/status). Writes docs/uploads-memory.json and
// docs/uploads-memory.md. Everything it starts is stopped on exit.
import { writeFile } from "node:fs/promises";
import { createPrismaClient } from "../lib/db";
import { seedDemo, DEMO_PASSWORD } from "../prisma/seed/demo";
import { APP_DIR, ensureBuild } from "./bench/app-build";
import { login } from "./bench/login";
import { describeMachine } from "./bench/machine";
import { actionId, actionResult, encodeReply } from "./bench/mutation";
import { serverMemory, startServer, type RunningServer } from "./bench/server";
import { startEmbeddedPostgres } from "./lib/embedded-db";
import { migrate } from "./lib/run";

const CONCURRENT = 10;
const FILE_BYTES = 20 * 1024 * 1024;
const BUDGET_MB = 512;
const USER = "vanphong.haian";
const JSON_FILE = "docs/uploads-memory.json";
const MD_FILE = "docs/uploads-memory.md";

const mb = (kb: number) => Math.round(kb / 102.4) / 10;

/** A PDF by its magic bytes, padded to exactly FILE_BYTES (made afresh per request: nothing shared). */
function pdf(): Blob {
  const head = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
  const tail = Buffer.from("\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  return new Blob([head, Buffer.alloc(FILE_BYTES - head.length - tail.length, 0x20), tail], { type: "application/pdf" });
}

/** Samples the server's RSS every 100 ms while `work` runs; the peak and the kernel's high-water mark. */
async function sampled<T>(server: RunningServer, work: () => Promise<T>) {
  const before = serverMemory(server.pid);
  let peakKb = before.rssKb;
  let samples = 0;
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, serverMemory(server.pid).rssKb);
    samples += 1;
  }, 100);
  const started = Date.now();
  try {
    const result = await work();
    return {
      result,
      seconds: (Date.now() - started) / 1000,
      beforeMb: mb(before.rssKb),
      peakMb: mb(peakKb),
      hwmMb: mb(serverMemory(server.pid).peakRssKb),
      samples,
    };
  } finally {
    clearInterval(timer);
  }
}

async function postAction(
  server: RunningServer,
  id: string,
  pagePath: string,
  cookie: string,
  fields: Record<string, string | string[]>,
  files: Blob[],
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
  files.forEach((f, i) => form.append("files", f, `bang-chung-${i + 1}.pdf`));
  const res = await fetch(`${server.baseUrl}${pagePath}`, {
    method: "POST",
    headers: { cookie, accept: "text/x-component", "next-action": id },
    body: await encodeReply([null, form]),
  });
  return { status: res.status, result: actionResult(await res.text()) };
}

async function main() {
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const pg = await startEmbeddedPostgres({ dataDir: ".data/bench-uploads", database: "bench_uploads" });
    cleanups.push(pg.stop);
    await migrate(pg.url);
    const db = createPrismaClient(pg.url, 2);
    cleanups.push(() => db.$disconnect());
    const { truncateAll } = await import("../tests/integration/db");
    await truncateAll(db);
    await seedDemo(db);
    const user = await db.user.findUniqueOrThrow({ where: { username: USER } });
    const communeId = user.communeId!;
    const task = await db.task.findFirstOrThrow({
      where: { communeId, provinceTaskId: null, units: { some: { unitId: user.unitId!, role: "LEAD" } }, parts: { none: {} } },
    });
    const machine = await describeMachine(pg.url);
    const env = {
      ...process.env,
      DATABASE_URL: pg.url,
      NEXTAUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      EVIDENCE_DIR: ".data/bench-uploads-files",
    };
    const build = await ensureBuild(env, console.log);
    const updateAction = await actionId(APP_DIR, "submitTaskUpdateAction", "lib/tasks/actions.ts");
    const pagePath = `/c/${communeId}/nhiem-vu/${task.id}`;
    const version = async () => String((await db.task.findUniqueOrThrow({ where: { id: task.id } })).version);
    const fields = async (extra: Record<string, string | string[]> = {}) => ({
      communeId,
      taskId: task.id,
      version: await version(),
      workStatus: "IN_PROGRESS",
      progress: "50",
      result: "Đo bộ nhớ khi tải minh chứng.",
      difficulties: "",
      proposals: "",
      completedDate: "",
      ...extra,
    });

    const fresh = async () => {
      const server = await startServer(env);
      const cookie = await login(server.baseUrl, USER, DEMO_PASSWORD);
      // Warm-up: the route and the action are compiled and loaded before anything is measured.
      await fetch(`${server.baseUrl}${pagePath}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
      return { server, cookie };
    };

    // Streamed: POST /api/uploads, then one update that claims the files.
    let a = await fresh();
    cleanups.push(a.server.stop);
    const upload = () => {
      const form = new FormData();
      form.append("files", pdf(), "bang-chung.pdf");
      return fetch(`${a.server.baseUrl}/api/uploads?communeId=${communeId}`, {
        method: "POST",
        headers: { cookie: a.cookie, origin: a.server.baseUrl },
        body: form,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { files?: { id: string }[]; error?: string } }));
    };
    await upload(); // warm-up of the route (its file stays staged)
    const streamed = await sampled(a.server, () => Promise.all(Array.from({ length: CONCURRENT }, upload)));
    const refused = streamed.result.filter((r) => r.status !== 200);
    if (refused.length) throw new Error(`Tải lên bị từ chối: ${JSON.stringify(refused[0])}`);
    const ids = streamed.result.flatMap((r) => r.body.files!.map((f) => f.id));
    const claim = await sampled(a.server, async () =>
      postAction(a.server, updateAction, pagePath, a.cookie, await fields({ uploadIds: ids }), []),
    );
    if (!claim.result.result?.ok) throw new Error(`Cập nhật nhận tệp thất bại: ${JSON.stringify(claim.result)}`);
    const claimed = await db.attachment.count({ where: { id: { in: ids } } });
    await a.server.stop();

    // Buffered: the same volume through the server action's own multipart body.
    a = await fresh();
    cleanups.push(a.server.stop);
    const v = await fields();
    // A request the server drops (a connection reset while the body is sent) is recorded, not fatal.
    const buffered = await sampled(a.server, () =>
      Promise.allSettled(Array.from({ length: CONCURRENT }, () => postAction(a.server, updateAction, pagePath, a.cookie, v, [pdf()]))),
    );
    const alive = await fetch(`${a.server.baseUrl}/login`).then(
      (r) => r.status,
      (e: Error) => `máy chủ không trả lời: ${e.message}`,
    );
    await a.server.stop();

    const figures = {
      measuredAt: new Date().toISOString(),
      machine,
      build: { seconds: build.seconds, reused: !build.built },
      concurrent: CONCURRENT,
      fileMb: FILE_BYTES / 1024 / 1024,
      budgetMb: BUDGET_MB,
      streamed: {
        route: "POST /api/uploads",
        seconds: streamed.seconds,
        idleRssMb: streamed.beforeMb,
        peakRssMb: streamed.peakMb,
        highWaterMb: streamed.hwmMb,
        samples: streamed.samples,
        claim: { seconds: claim.seconds, peakRssMb: claim.peakMb, attachments: claimed },
      },
      buffered: {
        route: "server action tasks.submitUpdate with the files in its body",
        seconds: buffered.seconds,
        idleRssMb: buffered.beforeMb,
        peakRssMb: buffered.peakMb,
        highWaterMb: buffered.hwmMb,
        samples: buffered.samples,
        statuses: buffered.result.map((s) =>
          s.status === "rejected"
            ? `lỗi kết nối: ${(s.reason as Error & { cause?: Error }).cause?.message ?? (s.reason as Error).message}`
            : s.value.result?.ok
              ? "ok"
              : (s.value.result?.message ?? `HTTP ${s.value.status}`),
        ),
        serverAfter: alive,
      },
    };
    await writeFile(JSON_FILE, JSON.stringify(figures, null, 2) + "\n");
    const within = figures.streamed.peakRssMb <= BUDGET_MB && figures.streamed.claim.peakRssMb <= BUDGET_MB;
    await writeFile(
      MD_FILE,
      `# Bộ nhớ khi tải tệp minh chứng

Đo bằng \`npm run bench:uploads\` (scripts/bench-uploads.ts) lúc ${figures.measuredAt}: bản build production,
PostgreSQL nhúng với dữ liệu mẫu, cán bộ \`${USER}\`; ${CONCURRENT} tệp PDF ${figures.fileMb} MB tải lên cùng lúc.
RSS của tiến trình \`next-server\` được lấy mẫu mỗi 100 ms (/proc/<pid>/status); mỗi cách đo trên một máy chủ vừa khởi động.

Máy: ${machine.cpuModel}, ${machine.cores} nhân, ${machine.ramGiB} GiB RAM; Node ${machine.node}, Next ${machine.next}, PostgreSQL ${machine.postgres}.

| Cách tải | Thời gian (s) | RSS lúc nghỉ (MB) | RSS đỉnh (MB) | VmHWM (MB) |
| --- | ---: | ---: | ---: | ---: |
| Mới: \`POST /api/uploads\` (luồng, kiểm tra khi ghi) | ${figures.streamed.seconds} | ${figures.streamed.idleRssMb} | ${figures.streamed.peakRssMb} | ${figures.streamed.highWaterMb} |
| Mới: cập nhật tiến độ nhận ${CONCURRENT} tệp đã tải | ${figures.streamed.claim.seconds} | — | ${figures.streamed.claim.peakRssMb} | — |
| Cũ: server action, tệp trong thân yêu cầu | ${figures.buffered.seconds} | ${figures.buffered.idleRssMb} | ${figures.buffered.peakRssMb} | ${figures.buffered.highWaterMb} |

Ngân sách: RSS ≤ ${BUDGET_MB} MB với ${CONCURRENT} tệp ${figures.fileMb} MB cùng lúc — ${within ? "đạt" : "KHÔNG đạt"} với đường tải mới.
Đường cũ vẫn còn cho trình duyệt không chạy JavaScript (giới hạn bởi serverActions.bodySizeLimit); các lần cập nhật cùng
lúc trên một nhiệm vụ bị từ chối vì xung đột phiên bản sau khi thân yêu cầu đã được đọc, nên con số bộ nhớ vẫn là của việc đọc tệp.
VmHWM là đỉnh RSS do nhân hệ điều hành ghi từ lúc máy chủ khởi động: nó bao cả những khoảnh khắc giữa hai lần lấy mẫu
(tiến trình đo cũng là tiến trình gửi tải, nên khoảng cách mẫu có thể dài hơn 100 ms).
Số liệu đầy đủ: \`${JSON_FILE}\`.
`,
    );
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
