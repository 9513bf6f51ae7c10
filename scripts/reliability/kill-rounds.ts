// Rounds of "kill the app mid-work, start it again" (see kills.ts), with the checks after each.
import type { Db } from "../../lib/db";
import { actionId } from "../bench/mutation";
import type { RunningApp } from "./app";
import { evidenceConsistency, finalizeAndKill, reportConsistency, uploadAndKill } from "./kills";
import type { Check, Log } from "./types";
import type { Writer } from "./users";

export async function runKills(o: {
  db: Db;
  app: () => RunningApp;
  restart: () => Promise<RunningApp>;
  people: { communeId: string; writers: Writer[] };
  cookieOf: Map<string, string>;
  evidenceDir: string;
  updateAction: string;
  log: Log;
  check: Check;
}) {
  const { db, log, check } = o;
  log("▶ Dừng đột ngột ứng dụng khi đang tải tệp lên…");
  const writer = o.people.writers[0]!;
  const upload = async (mode: { early: boolean; kill: boolean }) => {
    const taskId = writer.taskIds[0]!;
    const { version } = await db.task.findUniqueOrThrow({ where: { id: taskId }, select: { version: true } });
    const app = o.app();
    return uploadAndKill({
      baseUrl: app.baseUrl,
      actionId: o.updateAction,
      cookie: o.cookieOf.get(writer.username)!,
      communeId: writer.communeId,
      taskId,
      version,
      evidenceDir: o.evidenceDir,
      early: mode.early,
      wait: !mode.kill,
      kill: mode.kill ? () => app.kill() : async () => {},
    });
  };
  const uploads: string[] = [];
  for (const early of [false, true, false]) {
    const outcome = await upload({ early, kill: true });
    const leftBeforeStart = await evidenceConsistency(db, o.evidenceDir);
    const restarted = await o.restart();
    const after = await evidenceConsistency(db, o.evidenceDir);
    const cleanup = restarted.output.find((l) => l.includes("[startup]")) ?? "";
    uploads.push(`${outcome}: ${leftBeforeStart.filesWithoutRow} tệp mồ côi trước khi khởi động lại → ${after.filesWithoutRow} sau`);
    check(
      `Ngắt khi tải tệp (${outcome})`,
      after.filesWithoutRow === 0 && after.rowsWithoutFile === 0,
      `${leftBeforeStart.filesWithoutRow} tệp không có dòng trước khi khởi động lại, sau: ${after.filesWithoutRow} tệp không có dòng, ` +
        `${after.rowsWithoutFile} dòng không có tệp (${after.files} tệp, ${after.rows} dòng) ${cleanup}`,
    );
  }
  // Control: the same upload left to finish is stored whole (and gives the backup files to carry).
  const control = await upload({ early: false, kill: false });
  const stored = await evidenceConsistency(db, o.evidenceDir);
  check(
    "Tải tệp không bị ngắt: lưu đủ",
    control === "finished-before-kill" && stored.files === 10 && stored.rows === 10 && stored.filesWithoutRow === 0,
    `${stored.files} tệp, ${stored.rows} dòng`,
  );

  log("▶ Dừng đột ngột ứng dụng khi đang ký phát hành báo cáo (tạo DOCX/XLSX)…");
  const plan = await db.plan.findFirstOrThrow({ where: { communeId: o.people.communeId }, orderBy: { createdAt: "asc" } });
  const ids = {
    create: await actionId(".", "createReportDraftAction", "lib/reports/actions.ts"),
    save: await actionId(".", "saveReportAction", "lib/reports/actions.ts"),
  };
  const exports: string[] = [];
  const delays = [30, 80, 150, 250, 400];
  for (const [i, delayMs] of delays.entries()) {
    const app = o.app();
    const round = await finalizeAndKill({
      baseUrl: app.baseUrl,
      db,
      ids,
      cookies: { coordinator: o.cookieOf.get("vhxh.haian")!, chair: o.cookieOf.get("chutich.haian")! },
      communeId: o.people.communeId,
      planId: plan.id,
      periodKey: `M-2026-${String(i + 1).padStart(2, "0")}`,
      number: `${90 + i}/BC-UBND`,
      delayMs,
      kill: () => app.kill(),
    });
    await o.restart();
    const report = await db.report.findUniqueOrThrow({
      where: { id: round.reportId },
      select: { status: true, _count: { select: { files: true } } },
    });
    exports.push(`ngắt sau ${delayMs} ms: ${report.status}, ${report._count.files} tệp`);
  }
  const reports = await reportConsistency(db);
  check(
    "Ngắt khi ký phát hành: không có báo cáo dở dang",
    reports.inconsistent === 0,
    `${exports.join("; ")}. Tổng ${reports.reports} báo cáo, ${reports.final} đã phát hành, ${reports.inconsistent} không khớp tệp`,
  );
  return { uploads, exports, reports };
}
