// The province coordinator writes a province plan's working copy (issue 20): by hand (details, tasks,
// KPIs, delete/withdraw/restore) and by import from its document; every refusal leaves nothing written.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionDef, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { evidenceDir, evidenceExists } from "@/lib/files/storage";
import {
  createProvincePlan,
  deleteProvinceTask,
  editProvincePlan,
  restoreProvinceTask,
  saveProvinceTask,
  withdrawProvinceTask,
} from "@/lib/province-plans/commands";
import { deleteProvinceIndicator, saveProvinceIndicator, withdrawProvinceIndicator } from "@/lib/province-plans/indicator-commands";
import { importProvincePlan } from "@/lib/province-plans/import-commands";
import type { z } from "zod";
import { PROVINCE_PLAN_TEXT } from "../support/province-plan";
import { EXE } from "../support/files";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiPhong: string;
let thanhHoa: string;
let haiAn: string;
let thachKhoi: string;
let haLong: string;
let coordinator: Viewer;
let admin: Viewer;

const run = <T>(def: ActionDef<z.ZodType, T>, who: Viewer, input: Record<string, unknown>) => executeAction(def, who, input, db);
function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}
const refused = <T>(r: ActionResult<T>) => {
  if (r.ok) throw new Error("accepted, expected a refusal");
  return r;
};
const version = async (planId: string) => String((await db.provincePlan.findUniqueOrThrow({ where: { id: planId } })).version);
const rowCounts = async () =>
  Promise.all([db.provincePlan.count(), db.provinceTask.count(), db.provinceIndicator.count(), db.auditLog.count()]);

const task = (planId: string, v: string, extra: Record<string, unknown> = {}) => ({
  provinceId: haiPhong,
  planId,
  version: v,
  code: "2.1",
  groupCode: "II",
  groupTitle: "Phát triển dữ liệu số",
  title: "Làm sạch dữ liệu hộ tịch",
  description: "Rà soát, làm sạch dữ liệu hộ tịch theo địa giới mới.",
  deadlineKind: "FIXED",
  dueDate: "2026-06-30",
  deadlineText: "Trước ngày 01/7/2026",
  leadText: "UBND các xã, phường",
  supportText: "Sở Tư pháp",
  targetAll: "on",
  targetCommuneIds: [],
  adaptable: "",
  ...extra,
});

async function newPlan(title = "Kế hoạch chuyển đổi số của thành phố năm 2026") {
  return ok(await run(createProvincePlan, coordinator, { provinceId: haiPhong, title, number: "120/KH-UBND", issuedDate: "2026-01-15" }))
    .planId;
}

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  haLong = (await communeByName(db, "Xã Hà Long")).id;
  haiPhong = (await db.unit.findUniqueOrThrow({ where: { id: haiAn } })).provinceId!;
  thanhHoa = (await db.unit.findUniqueOrThrow({ where: { id: haLong } })).provinceId!;
  const reader = await db.user.findUniqueOrThrow({ where: { username: "tinh.haiphong" } });
  await db.user.create({
    data: {
      username: "kehoach.thu",
      fullName: "Sở KH&CN Hải Phòng – điều phối (thử)",
      passwordHash: reader.passwordHash,
      role: "PROVINCE",
      provinceId: haiPhong,
      provinceCoordinator: true,
    },
  });
  coordinator = await viewer(db, "kehoach.thu");
  admin = await viewer(db, "admin");
}, 120_000);

afterAll(async () => {
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

describe("province plan by hand", () => {
  it("creates a plan with the province as default issuer, audited", async () => {
    const planId = await newPlan();
    const plan = await db.provincePlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({
      provinceId: haiPhong,
      issuer: "UBND thành phố Hải Phòng",
      number: "120/KH-UBND",
      version: 0,
      publishedVersion: 0,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "provincePlans.create", entityId: planId } });
    expect(audit).toMatchObject({ communeId: null, actorId: coordinator.id });
  });

  it("edits the details at the version seen; a stale form gets CONFLICT naming the change", async () => {
    const planId = await newPlan();
    const edited = ok(
      await run(editProvincePlan, coordinator, {
        provinceId: haiPhong,
        planId,
        version: "0",
        title: "Kế hoạch đã sửa tên",
        periodStart: "2026-01-01",
        periodEnd: "2026-12-31",
      }),
    );
    expect(edited.version).toBe(1);
    const stale = refused(await run(editProvincePlan, admin, { provinceId: haiPhong, planId, version: "0", title: "Một tên khác hẳn" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("Sửa thông tin kế hoạch của tỉnh");
    expect(stale.message).toContain("Sở KH&CN Hải Phòng – điều phối (thử)");
    expect((await db.provincePlan.findUniqueOrThrow({ where: { id: planId } })).title).toBe("Kế hoạch đã sửa tên");
    const bad = refused(
      await run(editProvincePlan, coordinator, {
        provinceId: haiPhong,
        planId,
        version: "1",
        title: "Kế hoạch đã sửa tên",
        periodStart: "2026-12-31",
        periodEnd: "2026-01-01",
      }),
    );
    expect(bad.fieldErrors?.periodEnd?.[0]).toBe("Ngày kết thúc phải sau ngày bắt đầu");
  });

  it("saves a task (new then edited), bumping the version; codes stay unique; targets are the province's communes", async () => {
    const planId = await newPlan();
    const made = ok(await run(saveProvinceTask, coordinator, task(planId, "0")));
    expect(made.version).toBe(1);
    let row = await db.provinceTask.findUniqueOrThrow({ where: { id: made.taskId } });
    expect(row).toMatchObject({
      code: "2.1",
      targetAll: true,
      targetCommuneIds: [],
      deadlineKind: "FIXED",
      firstVersion: null,
      adaptable: false,
    });

    const chosen = ok(
      await run(
        saveProvinceTask,
        coordinator,
        task(planId, "1", {
          taskId: made.taskId,
          targetAll: "",
          targetCommuneIds: [thachKhoi, haiAn],
          adaptable: "on",
          deadlineKind: "RECURRING",
        }),
      ),
    );
    row = await db.provinceTask.findUniqueOrThrow({ where: { id: made.taskId } });
    expect(row).toMatchObject({ targetAll: false, adaptable: true, deadlineKind: "RECURRING", dueDate: null });
    expect(row.targetCommuneIds.sort()).toEqual([haiAn, thachKhoi].sort());
    expect(chosen.version).toBe(2);

    const dup = refused(await run(saveProvinceTask, coordinator, task(planId, "2", { title: "Một nhiệm vụ khác" })));
    expect(dup.fieldErrors?.code?.[0]).toBe("Mã 2.1 đã có trong kế hoạch");
  });

  it("refuses a commune of another province, a non-commune, bad dates and a stale version, writing nothing", async () => {
    const planId = await newPlan();
    ok(await run(saveProvinceTask, coordinator, task(planId, "0")));
    const before = await rowCounts();
    const other = refused(
      await run(saveProvinceTask, coordinator, task(planId, "1", { code: "2.2", targetAll: "", targetCommuneIds: [haiAn, haLong] })),
    );
    expect(other.fieldErrors?.targetCommuneIds?.[0]).toContain("không thuộc tỉnh này");
    const office = (await db.unit.findFirstOrThrow({ where: { communeId: haiAn, kind: "OFFICE" } })).id;
    const notCommune = refused(
      await run(saveProvinceTask, coordinator, task(planId, "1", { code: "2.2", targetAll: "", targetCommuneIds: [office] })),
    );
    expect(notCommune.code).toBe("VALIDATION");
    const badDay = refused(await run(saveProvinceTask, coordinator, task(planId, "1", { code: "2.2", dueDate: "2026-02-30" })));
    expect(badDay.fieldErrors?.dueDate?.[0]).toBe("Ngày không hợp lệ");
    const noDay = refused(await run(saveProvinceTask, coordinator, task(planId, "1", { code: "2.2", dueDate: "" })));
    expect(noDay.fieldErrors?.dueDate?.[0]).toBe("Nhập hạn hoàn thành");
    const stale = refused(await run(saveProvinceTask, coordinator, task(planId, "0", { code: "2.2" })));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("Sửa nhiệm vụ của kế hoạch tỉnh 2.1");
    expect(await rowCounts()).toEqual(before);
  });

  it("deletes an unpublished task; a published one is refused and withdrawn, then restored", async () => {
    const planId = await newPlan();
    const a = ok(await run(saveProvinceTask, coordinator, task(planId, "0")));
    const b = ok(await run(saveProvinceTask, coordinator, task(planId, "1", { code: "2.2" })));
    ok(await run(deleteProvinceTask, coordinator, { provinceId: haiPhong, planId, taskId: a.taskId, version: "2" }));
    expect(await db.provinceTask.findUnique({ where: { id: a.taskId } })).toBeNull();

    await db.provinceTask.update({ where: { id: b.taskId }, data: { firstVersion: 1 } }); // as a publication leaves it
    const ref = async () => ({ provinceId: haiPhong, planId, taskId: b.taskId, version: await version(planId) });
    const del = refused(await run(deleteProvinceTask, coordinator, await ref()));
    expect(del.message).toBe("Nhiệm vụ đã ban hành: dùng Rút nhiệm vụ");
    expect(await db.provinceTask.findUnique({ where: { id: b.taskId } })).not.toBeNull();

    ok(await run(withdrawProvinceTask, coordinator, await ref()));
    expect((await db.provinceTask.findUniqueOrThrow({ where: { id: b.taskId } })).withdrawnAt).not.toBeNull();
    expect(refused(await run(withdrawProvinceTask, coordinator, await ref())).message).toBe("Nhiệm vụ này đã được rút.");
    ok(await run(restoreProvinceTask, coordinator, await ref()));
    expect((await db.provinceTask.findUniqueOrThrow({ where: { id: b.taskId } })).withdrawnAt).toBeNull();
    expect(
      await db.auditLog.count({
        where: { action: { in: ["provincePlans.withdrawTask", "provincePlans.restoreTask"] }, entityId: b.taskId },
      }),
    ).toBe(2);
  });

  it("saves a KPI from the catalog (name, method and ratio labels prefilled), refuses % over 100, deletes and withdraws", async () => {
    const planId = await newPlan();
    const entry = await db.indicatorCatalogEntry.findFirstOrThrow({ where: { measure: "RATIO", active: true } });
    const kpi = {
      provinceId: haiPhong,
      planId,
      version: "0",
      catalogCode: entry.code,
      name: "",
      unit: "PERCENT",
      comparison: "GTE",
      measure: "RATIO",
      target: "80",
      dueDate: "2026-12-31",
      frequency: "MONTHLY",
      targetAll: "on",
    };
    const made = ok(await run(saveProvinceIndicator, coordinator, kpi));
    const row = await db.provinceIndicator.findUniqueOrThrow({ where: { id: made.indicatorId } });
    expect(row).toMatchObject({
      code: "CT01",
      catalogCode: entry.code,
      name: entry.name,
      method: entry.method,
      numeratorLabel: entry.numeratorLabel,
      denominatorLabel: entry.denominatorLabel,
      targetAll: true,
    });
    expect(row.target.toNumber()).toBe(80);

    const over = refused(await run(saveProvinceIndicator, coordinator, { ...kpi, version: "1", target: "120" }));
    expect(over.fieldErrors?.target?.[0]).toBe("Tỷ lệ phải từ 0 đến 100%");
    const unknown = refused(await run(saveProvinceIndicator, coordinator, { ...kpi, version: "1", catalogCode: "KHONG_CO" }));
    expect(unknown.fieldErrors?.catalogCode?.[0]).toContain("không có trong danh mục");
    const own = ok(
      await run(saveProvinceIndicator, coordinator, {
        ...kpi,
        version: "1",
        catalogCode: "",
        name: "Số xã có kho dữ liệu số",
        unit: "COUNT",
        measure: "DIRECT",
        target: "5",
        targetAll: "",
        targetCommuneIds: [haiAn],
      }),
    );
    expect((await db.provinceIndicator.findUniqueOrThrow({ where: { id: own.indicatorId } })).code).toBe("CT02");

    ok(await run(deleteProvinceIndicator, coordinator, { provinceId: haiPhong, planId, indicatorId: own.indicatorId, version: "2" }));
    expect(await db.provinceIndicator.count({ where: { planId } })).toBe(1);
    const ref = { provinceId: haiPhong, planId, indicatorId: made.indicatorId, version: "3" };
    expect(refused(await run(withdrawProvinceIndicator, coordinator, ref)).message).toContain("chưa ban hành");
    await db.provinceIndicator.update({ where: { id: made.indicatorId }, data: { firstVersion: 1 } });
    expect(refused(await run(deleteProvinceIndicator, coordinator, ref)).message).toBe("Chỉ tiêu đã ban hành: dùng Rút chỉ tiêu");
    ok(await run(withdrawProvinceIndicator, coordinator, ref));
    expect((await db.provinceIndicator.findUniqueOrThrow({ where: { id: made.indicatorId } })).withdrawnAt).not.toBeNull();
  });
});

describe("who may write", () => {
  it("read-only province account FORBIDDEN; other province NOT_FOUND; commune users refused; nothing written", async () => {
    const planId = await newPlan();
    const before = await rowCounts();
    const reader = await viewer(db, "tinh.haiphong");
    expect(refused(await run(createProvincePlan, reader, { provinceId: haiPhong, title: "Kế hoạch không được phép" })).code).toBe(
      "FORBIDDEN",
    );
    expect(refused(await run(saveProvinceTask, reader, task(planId, "0"))).code).toBe("FORBIDDEN");
    // A Hải Phòng plan addressed through Thanh Hóa is not found either.
    const thanhHoaCoordinator = { ...(await viewer(db, "tinh.thanhhoa")), provinceCoordinator: true };
    expect(refused(await run(createProvincePlan, coordinator, { provinceId: thanhHoa, title: "Kế hoạch của tỉnh khác" })).code).toBe(
      "NOT_FOUND",
    );
    expect(refused(await run(saveProvinceTask, thanhHoaCoordinator, { ...task(planId, "0"), provinceId: thanhHoa })).code).toBe(
      "NOT_FOUND",
    );
    for (const name of ["vhxh.haian", "chutich.haian", "vanphong.haian"]) {
      const code = refused(await run(saveProvinceTask, await viewer(db, name), task(planId, "0"))).code;
      expect(["NOT_FOUND", "FORBIDDEN"], name).toContain(code);
    }
    expect(refused(await run(createProvincePlan, coordinator, { provinceId: haiAn, title: "Một xã không phải tỉnh" })).code).toBe(
      "NOT_FOUND",
    );
    expect(await rowCounts()).toEqual(before);
  });
});

describe("province plan by import", () => {
  it("turns the document into a working copy: tasks, leads, targets, KPIs, warnings, the file kept", async () => {
    const file = new File([PROVINCE_PLAN_TEXT], "ke-hoach-120.txt", { type: "text/plain" });
    const res = ok(await run(importProvincePlan, coordinator, { provinceId: haiPhong, file }));
    expect(res).toMatchObject({ taskCount: 5, indicatorCount: 2 });
    const plan = await db.provincePlan.findUniqueOrThrow({
      where: { id: res.planId },
      include: { tasks: { orderBy: { sortOrder: "asc" } }, indicators: true },
    });
    expect(plan).toMatchObject({
      number: "120/KH-UBND",
      issuer: "UBND thành phố Hải Phòng",
      sourceFile: "ke-hoach-120.txt",
      publishedVersion: 0,
    });
    expect(plan.sourceText).toContain("Thí điểm kho dữ liệu số");
    expect(await evidenceExists(plan.sourceFileId!)).toBe(true);
    const byCode = Object.fromEntries(plan.tasks.map((t) => [t.code, t]));
    expect(byCode["1.1"]).toMatchObject({
      leadText: "UBND các xã, phường",
      targetAll: true,
      groupCode: "1",
      groupTitle: "Về thể chế",
      deadlineKind: "FIXED",
      deadlineText: "Trước ngày 28/02/2026",
    });
    expect(byCode["1.1"]!.dueDate?.toISOString().slice(0, 10)).toBe("2026-02-27");
    expect(byCode["1.2"]).toMatchObject({ leadText: "Sở Khoa học và Công nghệ", targetAll: false, targetCommuneIds: [] });
    expect(byCode["2.1"]).toMatchObject({ targetAll: true, deadlineKind: "RECURRING" });
    expect(byCode["2.2"]).toMatchObject({ leadText: "UBND phường Hải An", targetAll: false, targetCommuneIds: [haiAn] });
    expect(byCode["2.3"]).toMatchObject({ targetAll: false, targetCommuneIds: [], deadlineKind: "CONDITIONAL" });
    expect(plan.warnings.filter((w) => w.includes("không giao cho xã")).map((w) => w.slice(0, 12))).toEqual([
      "Nhiệm vụ 1.2",
      "Nhiệm vụ 2.3",
    ]);
    expect(plan.indicators.map((k) => k.catalogCode).sort()).toEqual(["HO_SO_TRUC_TUYEN", "TTHC_PHI_DIA_GIOI"]);
    expect(await db.auditLog.count({ where: { action: "provincePlans.import", entityId: plan.id } })).toBe(1);
  });

  it("refuses a file that is no plan (or no accepted file) with nothing written", async () => {
    const before = await rowCounts();
    const notPlan = refused(
      await run(importProvincePlan, coordinator, {
        provinceId: haiPhong,
        file: new File(["Biên bản họp giao ban tuần."], "bien-ban.txt", { type: "text/plain" }),
      }),
    );
    expect(notPlan.fieldErrors?.file?.[0]).toContain("không phải là một kế hoạch");
    const exe = refused(await run(importProvincePlan, coordinator, { provinceId: haiPhong, file: new File([EXE], "ke-hoach.exe") }));
    expect(exe.code).toBe("VALIDATION");
    expect(await rowCounts()).toEqual(before);
  });
});
