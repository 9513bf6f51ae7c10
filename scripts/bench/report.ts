// docs/benchmarks.json (every figure, one entry per scale: a national run keeps the province one)
// and docs/benchmarks.md, rendered from it with each budget and ✅/❌ beside the figure.
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import * as prettier from "prettier";
import { LIGHTHOUSE_TARGETS } from "./endpoints";
import type { FirstLoadJs } from "./first-load-js";
import type { LighthouseFigure } from "./lighthouse";
import { QUERY_RATIO_BUDGET, type QueryRatio } from "./query-ratio";
import type { LoadResult } from "./load";
import type { Machine } from "./machine";

export const JSON_FILE = "docs/benchmarks.json";
export const MD_FILE = "docs/benchmarks.md";

export type LoadFigure = LoadResult & {
  endpoint: string;
  label: string;
  route: string;
  as: string;
  p95BudgetMs: number | null;
  withinBudget: boolean | null;
  /** requests/s ÷ the trivial route's in the same run and connections (absent in runs before issue 24). */
  trivialRatio?: number | null;
  minTrivialRatio?: number | null;
  ratioWithinBudget?: boolean | null;
};
export type JsFigure = {
  endpoint: string;
  label: string;
  route: string;
  /** The document's own scripts (Next.js's "First Load JS"): the budget applies to these. */
  scripts: number;
  rawKb: number;
  gzipKb: number;
  /** Everything the page loads with prefetching blocked, its lazy chunks (recharts) included. */
  withLazy: { scripts: number; rawKb: number; gzipKb: number };
  /** Everything until network idle, including the scripts of the pages Next.js prefetched. */
  withPrefetch: { scripts: number; rawKb: number; gzipKb: number };
  budgetKb: number;
  withinBudget: boolean;
};

/** A page's uncompressed size: its HTML (first load) and its RSC payload (a client-side navigation). */
export type PageSize = { endpoint: string; label: string; route: string; htmlKb: number; rscKb: number };

export type ScaleReport = {
  measuredAt: string;
  machine: Machine;
  data: {
    provinces: number;
    communesPerProvince: number;
    tasksPerCommune: number;
    months: number;
    counts: Record<string, number>;
    seedSeconds: number | null;
  };
  build: { rebuilt: boolean; seconds: number };
  load: { durationSeconds: number; warmupSeconds: number; results: LoadFigure[] };
  firstLoadJs: JsFigure[];
  /** Absent in runs before issue 24. */
  pageSizes?: PageSize[];
  lighthouse: (LighthouseFigure & { endpoint: string; label: string; as: string })[];
  queryRatios: QueryRatio[];
  server: { pid: number; processes: number; rssMb: number; peakRssMb: number; treeRssMb: number };
  /** The figures of the run this one replaced in docs/benchmarks.json ("trước" columns), if any. */
  previous?: PreviousRun | null;
};

/** What the report shows of the run before: latency, throughput and ratios, nothing else. */
export type PreviousRun = {
  measuredAt: string;
  load: { endpoint: string; connections: number; p95Ms: number; requestsPerSecond: number; trivialRatio: number | null }[];
  queryRatios: { key: string; ratio: number }[];
  pageSizes: { endpoint: string; htmlKb: number; rscKb: number }[];
};

export function previousRun(r: ScaleReport | undefined): PreviousRun | null {
  if (!r) return null;
  return {
    measuredAt: r.measuredAt,
    load: r.load.results.map((x) => ({
      endpoint: x.endpoint,
      connections: x.connections,
      p95Ms: x.p95Ms,
      requestsPerSecond: x.requestsPerSecond,
      trivialRatio: x.trivialRatio ?? null,
    })),
    queryRatios: (r.queryRatios ?? []).map((x) => ({ key: x.key, ratio: x.ratio })),
    pageSizes: (r.pageSizes ?? []).map((x) => ({ endpoint: x.endpoint, htmlKb: x.htmlKb, rscKb: x.rscKb })),
  };
}

export type BenchReport = { note: string; scales: Partial<Record<string, ScaleReport>> };

export const kb = (bytes: number) => Math.round(bytes / 100) / 10; // 1 kB = 1000 bytes
export const jsFigure = (
  e: { key: string; label: string; route: string; jsBudgetKb: number },
  js: { initial: FirstLoadJs; own: FirstLoadJs; withPrefetch: FirstLoadJs },
): JsFigure => ({
  endpoint: e.key,
  label: e.label,
  route: e.route,
  scripts: js.initial.scripts,
  rawKb: kb(js.initial.rawBytes),
  gzipKb: kb(js.initial.gzipBytes),
  withLazy: { scripts: js.own.scripts, rawKb: kb(js.own.rawBytes), gzipKb: kb(js.own.gzipBytes) },
  withPrefetch: { scripts: js.withPrefetch.scripts, rawKb: kb(js.withPrefetch.rawBytes), gzipKb: kb(js.withPrefetch.gzipBytes) },
  budgetKb: e.jsBudgetKb,
  withinBudget: js.initial.gzipBytes / 1000 <= e.jsBudgetKb,
});

/** As `npm run lint` (prettier --check .) wants the committed files. */
async function formatted(file: string, text: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

const mark = (ok: boolean | null) => (ok === null ? "—" : ok ? "✅" : "❌");
const num = (n: number | null) => (n === null || Number.isNaN(n) ? "—" : n.toLocaleString("en-US", { maximumFractionDigits: 1 }));

function renderScale(name: string, r: ScaleReport): string {
  const before = (x: LoadFigure) => r.previous?.load.find((p) => p.endpoint === x.endpoint && p.connections === x.connections);
  const ratioBefore = (key: string) => r.previous?.queryRatios.find((p) => p.key === key)?.ratio ?? null;
  const lines = [
    `## Quy mô ${name}: ${r.data.provinces} tỉnh × ${r.data.communesPerProvince} xã × ${r.data.tasksPerCommune} nhiệm vụ × ${r.data.months} tháng`,
    "",
    `Đo lúc ${r.measuredAt} trên ${r.machine.cores} nhân ${r.machine.cpuModel}, ${r.machine.ramGiB} GiB RAM, Node ${r.machine.node}, Next.js ${r.machine.next}, PostgreSQL ${r.machine.postgres} (nhúng, cùng máy). ` +
      `Máy chủ \`next start\` và autocannon chạy trên cùng 2 nhân; mỗi phép đo ${r.load.durationSeconds} s sau ${r.load.warmupSeconds} s khởi động bỏ qua.` +
      (r.data.seedSeconds !== null ? ` Dữ liệu được sinh trong lần chạy này (${num(r.data.seedSeconds)} s).` : ""),
    "",
    "### Độ trễ và thông lượng",
    "",
    "Trang và tệp tải về: autocannon, mọi kết nối gửi cùng một yêu cầu. Báo cáo DOCX/XLSX là một dự thảo của tháng này do benchmark lập qua nút “Lập dự thảo”: dự thảo không đổi trong lần đo nên chỉ lần tải đầu dựng tệp, các lần sau nhận bản đã dựng được giữ theo nội dung (`lib/reports/draft-render.ts`; sửa dự thảo là một nội dung mới, dựng lại); báo cáo đã ký thì trả tệp đã lưu. Một lần dựng DOCX trước khi có bản giữ lại: p50 161 ms, p95 320 ms ở 1 kết nối (lần chạy 2026-12-06T04:35). " +
      "Cập nhật tiến độ: mỗi kết nối là một cán bộ chủ trì gửi liên tiếp báo cáo tiến độ cho nhiệm vụ của mình qua đúng server action của biểu mẫu (phiên đăng nhập, quyền, zod, giao dịch, làm mới trang), mang phiên bản mới nhận được vào lần gửi sau; mọi lần gửi phải thành công. " +
      "“× tối thiểu”: yêu cầu/s của trang chia cho yêu cầu/s của đường dẫn tối thiểu `/api/health` (không phiên, không cơ sở dữ liệu) đo trong cùng lần chạy với cùng số kết nối: tốc độ của chính framework trên máy này. " +
      (r.previous
        ? `Cột “trước”: lần chạy trước (${r.previous.measuredAt}), cùng trang và số kết nối.`
        : "Cột “trước”: không có lần chạy trước."),
    "",
    "| Trang | Tài khoản | Kết nối | p50 (ms) | p95 (ms) | p95 trước | p99 (ms) | Yêu cầu/s | trước | × tối thiểu | trước | Không 2xx | Ngân sách p95 | | Ngân sách × | |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |",
    ...r.load.results.map((x) => {
      const b = before(x);
      return `| ${x.label} \`${x.route}\` | ${x.as} | ${x.connections} | ${num(x.p50Ms)} | ${num(x.p95Ms)} | ${num(b?.p95Ms ?? null)} | ${num(x.p99Ms)} | ${num(x.requestsPerSecond)} | ${num(b?.requestsPerSecond ?? null)} | ${num(x.trivialRatio ?? null)} | ${num(b?.trivialRatio ?? null)} | ${x.non2xx + x.errors} | ${x.p95BudgetMs === null ? "—" : `≤ ${x.p95BudgetMs}`} | ${mark(x.withinBudget)} | ${x.minTrivialRatio == null ? "—" : `≥ ${x.minTrivialRatio}`} | ${mark(x.ratioWithinBudget ?? null)} |`;
    }),
    "",
    "### JavaScript tải lần đầu (gzip, 1 kB = 1000 byte)",
    "",
    "Cột “Lần đầu”: script do chính tài liệu HTML tải (thẻ `<script src>`, trừ polyfill `nomodule` mà trình duyệt mới bỏ qua), tức phần trang cần trước khi dùng được, như “First Load JS” của Next.js: ngân sách áp dụng cho cột này. " +
      "Cột “Kể cả tải trễ”: mọi script của trang tới khi mạng rảnh, prefetch bị chặn, gồm các chunk tải sau khi trang đã hiện (recharts trên các trang có biểu đồ). " +
      "Cột cuối: mọi script tới khi mạng rảnh, kể cả script của các trang mà Next.js prefetch từ các liên kết.",
    "",
    "| Trang | Lần đầu: tệp | Chưa nén (kB) | gzip (kB) | Ngân sách (kB) | | Kể cả tải trễ: tệp / gzip (kB) | Kể cả prefetch: tệp / gzip (kB) |",
    "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
    ...r.firstLoadJs.map(
      (x) =>
        `| ${x.label} \`${x.route}\` | ${x.scripts} | ${num(x.rawKb)} | ${num(x.gzipKb)} | ≤ ${x.budgetKb} | ${mark(x.withinBudget)} | ${x.withLazy.scripts} / ${num(x.withLazy.gzipKb)} | ${x.withPrefetch.scripts} / ${num(x.withPrefetch.gzipKb)} |`,
    ),
    "",
    "### Kích thước trang (chưa nén, 1 kB = 1000 byte)",
    "",
    "HTML: tài liệu của lần mở đầu tiên; RSC: dữ liệu React Server Components mà một lần chuyển trang phía trình duyệt tải (yêu cầu có tiêu đề `RSC: 1`). Cột “trước”: lần chạy trước.",
    "",
    "| Trang | HTML (kB) | trước | RSC (kB) | trước |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...(r.pageSizes ?? []).map((x) => {
      const b = r.previous?.pageSizes.find((p) => p.endpoint === x.endpoint);
      return `| ${x.label} \`${x.route}\` | ${num(x.htmlKb)} | ${num(b?.htmlKb ?? null)} | ${num(x.rscKb)} | ${num(b?.rscKb ?? null)} |`;
    }),
    "",
    "### Truy vấn của cổng so với SQL viết tay",
    "",
    "Cùng dữ liệu của trang (Tổng quan của Chủ tịch; Nhiệm vụ của tôi của cán bộ xã s001), lấy bằng chính các hàm trong `lib/` (Prisma) và bằng SQL viết tay qua `pg`, xen kẽ trong cùng một tiến trình, sau khi kiểm tra hai bên trả về đúng cùng một dữ liệu. " +
      `Tỉ số = p50 của cổng / p50 của SQL viết tay; ngân sách ≤ ${QUERY_RATIO_BUDGET} cho cả hai. Phần dựng trang (React) không nằm trong tỉ số này: so sánh với độ trễ của trang ở bảng trên.`,
    "",
    "| Truy vấn | Cổng p50 / p95 (ms) | SQL viết tay p50 / p95 (ms) | Câu lệnh SQL | Tỉ số | trước | Ngân sách | |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...(r.queryRatios ?? []).map(
      (x) =>
        `| ${x.label} | ${num(x.portalMs.p50)} / ${num(x.portalMs.p95)} | ${num(x.rawMs.p50)} / ${num(x.rawMs.p95)} | ${x.rawQueries} | ${num(x.ratio)} | ${num(ratioBefore(x.key))} | ≤ ${QUERY_RATIO_BUDGET} | ${mark(x.ratio <= QUERY_RATIO_BUDGET)} |`,
    ),
    ...(r.queryRatios ?? []).flatMap((x) => (x.note ? ["", `${x.label}: ${x.note}`] : [])),
    "",
    "### Lighthouse (di động, giới hạn mô phỏng)",
    "",
    `Gói \`lighthouse\` điều khiển Chromium của Debian, cấu hình di động mặc định (màn hình cỡ Moto G Power, mạng 4G chậm và CPU chậm 4 lần, mô phỏng); một lần chạy khởi động bỏ qua, rồi lấy lần có điểm hiệu năng trung vị trong 3 lần. Mục tiêu: hiệu năng ≥ ${LIGHTHOUSE_TARGETS.performance}, trợ năng ≥ ${LIGHTHOUSE_TARGETS.accessibility}.`,
    "",
    "| Trang | Tài khoản | Hiệu năng | | Trợ năng | | LCP (ms) | CLS | TBT (ms) | FCP (ms) | Speed Index (ms) |",
    "| --- | --- | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ...(r.lighthouse ?? []).map(
      (x) =>
        `| ${x.label} \`${x.path.replace(/\/c\/[^/]+/, "/c/[communeId]")}\` | ${x.as} | ${x.performance} | ${mark(x.performance >= LIGHTHOUSE_TARGETS.performance)} | ${x.accessibility} | ${mark(x.accessibility >= LIGHTHOUSE_TARGETS.accessibility)} | ${num(x.lcpMs)} | ${x.cls} | ${num(x.tbtMs)} | ${num(x.fcpMs)} | ${num(x.speedIndexMs)} |`,
    ),
    ...(r.lighthouse ?? []).flatMap((x) =>
      x.failedAudits.length
        ? ["", `Trợ năng chưa đạt trên ${x.label}: ${x.failedAudits.map((a) => `\`${a.id}\` (${a.title})`).join("; ")}.`]
        : [],
    ),
    "",
    "### Bộ nhớ máy chủ sau khi đo",
    "",
    `Tiến trình \`next-server\` (pid ${r.server.pid}): RSS ${num(r.server.rssMb)} MB, cao nhất ${num(r.server.peakRssMb)} MB; cả cây tiến trình (${r.server.processes}): ${num(r.server.treeRssMb)} MB.`,
    "",
    "### Kích thước dữ liệu",
    "",
    "| Bảng | Số dòng |",
    "| --- | ---: |",
    ...Object.entries(r.data.counts).map(([t, n]) => `| ${t} | ${n.toLocaleString("en-US")} |`),
    "",
  ];
  return lines.join("\n");
}

/** Sections other commands write into the same file (`npm run bench:jobs`'s "Lịch nhắc"): kept as they are. */
function otherSections(): string[] {
  if (!existsSync(MD_FILE)) return [];
  return readFileSync(MD_FILE, "utf8")
    .split(/\n(?=## )/)
    .slice(1)
    .filter((section) => !section.startsWith("## Quy mô "))
    .map((section) => section.trimEnd() + "\n");
}

export async function writeReports(scale: string, report: ScaleReport) {
  const existing: BenchReport = existsSync(JSON_FILE)
    ? (JSON.parse(readFileSync(JSON_FILE, "utf8")) as BenchReport)
    : { note: "", scales: {} };
  const all: BenchReport = {
    note: "Written by `npm run bench` (scripts/bench.ts). Latency in ms; sizes in kB of 1000 bytes; memory in MB of 1,000,000 bytes.",
    scales: { ...existing.scales, [scale]: { ...report, previous: previousRun(existing.scales[scale]) } },
  };
  await writeFile(JSON_FILE, await formatted(JSON_FILE, JSON.stringify(all, null, 2)));
  const md = [
    "# Benchmarks",
    "",
    "Tạo bởi `npm run bench -- --scale province|national` (scripts/bench.ts): dữ liệu tổng hợp (`npm run seed:synthetic`), " +
      "bản build production (`next build` của một bản sao mã nguồn trong `.data/bench-app`), `next start`, đăng nhập qua next-auth " +
      "rồi đo bằng autocannon; JavaScript tải lần đầu đo bằng Chromium. Ngân sách độ trễ áp dụng cho 10 kết nối ở quy mô một tỉnh. " +
      "Số liệu thô: `docs/benchmarks.json`.",
    "",
    ...Object.entries(all.scales).flatMap(([name, r]) => (r ? [renderScale(name, r)] : [])),
    ...otherSections(),
  ].join("\n");
  await writeFile(MD_FILE, await formatted(MD_FILE, md));
}
