// (5) Races on official records, over HTTP through the real server actions of the running app, each
// round's calls staggered by 0–30 ms: a draft deleted while the chair signs it, two drafts signed
// with one number, five "trả lại" of one progress report. Checked in the database afterwards.
import type { Db } from "../../lib/db";
import { actionId, actionResult, callAction, compileDraft, submitUpdate } from "../bench/mutation";
import type { RunningApp } from "./app";
import { signingFields } from "./kills";
import type { Check, Log } from "./types";
import type { Writer } from "./users";

const ROUNDS = 10;
const RETURNS = 5;
const PERIOD = "M-2026-11";

const later = <T>(f: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => f().then(resolve, reject), Math.random() * 30));

/**
 * Calls one action and reads its own result (`ok`, `message`); a missing result counts as a failure.
 * The HTTP status is not the answer: the page re-rendered after a deleted draft may be a 404.
 */
async function act(app: RunningApp, page: string, id: string, cookie: string, fields: Record<string, string>) {
  const r = await callAction(app.baseUrl, page, id, cookie, fields);
  const result = actionResult(r.text);
  return { ok: result?.ok === true, message: result?.message ?? `HTTP ${r.status}` };
}

export async function runRecordRaces(o: {
  db: Db;
  app: () => RunningApp;
  communeId: string;
  writer: Writer;
  cookieOf: Map<string, string>;
  updateAction: string;
  log: Log;
  check: Check;
}) {
  const { db, communeId, log, check } = o;
  const app = o.app();
  const ids = {
    create: await actionId(".", "createReportDraftAction", "lib/reports/actions.ts"),
    save: await actionId(".", "saveReportAction", "lib/reports/actions.ts"),
    remove: await actionId(".", "deleteReportDraftAction", "lib/reports/actions.ts"),
    giveBack: await actionId(".", "returnUpdateAction", "lib/tasks/actions.ts"),
  };
  const chair = o.cookieOf.get("chutich.haian")!;
  const office = o.cookieOf.get("vhxh.haian")!;
  const planId = (await db.plan.findFirstOrThrow({ where: { communeId }, orderBy: { createdAt: "asc" } })).id;
  const draft = () => compileDraft(app.baseUrl, ids.create, office, communeId, planId, PERIOD);
  const sign = async (reportId: string, number: string) =>
    act(app, `/c/${communeId}/bao-cao/${reportId}`, ids.save, chair, {
      ...(await signingFields(db, reportId, number)),
      intent: "finalize",
    });

  log(`▶ Tranh chấp: ký phát hành và xóa cùng một dự thảo (${ROUNDS} lượt)…`);
  const signVsDelete = { signed: 0, deleted: 0, bothOk: 0, lost: 0 };
  for (let i = 0; i < ROUNDS; i += 1) {
    const reportId = await draft();
    const fields = await signingFields(db, reportId, `${300 + i}/BC-UBND`);
    const [fin, del] = await Promise.all([
      later(() => act(app, `/c/${communeId}/bao-cao/${reportId}`, ids.save, chair, { ...fields, intent: "finalize" })),
      later(() => act(app, `/c/${communeId}/bao-cao/${reportId}`, ids.remove, office, { communeId, reportId })),
    ]);
    const row = await db.report.findUnique({ where: { id: reportId }, select: { status: true, _count: { select: { files: true } } } });
    if (fin.ok) signVsDelete.signed += 1;
    if (del.ok) signVsDelete.deleted += 1;
    if (fin.ok && del.ok) signVsDelete.bothOk += 1;
    if (fin.ok && (row?.status !== "FINAL" || row._count.files !== 2)) signVsDelete.lost += 1;
  }
  check(
    "Tranh chấp ký/xóa: báo cáo đã ký không bao giờ bị xóa",
    signVsDelete.bothOk === 0 && signVsDelete.lost === 0 && signVsDelete.signed + signVsDelete.deleted === ROUNDS,
    `${ROUNDS} lượt: ${signVsDelete.signed} ký trước, ${signVsDelete.deleted} xóa trước, ${signVsDelete.bothOk} cả hai "thành công", ${signVsDelete.lost} báo cáo đã ký bị mất`,
  );

  log(`▶ Tranh chấp: hai dự thảo ký cùng một số (${ROUNDS} lượt)…`);
  const sameNumber = { oneWinner: 0, bothSigned: 0, refusedAsUsed: 0 };
  for (let i = 0; i < ROUNDS; i += 1) {
    const drafts = [await draft(), await draft()];
    const results = await Promise.all(drafts.map((id) => later(() => sign(id, `${400 + i}/BC-UBND`))));
    const wins = results.filter((r) => r.ok).length;
    if (wins === 1) sameNumber.oneWinner += 1;
    if (wins === 2) sameNumber.bothSigned += 1;
    if (results.some((r) => !r.ok && r.message.includes("đã dùng"))) sameNumber.refusedAsUsed += 1;
  }
  check(
    "Tranh chấp số báo cáo: một số chỉ ký được một lần",
    sameNumber.oneWinner === ROUNDS && sameNumber.refusedAsUsed === ROUNDS,
    `${ROUNDS} lượt: ${sameNumber.oneWinner} có đúng một báo cáo được ký, ${sameNumber.bothSigned} cả hai được ký, ${sameNumber.refusedAsUsed} báo "số đã dùng"`,
  );

  log(`▶ Tranh chấp: ${RETURNS} lần "trả lại" cùng một báo cáo tiến độ (${ROUNDS} lượt)…`);
  const returns = { oneWinner: 0, auditLines: 0, toldWinner: 0, refused: 0 };
  const taskId = o.writer.taskIds[0]!;
  for (let i = 0; i < ROUNDS; i += 1) {
    const { version } = await db.task.findUniqueOrThrow({ where: { id: taskId }, select: { version: true } });
    const sent = await submitUpdate(
      app.baseUrl,
      o.updateAction,
      { communeId, taskId, version, cookie: o.cookieOf.get(o.writer.username)! },
      40,
    );
    if (!sent.ok) throw new Error(`Không gửi được cập nhật tiến độ: ${sent.message ?? sent.status}`);
    const update = await db.taskUpdate.findFirstOrThrow({ where: { taskId, kind: "PROGRESS" }, orderBy: { createdAt: "desc" } });
    const comments = Array.from({ length: RETURNS }, (_, k) => `Trả lại lượt ${i}, ý kiến ${k + 1}`);
    const results = await Promise.all(
      comments.map((comment) =>
        later(() => act(app, `/c/${communeId}/nhiem-vu/${taskId}`, ids.giveBack, office, { communeId, updateId: update.id, comment })),
      ),
    );
    const stored = await db.taskUpdate.findUniqueOrThrow({ where: { id: update.id }, select: { returnComment: true } });
    const winners = comments.filter((_, k) => results[k]!.ok);
    if (winners.length === 1 && winners[0] === stored.returnComment) returns.oneWinner += 1;
    returns.auditLines += await db.auditLog.count({ where: { action: "tasks.returnUpdate", entityId: update.id } });
    const losers = results.filter((r) => !r.ok);
    returns.refused += losers.length;
    returns.toldWinner += losers.filter((r) => r.message.includes(stored.returnComment ?? "?")).length;
  }
  check(
    'Tranh chấp "trả lại": một lần thắng, các lần khác được báo ý kiến đã lưu',
    returns.oneWinner === ROUNDS && returns.auditLines === ROUNDS && returns.toldWinner === ROUNDS * (RETURNS - 1),
    `${ROUNDS} lượt × ${RETURNS} lần: ${returns.oneWinner} lượt có đúng một lần thành công và đúng ý kiến đó được lưu, ` +
      `${returns.auditLines} dòng nhật ký, ${returns.toldWinner}/${returns.refused} lần bị từ chối được báo ý kiến đã lưu`,
  );
  return { rounds: ROUNDS, signVsDelete, sameNumber, returns };
}
