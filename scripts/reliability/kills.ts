// The app process killed (SIGKILL) in the middle of an evidence upload and of a report's
// finalisation (which renders and stores its DOCX and XLSX), then started again: afterwards every
// evidence file has its row and every row its file, and a report is final exactly when both of its
// files are stored.
import { readdir } from "node:fs/promises";
import { watch } from "node:fs";
import type { Db } from "../../lib/db";
import { paddedPdf } from "../../tests/support/files";
import { actionResult, callAction } from "../bench/mutation";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function evidenceConsistency(db: Db, evidenceDir: string) {
  const files = new Set(await readdir(evidenceDir).catch(() => [] as string[]));
  // Signed report files are stored in the same folder, under their row's id.
  const rows = [
    ...(await db.attachment.findMany({ select: { id: true } })),
    ...(await db.reportFile.findMany({ where: { bytes: null }, select: { id: true } })),
  ];
  const rowIds = new Set(rows.map((r) => r.id));
  return {
    files: files.size,
    rows: rows.length,
    filesWithoutRow: [...files].filter((f) => !rowIds.has(f)).length,
    rowsWithoutFile: rows.filter((r) => !files.has(r.id)).length,
  };
}

/**
 * Sends a progress update with ten 15 MB files and kills the app the moment the first file lands
 * on disk (mid-transaction), or, with `early`, while the body is still arriving.
 */
export async function uploadAndKill(o: {
  baseUrl: string;
  actionId: string;
  cookie: string;
  communeId: string;
  taskId: string;
  version: number;
  evidenceDir: string;
  early: boolean;
  /** Let the upload finish (the control round): no kill. */
  wait?: boolean;
  kill: () => Promise<void>;
}): Promise<"killed-after-first-file" | "killed-while-receiving" | "finished-before-kill"> {
  const files = Array.from({ length: 10 }, () => paddedPdf(15 * 1024 * 1024));
  const before = new Set(await readdir(o.evidenceDir).catch(() => [] as string[]));
  let outcome: "killed-after-first-file" | "killed-while-receiving" | "finished-before-kill" = "finished-before-kill";
  const fields = {
    communeId: o.communeId,
    taskId: o.taskId,
    version: String(o.version),
    workStatus: "IN_PROGRESS",
    progress: "50",
    result: "Tải lên bị ngắt giữa chừng",
    difficulties: "",
    proposals: "",
    completedDate: "",
  };
  let killed = false;
  const doKill = async (why: typeof outcome) => {
    if (killed) return;
    killed = true;
    outcome = why;
    await o.kill();
  };
  const watcher = watch(o.evidenceDir, (_event, name) => {
    if (!o.early && !o.wait && name && !before.has(String(name))) void doKill("killed-after-first-file");
  });
  const sending = callAction(o.baseUrl, `/c/${o.communeId}/nhiem-vu/${o.taskId}`, o.actionId, o.cookie, fields, files).catch(() => null);
  if (o.early) {
    await pause(150);
    await doKill("killed-while-receiving");
  }
  await sending;
  watcher.close();
  if (!killed) await o.kill();
  return outcome;
}

/** Report rows against their stored files: final ⇔ both files, drafts have none. */
export async function reportConsistency(db: Db) {
  const reports = await db.report.findMany({ select: { id: true, status: true, files: { select: { format: true, size: true } } } });
  const bad = reports.filter((r) => {
    const formats = r.files
      .map((f) => f.format)
      .sort()
      .join(",");
    return r.status === "FINAL" ? formats !== "docx,xlsx" || r.files.some((f) => f.size === 0) : formats !== "";
  });
  return { reports: reports.length, final: reports.filter((r) => r.status === "FINAL").length, inconsistent: bad.length };
}

/** The report form's fields for a stored draft, as the chair sends them to sign it with `number` today. */
export async function signingFields(db: Db, reportId: string, number: string) {
  const r = await db.report.findUniqueOrThrow({ where: { id: reportId } });
  const sections = r.sections as Record<string, string>;
  return {
    communeId: r.communeId,
    reportId,
    version: String(r.version),
    ...sections,
    summary: r.summary,
    place: r.place,
    number,
    issuedDate: new Date().toISOString().slice(0, 10),
    signerMode: r.signerMode,
    signerTitle: r.signerTitle,
    signerName: r.signerName || "Nguyễn Văn Thử",
    recipients: r.recipients,
  };
}

/** A draft compiled, sent for signature, then the chair's "sign and issue", killed after `delayMs`. */
export async function finalizeAndKill(o: {
  baseUrl: string;
  db: Db;
  ids: { create: string; save: string };
  cookies: { coordinator: string; chair: string };
  communeId: string;
  planId: string;
  periodKey: string;
  number: string;
  delayMs: number;
  kill: () => Promise<void>;
}): Promise<{ reportId: string; finishedBeforeKill: boolean }> {
  const page = `/c/${o.communeId}/bao-cao`;
  const created = actionResult(
    (
      await callAction(o.baseUrl, page, o.ids.create, o.cookies.coordinator, {
        communeId: o.communeId,
        planId: o.planId,
        periodKey: o.periodKey,
      })
    ).text,
  );
  const reportId = created?.data?.reportId;
  if (!created?.ok || typeof reportId !== "string") throw new Error(`Không lập được dự thảo: ${created?.message ?? "?"}`);
  const fieldsOf = () => signingFields(o.db, reportId, o.number);
  const submitted = actionResult(
    (await callAction(o.baseUrl, `${page}/${reportId}`, o.ids.save, o.cookies.coordinator, { ...(await fieldsOf()), intent: "submit" }))
      .text,
  );
  if (!submitted?.ok) throw new Error(`Không trình ký được: ${submitted?.message ?? "?"}`);
  let finished = false;
  const finalizing = callAction(o.baseUrl, `${page}/${reportId}`, o.ids.save, o.cookies.chair, {
    ...(await fieldsOf()),
    intent: "finalize",
  })
    .then(() => {
      finished = true;
    })
    .catch(() => null);
  await pause(o.delayMs);
  await o.kill();
  await finalizing;
  return { reportId, finishedBeforeKill: finished };
}
