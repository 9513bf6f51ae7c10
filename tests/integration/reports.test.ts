// Periodic reports end to end on a real database: compile a draft from the demo commune's tasks,
// edit, finalise (the chair), read the stored DOCX/XLSX back, and check that later updates leave a
// finalised report untouched. Plus who may do what, and the units' "đã báo cáo" with reminders.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import { getProvinceOverview } from "@/lib/dashboard/province";
import type { Viewer } from "@/lib/auth/permissions";
import { addDays, localDateKey } from "@/lib/dates";
import { sendEmail } from "@/lib/notifications/channels/email";
import { deliverDue, realSenders } from "@/lib/notifications/outbox";
import { listAudit } from "@/lib/audit/queries";
import { describeAudit } from "@/lib/audit/format";
import {
  createReportDraft,
  deleteReportDraft,
  finalizeReport,
  saveReportDraft,
  setReportWeekStart,
  submitReportForSignature,
} from "@/lib/reports/commands";
import { documentOf } from "@/lib/reports/document";
import { WEEKDAY_LABEL, reportPeriodContaining, reportPeriodFromKey, type WeekStartDay } from "@/lib/reports/periods";
import { getReport, listReports, storedReportFile, submissionStatus } from "@/lib/reports/queries";
import { confirmReported, remindUnits } from "@/lib/reports/submission-commands";
import type { ReportData, ReportSections } from "@/lib/reports/types";
import { submitTaskUpdate } from "@/lib/tasks/commands";
import { docxText, docxXml } from "../support/docx-xml";
import { startSmtp } from "../support/smtp";
import { must } from "../../lib/must";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { withFreshFactor } from "../support/second-factor";
import { reportFileBytes, storedBytes } from "../support/stored-files";
import { sha256 } from "@/lib/files/storage";
import { getStore, setStoreForProcess, type ObjectStore } from "@/lib/storage";

const db = testDb();
let haiAn: { communeId: string; provinceId: string };
let planId: string;
let chair: Viewer;
let coordinator: Viewer;
let office: Viewer;
let center: Viewer;
let otherChair: Viewer; // Thạch Khôi, same province
let province: Viewer; // Hải Phòng
let otherProvince: Viewer; // Thanh Hóa

const today = localDateKey(new Date());
const currentMonth = reportPeriodContaining(today, "MONTH");
// A past month with a date in January: the leading-zero rule of the date line.
const january = reportPeriodFromKey("M-2026-01")!;

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer | null, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

beforeAll(async () => {
  await freshDemo(db);
  const c = await communeByName(db, "Phường Hải An");
  haiAn = { communeId: c.id, provinceId: c.provinceId! };
  planId = (await db.plan.findFirstOrThrow({ where: { communeId: c.id, sourceFile: { not: null } } })).id;
  // Signing needs a fresh second factor (tests/integration/report-step-up.test.ts): this chair has one.
  chair = withFreshFactor(await viewer(db, "chutich.haian"));
  coordinator = await viewer(db, "vhxh.haian");
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  otherChair = await viewer(db, "chutich.thachkhoi");
  province = await viewer(db, "tinh.haiphong");
  otherProvince = await viewer(db, "tinh.thanhhoa");
});
afterAll(async () => {
  await db.$disconnect();
});

async function draft(periodKey = currentMonth.key, user = coordinator) {
  const res = await run<{ reportId: string }>(createReportDraft, user, { communeId: haiAn.communeId, planId, periodKey });
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  return db.report.findUniqueOrThrow({ where: { id: res.data.reportId } });
}

/** The save form's fields for a stored report, with overrides. */
function form(r: Awaited<ReturnType<typeof draft>>, extra: Record<string, unknown> = {}) {
  const doc = documentOf(r);
  return {
    communeId: r.communeId,
    reportId: r.id,
    version: r.version,
    ...doc.sections,
    summary: doc.heading.summary,
    place: doc.heading.place,
    number: "",
    issuedDate: "",
    signerMode: "TM",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn Chủ",
    recipients: doc.heading.recipients.join("\n"),
    ...extra,
  };
}

describe("compiling a draft", () => {
  it("freezes the plan's tasks, their categories and the KPI table, and writes the text from the same numbers", async () => {
    const r = await draft();
    const data = r.data as unknown as ReportData;
    const tasks = await db.task.count({ where: { planId } });
    expect(r.status).toBe("DRAFT");
    expect(data.tasks).toHaveLength(tasks);
    expect(Object.values(data.totals.byStatus).reduce((a, b) => a + b, 0)).toBe(tasks);
    expect(data.totals.done).toBe(await db.task.count({ where: { planId, workStatus: "DONE" } }));
    expect(data.kpis.length).toBe(await db.indicator.count({ where: { planId } }));
    const sections = r.sections as unknown as ReportSections;
    expect(sections.assessment).toContain(`Tổng số nhiệm vụ của Kế hoạch: ${tasks}; đã hoàn thành ${data.totals.done} nhiệm vụ`);
    expect(sections.intro).toContain(currentMonth.label.toLowerCase());
    // Every overdue task is named with its lead unit in the overdue section.
    for (const t of data.tasks.filter((x) => x.status === "OVERDUE")) expect(sections.overdue).toContain(`Nhiệm vụ ${t.code} ${t.title}`);
    expect(r.place).toBe("Hải An");
    // The chair's own name from the profile (the seed's "Nguyễn Văn Thành"), not the account's display name.
    expect(r.signerName).toBe((await db.user.findFirstOrThrow({ where: { username: "chutich.haian" } })).officialName);
    expect(r.signerName).toBe("Nguyễn Văn Thành");
    expect(r.recipients.split("\n").at(-1)).toBe("Lưu: VT, VHXH");
  });

  it("gathers the period's difficulties with the unit that wrote them", async () => {
    const task = await db.task.findFirstOrThrow({
      where: { planId, workStatus: { not: "DONE" }, units: { some: { unitId: office.unitId!, role: "LEAD" } }, parts: { none: {} } },
    });
    const res = await run(submitTaskUpdate, office, {
      communeId: haiAn.communeId,
      taskId: task.id,
      version: task.version,
      workStatus: "IN_PROGRESS",
      progress: "40",
      result: "Đã lắp đặt 4/10 máy trạm.",
      difficulties: "Thiếu kinh phí mua máy chủ dự phòng.",
      proposals: "Đề nghị bổ sung kinh phí năm 2027.",
      files: [],
    });
    expect(res.ok).toBe(true);
    const r = await draft();
    const sections = r.sections as unknown as ReportSections;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: office.unitId! } });
    expect(sections.difficulties).toContain(`- Thiếu kinh phí mua máy chủ dự phòng. (${unit.name}, nhiệm vụ ${task.code})`);
    expect(sections.proposals).toContain("Đề nghị bổ sung kinh phí năm 2027.");
    expect(sections.results).toContain(`Nhiệm vụ ${task.code}`);
    const row = (r.data as unknown as ReportData).tasks.find((t) => t.code === task.code);
    expect(row).toMatchObject({ result: "Đã lắp đặt 4/10 máy trạm.", progress: 40 });
  });

  it("a past period shows the tasks as they stood when it ended", async () => {
    const r = await draft(january.key);
    const data = r.data as unknown as ReportData;
    expect(data.asOf).toBe(new Date("2026-01-14T16:59:59.999Z").toISOString()); // 23:59:59.999 on 14/01 in Hà Nội
    const before = await db.taskUpdate.findMany({
      where: { task: { planId }, kind: "PROGRESS", createdAt: { lte: new Date(data.asOf) } },
      select: { taskId: true },
    });
    const started = new Set(before.map((u) => u.taskId)).size;
    expect(data.tasks.filter((t) => t.status !== "NOT_STARTED" && t.status !== "OVERDUE").length).toBeLessThanOrEqual(started);
  });

  it("refuses a period that has not begun, a made-up period and another commune's plan", async () => {
    const next = reportPeriodContaining(addDays(currentMonth.end, 1), "MONTH");
    expect(await run(createReportDraft, coordinator, { communeId: haiAn.communeId, planId, periodKey: next.key })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await run(createReportDraft, coordinator, { communeId: haiAn.communeId, planId, periodKey: "M-2025-13" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    const other = await db.plan.findFirstOrThrow({ where: { communeId: { not: haiAn.communeId } } });
    expect(
      await run(createReportDraft, coordinator, { communeId: haiAn.communeId, planId: other.id, periodKey: currentMonth.key }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });

  it("only the commune's coordinator and chair compile", async () => {
    const input = { communeId: haiAn.communeId, planId, periodKey: currentMonth.key };
    const count = await db.report.count();
    expect(await run(createReportDraft, office, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(createReportDraft, province, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(createReportDraft, otherChair, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(createReportDraft, null, input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.report.count()).toBe(count);
    expect((await run(createReportDraft, chair, input)).ok).toBe(true);
  });
});

describe("editing and finalising", () => {
  it("saves edited text; a stale version is refused and changes nothing", async () => {
    const r = await draft();
    const saved = await run<{ version: number }>(saveReportDraft, coordinator, form(r, { assessment: "Đánh giá đã sửa tay." }));
    expect(saved).toMatchObject({ ok: true, data: { version: r.version + 1 } });
    const stale = await run(saveReportDraft, chair, form(r, { assessment: "Bản cũ ghi đè." }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const now = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect((now.sections as unknown as ReportSections).assessment).toBe("Đánh giá đã sửa tay.");
  });

  it("the coordinator cannot finalise; the chair must give number, date and signer", async () => {
    const r = await draft();
    expect(await run(finalizeReport, coordinator, form(r, { number: "01/BC-UBND", issuedDate: today }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const missing = await run(finalizeReport, chair, form(r, { signerName: "" }));
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!missing.ok) expect(Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(["issuedDate", "number", "signerName"]);
    expect(await run(finalizeReport, chair, form(r, { number: "05/BC", issuedDate: today }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect((await db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("DRAFT");
  });

  it("the office sends a draft for signature: it is saved and the chair is told in the header", async () => {
    const r = await draft();
    const chairsBefore = await db.notification.count({ where: { userId: chair.id } });
    expect(await run(submitReportForSignature, chair, form(r))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const res = await run(submitReportForSignature, coordinator, form(r, { proposals: "Đề xuất sửa trước khi trình." }));
    expect(res).toMatchObject({ ok: true, data: { notified: 1 } });
    const after = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(after.submittedAt).not.toBeNull();
    expect((after.sections as unknown as ReportSections).proposals).toBe("Đề xuất sửa trước khi trình.");
    const note = await db.notification.findFirstOrThrow({ where: { userId: chair.id }, orderBy: { createdAt: "desc" } });
    expect(await db.notification.count({ where: { userId: chair.id } })).toBe(chairsBefore + 1);
    expect(note).toMatchObject({ title: `Dự thảo báo cáo ${currentMonth.label} chờ ký`, href: `/c/${haiAn.communeId}/bao-cao/${r.id}` });
  });

  let finalId: string;

  it("the audit log says in Vietnamese what each report action did", async () => {
    const r = await draft();
    await run(saveReportDraft, coordinator, form(r, { assessment: "Đánh giá ghi vào nhật ký." }));
    const saved = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    await run(submitReportForSignature, coordinator, form(saved));
    const week = await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { reportWeekStart: true } });
    await run(setReportWeekStart, coordinator, { communeId: haiAn.communeId, planId, reportWeekStart: 3 });
    await run(setReportWeekStart, coordinator, { communeId: haiAn.communeId, planId, reportWeekStart: week.reportWeekStart });
    const { rows, names } = await listAudit(haiAn.communeId, { action: "", actorId: coordinator.id, from: "", to: "", page: 1 });
    const details = (action: string) => describeAudit(action, rows.find((a) => a.action === action)!.data, names);
    expect(details("reports.create")).toContain(`Kỳ báo cáo: ${currentMonth.label}`);
    // Newest first: sending for signature saves too (nothing changed then).
    const saves = rows.filter((a) => a.action === "reports.save").map((a) => describeAudit(a.action, a.data, names));
    expect(saves.slice(0, 2)).toEqual([
      [`Kỳ báo cáo: ${currentMonth.label}`, "Phần đã sửa: không có"],
      [`Kỳ báo cáo: ${currentMonth.label}`, "Phần đã sửa: Đánh giá chung"],
    ]);
    expect(details("reports.submit")).toContain(`Kỳ báo cáo: ${currentMonth.label}`);
    expect(details("plans.setReportWeekStart")).toEqual([
      `Ngày bắt đầu tuần báo cáo: Thứ Tư → ${WEEKDAY_LABEL[week.reportWeekStart as WeekStartDay]}`,
    ]);
  });

  it("a store that fails while signing leaves the draft unsigned and no file behind", async () => {
    const r = await draft(january.key);
    const real = getStore();
    const written: string[] = [];
    // The DOCX is stored, then the XLSX fails (a full disk, a store that went away).
    const failing = Object.create(real) as ObjectStore;
    failing.put = async (key, body, opts) => {
      if (written.length === 1) throw new Error("kho tệp không ghi được");
      written.push(key);
      return real.put(key, body, opts);
    };
    setStoreForProcess(failing);
    try {
      const res = await run(finalizeReport, chair, form(r, { number: "04/BC-UBND", issuedDate: "2026-01-05" }));
      expect(res.ok).toBe(false);
    } finally {
      setStoreForProcess(real);
    }
    expect(written).toHaveLength(1);
    expect(await real.stat(written[0]!)).toBeNull(); // removed when the transaction rolled back
    expect(await db.report.findUniqueOrThrow({ where: { id: r.id }, select: { status: true } })).toEqual({ status: "DRAFT" });
    expect(await db.reportFile.count({ where: { reportId: r.id } })).toBe(0);
    expect((await run(deleteReportDraft, coordinator, { communeId: r.communeId, reportId: r.id })).ok).toBe(true);
  });

  it("finalising stores the DOCX in the decree's format", async () => {
    const r = await draft(january.key);
    const res = await run(finalizeReport, chair, form(r, { number: "05/BC-UBND", issuedDate: "2026-01-05" }));
    expect(res.ok).toBe(true);
    finalId = r.id;
    const stored = await db.report.findUniqueOrThrow({ where: { id: r.id }, include: { files: true } });
    expect(stored).toMatchObject({ status: "FINAL", finalizedById: chair.id, number: "05/BC-UBND" });
    expect(stored.files.map((f) => f.format).sort()).toEqual(["docx", "xlsx"]);
    // The signed files are in the store (local folder or S3) under their row's id, not in the row.
    for (const f of stored.files) {
      expect(f.bytes).toBeNull();
      expect(sha256(await storedBytes(f.id))).toBe(f.sha256);
    }
    // The standing office hears that it is signed.
    const told = await db.notification.findFirst({ where: { userId: coordinator.id, href: `/c/${haiAn.communeId}/bao-cao/${r.id}` } });
    expect(told?.title).toBe(`Báo cáo ${january.label} đã ký phát hành`);

    const file = await storedReportFile(haiAn.communeId, r.id, "docx");
    const xml = await docxXml(await reportFileBytes(file!));
    const lines = docxText(xml);
    expect(lines).toEqual(
      expect.arrayContaining(["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
    );
    expect(lines).toContain("Số: 05/BC-UBND");
    expect(lines).toContain("Hải An, ngày 05 tháng 01 năm 2026");
    expect(lines).toContain("BÁO CÁO");
    expect(lines).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(lines).toContain("- Lưu: VT, VHXH.");
    expect(lines).not.toContain("DỰ THẢO");
    expect(xml).toContain('w:orient="landscape"');
    // Every task of the plan is a row of the appendix, with its official category.
    const data = stored.data as unknown as ReportData;
    for (const t of data.tasks) {
      expect(lines).toContain(t.title);
    }
    for (const label of new Set(data.tasks.map((t) => t.statusLabel))) expect(lines).toContain(label);
  });

  it("finalising stores the XLSX with the three sheets", async () => {
    const file = await storedReportFile(haiAn.communeId, finalId, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportFileBytes(file!)) as unknown as ArrayBuffer);
    const report = await db.report.findUniqueOrThrow({ where: { id: finalId } });
    const data = report.data as unknown as ReportData;
    // The one-stop centre's sheet comes only with its figures (a commune with checks or incidents in the period).
    const centre = data.operations ? ["Vận hành TTPVHCC"] : [];
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Nhiệm vụ", "Chỉ tiêu", "Đơn vị", ...centre]);
    const sheet = wb.getWorksheet("Nhiệm vụ")!;
    const codes: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 4 && row.outlineLevel === 1) codes.push(String(row.getCell(1).value));
    });
    expect(codes).toEqual(data.tasks.map((t) => t.code));
    const unitSheet = wb.getWorksheet("Đơn vị")!;
    expect(unitSheet.rowCount).toBeGreaterThanOrEqual(4 + data.units.length);
  });

  it("a finalised report does not change when tasks are updated afterwards", async () => {
    const before = await db.report.findUniqueOrThrow({ where: { id: finalId }, include: { files: true } });
    const task = await db.task.findFirstOrThrow({
      where: { planId, units: { some: { unitId: office.unitId!, role: "LEAD" } }, parts: { none: {} } },
    });
    const res = await run(submitTaskUpdate, office, {
      communeId: haiAn.communeId,
      taskId: task.id,
      version: task.version,
      workStatus: "DONE",
      progress: "100",
      result: "Hoàn thành sau khi báo cáo đã ký.",
      completedDate: today,
      files: [],
    });
    expect(res.ok).toBe(true);
    const after = await db.report.findUniqueOrThrow({ where: { id: finalId }, include: { files: true } });
    expect(after.data).toEqual(before.data);
    expect(after.files.map((f) => f.sha256).sort()).toEqual(before.files.map((f) => f.sha256).sort());
    const detail = await getReport(chair, haiAn, finalId);
    expect(JSON.stringify(documentOf(detail!).data)).not.toContain("Hoàn thành sau khi báo cáo đã ký.");
    // A new draft of the current period does see it.
    const fresh = await draft();
    expect(JSON.stringify(fresh.data)).toContain("Hoàn thành sau khi báo cáo đã ký.");
  });

  it("a finalised report can be neither edited nor deleted; its number is not reused in the year", async () => {
    const final = await db.report.findUniqueOrThrow({ where: { id: finalId } });
    expect(await run(saveReportDraft, coordinator, form(final))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await run(deleteReportDraft, coordinator, { communeId: haiAn.communeId, reportId: finalId })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const other = await draft();
    expect(await run(finalizeReport, chair, form(other, { number: "05/BC-UBND", issuedDate: "2026-12-01" }))).toMatchObject({
      ok: false,
      code: "DUPLICATE",
    });
    expect(await db.report.count({ where: { id: finalId } })).toBe(1);
  });

  it("drafts are deleted by the commune's leaders only", async () => {
    const r = await draft();
    expect(await run(deleteReportDraft, otherChair, { communeId: haiAn.communeId, reportId: r.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await run(deleteReportDraft, office, { communeId: haiAn.communeId, reportId: r.id })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await run(deleteReportDraft, chair, { communeId: haiAn.communeId, reportId: r.id })).toMatchObject({ ok: true });
    expect(await db.report.count({ where: { id: r.id } })).toBe(0);
  });

  it("the province reads the finalised reports of its communes only; drafts stay the commune's", async () => {
    const drafts = await db.report.findMany({ where: { communeId: haiAn.communeId, status: "DRAFT" }, select: { id: true } });
    expect(drafts.length).toBeGreaterThan(0);
    expect(await getReport(province, haiAn, finalId)).not.toBeNull();
    expect(await getReport(province, haiAn, drafts[0]!.id)).toBeNull();
    expect(await getReport(otherProvince, haiAn, finalId)).toBeNull();
    expect(await getReport(otherChair, haiAn, finalId)).toBeNull();
    expect(await getReport(office, haiAn, finalId)).toBeNull();
    // The province view names the latest signed report (the newer drafts do not count); none for a commune without.
    const overview = await getProvinceOverview(haiAn.provinceId);
    expect(overview.find((c) => c.id === haiAn.communeId)?.latestReport).toMatchObject({ id: finalId, periodLabel: january.label });
    expect(overview.find((c) => c.id !== haiAn.communeId)?.latestReport).toBeNull();
    const listed = await listReports(province, haiAn, planId);
    expect(listed.map((r) => r.status)).toEqual(["FINAL"]);
    expect((await listReports(chair, haiAn, planId)).length).toBe(drafts.length + 1);
  });
});

describe("units confirm they have reported; the office reminds the others", () => {
  const periodKey = currentMonth.key;

  /** A progress report on each task by its lead unit's staff member, as of now. */
  async function reportProgress(staff: Viewer, taskIds: string[]) {
    for (const id of taskIds) {
      const t = await db.task.findUniqueOrThrow({ where: { id } });
      // A task whose lead side names a group (the seed's "Các phòng thuộc UBND phường" next to the
      // centre, 2.4 and 3.3.a) takes the report on the unit's own part, with the part's version.
      const part = await db.taskPart.findUnique({ where: { taskId_unitId: { taskId: id, unitId: staff.unitId! } } });
      const res = await run(submitTaskUpdate, staff, {
        communeId: haiAn.communeId,
        taskId: id,
        version: part?.version ?? t.version,
        workStatus: "IN_PROGRESS",
        progress: String(Math.max(t.progress, 10)),
        result: "Cập nhật trong kỳ.",
        files: [],
      });
      expect(res.ok).toBe(true);
    }
  }

  /**
   * The plan's open work of a unit, written out here (not through lib/reports/close-period.ts): tasks it
   * leads that are not done, and on a group-led task only while its own part is open; "stale" when no
   * progress report since the period began (on a group-led task, none by the unit itself).
   */
  async function openWorkOf(unitId: string, since: Date) {
    const tasks = await db.task.findMany({
      where: { planId, workStatus: { not: "DONE" }, units: { some: { unitId, role: "LEAD" } } },
      include: { parts: { select: { unitId: true, workStatus: true, notApplicableReason: true } } },
      // The refusal lists the tasks in the plan's order; without an order PostgreSQL returns them as stored.
      orderBy: { sortOrder: "asc" },
    });
    const open = tasks.filter((t) => {
      if (t.parts.length === 0) return true;
      const own = t.parts.find((p) => p.unitId === unitId);
      return !!own && own.workStatus !== "DONE" && !own.notApplicableReason;
    });
    const stale = [];
    for (const t of open) {
      const byUnit = t.parts.length > 0 ? { unitId } : {};
      if ((await db.taskUpdate.count({ where: { taskId: t.id, kind: "PROGRESS", createdAt: { gte: since }, ...byUnit } })) === 0)
        stale.push(t);
    }
    return { open, stale };
  }

  it("a unit is refused while open tasks lack an update this period, then confirms once they have one", async () => {
    const input = { communeId: haiAn.communeId, planId, periodKey };
    const since = new Date(`${currentMonth.start}T00:00:00+07:00`);
    const { open, stale } = await openWorkOf(center.unitId!, since);
    if (stale.length === 0) {
      // Make one task stale: its reports all predate the period.
      const task = must(open[0], "an open task led by the centre");
      await db.taskUpdate.updateMany({ where: { taskId: task.id }, data: { createdAt: new Date(since.getTime() - 86_400_000) } });
      stale.push(task);
    }
    const refused = await run(confirmReported, center, input);
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!refused.ok) expect(refused.details?.missing).toEqual(stale.map((t) => t.code));
    expect(await db.reportSubmission.count()).toBe(0);

    await reportProgress(
      center,
      stale.map((t) => t.id),
    );
    expect(await run(confirmReported, center, input)).toMatchObject({ ok: true, data: { periodLabel: currentMonth.label } });
    expect(await run(confirmReported, center, input)).toMatchObject({ ok: false, code: "DUPLICATE" });
    const status = await submissionStatus(haiAn.communeId, planId, currentMonth);
    expect(status.find((u) => u.unitId === center.unitId)?.confirmedAt).not.toBeNull();
    expect(status.find((u) => u.unitId === office.unitId)?.confirmedAt).toBeNull();
  });

  it("only the unit's own staff confirm", async () => {
    const input = { communeId: haiAn.communeId, planId, periodKey };
    expect(await run(confirmReported, coordinator, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(confirmReported, await viewer(db, "vanphong.thachkhoi"), input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("reminders reach the staff of units that have not confirmed, in the header and by e-mail", async () => {
    await db.user.updateMany({ where: { unitId: office.unitId! }, data: { email: "vanphong.haian@example.vn" } });
    const input = { communeId: haiAn.communeId, planId, periodKey, unitIds: [office.unitId!, center.unitId!] };
    expect(await run(remindUnits, office, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(remindUnits, otherChair, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const res = await run<{ units: number; notified: number }>(remindUnits, coordinator, input);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    // The centre has confirmed: only the office is reminded.
    const officeStaff = await db.user.count({ where: { unitId: office.unitId!, role: "UNIT_STAFF", active: true } });
    expect(res.data).toMatchObject({ units: 1, notified: officeStaff });
    const notes = await db.notification.findMany({ where: { userId: office.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "REPORT_REMINDER", title: `Nhắc báo cáo ${currentMonth.label}`, readAt: null });
    expect(notes[0]?.href).toContain(`/c/${haiAn.communeId}/bao-cao/xac-nhan`);
    expect(await db.notification.count({ where: { userId: center.id } })).toBe(0);
    // The e-mail waits in the outbox, written with the reminder; nothing was sent by the request.
    const queued = await db.outboxMessage.findMany({
      where: { channel: "EMAIL", notification: { userId: { in: [office.id, center.id] } } },
    });
    expect(queued.map((m) => [m.recipient, m.status])).toEqual([["vanphong.haian@example.vn", "PENDING"]]);

    // The worker's delivery goes through a real SMTP conversation.
    const smtp = await startSmtp();
    try {
      const senders = { ...realSenders, email: (m: Parameters<typeof sendEmail>[0]) => sendEmail(m, smtp.url) };
      const due = new Date(queued[0]!.nextAttemptAt.getTime() + 1000);
      expect(await deliverDue(db, { at: due, senders })).toMatchObject({ sent: 1, failed: 0 });
    } finally {
      await smtp.close();
    }
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(["vanphong.haian@example.vn"]);
    expect(smtp.received[0]!.raw).toContain("Subject:");
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: queued[0]!.id } })).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("a unit that is not a lead unit of the plan cannot be reminded; confirming clears the unit's reminders", async () => {
    const stranger = await db.unit.findFirstOrThrow({ where: { communeId: { not: haiAn.communeId }, kind: "OFFICE" } });
    expect(await run(remindUnits, coordinator, { communeId: haiAn.communeId, planId, periodKey, unitIds: [stranger.id] })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // The office brings every open task up to date and confirms: its reminder is marked read.
    const { open } = await openWorkOf(office.unitId!, new Date(`${currentMonth.start}T00:00:00+07:00`));
    await reportProgress(
      office,
      open.map((t) => t.id),
    );
    expect((await run(confirmReported, office, { communeId: haiAn.communeId, planId, periodKey })).ok).toBe(true);
    expect(await db.notification.count({ where: { userId: office.id, readAt: null } })).toBe(0);
  });
});
