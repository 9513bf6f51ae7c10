// Races that used to break official records, fired through the real actions against PostgreSQL:
// a draft deleted while the chair signs it, two drafts signed with one number, a number written with
// extra leading zeros, and several "trả lại" of one progress report at once. Each round staggers the
// calls by 0–30 ms so that every interleaving gets its turn.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { localDateKey } from "@/lib/dates";
import { createReportDraft, deleteReportDraft, finalizeReport } from "@/lib/reports/commands";
import { documentOf } from "@/lib/reports/document";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { returnUpdate, submitTaskUpdate } from "@/lib/tasks/commands";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { withFreshFactor } from "../support/second-factor";

const db = testDb();
let communeId: string;
let planId: string;
let chair: Viewer;
let coordinator: Viewer;
let office: Viewer;
const ROUNDS = 30;
// Each round compiles drafts and renders DOCX/XLSX: about 20 s per race alone, minutes on a busy machine.
const RACE_TIMEOUT = 180_000;
const today = localDateKey(new Date());
const periodKey = reportPeriodContaining(today, "MONTH").key;

beforeAll(async () => {
  await freshDemo(db);
  communeId = (await communeByName(db, "Phường Hải An")).id;
  planId = (await db.plan.findFirstOrThrow({ where: { communeId, sourceFile: { not: null } } })).id;
  // Signing needs a fresh second factor (tests/integration/report-step-up.test.ts): this chair has one.
  chair = withFreshFactor(await viewer(db, "chutich.haian"));
  coordinator = await viewer(db, "vhxh.haian");
  office = await viewer(db, "vanphong.haian");
});
afterAll(async () => {
  await db.$disconnect();
});

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;
const later = <T>(f: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => f().then(resolve, reject), Math.random() * 30));

async function draft() {
  const res = await run<{ reportId: string }>(createReportDraft, coordinator, { communeId, planId, periodKey });
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  return db.report.findUniqueOrThrow({ where: { id: res.data.reportId } });
}

/** The chair's signing form for a stored draft. */
function signing(r: Awaited<ReturnType<typeof draft>>, number: string) {
  const doc = documentOf(r);
  return {
    communeId,
    reportId: r.id,
    version: r.version,
    ...doc.sections,
    summary: doc.heading.summary,
    place: doc.heading.place,
    number,
    issuedDate: today,
    signerMode: "TM",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn Chủ",
    recipients: "Lưu: VT, VHXH",
  };
}

describe("a signed report survives every race", () => {
  it(
    "sign vs delete of one draft, 30 rounds: never both OK, a signed report and its files always remain",
    async () => {
      const broken: string[] = [];
      let signed = 0;
      for (let i = 0; i < ROUNDS; i += 1) {
        const r = await draft();
        const [fin, del] = await Promise.all([
          later(() => run(finalizeReport, chair, signing(r, `${700 + i}/BC-UBND`))),
          later(() => run(deleteReportDraft, coordinator, { communeId, reportId: r.id })),
        ]);
        const row = await db.report.findUnique({ where: { id: r.id }, include: { files: true } });
        if (fin.ok) signed += 1;
        if (fin.ok && del.ok) broken.push(`round ${i}: both OK, report ${row ? "kept" : "gone"}`);
        else if (fin.ok && (row?.status !== "FINAL" || row.files.length !== 2)) broken.push(`round ${i}: signed report lost`);
        else if (del.ok && row) broken.push(`round ${i}: deleted draft still there`);
        if (!fin.ok && !del.ok) broken.push(`round ${i}: both refused (${fin.code}, ${del.code})`);
        if (!del.ok && fin.ok) expect(del).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("ký phát hành") });
      }
      console.log(`sign vs delete: ${signed}/${ROUNDS} rounds signed, the others deleted`);
      expect(broken).toEqual([]);
    },
    RACE_TIMEOUT,
  );

  it("the database itself refuses to change or delete a signed report or its files", async () => {
    const r = await draft();
    expect((await run(finalizeReport, chair, signing(r, "690/BC-UBND"))).ok).toBe(true);
    await expect(db.report.delete({ where: { id: r.id } })).rejects.toThrow(/signed/);
    await expect(db.report.update({ where: { id: r.id }, data: { summary: "Sửa sau khi ký" } })).rejects.toThrow(/signed/);
    await expect(db.reportFile.deleteMany({ where: { reportId: r.id } })).rejects.toThrow(/written once/);
    await expect(db.reportFile.updateMany({ where: { reportId: r.id }, data: { size: 1 } })).rejects.toThrow(/written once/);
    expect(await db.report.findUniqueOrThrow({ where: { id: r.id }, include: { files: true } })).toMatchObject({
      status: "FINAL",
      files: [expect.anything(), expect.anything()],
    });
  });
});

describe("report numbers are unique in a commune and year", () => {
  it(
    "two drafts signed in parallel with one number, 30 rounds: exactly one wins, the other hears 'số đã dùng'",
    async () => {
      const broken: string[] = [];
      for (let i = 0; i < ROUNDS; i += 1) {
        const [a, b] = [await draft(), await draft()];
        const number = `${800 + i}/BC-UBND`;
        const results = await Promise.all([a, b].map((r) => later(() => run(finalizeReport, chair, signing(r, number)))));
        const wins = results.filter((x) => x.ok).length;
        if (wins !== 1) broken.push(`round ${i}: ${wins} signed`);
        const loser = results.find((x) => !x.ok);
        if (loser && !(loser.code === "DUPLICATE" && loser.message.includes("đã dùng")))
          broken.push(`round ${i}: ${loser.code} ${loser.message}`);
      }
      expect(broken).toEqual([]);
    },
    RACE_TIMEOUT,
  );

  it("a number written with leading zeros, another case, dash or spacing is the same number", async () => {
    expect((await run(finalizeReport, chair, signing(await draft(), "60/BC-UBND"))).ok).toBe(true);
    for (const variant of ["060/BC-UBND", "0060/BC-UBND", "60/bc-ubnd", "60 / BC – UBND"]) {
      const res = await run(finalizeReport, chair, signing(await draft(), variant));
      expect(res, variant).toMatchObject({ ok: false, code: "DUPLICATE", message: expect.stringContaining("60/BC-UBND đã dùng") });
    }
    // Printed as the decree writes it: no extra zeros, a leading zero below 10.
    const padded = await run<{ reportId: string }>(finalizeReport, chair, signing(await draft(), "007/bc-ubnd"));
    expect(padded.ok).toBe(true);
    if (padded.ok)
      expect(await db.report.findUniqueOrThrow({ where: { id: padded.data.reportId } })).toMatchObject({ number: "07/BC-UBND" });
    expect(await run(finalizeReport, chair, signing(await draft(), "7/BC-UBND"))).toMatchObject({ ok: false, code: "DUPLICATE" });
  });
});

describe("returning a progress report for correction", () => {
  it("five parallel returns, 10 rounds: one wins; the others get a conflict naming the winner's comment", async () => {
    const task = await db.task.findFirstOrThrow({
      where: { communeId, units: { some: { unitId: office.unitId!, role: "LEAD" } }, parts: { none: {} } },
    });
    const broken: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const { version } = await db.task.findUniqueOrThrow({ where: { id: task.id } });
      const sent = await run<{ updateId: string }>(submitTaskUpdate, office, {
        communeId,
        taskId: task.id,
        version,
        workStatus: "IN_PROGRESS",
        progress: "50",
        result: `Báo cáo lần ${i}.`,
        files: [],
      });
      if (!sent.ok) throw new Error(sent.message);
      const updateId = sent.data.updateId;
      const comments = [1, 2, 3, 4, 5].map((n) => `Lý do trả lại số ${n}`);
      const results = await Promise.all(
        comments.map((comment) => later(() => run(returnUpdate, coordinator, { communeId, updateId, comment }))),
      );
      const stored = await db.taskUpdate.findUniqueOrThrow({ where: { id: updateId } });
      const audits = await db.auditLog.count({ where: { action: "tasks.returnUpdate", entityId: updateId } });
      const winners = results.flatMap((r, k) => (r.ok ? [comments[k]] : []));
      if (winners.length !== 1 || winners[0] !== stored.returnComment)
        broken.push(`round ${i}: ${winners.length} OK, stored ${stored.returnComment}`);
      if (audits !== 1) broken.push(`round ${i}: ${audits} audit lines`);
      for (const r of results) {
        if (!r.ok && !(r.code === "CONFLICT" && r.message.includes(stored.returnComment ?? "?")))
          broken.push(`round ${i}: ${r.code} ${r.message}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
