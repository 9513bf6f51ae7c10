// Mutations of periodic reports: compile a draft, save it, finalise it (the chair), delete a draft.
// A finalised report is never written again: its files are stored when it is finalised.
import { notify } from "../notifications/notify";
import type { NotificationKind } from "../generated/prisma/enums";
import { defineAction, notFound, type ActionContext } from "../actions/safe-action";
import { canCompileReports, canFinalizeReport, canSetReportWeek, canSubmitForSignature, type CommuneScope } from "../auth/permissions";
import { dateFromKey, dateOnlyKey, formatDateTime, localDateKey } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { compileReport } from "./compile";
import { documentOf } from "./document";
import { renderReportDocx } from "./docx";
import { draftHeading, draftSections } from "./draft-text";
import { SECTION_LABEL } from "./format";
import { reportPeriodFromKey, type ReportPeriod, type WeekStartDay } from "./periods";
import {
  createDraftSchema,
  finalizeReportSchema,
  reportRefSchema,
  saveReportSchema,
  weekStartSchema,
  type SaveReportInput,
} from "./schemas";
import { requireFreshSecondFactor } from "../accounts/step-up";
import { renderReportXlsx } from "./xlsx";
import { EXPORT_FORMATS } from "./export";
import { createId } from "../ids";
import { removeEvidence, sha256, writeEvidence } from "../files/storage";
import { routes } from "../routes";

/** A plan of the commune and one of its reporting periods that has begun. */
export async function planPeriod(tx: Tx, communeId: string, planId: string, periodKey: string, now: Date) {
  const plan = await tx.plan.findFirst({ where: { id: planId, communeId }, select: { id: true, reportWeekStart: true } });
  if (!plan) notFound();
  const period = reportPeriodFromKey(periodKey, plan.reportWeekStart as WeekStartDay);
  if (!period) throw new AppError("VALIDATION", "Kỳ báo cáo không hợp lệ.", { periodKey: ["Kỳ báo cáo không hợp lệ"] });
  if (period.start > localDateKey(now)) {
    throw new AppError("VALIDATION", `${period.label} chưa bắt đầu: chưa thể báo cáo.`, { periodKey: ["Kỳ chưa bắt đầu"] });
  }
  return { plan, period };
}

export const createReportDraft = defineAction({
  name: "reports.create",
  schema: createDraftSchema,
  permission: canCompileReports,
  run: async (ctx) => {
    const { user, input, tx, commune: scope } = ctx;
    const now = new Date();
    const { period } = await planPeriod(tx, scope.communeId, input.planId, input.periodKey, now);
    const facts = await compileReport(tx, scope.communeId, input.planId, period, now);
    const chair = await chairSigner(tx, scope.communeId);
    const heading = draftHeading(facts.data, scope.provinceName || "tỉnh", chair.name, chair.title);
    const report = await tx.report.create({
      data: {
        communeId: scope.communeId,
        planId: input.planId,
        ...periodColumns(period),
        data: facts.data as unknown as Prisma.InputJsonValue,
        sections: draftSections(facts),
        place: heading.place,
        summary: heading.summary,
        signerMode: heading.signerMode,
        signerTitle: heading.signerTitle,
        signerName: heading.signerName,
        recipients: heading.recipients.join("\n"),
        createdById: user.id,
      },
      select: { id: true },
    });
    await ctx.audit(
      "reports.create",
      { type: "Report", id: report.id },
      { planId: input.planId, period: period.key, tasks: facts.data.totals.tasks },
    );
    return { reportId: report.id };
  },
});

const periodColumns = (p: ReportPeriod) => ({
  periodKey: p.key,
  periodLabel: p.label,
  periodStart: dateFromKey(p.start),
  periodEnd: dateFromKey(p.end),
});

/**
 * The chair's own name and title from the account profile ("Tài khoản của tôi": Họ tên trên văn bản,
 * Chức vụ); the display name may be the office, not the person.
 */
async function chairSigner(tx: Tx, communeId: string): Promise<{ name: string; title: string | null }> {
  const chair = await tx.user.findFirst({
    where: { communeId, role: "CHAIR", active: true },
    orderBy: { createdAt: "asc" },
    select: { officialName: true, jobTitle: true },
  });
  return { name: chair?.officialName ?? "", title: chair?.jobTitle ?? null };
}

/** The draft, loaded with the tenant filter; a finalised report refuses every change. */
async function loadDraft(tx: Tx, scope: CommuneScope, reportId: string) {
  const report = await tx.report.findFirst({ where: { id: reportId, communeId: scope.communeId } });
  if (!report) notFound();
  if (report.status === "FINAL") {
    throw new AppError("CONFLICT", `Báo cáo đã được ký phát hành lúc ${formatDateTime(report.finalizedAt)}: không sửa hay xóa được nữa.`);
  }
  return report;
}

/** Writes the edited text and heading if nobody saved the draft since the user opened it. */
async function writeDraft(
  ctx: ActionContext<SaveReportInput>,
  draft: Awaited<ReturnType<typeof loadDraft>>,
  extra: Prisma.ReportUncheckedUpdateManyInput = {},
) {
  const { tx, input } = ctx;
  const {
    communeId: _c,
    reportId,
    version,
    summary,
    place,
    number,
    issuedDate,
    signerMode,
    signerTitle,
    signerName,
    recipients,
    ...sections
  } = input;
  const res = await tx.report.updateMany({
    where: { id: reportId, communeId: input.communeId, version, status: "DRAFT" },
    data: {
      sections,
      summary,
      place,
      number,
      issuedDate: issuedDate ? dateFromKey(issuedDate) : null,
      signerMode,
      signerTitle,
      signerName,
      recipients: recipients.join("\n"),
      version: { increment: 1 },
      ...extra,
    },
  });
  if (res.count === 0) {
    const now = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { updatedAt: true, version: true } });
    throw new AppError(
      "CONFLICT",
      `Dự thảo vừa được người khác lưu lúc ${formatDateTime(now.updatedAt)}. Nội dung bạn nhập vẫn còn trên trang: hãy sao lưu phần đã sửa, tải lại rồi lưu lại.`,
      undefined,
      { version: now.version },
    );
  }
  // Which parts the save changed, so that the log says more than "saved".
  await ctx.audit(
    "reports.save",
    { type: "Report", id: reportId },
    {
      period: draft.periodKey,
      version: version + 1,
      changed: changedParts(draft, input.summary, sections),
    },
  );
}

function changedParts(draft: { summary: string; sections: Prisma.JsonValue }, summary: string, sections: Record<string, string>): string[] {
  const before = (draft.sections ?? {}) as Record<string, unknown>;
  const parts = draft.summary === summary ? [] : ["Trích yếu"];
  for (const [key, label] of Object.entries(SECTION_LABEL)) if ((before[key] ?? "") !== (sections[key] ?? "")) parts.push(label);
  return parts;
}

export const saveReportDraft = defineAction({
  name: "reports.save",
  schema: saveReportSchema,
  permission: canCompileReports,
  run: async (ctx) => {
    const { input, tx, commune: scope } = ctx;
    const draft = await loadDraft(tx, scope, input.reportId);
    await writeDraft(ctx, draft);
    return { reportId: input.reportId, version: input.version + 1 };
  },
});

/** "Số đã dùng": the number (printed form, lib/reports/number.ts) is already signed in that year. */
function numberTaken({ signedYear, signedNumber }: { signedYear: number; signedNumber: string }, periodLabel?: string) {
  const what = periodLabel ? `báo cáo ${periodLabel}` : "một báo cáo khác vừa ký phát hành";
  return new AppError("DUPLICATE", `Số ${signedNumber} đã dùng cho ${what} năm ${signedYear}.`, {
    number: ["Số báo cáo đã được dùng trong năm"],
  });
}

/** What the decree requires before a report can be signed: refused field by field. */
function finalRequirements(input: SaveReportInput, period: { start: string }): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!input.number) errors.number = ['Nhập số báo cáo, ví dụ "05/BC-UBND"'];
  if (!input.issuedDate) errors.issuedDate = ["Nhập ngày ban hành"];
  else if (input.issuedDate < period.start) errors.issuedDate = ["Ngày ban hành không thể trước khi kỳ báo cáo bắt đầu"];
  if (!input.signerName) errors.signerName = ["Nhập họ tên người ký"];
  if (input.recipients.length === 0) errors.recipients = ["Nhập nơi nhận (ít nhất dòng “Lưu: VT, …”)"];
  return errors;
}

export const finalizeReport = defineAction({
  name: "reports.finalize",
  schema: finalizeReportSchema,
  permission: canFinalizeReport,
  run: async (fullCtx) => {
    // The code is not part of the draft: the rest of the input is what is saved and signed.
    const { secondFactorCode, ...input } = fullCtx.input;
    const ctx = { ...fullCtx, input };
    const { user, tx, commune: scope } = ctx;
    const draft = await loadDraft(tx, scope, input.reportId);
    const errors = finalRequirements(input, { start: dateOnlyKey(draft.periodStart) });
    if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Chưa đủ thông tin để ký phát hành báo cáo.", errors);
    const signed = { signedYear: Number(input.issuedDate.slice(0, 4)), signedNumber: input.number };
    // Read first for the friendlier message; the unique key decides when two chairs sign at once.
    const same = await tx.report.findFirst({ where: { communeId: scope.communeId, ...signed }, select: { periodLabel: true } });
    if (same) throw numberTaken(signed, same.periodLabel);
    // Only reads so far: the second factor is checked before anything is written, and after the
    // form's own checks so that a code is not used up by a refusal about a missing number.
    await requireFreshSecondFactor(tx, user, secondFactorCode);
    const finalizedAt = new Date();
    await writeDraft(ctx, draft, { status: "FINAL", finalizedById: user.id, finalizedAt, ...signed }).catch((err: unknown) => {
      throw (err as { code?: unknown }).code === "P2002" ? numberTaken(signed) : err;
    });
    const stored = await tx.report.findUniqueOrThrow({ where: { id: input.reportId } });
    const doc = documentOf(stored);
    const [docx, xlsx] = await Promise.all([renderReportDocx(doc), renderReportXlsx(doc)]);
    // The signed files go to the store (the local folder or S3) under their row's id, never into
    // the row: written before the row, removed again when the transaction does not commit.
    for (const [format, bytes] of [
      ["docx", docx],
      ["xlsx", xlsx],
    ] as const) {
      const id = createId();
      await writeEvidence(id, bytes, { contentType: EXPORT_FORMATS[format] });
      ctx.onRollback(() => removeEvidence([id]));
      await tx.reportFile.create({
        data: { id, communeId: scope.communeId, reportId: stored.id, format, bytes: null, size: bytes.length, sha256: sha256(bytes) },
      });
    }
    await notifyRoles(tx, scope.communeId, ["COORDINATOR"], "REPORT_SIGNED", {
      title: `Báo cáo ${stored.periodLabel} đã ký phát hành`,
      body: `Số ${input.number}: văn bản DOCX, XLSX đã lưu, sẵn sàng gửi cấp trên.`,
      href: reportHref(scope.communeId, stored.id),
    });
    await ctx.audit(
      "reports.finalize",
      { type: "Report", id: stored.id },
      { period: draft.periodKey, number: input.number, issuedDate: input.issuedDate, signer: input.signerName },
    );
    return { reportId: stored.id };
  },
});

/** A message to every active account of the given roles in the commune (the bell, and e-mail through the outbox). */
async function notifyRoles(
  tx: Tx,
  communeId: string,
  roles: ("CHAIR" | "COORDINATOR")[],
  kind: NotificationKind,
  message: { title: string; body: string; href: string },
) {
  const users = await tx.user.findMany({ where: { communeId, role: { in: roles }, active: true }, select: { id: true } });
  const r = await notify(tx, { communeId, kind, userIds: users.map((u) => u.id), ...message });
  return r.notified;
}

const reportHref = (communeId: string, reportId: string) => routes.commune(communeId).report(reportId);

/** "Trình ký": the standing office saves the draft and tells the chair it is ready to sign. */
export const submitReportForSignature = defineAction({
  name: "reports.submit",
  schema: saveReportSchema,
  permission: canSubmitForSignature,
  run: async (ctx) => {
    const { input, tx, commune: scope } = ctx;
    const draft = await loadDraft(tx, scope, input.reportId);
    const submittedAt = new Date();
    await writeDraft(ctx, draft, { submittedAt });
    const notified = await notifyRoles(tx, scope.communeId, ["CHAIR"], "REPORT_FOR_SIGNATURE", {
      title: `Dự thảo báo cáo ${draft.periodLabel} chờ ký`,
      body: `${input.summary}. Phòng Văn hóa - Xã hội trình Chủ tịch xem xét, ký phát hành.`,
      href: reportHref(scope.communeId, draft.id),
    });
    await ctx.audit("reports.submit", { type: "Report", id: draft.id }, { period: draft.periodKey, notified });
    return { reportId: draft.id, version: input.version + 1, notified };
  },
});

export const deleteReportDraft = defineAction({
  name: "reports.delete",
  schema: reportRefSchema,
  permission: canCompileReports,
  run: async (ctx) => {
    const { input, tx, commune: scope } = ctx;
    const draft = await loadDraft(tx, scope, input.reportId);
    // Only while it is still a draft: the chair may be signing it this very moment. Waiting on the
    // row, PostgreSQL re-checks the status after the signature commits, and deletes nothing.
    const res = await tx.report.deleteMany({ where: { id: draft.id, communeId: scope.communeId, status: "DRAFT" } });
    if (res.count === 0) {
      await loadDraft(tx, scope, draft.id); // names what happened: signed meanwhile, or deleted
      throw new AppError("CONFLICT");
    }
    await ctx.audit("reports.delete", { type: "Report", id: draft.id }, { period: draft.periodKey, planId: draft.planId });
    return { planId: draft.planId };
  },
});

/** The weekday a plan's reporting weeks start on (local practice; Monday by default). */
export const setReportWeekStart = defineAction({
  name: "plans.setReportWeekStart",
  schema: weekStartSchema,
  permission: canSetReportWeek,
  run: async (ctx) => {
    const { input, tx, commune: scope } = ctx;
    const plan = await tx.plan.findFirst({ where: { id: input.planId, communeId: scope.communeId }, select: { reportWeekStart: true } });
    if (!plan) notFound();
    await tx.plan.update({ where: { id: input.planId }, data: { reportWeekStart: input.reportWeekStart } });
    await ctx.audit(
      "plans.setReportWeekStart",
      { type: "Plan", id: input.planId },
      { before: { reportWeekStart: plan.reportWeekStart }, after: { reportWeekStart: input.reportWeekStart } },
    );
    return { reportWeekStart: input.reportWeekStart };
  },
});
