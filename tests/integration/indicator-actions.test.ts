// KPI (chỉ tiêu) mutations against a real PostgreSQL: definitions, value entry and corrections,
// permissions, the value file import and the status the pages show afterwards.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { evidenceDir, sha256 } from "@/lib/files/storage";
import { saveCatalogEntry } from "@/lib/indicators/catalog-commands";
import { deleteIndicator, enterIndicatorValue, importIndicatorValues, saveIndicator } from "@/lib/indicators/commands";
import { nextPeriod, periodContaining } from "@/lib/indicators/periods";
import { getIndicator, listIndicators } from "@/lib/indicators/queries";
import type { ImportPlan } from "@/lib/indicators/value-import";
import { EXE, file, makeDocx, PDF } from "../support/files";
import { must } from "../../lib/must";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let thachKhoi: string;
let planId: string;
let taskA: string;
let taskB: string;
let foreignTask: string; // a task of Thạch Khôi
let foreignUnit: string; // a unit of Thạch Khôi
let coordinator: Viewer;
let chair: Viewer;
let office: Viewer; // Văn phòng HĐND và UBND
let center: Viewer; // Trung tâm PVHCC
let province: Viewer;
let admin: Viewer;
let otherCoordinator: Viewer; // Thạch Khôi

// The indicators of these tests (created in beforeAll, independent of the demo's own).
let ratio: { id: string; code: string }; // ≥ 80% hồ sơ trực tuyến, RATIO, responsible: the centre
let count: { id: string; code: string }; // = 12 CSDL, DIRECT COUNT, responsible: the centre
let percent: { id: string; code: string }; // ≥ 90% …, DIRECT PERCENT, responsible: the centre
let officeOnly: { id: string; code: string }; // ≥ 5 …, DIRECT COUNT, responsible: the office

type Saved = { indicatorId: string; version: number };
type Entered = { valueId: string; revision: number };
type Imported = ImportPlan & { applied: boolean; written: number };

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer | null, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

function ok<T>(res: ActionResult<T>): T {
  if (!res.ok) throw new Error(`expected success, got ${res.code}: ${res.message} ${JSON.stringify(res.fieldErrors ?? {})}`);
  return res.data;
}

const ratioInput = (extra: Record<string, unknown> = {}) => ({
  communeId: haiAn,
  planId,
  name: "Tỷ lệ hồ sơ TTHC xử lý trực tuyến toàn trình",
  unit: "PERCENT",
  comparison: "GTE",
  measure: "RATIO",
  target: "80",
  dueDate: "2025-12-31",
  numeratorLabel: "Số hồ sơ xử lý trực tuyến toàn trình",
  denominatorLabel: "Tổng số hồ sơ tiếp nhận",
  method: "Theo Hệ thống thông tin giải quyết TTHC của tỉnh.",
  frequency: "MONTHLY",
  responsibleUnitId: center.unitId,
  taskIds: [taskA, taskB],
  ...extra,
});

const countInput = (extra: Record<string, unknown> = {}) => ({
  communeId: haiAn,
  planId,
  name: "Số cơ sở dữ liệu dùng chung được kết nối",
  unit: "COUNT",
  comparison: "EQ",
  measure: "DIRECT",
  target: "12",
  dueDate: "2025-12-31",
  frequency: "MONTHLY",
  responsibleUnitId: center.unitId,
  taskIds: [],
  ...extra,
});

const entry = (indicatorId: string, extra: Record<string, unknown> = {}) => ({
  communeId: haiAn,
  indicatorId,
  periodKey: "2025-10",
  baseRevision: 0,
  sourceNote: "Hệ thống thông tin giải quyết TTHC",
  files: [],
  ...extra,
});

async function create(input: Record<string, unknown>) {
  const { indicatorId } = ok(await run<Saved>(saveIndicator, coordinator, input));
  const row = await db.indicator.findUniqueOrThrow({ where: { id: indicatorId } });
  return { id: row.id, code: row.code };
}

/** Everything a refused KPI action could have written. */
async function counts() {
  const [indicators, links, values, attachments, audits] = await Promise.all([
    db.indicator.count(),
    db.indicatorTask.count(),
    db.indicatorValue.count(),
    db.attachment.count(),
    db.auditLog.count(),
  ]);
  const files = existsSync(evidenceDir()) ? readdirSync(evidenceDir()).length : 0;
  return { indicators, links, values, attachments, audits, files };
}

const valuesOf = (indicatorId: string, periodKey: string) =>
  db.indicatorValue.findMany({ where: { indicatorId, periodKey }, orderBy: { revision: "asc" } });

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

const HEADER = ["Mã chỉ tiêu", "Kỳ", "Giá trị", "Tử số", "Mẫu số", "Ghi chú"];

async function xlsx(rows: (string | number | Date | null)[][]): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Số liệu");
  ws.addRow(["Số liệu chỉ tiêu kế hoạch chuyển đổi số"]); // a title above the header, as templates have
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return file(Buffer.from(await wb.xlsx.writeBuffer()), "so-lieu.xlsx");
}

const csv = (lines: string[]) => file(Buffer.from([HEADER.join(";"), ...lines].join("\r\n"), "utf8"), "so-lieu.csv");

const importFile = (user: Viewer | null, f: File, mode: "preview" | "apply") =>
  run<Imported>(importIndicatorValues, user, { communeId: haiAn, planId, file: f, mode });

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  coordinator = await viewer(db, "vhxh.haian");
  chair = await viewer(db, "chutich.haian");
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  province = await viewer(db, "tinh.haiphong");
  admin = await viewer(db, "admin");
  otherCoordinator = await viewer(db, "vhxh.thachkhoi");
  planId = (await db.plan.findFirstOrThrow({ where: { communeId: haiAn, sourceFile: { not: null } } })).id;
  const tasks = await db.task.findMany({ where: { communeId: haiAn, planId }, orderBy: { sortOrder: "asc" }, take: 3 });
  [taskA, taskB] = [must(tasks[0], "task 1").id, must(tasks[1], "task 2").id];
  foreignTask = (await db.task.findFirstOrThrow({ where: { communeId: thachKhoi } })).id;
  foreignUnit = (await db.unit.findFirstOrThrow({ where: { communeId: thachKhoi, name: "Trung tâm Phục vụ hành chính công" } })).id;

  ratio = await create(ratioInput());
  count = await create(countInput());
  percent = await create(
    countInput({ name: "Tỷ lệ cán bộ sử dụng chữ ký số", unit: "PERCENT", comparison: "GTE", target: "90", taskIds: [taskA] }),
  );
  officeOnly = await create(countInput({ name: "Số văn bản điện tử gửi lên trục liên thông", comparison: "GTE", target: "5" }));
  ok(
    await run<Saved>(saveIndicator, coordinator, {
      ...countInput({ name: "Số văn bản điện tử gửi lên trục liên thông", comparison: "GTE", target: "5" }),
      indicatorId: officeOnly.id,
      version: 0,
      responsibleUnitId: office.unitId,
    }),
  );
});

afterAll(async () => {
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
  await getDb().$disconnect();
});

// ---- 1. Definitions ---------------------------------------------------------------------------

describe("saveIndicator / deleteIndicator", () => {
  it("creates an indicator with the next free code, its linked tasks and an audit line", async () => {
    const codesBefore = (await db.indicator.findMany({ where: { planId }, select: { code: true } })).map((i) => i.code);
    const res = ok(await run<Saved>(saveIndicator, coordinator, ratioInput({ name: "Tỷ lệ hồ sơ nộp trực tuyến (bản thử)" })));
    expect(res.version).toBe(0);
    const row = await db.indicator.findUniqueOrThrow({ where: { id: res.indicatorId }, include: { tasks: true } });
    expect(row.code).toMatch(/^CT\d{2,}$/);
    expect(codesBefore).not.toContain(row.code);
    expect(Number(row.code.slice(2))).toBe(Math.max(...codesBefore.map((c) => Number(c.slice(2)))) + 1);
    expect(row).toMatchObject({
      communeId: haiAn,
      planId,
      unit: "PERCENT",
      comparison: "GTE",
      measure: "RATIO",
      numeratorLabel: "Số hồ sơ xử lý trực tuyến toàn trình",
      denominatorLabel: "Tổng số hồ sơ tiếp nhận",
      frequency: "MONTHLY",
      responsibleUnitId: center.unitId,
      version: 0,
    });
    expect(row.target.toNumber()).toBe(80);
    expect(row.dueDate.toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(row.tasks.map((t) => [t.taskId, t.communeId]).sort()).toEqual(
      [
        [taskA, haiAn],
        [taskB, haiAn],
      ].sort(),
    );
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "indicators.create" } });
    expect(log).toMatchObject({ communeId: haiAn, actorId: coordinator.id, entityType: "Indicator" });
  });

  it("a direct indicator keeps no numerator/denominator labels", async () => {
    const { id } = await create(countInput({ name: "Số CSDL (bản thử nhãn)", numeratorLabel: "x", denominatorLabel: "y" }));
    const row = await db.indicator.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ measure: "DIRECT", unit: "COUNT", numeratorLabel: null, denominatorLabel: null });
    expect(row.target.toNumber()).toBe(12);
  });

  it("refuses invalid definitions and writes nothing", async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [
        ratioInput({ numeratorLabel: "", denominatorLabel: "" }),
        {
          numeratorLabel: ["Nhập tên tử số (ví dụ: số hồ sơ xử lý trực tuyến toàn trình)"],
          denominatorLabel: ["Nhập tên mẫu số (ví dụ: tổng số hồ sơ tiếp nhận)"],
        },
      ],
      [ratioInput({ target: "120" }), { target: ["Tỷ lệ phải từ 0 đến 100%"] }],
      [ratioInput({ unit: "COUNT" }), { measure: ["Chỉ tiêu tính từ tử số/mẫu số phải có đơn vị %"] }],
      [
        ratioInput({ target: "30", target2: "80", dueDate: "2025-12-31", dueDate2: "2025-06-30" }),
        { dueDate2: ["Thời hạn mốc 2 phải sau thời hạn mốc 1"] },
      ],
      [ratioInput({ target2: "90" }), { dueDate2: ["Mốc 2 cần cả chỉ tiêu và thời hạn"] }],
      [ratioInput({ dueDate2: "2026-06-30" }), { target2: ["Mốc 2 cần cả chỉ tiêu và thời hạn"] }],
      [countInput({ target: "12,5" }), { target: ["Số lượng phải là số nguyên"] }],
      [countInput({ target: "-1" }), { target: ["chỉ tiêu cần đạt phải là một số không âm"] }],
      [countInput({ dueDate: "2025-02-30" }), { dueDate: ["Ngày không hợp lệ"] }],
      [ratioInput({ taskIds: [taskA, foreignTask] }), { taskIds: ["Chọn nhiệm vụ của kế hoạch"] }],
      [ratioInput({ responsibleUnitId: foreignUnit }), { responsibleUnitId: ["Chọn đơn vị của xã"] }],
      // The commune itself is a unit of the commune, but not one that can answer for a KPI.
      [ratioInput({ responsibleUnitId: haiAn }), { responsibleUnitId: ["Chọn đơn vị của xã"] }],
      [ratioInput({ catalogCode: "KHONG_CO" }), { catalogCode: ["Chọn chỉ tiêu trong danh mục"] }],
    ];
    for (const [input, fieldErrors] of cases) {
      const res = await run(saveIndicator, coordinator, input);
      expect(res, JSON.stringify(fieldErrors)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors });
    }
    // A plan of another commune under this commune's id is not found.
    const foreignPlan = (await db.plan.findFirstOrThrow({ where: { communeId: thachKhoi, sourceFile: { not: null } } })).id;
    expect(await run(saveIndicator, coordinator, ratioInput({ planId: foreignPlan }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });

  it("an edit on the current version bumps it and replaces the linked tasks", async () => {
    const { id } = await create(countInput({ name: "Số CSDL (bản để sửa)", taskIds: [taskA] }));
    const res = ok(
      await run<Saved>(saveIndicator, coordinator, {
        ...countInput({ name: "Số CSDL dùng chung đã kết nối", target: "15", taskIds: [taskB] }),
        indicatorId: id,
        version: 0,
      }),
    );
    expect(res).toEqual({ indicatorId: id, version: 1 });
    const row = await db.indicator.findUniqueOrThrow({ where: { id }, include: { tasks: true } });
    expect(row).toMatchObject({ name: "Số CSDL dùng chung đã kết nối", version: 1 });
    expect(row.target.toNumber()).toBe(15);
    expect(row.tasks.map((t) => t.taskId)).toEqual([taskB]);
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "indicators.edit" } });
    expect(log.data).toMatchObject({ before: { name: "Số CSDL (bản để sửa)", target: 12, version: 0 } });

    // The same form sent again (version 0) is stale now: conflict, nothing changes.
    const before = await counts();
    const stale = await run(saveIndicator, coordinator, {
      ...countInput({ name: "Bản cũ", target: "20", taskIds: [taskA] }),
      indicatorId: id,
      version: 0,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const after = await db.indicator.findUniqueOrThrow({ where: { id }, include: { tasks: true } });
    expect(after).toMatchObject({ name: "Số CSDL dùng chung đã kết nối", version: 1 });
    expect(after.target.toNumber()).toBe(15);
    expect(after.tasks.map((t) => t.taskId)).toEqual([taskB]);
    expect(await counts()).toEqual(before);
  });

  it("an edit needs the version it was based on", async () => {
    const res = await run(saveIndicator, coordinator, { ...countInput(), indicatorId: count.id });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { version: ["Thiếu phiên bản dữ liệu"] } });
  });

  it("an indicator without values can be deleted (with its task links); a stale version cannot", async () => {
    const { id } = await create(countInput({ name: "Số CSDL (bản để xóa)", taskIds: [taskA, taskB] }));
    expect(await run(deleteIndicator, coordinator, { communeId: haiAn, indicatorId: id, version: 3 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await db.indicator.count({ where: { id } })).toBe(1);
    expect(await run(deleteIndicator, office, { communeId: haiAn, indicatorId: id, version: 0 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    ok(await run(deleteIndicator, coordinator, { communeId: haiAn, indicatorId: id, version: 0 }));
    expect(await db.indicator.count({ where: { id } })).toBe(0);
    expect(await db.indicatorTask.count({ where: { indicatorId: id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: id, action: "indicators.delete" } })).toBe(1);
  });
});

// ---- 2. Value entry ---------------------------------------------------------------------------

describe("enterIndicatorValue", () => {
  it("a ratio stores its numerator, denominator and the computed percentage, with its evidence on disk", async () => {
    const res = ok(
      await run<Entered>(
        enterIndicatorValue,
        center,
        entry(ratio.id, { numerator: "812", denominator: "1000", files: [file(PDF, "bao-cao-thang-10.pdf")] }),
      ),
    );
    expect(res.revision).toBe(1);
    const row = await db.indicatorValue.findUniqueOrThrow({ where: { id: res.valueId }, include: { attachments: true } });
    expect(row).toMatchObject({
      communeId: haiAn,
      indicatorId: ratio.id,
      periodKey: "2025-10",
      revision: 1,
      correctionReason: null,
      unitId: center.unitId,
      enteredById: center.id,
      sourceNote: "Hệ thống thông tin giải quyết TTHC",
    });
    expect([num(row.value), num(row.numerator), num(row.denominator)]).toEqual([81.2, 812, 1000]);
    // Tháng 10/2025 runs from 15/09/2025 to 14/10/2025.
    expect([row.periodStart.toISOString().slice(0, 10), row.periodEnd.toISOString().slice(0, 10)]).toEqual(["2025-09-15", "2025-10-14"]);
    expect(row.attachments).toHaveLength(1);
    const a = must(row.attachments[0], "the stored attachment");
    expect(a).toMatchObject({ fileName: "bao-cao-thang-10.pdf", mimeType: "application/pdf", indicatorValueId: row.id, communeId: haiAn });
    const onDisk = readFileSync(path.join(evidenceDir(), a.id));
    expect(onDisk.equals(PDF)).toBe(true);
    expect(sha256(onDisk)).toBe(a.sha256);
    const logs = await db.auditLog.findMany({ where: { entityId: ratio.id } });
    expect(logs.map((l) => l.action).sort()).toEqual(["indicators.attachEvidence", "indicators.create", "indicators.enterValue"]);
    expect(logs.find((l) => l.action === "indicators.enterValue")?.data).toMatchObject({
      valueId: row.id,
      period: "2025-10",
      revision: 1,
      after: { value: 81.2, numerator: 812, denominator: 1000 },
    });
    expect(logs.find((l) => l.action === "indicators.attachEvidence")?.data).toMatchObject({ valueId: row.id, attachmentIds: [a.id] });
  });

  it("direct values: a percentage and a whole count; Vietnamese decimals are read", async () => {
    const p = ok(await run<Entered>(enterIndicatorValue, center, entry(percent.id, { value: "81,5" })));
    expect(num((await db.indicatorValue.findUniqueOrThrow({ where: { id: p.valueId } })).value)).toBe(81.5);
    const c = ok(await run<Entered>(enterIndicatorValue, center, entry(count.id, { periodKey: "2025-08", value: "9" })));
    const row = await db.indicatorValue.findUniqueOrThrow({ where: { id: c.valueId } });
    expect([num(row.value), row.numerator, row.denominator, row.revision]).toEqual([9, null, null, 1]);
  });

  it("the value of the period that is running now is accepted", async () => {
    const current = periodContaining(localDateKey(new Date()), "MONTHLY");
    const res = ok(await run<Entered>(enterIndicatorValue, center, entry(percent.id, { periodKey: current.key, value: "85" })));
    expect((await db.indicatorValue.findUniqueOrThrow({ where: { id: res.valueId } })).periodKey).toBe(current.key);
  });

  it("refuses every bad figure with its field's message, and writes nothing", async () => {
    const before = await counts();
    const future = nextPeriod(periodContaining(localDateKey(new Date()), "MONTHLY"));
    const cases: [string, Record<string, unknown>, Record<string, string[]>][] = [
      [
        ratio.id,
        { value: "81,2", numerator: "812", denominator: "1000" },
        { value: ["Giá trị được tính tự động từ tử số và mẫu số, không nhập tay"] },
      ],
      [ratio.id, { value: "81,2" }, { numerator: ["Nhập tử số"], denominator: ["Nhập mẫu số"] }],
      [ratio.id, { numerator: "1001", denominator: "1000" }, { numerator: ["Tử số không được lớn hơn mẫu số"] }],
      [ratio.id, { numerator: "0", denominator: "0" }, { denominator: ["Mẫu số phải lớn hơn 0"] }],
      [ratio.id, { numerator: "-5", denominator: "1000" }, { numerator: ["Tử số không được âm"] }],
      [percent.id, { value: "100,5" }, { value: ["Tỷ lệ phải từ 0 đến 100%"] }],
      [percent.id, { numerator: "5", denominator: "10" }, { numerator: ["Chỉ tiêu này nhập trực tiếp giá trị, không dùng tử số/mẫu số"] }],
      [count.id, { value: "" }, { value: ["Nhập giá trị"] }],
      [count.id, { value: "-3" }, { value: ["Giá trị không được âm"] }],
      [count.id, { value: "NaN" }, { value: ["Giá trị phải là một số (ví dụ 812 hoặc 81,5)"] }],
      [count.id, { value: "abc" }, { value: ["Giá trị phải là một số (ví dụ 812 hoặc 81,5)"] }],
      [count.id, { value: "Infinity" }, { value: ["Giá trị phải là một số (ví dụ 812 hoặc 81,5)"] }],
      [count.id, { value: "1e6" }, { value: ["Giá trị phải là một số (ví dụ 812 hoặc 81,5)"] }],
      [count.id, { value: "1000000000000" }, { value: ["Giá trị quá lớn"] }],
      [count.id, { value: "9".repeat(31) }, { value: ["Giá trị không hợp lệ"] }],
      [count.id, { value: "12,5" }, { value: ["Giá trị phải là số nguyên"] }],
      [percent.id, { value: "81,12345" }, { value: ["Giá trị: tối đa 4 chữ số thập phân"] }],
      [
        count.id,
        { value: "12", periodKey: future.key },
        { periodKey: [`${future.label} chưa bắt đầu: không nhập số liệu cho kỳ tương lai`] },
      ],
      [count.id, { value: "12", periodKey: "2099-01" }, { periodKey: ["Tháng 01/2099 chưa bắt đầu: không nhập số liệu cho kỳ tương lai"] }],
      [count.id, { value: "12", periodKey: "2019-12" }, { periodKey: ["Tháng 12/2019 quá xa trong quá khứ"] }],
      [count.id, { value: "12", periodKey: "2025-13" }, { periodKey: ["Kỳ số liệu không hợp lệ"] }],
      [count.id, { value: "12", periodKey: "2025-00" }, { periodKey: ["Kỳ số liệu không hợp lệ"] }],
      [count.id, { value: "12", periodKey: "2025-W40" }, { periodKey: ["Kỳ số liệu không hợp lệ"] }],
      [count.id, { value: "12", periodKey: "10/2025" }, { periodKey: ["Chọn kỳ số liệu"] }],
      [count.id, { value: "12", periodKey: "2025-10; DROP TABLE" }, { periodKey: ["Chọn kỳ số liệu"] }],
      [count.id, { value: "12", baseRevision: -1 }, { baseRevision: [expect.any(String)] }],
    ];
    for (const [indicatorId, extra, fieldErrors] of cases) {
      const res = await run(enterIndicatorValue, center, entry(indicatorId, { periodKey: "2025-09", ...extra }));
      expect(res, JSON.stringify(extra)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors });
    }
    expect(await counts()).toEqual(before);
  });

  it("a fake file (an executable renamed .pdf) is refused with nothing stored, not even the value", async () => {
    const before = await counts();
    const res = await run(
      enterIndicatorValue,
      center,
      entry(count.id, { periodKey: "2025-09", value: "10", files: [file(PDF, "that.pdf"), file(EXE, "bao-cao.pdf")] }),
    );
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(res.ok ? null : res.fieldErrors?.files).toHaveLength(1);
    expect(await counts()).toEqual(before);
    expect(await valuesOf(count.id, "2025-09")).toEqual([]);
  });
});

// ---- 3. Corrections ---------------------------------------------------------------------------

describe("corrections are new revisions", () => {
  it("a second value for the same period needs a reason", async () => {
    const before = await counts();
    const res = await run(enterIndicatorValue, center, entry(ratio.id, { numerator: "790", denominator: "1000", baseRevision: 1 }));
    expect(res).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { correctionReason: ["Nêu lý do điều chỉnh số liệu đã nhập"] },
    });
    const short = await run(
      enterIndicatorValue,
      center,
      entry(ratio.id, { numerator: "790", denominator: "1000", baseRevision: 1, correctionReason: " sai " }),
    );
    expect(short).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await counts()).toEqual(before);
  });

  it("an entry on revision 0 when the period already has a value is a conflict showing the current value", async () => {
    const before = await counts();
    const res = await run(enterIndicatorValue, center, entry(ratio.id, { numerator: "700", denominator: "1000", baseRevision: 0 }));
    expect(res).toMatchObject({ ok: false, code: "CONFLICT", details: { revision: 1, value: 81.2 } });
    expect(res.ok ? "" : res.message).toContain("81,2%");
    expect(await counts()).toEqual(before);
  });

  it("with a reason on revision 1 it stores revision 2 and keeps revision 1 untouched", async () => {
    const res = ok(
      await run<Entered>(
        enterIndicatorValue,
        center,
        entry(ratio.id, { numerator: "790", denominator: "1000", baseRevision: 1, correctionReason: "Số liệu tháng 10 bị cộng trùng" }),
      ),
    );
    expect(res.revision).toBe(2);
    const rows = await valuesOf(ratio.id, "2025-10");
    expect(rows.map((r) => [r.revision, num(r.value), num(r.numerator), r.correctionReason])).toEqual([
      [1, 81.2, 812, null],
      [2, 79, 790, "Số liệu tháng 10 bị cộng trùng"],
    ]);
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: ratio.id, action: "indicators.correctValue" } });
    expect(log.data).toMatchObject({ revision: 2, reason: "Số liệu tháng 10 bị cộng trùng", before: { revision: 1, value: 81.2 } });
  });

  it("two people correcting the same revision at once: exactly one wins", async () => {
    const before = await db.indicatorValue.count({ where: { indicatorId: ratio.id } });
    const [a, b] = await Promise.all([
      run(
        enterIndicatorValue,
        center,
        entry(ratio.id, { numerator: "800", denominator: "1000", baseRevision: 2, correctionReason: "Người thứ nhất" }),
      ),
      run(
        enterIndicatorValue,
        coordinator,
        entry(ratio.id, { numerator: "805", denominator: "1000", baseRevision: 2, correctionReason: "Người thứ hai" }),
      ),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    const rows = await valuesOf(ratio.id, "2025-10");
    expect(rows.map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(await db.indicatorValue.count({ where: { indicatorId: ratio.id } })).toBe(before + 1);
    const winner = a.ok ? "Người thứ nhất" : "Người thứ hai";
    expect(rows[2]?.correctionReason).toBe(winner);
    // The loser's form is now stale as well: a second try on revision 2 is still a conflict.
    const retry = await run(
      enterIndicatorValue,
      center,
      entry(ratio.id, { numerator: "800", denominator: "1000", baseRevision: 2, correctionReason: "Gửi lại" }),
    );
    expect(retry).toMatchObject({ ok: false, code: "CONFLICT", details: { revision: 3 } });
  });

  it("the table refuses updates of a stored value (append-only trigger), even from the application's own connection", async () => {
    const first = must((await valuesOf(ratio.id, "2025-10"))[0], "revision 1 of 2025-10");
    await expect(db.$executeRaw`UPDATE "IndicatorValue" SET value = 99 WHERE id = ${first.id}`).rejects.toThrow(/append-only/);
    await expect(db.indicatorValue.update({ where: { id: first.id }, data: { sourceNote: "sửa lén" } })).rejects.toThrow();
    const again = await db.indicatorValue.findUniqueOrThrow({ where: { id: first.id } });
    expect([num(again.value), again.sourceNote]).toEqual([81.2, "Hệ thống thông tin giải quyết TTHC"]);
  });

  it("getIndicator shows the current revision's value and the full history, newest first", async () => {
    const rows = await valuesOf(ratio.id, "2025-10");
    const page = await getIndicator(haiAn, ratio.id);
    expect(page).not.toBeNull();
    const current = must(rows[2], "revision 3 of 2025-10");
    expect(page!.currentRevisions["2025-10"]).toEqual({
      revision: 3,
      value: num(current.value),
      numerator: num(current.numerator),
      denominator: num(current.denominator),
    });
    expect(page!.history.map((h) => [h.periodKey, h.revision])).toEqual([
      ["2025-10", 3],
      ["2025-10", 2],
      ["2025-10", 1],
    ]);
    expect(page!.history[2]).toMatchObject({ value: 81.2, numerator: 812, denominator: 1000, correctionReason: null });
    expect(page!.history[2]?.attachments.map((a) => a.fileName)).toEqual(["bao-cao-thang-10.pdf"]);
    expect(page!.summary.latest).toMatchObject({ periodKey: "2025-10", revision: 3, value: num(current.value) });
    expect(page!.tasks.map((t) => t.id).sort()).toEqual([taskA, taskB].sort());
    // Another commune's id finds nothing.
    expect(await getIndicator(thachKhoi, ratio.id)).toBeNull();
  });

  it("an indicator that has values cannot be deleted", async () => {
    const before = await counts();
    const version = (await db.indicator.findUniqueOrThrow({ where: { id: ratio.id } })).version;
    const res = await run(deleteIndicator, coordinator, { communeId: haiAn, indicatorId: ratio.id, version });
    expect(res).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Chỉ tiêu đã có số liệu nên không xóa được (để giữ lịch sử số liệu).",
    });
    expect(await counts()).toEqual(before);
  });

  it("an indicator that has values keeps its frequency, unit and way of measuring; other fields still change", async () => {
    const stored = await db.indicator.findUniqueOrThrow({ where: { id: ratio.id } });
    const edit = (extra: Record<string, unknown>) =>
      run(saveIndicator, coordinator, ratioInput({ indicatorId: ratio.id, version: stored.version, ...extra }));
    const weekly = await edit({ frequency: "WEEKLY" });
    expect(weekly).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!weekly.ok) expect(weekly.message).toContain("không đổi được đơn vị tính, cách đo hay tần suất");
    expect(await edit({ measure: "DIRECT", numeratorLabel: "", denominatorLabel: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db.indicator.findUniqueOrThrow({ where: { id: ratio.id } })).version).toBe(stored.version);
    expect(await edit({ name: "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình (đã sửa tên)" })).toMatchObject({ ok: true });
  });
});

// ---- 4. Permissions ---------------------------------------------------------------------------

describe("who may enter values and define indicators", () => {
  const septemberRatio = (extra: Record<string, unknown> = {}) =>
    entry(ratio.id, { periodKey: "2025-09", numerator: "600", denominator: "1000", ...extra });

  it("refused: another unit's staff, the chairperson, the province, another commune, the signed-out", async () => {
    const before = await counts();
    expect(await run(enterIndicatorValue, office, septemberRatio())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(enterIndicatorValue, chair, septemberRatio())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const byProvince = await run(enterIndicatorValue, province, septemberRatio());
    expect(byProvince.ok).toBe(false);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(byProvince.ok ? "" : byProvince.code);
    // Another commune's coordinator learns nothing, whichever commune id they send.
    expect(await run(enterIndicatorValue, otherCoordinator, septemberRatio())).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(enterIndicatorValue, otherCoordinator, septemberRatio({ communeId: thachKhoi }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const foreignStaff = await viewer(db, "tthcc.thachkhoi");
    expect(await run(enterIndicatorValue, foreignStaff, septemberRatio())).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(enterIndicatorValue, null, septemberRatio())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    // The office may enter its own indicator, but not with another commune's id on it.
    expect(await run(enterIndicatorValue, office, entry(officeOnly.id, { communeId: thachKhoi, value: "3" }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await counts()).toEqual(before);
  });

  it("allowed: the responsible unit, the commune's coordinator and an admin", async () => {
    const a = ok(await run<Entered>(enterIndicatorValue, center, septemberRatio()));
    const b = ok(
      await run<Entered>(
        enterIndicatorValue,
        coordinator,
        septemberRatio({ numerator: "610", baseRevision: 1, correctionReason: "Bổ sung hồ sơ" }),
      ),
    );
    const c = ok(
      await run<Entered>(
        enterIndicatorValue,
        admin,
        septemberRatio({ numerator: "620", baseRevision: 2, correctionReason: "Rà soát của quản trị" }),
      ),
    );
    const d = ok(await run<Entered>(enterIndicatorValue, office, entry(officeOnly.id, { value: "3" })));
    expect([a.revision, b.revision, c.revision, d.revision]).toEqual([1, 2, 3, 1]);
    const rows = await valuesOf(ratio.id, "2025-09");
    expect(rows.map((r) => [r.enteredById, r.unitId, num(r.value)])).toEqual([
      [center.id, center.unitId, 60],
      [coordinator.id, coordinator.unitId, 61],
      [admin.id, null, 62],
    ]);
  });

  it("only the coordinator (or an admin) defines indicators; other communes get not found", async () => {
    const before = await counts();
    for (const u of [office, center, chair, province]) {
      expect(await run(saveIndicator, u, countInput({ name: "Không được tạo" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await run(saveIndicator, otherCoordinator, countInput({ name: "Không được tạo" }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await run(saveIndicator, otherCoordinator, { ...countInput({ name: "Sửa trộm" }), indicatorId: count.id, version: 0 }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(saveIndicator, null, countInput())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await run(deleteIndicator, otherCoordinator, { communeId: haiAn, indicatorId: count.id, version: 0 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await counts()).toEqual(before);
    expect((await db.indicator.findUniqueOrThrow({ where: { id: count.id } })).name).toBe("Số cơ sở dữ liệu dùng chung được kết nối");
    const byAdmin = ok(await run<Saved>(saveIndicator, admin, countInput({ name: "Chỉ tiêu do quản trị tạo" })));
    expect((await db.indicator.findUniqueOrThrow({ where: { id: byAdmin.indicatorId } })).communeId).toBe(haiAn);
  });

  it("the catalog is edited by an admin only", async () => {
    const entryBefore = await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: "HO_SO_TRUC_TUYEN" } });
    const input = {
      code: "HO_SO_TRUC_TUYEN",
      name: "Hồ sơ TTHC được xử lý hoàn toàn trực tuyến (sửa)",
      unit: "PERCENT",
      comparison: "GTE",
      measure: "RATIO",
      defaultTarget: "85",
      defaultDueDate: "2026-12-31",
      numeratorLabel: "Số hồ sơ trực tuyến toàn trình",
      denominatorLabel: "Tổng số hồ sơ",
      method: "Theo hệ thống của tỉnh.",
      responsibleHint: "Trung tâm Phục vụ hành chính công",
      frequency: "MONTHLY",
      active: "on",
    };
    for (const u of [coordinator, chair, center, province]) {
      expect(await run(saveCatalogEntry, u, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await run(saveCatalogEntry, null, input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: "HO_SO_TRUC_TUYEN" } })).toEqual(entryBefore);
    expect(await run(saveCatalogEntry, admin, { ...input, defaultTarget: "120" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { defaultTarget: ["Tỷ lệ phải từ 0 đến 100%"] },
    });
    expect(await run(saveCatalogEntry, admin, { ...input, code: "KHONG_CO" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    ok(await run(saveCatalogEntry, admin, input));
    const after = await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: "HO_SO_TRUC_TUYEN" } });
    expect(after).toMatchObject({ name: input.name, active: true });
    expect(after.defaultTarget.toNumber()).toBe(85);
    expect(await db.auditLog.count({ where: { entityId: "HO_SO_TRUC_TUYEN", action: "catalog.edit", actorId: admin.id } })).toBe(1);
  });
});

// ---- 5. Value file import ---------------------------------------------------------------------

describe("importIndicatorValues", () => {
  // State at this point: ratio 2025-10 at revision 3; count 2025-08 = 9 (revision 1); count 2025-09 none.
  let ratioOct: { numerator: number; denominator: number };

  beforeAll(async () => {
    const rows = await valuesOf(ratio.id, "2025-10");
    const last = rows.at(-1)!;
    ratioOct = { numerator: num(last.numerator)!, denominator: num(last.denominator)! };
  });

  it("preview classifies every row with its message and writes nothing", async () => {
    const f = await xlsx([
      ["KHONG_CO", "10/2025", "5"], // line 3: unknown code
      [count.code, "13/2025", "5"], // 4: no such month
      [ratio.code, "08/2025", null, 900, 800], // 5: numerator > denominator
      [officeOnly.code, "10/2025", "7"], // 6: not the centre's indicator
      [count.code, new Date(Date.UTC(2025, 8, 1)), 10, null, null, "Sở TT&TT"], // 7: new (a date cell in tháng 9)
      [count.code.toLowerCase(), "Tháng 9/2025", "11"], // 8: same indicator and month as line 7
      [ratio.code, "2025-10", null, ratioOct.numerator, ratioOct.denominator], // 9: unchanged
      [count.code, "08/2025", "11"], // 10: correction of 9
      [count.code, "07/2025"], // 11: no figures: skipped
      [count.code, "T1/2099", "3"], // 12: future
    ]);
    const before = await counts();
    const res = ok(await importFile(center, f, "preview"));
    expect(await counts()).toEqual(before);
    expect(res).toMatchObject({ applied: false, written: 0, counts: { new: 1, correction: 1, unchanged: 1, error: 6 } });
    const byLine = Object.fromEntries(res.rows.map((r) => [r.line, r]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12]);
    expect(byLine[3]).toMatchObject({ kind: "error", errors: ["Không có chỉ tiêu “KHONG_CO” trong kế hoạch này"] });
    expect(byLine[4]).toMatchObject({
      kind: "error",
      errors: ["Kỳ “13/2025” không hợp lệ (ví dụ: 11/2025 hoặc Tuần 47/2025)"],
    });
    expect(byLine[5]).toMatchObject({ kind: "error", errors: ["Tử số không được lớn hơn mẫu số"] });
    expect(byLine[6]).toMatchObject({ kind: "error", errors: ["Bạn không phụ trách chỉ tiêu này nên không nhập được số liệu"] });
    expect(byLine[7]).toMatchObject({ kind: "new", value: 10, previous: null, periodLabel: "Tháng 9/2025", note: "Sở TT&TT", errors: [] });
    expect(byLine[8]).toMatchObject({ kind: "error", errors: ["Trùng với một dòng trước cho cùng chỉ tiêu và tháng 9/2025"] });
    expect(byLine[9]).toMatchObject({ kind: "unchanged", previous: byLine[9]?.value, errors: [] });
    expect(byLine[10]).toMatchObject({ kind: "correction", value: 11, previous: 9, errors: [] });
    expect(byLine[12]).toMatchObject({ kind: "error", errors: ["Tháng 01/2099 chưa bắt đầu: không nhập số liệu cho kỳ tương lai"] });

    // Applying the same file is refused as a whole.
    const applied = await importFile(center, f, "apply");
    expect(applied).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Tệp còn 6 dòng lỗi: chưa nhập dòng nào. Sửa tệp rồi tải lên lại.",
      details: { counts: { error: 6, new: 1, correction: 1, unchanged: 1 } },
    });
    expect(await counts()).toEqual(before);
    expect(await valuesOf(count.id, "2025-09")).toEqual([]);
  });

  it("a clean file is applied in one go: new rows, corrections as revision 2, unchanged rows not written", async () => {
    const before = await counts();
    const f = csv([
      `${count.code};09/2025;10;;;Sở TT&TT`,
      `${ratio.code};Tháng 08/2025;;850;1000;Hệ thống TTHC`,
      `${ratio.code};2025-10;;${ratioOct.numerator};${ratioOct.denominator};`,
      `${count.code};tháng 8 năm 2025;11;;;Rà soát lại`,
      `${count.code};07/2025;;;;`,
    ]);
    const preview = ok(await importFile(center, f, "preview"));
    expect(preview.counts).toEqual({ new: 2, correction: 1, unchanged: 1, error: 0 });
    expect(await counts()).toEqual(before);

    const res = ok(await importFile(center, f, "apply"));
    expect(res).toMatchObject({ applied: true, written: 3, counts: { new: 2, correction: 1, unchanged: 1, error: 0 } });
    const after = await counts();
    expect(after.values).toBe(before.values + 3);
    expect(after.audits).toBe(before.audits + 3);

    const sep = await valuesOf(count.id, "2025-09");
    expect(sep.map((r) => [r.revision, num(r.value), r.sourceNote, r.enteredById, r.correctionReason])).toEqual([
      [1, 10, "Sở TT&TT", center.id, null],
    ]);
    const aug = await valuesOf(count.id, "2025-08");
    expect(aug.map((r) => [r.revision, num(r.value), r.correctionReason])).toEqual([
      [1, 9, null],
      [2, 11, "Điều chỉnh khi nhập từ tệp so-lieu.csv"],
    ]);
    const ratioAug = await valuesOf(ratio.id, "2025-08");
    expect(ratioAug.map((r) => [r.revision, num(r.value), num(r.numerator), num(r.denominator)])).toEqual([[1, 85, 850, 1000]]);
    expect((await valuesOf(ratio.id, "2025-10")).map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(await valuesOf(count.id, "2025-07")).toEqual([]);
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: count.id, action: "indicators.correctValue" } });
    expect(log.data).toMatchObject({ file: "so-lieu.csv", line: "5", revision: 2 });

    // The same file again: everything is unchanged now, nothing is written.
    const again = ok(await importFile(center, f, "apply"));
    expect(again).toMatchObject({ written: 0, counts: { new: 0, correction: 0, unchanged: 4, error: 0 } });
    expect(await counts()).toEqual(after);
  });

  it("a file that is not a spreadsheet, or has no rows, gets a clean message", async () => {
    const before = await counts();
    const message = "Tệp phải là bảng tính Excel (.xlsx) hoặc CSV";
    for (const f of [file(PDF, "so-lieu.xlsx"), file(EXE, "so-lieu.csv"), file(await makeDocx(), "so-lieu.xlsx")]) {
      expect(await importFile(center, f, "preview")).toMatchObject({
        ok: false,
        code: "VALIDATION",
        message,
        fieldErrors: { file: [message] },
      });
    }
    expect(await importFile(center, csv([]), "apply")).toMatchObject({ ok: false, code: "VALIDATION" });
    // Only rows without figures: nothing to do, nothing written.
    const blank = ok(await importFile(center, csv([`${count.code};07/2025;;;;`]), "apply"));
    expect(blank).toMatchObject({ written: 0, rows: [], counts: { new: 0, correction: 0, unchanged: 0, error: 0 } });
    expect(await counts()).toEqual(before);
  });

  it("who may import: not the chairperson nor another commune; the coordinator may import any indicator", async () => {
    const f = csv([`${officeOnly.code};09/2025;4;;;`]);
    const before = await counts();
    expect(await importFile(chair, f, "apply")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await importFile(otherCoordinator, f, "apply")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await importFile(null, f, "apply")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await importFile(province, f, "apply")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
    const res = ok(await importFile(coordinator, f, "apply"));
    expect(res.written).toBe(1);
    expect((await valuesOf(officeOnly.id, "2025-09")).map((r) => [num(r.value), r.enteredById])).toEqual([[4, coordinator.id]]);
  });
});

// ---- 6. Status ----------------------------------------------------------------------------------

describe("status on the indicator list", () => {
  const statusOf = async (id: string, now: Date) => {
    const groups = await listIndicators(haiAn, now);
    const row = groups.flatMap((g) => g.indicators).find((i) => i.id === id);
    if (!row) throw new Error("indicator not listed");
    return row.summary;
  };

  it("MET, ON_TRACK, MISSED, STALE and NO_DATA for a fixed day", async () => {
    const met = await create(countInput({ name: "Số CSDL (trạng thái đạt)" }));
    const short = await create(ratioInput({ name: "Tỷ lệ hồ sơ trực tuyến (trạng thái)", taskIds: [] }));
    const early = await create(ratioInput({ name: "Tỷ lệ hồ sơ trực tuyến (đúng tiến độ)", taskIds: [] }));
    const empty = await create(countInput({ name: "Số CSDL (chưa có số liệu)" }));
    ok(await run(enterIndicatorValue, center, entry(met.id, { periodKey: "2025-10", value: "13" })));
    ok(await run(enterIndicatorValue, center, entry(short.id, { periodKey: "2025-12", numerator: "700", denominator: "1000" })));
    ok(await run(enterIndicatorValue, center, entry(early.id, { periodKey: "2025-09", numerator: "700", denominator: "1000" })));

    // 20/10/2025: the last completed period is tháng 10 (15/09–14/10), which has 13 CSDL ≥ 12.
    const oct20 = new Date("2025-10-20T03:00:00Z");
    expect(await statusOf(met.id, oct20)).toMatchObject({ status: "MET", progress: 100, latest: { periodKey: "2025-10", value: 13 } });
    expect(await statusOf(empty.id, oct20)).toMatchObject({ status: "NO_DATA", latest: null, progress: 0 });
    // 20/01/2026: tháng 01/2026 (15/12–14/01) has no value and tháng 10's is too old to count.
    const jan20 = new Date("2026-01-20T03:00:00Z");
    expect(await statusOf(met.id, jan20)).toMatchObject({ status: "STALE", label: "Số liệu cũ: tháng 10/2025" });
    // 05/01/2026: 70% for tháng 12 after the 31/12/2025 deadline of ≥ 80%.
    const jan5 = new Date("2026-01-05T03:00:00Z");
    expect(await statusOf(short.id, jan5)).toMatchObject({ status: "MISSED", latest: { value: 70 } });
    // 20/09/2025: 70% on 14/09 is above the straight line from the plan's start to 80% on 31/12/2025.
    const sep20 = new Date("2025-09-20T03:00:00Z");
    const onTrack = await statusOf(early.id, sep20);
    expect(onTrack).toMatchObject({ status: "ON_TRACK", latest: { periodKey: "2025-09", value: 70 } });
    expect(onTrack.expected).not.toBeNull();
    expect(onTrack.expected!).toBeLessThanOrEqual(70);
    expect(onTrack.progress).toBeCloseTo(87.5, 5);
  });

  it("getIndicator agrees with the list for the same day", async () => {
    const oct20 = new Date("2025-10-20T03:00:00Z");
    const list = (await listIndicators(haiAn, oct20)).flatMap((g) => g.indicators);
    for (const id of [ratio.id, count.id, percent.id, officeOnly.id]) {
      const page = await getIndicator(haiAn, id, oct20);
      expect(page?.summary.status).toBe(list.find((i) => i.id === id)?.summary.status);
    }
  });
});
