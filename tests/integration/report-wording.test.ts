// The wording of a compiled draft as a clerk would send it (issue 16, items 13 and 14; issue 18):
// targets with their unit, the confirmations by name (never "0/5 đơn vị"), lead groups by name,
// full unit names, the plan's number and date in the opening sentence and the XLSX banner, and the
// chair's own name as the default signer.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { dateFromKey, localDateKey } from "@/lib/dates";
import { createReportDraft } from "@/lib/reports/commands";
import { documentOf } from "@/lib/reports/document";
import { renderReportDocx } from "@/lib/reports/docx";
import { reportPeriodContaining } from "@/lib/reports/periods";
import type { ReportData, ReportSections } from "@/lib/reports/types";
import { renderReportXlsx } from "@/lib/reports/xlsx";
import { writeAssignment } from "@/lib/tasks/assignment";
import { writeTaskAggregate } from "@/lib/tasks/parts";
import { docxText, docxXml } from "../support/docx-xml";
import { must } from "../../lib/must";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let communeId: string;
let planId: string;
let coordinator: Viewer;
const period = reportPeriodContaining(localDateKey(new Date()), "MONTH");

beforeAll(async () => {
  await freshDemo(db);
  communeId = (await communeByName(db, "Phường Hải An")).id;
  planId = (await db.plan.findFirstOrThrow({ where: { communeId, sourceFile: { not: null } } })).id;
  coordinator = await viewer(db, "vhxh.haian");
});
afterAll(async () => {
  await db.$disconnect();
});

async function draft() {
  const res = (await executeAction(createReportDraft, coordinator, { communeId, planId, periodKey: period.key }, db)) as ActionResult<{
    reportId: string;
  }>;
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  const r = await db.report.findUniqueOrThrow({ where: { id: res.data.reportId } });
  return { r, data: r.data as unknown as ReportData, sections: r.sections as unknown as ReportSections };
}

async function xlsxBanner(r: Awaited<ReturnType<typeof draft>>["r"]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderReportXlsx(documentOf(r))) as unknown as ArrayBuffer);
  return String(must(wb.worksheets[0], "the report sheet").getCell("A2").value);
}

describe("the draft's prose", () => {
  it("states a count target with its unit, never 'mục tiêu = 82'", async () => {
    const { sections } = await draft();
    expect(sections.assessment).not.toMatch(/mục tiêu [=<>≥≤]?\s*\d+(,\d+)? đến/u);
    expect(sections.assessment).toContain("mục tiêu 82 nhóm TTHC đến");
    expect(sections.assessment).toMatch(/mục tiêu ≥ \d+(,\d+)?% đến/u);
  });

  it("lists by name who confirmed and who did not, never a ratio such as 0/5", async () => {
    await db.reportSubmission.deleteMany({ where: { communeId } });
    const before = await draft();
    const names = before.data.units.map((u) => u.name);
    expect(before.sections.assessment).toContain(`Chưa xác nhận: ${names.join(", ")}.`);
    expect(before.sections.assessment).not.toContain("Đã xác nhận báo cáo:");
    expect(before.sections.assessment).not.toMatch(/\d+\/\d+ đơn vị/u);
    const confirm = async (shortName: string, onBehalf: boolean) => {
      const unit = await db.unit.findFirstOrThrow({ where: { communeId, shortName } });
      await db.reportSubmission.create({
        data: {
          communeId,
          planId,
          periodKey: period.key,
          periodStart: dateFromKey(period.start),
          periodEnd: dateFromKey(period.end),
          unitId: unit.id,
          confirmedById: coordinator.id,
          onBehalf,
        },
      });
    };
    await confirm("TT PVHCC", false);
    await confirm("TT SNC", true);
    const after = await draft();
    const confirmed = ["Trung tâm Phục vụ hành chính công", "Trung tâm Sự nghiệp công"];
    const order = after.data.units.map((u) => u.name);
    const done = order.filter((n) => confirmed.includes(n)).map((n) => (n === "Trung tâm Sự nghiệp công" ? `${n} (báo cáo thay)` : n));
    const missing = order.filter((n) => !confirmed.includes(n));
    expect(after.sections.assessment).toContain(`Đã xác nhận báo cáo: ${done.join(", ")}. Chưa xác nhận: ${missing.join(", ")}.`);
    expect(after.data.units.find((u) => u.name === "Trung tâm Sự nghiệp công")?.onBehalf).toBe(true);
  });

  it("names a lead group by its name and counts a group task per member by the member's own part", async () => {
    const [office, centre] = await Promise.all(
      ["VP HĐND-UBND", "TT PVHCC"].map((shortName) => db.unit.findFirstOrThrow({ where: { communeId, shortName } })),
    );
    const group = await db.unitGroup.create({
      data: {
        communeId,
        name: "Các đơn vị vận hành nền tảng số",
        kind: "CUSTOM",
        members: { create: [office!, centre!].map((u) => ({ communeId, unitId: u.id })) },
      },
    });
    const task = await db.task.create({
      data: { communeId, planId, code: "9.8", title: "Vận hành nền tảng số dùng chung", deadlineKind: "RECURRING", sortOrder: 9998 },
    });
    await db.$transaction((tx) =>
      writeAssignment(tx, task, { lead: { unitIds: [], groupIds: [group.id] }, support: { unitIds: [], groupIds: [] } }),
    );
    const before = await draft();
    // The centre finishes its part; the task is not done while the office's part is open.
    await db.taskPart.updateMany({
      where: { taskId: task.id, unitId: centre!.id },
      data: { workStatus: "DONE", progress: 100, completedAt: new Date() },
    });
    await db.$transaction((tx) => writeTaskAggregate(tx, task.id));
    const { data } = await draft();
    const row = data.tasks.find((t) => t.code === "9.8")!;
    expect(row.leadUnits).toBe("Các đơn vị vận hành nền tảng số");
    expect(row.status).not.toMatch(/^DONE/);
    const unit = (d: ReportData, name: string) => d.units.find((u) => u.name === name)!;
    expect(unit(data, centre!.name).done - unit(before.data, centre!.name).done).toBe(1);
    expect(unit(data, office!.name).done - unit(before.data, office!.name).done).toBe(0);
    expect(unit(data, office!.name).tasks).toBe(unit(before.data, office!.name).tasks);
  });

  it("names units by their full names, in the text and the tables", async () => {
    const { data, sections } = await draft();
    const units = await db.unit.findMany({ where: { communeId, shortName: { not: null } } });
    const official = JSON.stringify({ data, sections });
    for (const u of units) if (!u.name.includes(u.shortName!)) expect(official, u.shortName!).not.toContain(u.shortName!);
    expect(data.tasks.some((t) => t.leadUnits.includes("Trung tâm Sự nghiệp công"))).toBe(true);
    expect(data.units.map((u) => u.name)).toContain("Trung tâm Phục vụ hành chính công");
  });
});

describe("the plan's number and date", () => {
  it("open the DOCX's first sentence and the XLSX banner when the plan has them", async () => {
    await db.plan.update({ where: { id: planId }, data: { number: "123/KH-UBND", issuedDate: new Date("2025-08-15") } });
    const { r, sections } = await draft();
    const ref = "Thực hiện Kế hoạch số 123/KH-UBND ngày 15/08/2025 của Ủy ban nhân dân phường Hải An";
    expect(sections.intro.startsWith(ref)).toBe(true);
    const body = docxText(await docxXml(await renderReportDocx(documentOf(r))));
    expect(body.some((p) => p.startsWith(ref))).toBe(true);
    expect(await xlsxBanner(r)).toMatch(/^Kế hoạch số 123\/KH-UBND ngày 15\/08\/2025 – Số liệu đến /);
  });

  it("are left out gracefully when the plan has neither", async () => {
    await db.plan.update({ where: { id: planId }, data: { number: null, issuedDate: null } });
    const { r, sections } = await draft();
    expect(sections.intro).toMatch(/^Thực hiện Kế hoạch của Ủy ban nhân dân phường Hải An về /u);
    const banner = await xlsxBanner(r);
    expect(banner).not.toMatch(/số\s*–|số\s*$/u);
    expect(banner).toMatch(/^Số liệu đến /);
  });
});

describe("the default signer", () => {
  it("is the chair's full name from the account profile, not the account's display name", async () => {
    await db.user.update({ where: { username: "chutich.haian" }, data: { officialName: "Phạm Thị Lan" } });
    const { r } = await draft();
    expect(r.signerName).toBe("Phạm Thị Lan");
  });
});
