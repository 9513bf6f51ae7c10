import { existsSync, readFileSync } from "node:fs";
import { rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction, executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { storeAttachments, takeEvidence } from "@/lib/files/attach";
import pg from "pg";
import { evidenceDir, removeOrphanEvidence, sha256 } from "@/lib/files/storage";
import { acknowledgeDirective, editTask, giveDirective, returnUpdate, submitContribution, submitTaskUpdate } from "@/lib/tasks/commands";
import { EXE, file, makeZipBombDocx, PDF, PNG } from "../support/files";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let office: Viewer; // Văn phòng HĐND và UBND (lead of task T)
let center: Viewer; // Trung tâm PVHCC
let chair: Viewer;
let coordinator: Viewer;
let otherChair: Viewer; // Thạch Khôi
let taskId: string; // led by the office, supported by the centre

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  chair = await viewer(db, "chutich.haian");
  coordinator = await viewer(db, "vhxh.haian");
  otherChair = await viewer(db, "chutich.thachkhoi");
  const task = await db.task.findFirstOrThrow({
    // One of the ward's own tasks: a mandated one keeps the province's deadline (tests/integration/mandates.test.ts).
    where: { communeId: haiAn, provinceTaskId: null, units: { some: { unitId: office.unitId!, role: "LEAD" } }, parts: { none: {} } },
  });
  taskId = task.id;
  // Make the centre a helping unit of that task for the contribution tests.
  await db.taskUnit.deleteMany({ where: { taskId, unitId: center.unitId! } });
  await db.taskUnit.create({ data: { taskId, unitId: center.unitId!, role: "SUPPORT", communeId: haiAn } });
});
afterAll(async () => {
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer | null, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

async function current() {
  return db.task.findUniqueOrThrow({ where: { id: taskId } });
}

const progress = async (extra: Record<string, unknown> = {}) => ({
  communeId: haiAn,
  taskId,
  version: (await current()).version,
  workStatus: "IN_PROGRESS",
  progress: "60",
  result: "Đã rà soát 60% hồ sơ.",
  files: [],
  ...extra,
});

describe("progress update", () => {
  it("appends an update, moves the task on, stores the evidence and audits it, in one go", async () => {
    const before = await current();
    const res = await run<{ updateId: string; version: number }>(
      submitTaskUpdate,
      office,
      await progress({ files: [file(PDF, "bien-ban.pdf"), file(PNG, "anh.png")] }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const after = await current();
    expect(after).toMatchObject({ workStatus: "IN_PROGRESS", progress: 60, version: before.version + 1 });
    expect(after.lastUpdateAt).not.toBeNull();
    const update = await db.taskUpdate.findUniqueOrThrow({ where: { id: res.data.updateId }, include: { attachments: true } });
    expect(update).toMatchObject({ kind: "PROGRESS", authorId: office.id, unitId: office.unitId, result: "Đã rà soát 60% hồ sơ." });
    expect(update.attachments.map((a) => [a.fileName, a.mimeType]).sort()).toEqual([
      ["anh.png", "image/png"],
      ["bien-ban.pdf", "application/pdf"],
    ]);
    for (const a of update.attachments) {
      expect(readFileSync(path.join(evidenceDir(), a.id)).length).toBe(a.size);
      expect(sha256(readFileSync(path.join(evidenceDir(), a.id)))).toBe(a.sha256);
    }
    const log = await db.auditLog.findFirstOrThrow({
      where: { entityId: taskId, action: "tasks.submitUpdate" },
      orderBy: { createdAt: "desc" },
    });
    expect(log.data).toMatchObject({ before: { progress: before.progress }, after: { progress: 60, workStatus: "IN_PROGRESS" } });
  });

  it("done: progress becomes 100 and the completion day is kept", async () => {
    const res = await run(
      submitTaskUpdate,
      office,
      await progress({ workStatus: "DONE", progress: "80", completedDate: "2025-12-20", result: "Hoàn thành." }),
    );
    expect(res.ok).toBe(true);
    const t = await current();
    expect(t).toMatchObject({ workStatus: "DONE", progress: 100 });
    expect(t.completedAt?.toISOString()).toBe("2025-12-20T05:00:00.000Z");
  });

  it("a stale version is refused with the current state, and nothing is written", async () => {
    const before = await current();
    const updates = await db.taskUpdate.count({ where: { taskId } });
    const res = await run(submitTaskUpdate, office, { ...(await progress()), version: before.version - 1, result: "Bản cũ" });
    expect(res).toMatchObject({
      ok: false,
      code: "CONFLICT",
      details: { version: before.version, workStatus: before.workStatus, progress: before.progress },
    });
    expect(await db.taskUpdate.count({ where: { taskId } })).toBe(updates);
    expect((await current()).version).toBe(before.version);
  });

  it("two updates sent on the same version at once: exactly one wins, the other gets the conflict", async () => {
    const input = await progress();
    const [a, b] = await Promise.all([
      run(submitTaskUpdate, office, { ...input, result: "Người thứ nhất" }),
      run(submitTaskUpdate, office, { ...input, result: "Người thứ hai" }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    expect((await current()).version).toBe(input.version + 1);
  });

  it("validates the report: result needed, done needs a date, paused needs difficulties, progress 0–100", async () => {
    const r1 = await run(submitTaskUpdate, office, await progress({ result: "" }));
    expect(r1).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { result: ["Nhập kết quả thực hiện trong kỳ"] } });
    const r2 = await run(submitTaskUpdate, office, await progress({ workStatus: "DONE" }));
    expect(r2).toMatchObject({ fieldErrors: { completedDate: ["Nhập ngày hoàn thành"] } });
    const r3 = await run(submitTaskUpdate, office, await progress({ workStatus: "PAUSED" }));
    expect(r3).toMatchObject({ fieldErrors: { difficulties: ["Nêu khó khăn, vướng mắc khiến nhiệm vụ tạm dừng"] } });
    const r4 = await run(submitTaskUpdate, office, await progress({ progress: "150" }));
    expect(r4).toMatchObject({ fieldErrors: { progress: ["Tiến độ từ 0 đến 100%"] } });
    const r5 = await run(submitTaskUpdate, office, await progress({ workStatus: "DONE", completedDate: "2099-01-01" }));
    expect(r5).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("refuses fake, oversize and zip-bomb files; writes no row and no file", async () => {
    const rows = await db.attachment.count();
    const updates = await db.taskUpdate.count();
    const version = (await current()).version;
    for (const bad of [
      file(EXE, "bao-cao.pdf"),
      file(Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]), "lon.pdf"),
      file(await makeZipBombDocx(), "bom.docx"),
    ]) {
      const res = await run(submitTaskUpdate, office, await progress({ files: [file(PDF, "tot.pdf"), bad] }));
      expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    expect(await db.attachment.count()).toBe(rows);
    expect(await db.taskUpdate.count()).toBe(updates);
    expect((await current()).version).toBe(version);
    const onDisk = existsSync(evidenceDir()) ? (await import("node:fs")).readdirSync(evidenceDir()).length : 0;
    expect(onDisk).toBe(rows);
  });

  it("only the lead unit reports progress; other communes do not even see the task", async () => {
    expect(await run(submitTaskUpdate, center, await progress())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(submitTaskUpdate, chair, await progress())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const foreignStaff = await viewer(db, "vanphong.thachkhoi");
    expect(await run(submitTaskUpdate, foreignStaff, await progress())).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(submitTaskUpdate, null, await progress())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("contribution of a helping unit", () => {
  it("is recorded without touching the task's status, progress or version", async () => {
    const before = await current();
    const res = await run<{ updateId: string }>(submitContribution, center, {
      communeId: haiAn,
      taskId,
      result: "Đã cung cấp số liệu hồ sơ.",
      files: [file(PDF, "so-lieu.pdf")],
    });
    expect(res.ok).toBe(true);
    const after = await current();
    expect({ v: after.version, s: after.workStatus, p: after.progress }).toEqual({
      v: before.version,
      s: before.workStatus,
      p: before.progress,
    });
    if (res.ok)
      expect(await db.taskUpdate.findUniqueOrThrow({ where: { id: res.data.updateId } })).toMatchObject({
        kind: "CONTRIBUTION",
        unitId: center.unitId,
      });
  });

  it("is refused to the lead unit and to units not on the task", async () => {
    expect(await run(submitContribution, office, { communeId: haiAn, taskId, result: "x" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});

describe("directives", () => {
  it("the chairperson directs with a new deadline; the lead unit acknowledges", async () => {
    const before = await current();
    const res = await run<{ directiveId: string }>(giveDirective, chair, {
      communeId: haiAn,
      taskId,
      content: "Hoàn thành trước 31/3/2026.",
      newDueDate: "2026-03-31",
      version: String(before.version),
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const t = await current();
    expect(t.dueDate?.toISOString().slice(0, 10)).toBe("2026-03-31");
    expect(t).toMatchObject({ deadlineKind: "FIXED", version: before.version + 1 });

    expect(await run(acknowledgeDirective, center, { communeId: haiAn, directiveId: res.data.directiveId })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await run(acknowledgeDirective, office, { communeId: haiAn, directiveId: res.data.directiveId })).ok).toBe(true);
    const d = await db.directive.findUniqueOrThrow({ where: { id: res.data.directiveId } });
    expect(d.acknowledgedById).toBe(office.id);
    expect(d.acknowledgedAt).not.toBeNull();
  });

  it("is refused to staff, and to a chairperson of another commune", async () => {
    expect(await run(giveDirective, office, { communeId: haiAn, taskId, content: "Tự chỉ đạo" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await run(giveDirective, otherChair, { communeId: haiAn, taskId, content: "Chỉ đạo chéo" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });

  it("a new deadline on a stale form is a conflict", async () => {
    const v = (await current()).version;
    const res = await run(giveDirective, coordinator, {
      communeId: haiAn,
      taskId,
      content: "Lùi hạn",
      newDueDate: "2026-06-30",
      version: String(v - 1),
    });
    expect(res).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.directive.count({ where: { content: "Lùi hạn" } })).toBe(0);
  });
});

describe("edit and return by the standing office", () => {
  it("edits title, units and deadline with a reason, recorded before/after", async () => {
    const t = await current();
    const units = await db.unit.findMany({ where: { communeId: haiAn, kind: { notIn: ["COMMUNE", "WARD"] } } });
    const police = units.find((u) => u.name === "Công an phường")!;
    const res = await run(editTask, coordinator, {
      communeId: haiAn,
      taskId,
      version: String(t.version),
      title: "Tên đã điều chỉnh",
      deadlineKind: "CONDITIONAL",
      dueDate: "2026-05-15",
      deadlineText: "Sau khi thành phố có hướng dẫn",
      leadUnitIds: [office.unitId!, police.id],
      supportUnitIds: [center.unitId!],
      reason: "Thành phố đã ban hành hướng dẫn",
    });
    expect(res.ok).toBe(true);
    const after = await db.task.findUniqueOrThrow({ where: { id: taskId }, include: { units: true } });
    expect(after).toMatchObject({ title: "Tên đã điều chỉnh", deadlineKind: "CONDITIONAL", version: t.version + 1 });
    expect(after.dueDate?.toISOString().slice(0, 10)).toBe("2026-05-15");
    expect(
      after.units
        .filter((u) => u.role === "LEAD")
        .map((u) => u.unitId)
        .sort(),
    ).toEqual([office.unitId, police.id].sort());
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: taskId, action: "tasks.edit" } });
    expect(log.data).toMatchObject({
      reason: "Thành phố đã ban hành hướng dẫn",
      before: { title: t.title },
      after: { title: "Tên đã điều chỉnh" },
    });
  });

  it("refuses an edit without reason, with a unit of another commune, or on a stale version", async () => {
    const t = await current();
    const base = {
      communeId: haiAn,
      taskId,
      version: String(t.version),
      title: "X nhiệm vụ",
      deadlineKind: "NONE",
      leadUnitIds: [office.unitId!],
      reason: "Lý do đủ dài",
    };
    expect(await run(editTask, coordinator, { ...base, reason: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    const foreignUnit = await db.unit.findFirstOrThrow({
      where: { communeId: (await communeByName(db, "Phường Thạch Khôi")).id, kind: "OFFICE" },
    });
    expect(await run(editTask, coordinator, { ...base, leadUnitIds: [foreignUnit.id] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await run(editTask, coordinator, { ...base, version: String(t.version - 1) })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await run(editTask, chair, base)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await current()).title).toBe(t.title);
  });

  it("returns an update for correction once", async () => {
    const update = await db.taskUpdate.findFirstOrThrow({ where: { taskId, kind: "PROGRESS" } });
    expect(await run(returnUpdate, office, { communeId: haiAn, updateId: update.id, comment: "Tự trả lại" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await run(returnUpdate, coordinator, { communeId: haiAn, updateId: update.id, comment: "Thiếu số liệu minh chứng" })).ok).toBe(
      true,
    );
    expect(await db.taskUpdate.findUniqueOrThrow({ where: { id: update.id } })).toMatchObject({
      returnComment: "Thiếu số liệu minh chứng",
      returnedById: coordinator.id,
    });
    expect(await run(returnUpdate, coordinator, { communeId: haiAn, updateId: update.id, comment: "Lần hai nữa" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});

describe("files and the audit log never go half-way", () => {
  it("files written by a transaction that fails are removed", async () => {
    const before = existsSync(evidenceDir()) ? (await import("node:fs")).readdirSync(evidenceDir()).length : 0;
    const failing = defineAction({
      name: "failingUpload",
      schema: z.object({}),
      scope: "user",
      permission: () => true,
      async run(ctx) {
        const update = await ctx.tx.taskUpdate.create({
          data: { communeId: haiAn, taskId, authorId: office.id, workStatus: "IN_PROGRESS", progress: 1 },
        });
        await storeAttachments(ctx, await takeEvidence(ctx, haiAn, { files: [file(PDF, "a.pdf"), file(PNG, "b.png")] }), {
          communeId: haiAn,
          taskId,
          updateId: update.id,
          uploadedById: office.id,
        });
        throw new Error("disk full after upload");
      },
    });
    const res = await executeAction(failing, office, {}, db);
    expect(res).toMatchObject({ ok: false, code: "INTERNAL" });
    const after = (await import("node:fs")).readdirSync(evidenceDir()).length;
    expect(after).toBe(before);
  });

  it("startup cleanup removes files that have no row, but not those an open transaction may still claim", async () => {
    await mkdir(evidenceDir(), { recursive: true });
    const kept = await db.attachment.count();
    const orphan = "0123456789abcdef0123456789abcdef";
    await writeFile(path.join(evidenceDir(), orphan), "x");
    expect(await removeOrphanEvidence(db)).toBe(1);
    expect(existsSync(path.join(evidenceDir(), orphan))).toBe(false);

    // Another instance's upload: its transaction began, then its file was written, no commit yet.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT 1");
      const inFlight = "abcdef0123456789abcdef0123456789";
      await writeFile(path.join(evidenceDir(), inFlight), "y");
      expect(await removeOrphanEvidence(db)).toBe(0);
      expect(existsSync(path.join(evidenceDir(), inFlight))).toBe(true);
      await other.query("ROLLBACK");
      expect(await removeOrphanEvidence(db)).toBe(1);
      expect(existsSync(path.join(evidenceDir(), inFlight))).toBe(false);
    } finally {
      await other.end();
    }
    expect(await db.attachment.count()).toBe(kept);
    expect((await import("node:fs")).readdirSync(evidenceDir()).length).toBe(kept);
  });

  it("the audit log cannot be changed or deleted, even by the application", async () => {
    const entry = await db.auditLog.findFirstOrThrow();
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "forged" } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe(entry.action);
  });
});
