// `npm run bench:reports`: how long a periodic report of a 100-task plan takes to compile and to
// export (DOCX, XLSX), on an embedded PostgreSQL with the demo data plus a 100-task plan whose
// tasks all have updates in the period. The budget: a 100-task plan exports in under 1 s.
// Writes docs/benchmarks-reports.json; the figures are quoted in docs/measurements.md.
import { writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { createId } from "../lib/ids";
import { executeAction } from "../lib/actions/safe-action";
import { localDateKey } from "../lib/dates";
import { createPrismaClient } from "../lib/db";
import { createReportDraft, finalizeReport } from "../lib/reports/commands";
import { documentOf } from "../lib/reports/document";
import { renderReportDocx } from "../lib/reports/docx";
import { reportPeriodContaining } from "../lib/reports/periods";
import { renderReportXlsx } from "../lib/reports/xlsx";
import { seedDemo } from "../prisma/seed/demo";
import { startEmbeddedPostgres } from "./lib/embedded-db";
import { must } from "../lib/must";
import { migrate } from "./lib/run";

const TASKS = 100;
const RUNS = Number(process.env.RUNS ?? 20);
const BUDGET_MS = 1000;

// NaN for no runs (RUNS ≤ 2 leaves only warm-up runs): the figures then print as null.
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;
const round = (n: number) => Math.round(n * 10) / 10;
const stats = (xs: number[]) => ({ p50: round(pct(xs, 50)), p95: round(pct(xs, 95)), max: round(Math.max(...xs)) });

async function main() {
  const pg = await startEmbeddedPostgres({ dataDir: ".data/bench-reports", database: "bench_reports" });
  try {
    process.env.DATABASE_URL = pg.url;
    process.env.NEXTAUTH_SECRET ??= "bench-only-secret-not-for-production-0123456789";
    await migrate(pg.url);
    const db = createPrismaClient(pg.url, 4);
    const { truncateAll } = await import("../tests/integration/db");
    await truncateAll(db);
    await seedDemo(db);
    const planId = await hundredTaskPlan(db);
    const coordinator = await db.user.findUniqueOrThrow({ where: { username: "vhxh.haian" } });
    const chair = await db.user.findUniqueOrThrow({ where: { username: "chutich.haian" } });
    const viewer = (u: typeof coordinator) => ({
      id: u.id,
      role: u.role,
      provinceId: u.provinceId,
      communeId: u.communeId,
      unitId: u.unitId,
    });
    const period = reportPeriodContaining(localDateKey(new Date()), "MONTH");
    const input = { communeId: coordinator.communeId!, planId, periodKey: period.key };

    const times = {
      compile: [] as number[],
      docx: [] as number[],
      xlsx: [] as number[],
      draftExport: [] as number[],
      finalize: [] as number[],
    };
    let sizes = { docx: 0, xlsx: 0 };
    for (let i = 0; i < RUNS + 2; i++) {
      const t0 = performance.now();
      const res = await executeAction(createReportDraft, viewer(coordinator), input, db);
      if (!res.ok) throw new Error(res.message);
      const t1 = performance.now();
      const report = await db.report.findUniqueOrThrow({ where: { id: res.data.reportId } });
      const doc = documentOf(report);
      const t2 = performance.now();
      const docx = await renderReportDocx(doc);
      const t3 = performance.now();
      const xlsx = await renderReportXlsx(doc);
      const t4 = performance.now();
      const fin = await executeAction(
        finalizeReport,
        viewer(chair),
        {
          communeId: input.communeId,
          reportId: report.id,
          version: report.version,
          ...doc.sections,
          summary: doc.heading.summary,
          place: doc.heading.place,
          number: `${i + 1}/BC-UBND`,
          issuedDate: localDateKey(new Date()),
          signerMode: "TM",
          signerTitle: "CHỦ TỊCH",
          signerName: "Nguyễn Văn A",
          recipients: doc.heading.recipients.join("\n"),
        },
        db,
      );
      if (!fin.ok) throw new Error(fin.message);
      const t5 = performance.now();
      if (i < 2) continue; // warm-up: module loading, JIT
      times.compile.push(t1 - t0);
      times.docx.push(t3 - t2);
      times.xlsx.push(t4 - t3);
      times.draftExport.push(t1 - t0 + (t3 - t2)); // compile + DOCX: "Lập dự thảo" then "Tải DOCX"
      times.finalize.push(t5 - t4);
      sizes = { docx: docx.length, xlsx: xlsx.length };
    }
    const figures = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, stats(xs)]));
    const result = { date: new Date().toISOString(), tasks: TASKS, runs: RUNS, period: period.label, sizes, budgetMs: BUDGET_MS, figures };
    console.log(JSON.stringify(result, null, 2));
    const worst = Math.max(stats(times.draftExport).p95, stats(times.finalize).p95);
    console.log(worst < BUDGET_MS ? `✔ p95 ${worst} ms < ${BUDGET_MS} ms` : `✖ p95 ${worst} ms ≥ ${BUDGET_MS} ms`);
    await writeFile("docs/benchmarks-reports.json", `${JSON.stringify(result, null, 2)}\n`);
    await db.$disconnect();
  } finally {
    await pg.stop();
  }
}

/** A copy of Hải An's plan grown to 100 tasks, each with lead/support units and two updates this period. */
async function hundredTaskPlan(db: ReturnType<typeof createPrismaClient>): Promise<string> {
  const source = await db.plan.findFirstOrThrow({
    where: { communeId: (await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } })).id },
    include: { groups: true, tasks: { include: { units: true } } },
  });
  const staff = await db.user.findMany({ where: { communeId: source.communeId, role: "UNIT_STAFF" } });
  const planId = createId();
  await db.plan.create({
    data: {
      id: planId,
      communeId: source.communeId,
      title: `${source.title} (100 nhiệm vụ)`,
      issuer: source.issuer,
      periodStart: source.periodStart,
    },
  });
  const groupIds = new Map<string, string>();
  for (const g of source.groups) {
    const id = createId();
    groupIds.set(g.id, id);
    await db.planGroup.create({ data: { id, communeId: source.communeId, planId, code: g.code, title: g.title, sortOrder: g.sortOrder } });
  }
  const now = Date.now();
  for (let i = 0; i < TASKS; i++) {
    const t = must(source.tasks[i % source.tasks.length], "kế hoạch của Phường Hải An không có nhiệm vụ");
    const id = createId();
    await db.task.create({
      data: {
        id,
        communeId: t.communeId,
        planId,
        groupId: t.groupId ? groupIds.get(t.groupId) : null,
        code: `${t.code}-${Math.floor(i / source.tasks.length) + 1}`,
        title: t.title,
        description: t.description,
        deadlineKind: t.deadlineKind,
        dueDate: t.dueDate,
        deadlineText: t.deadlineText,
        supportText: t.supportText,
        workStatus: "IN_PROGRESS",
        progress: 30 + (i % 60),
        lastUpdateAt: new Date(now - 3_600_000),
        sortOrder: i,
        units: { create: t.units.map((u) => ({ communeId: t.communeId, unitId: u.unitId, role: u.role })) },
      },
    });
    const lead = t.units.find((u) => u.role === "LEAD");
    const author = must(staff.find((s) => s.unitId === lead?.unitId) ?? staff[0], "Phường Hải An không có cán bộ đơn vị");
    for (const hoursAgo of [48, 1]) {
      await db.taskUpdate.create({
        data: {
          communeId: t.communeId,
          taskId: id,
          unitId: lead?.unitId ?? null,
          authorId: author.id,
          workStatus: "IN_PROGRESS",
          progress: 30 + (i % 60),
          result: `Đã triển khai ${30 + (i % 60)}% khối lượng; hoàn thiện hồ sơ, tổ chức tập huấn cho cán bộ, cập nhật dữ liệu lên hệ thống.`,
          difficulties: i % 7 === 0 ? "Thiếu kinh phí và nhân lực chuyên trách." : "",
          proposals: i % 11 === 0 ? "Đề nghị bổ sung kinh phí năm 2027." : "",
          createdAt: new Date(now - hoursAgo * 3_600_000),
        },
      });
    }
  }
  return planId;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
