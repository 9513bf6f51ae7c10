// Signing a report needs a fresh second factor (issue 23): a session checked less than 12 hours ago
// signs; otherwise the chair types a code, counted against the login limit and accepted once.
// Nothing is written by a refused signature: no FINAL status, no stored files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { localDateKey } from "@/lib/dates";
import { createReportDraft, finalizeReport } from "@/lib/reports/commands";
import { documentOf } from "@/lib/reports/document";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { startSession } from "@/lib/auth/user-sessions";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { enrolTotp, totpCode, withFreshFactor } from "../support/second-factor";

const db = testDb();
let communeId: string;
let planId: string;
let chair: Viewer;
let coordinator: Viewer;
const today = localDateKey(new Date());
const periodKey = reportPeriodContaining(today, "MONTH").key;

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

beforeAll(async () => {
  await freshDemo(db);
  communeId = (await communeByName(db, "Phường Hải An")).id;
  planId = (await db.plan.findFirstOrThrow({ where: { communeId, sourceFile: { not: null } } })).id;
  chair = await viewer(db, "chutich.haian");
  coordinator = await viewer(db, "vhxh.haian");
});
afterAll(async () => {
  await db.$disconnect();
});

async function draft() {
  const res = await run<{ reportId: string }>(createReportDraft, coordinator, { communeId, planId, periodKey });
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  return db.report.findUniqueOrThrow({ where: { id: res.data.reportId } });
}

let nextNumber = 1;
function signing(r: Awaited<ReturnType<typeof draft>>, extra: Record<string, unknown> = {}) {
  const doc = documentOf(r);
  return {
    communeId,
    reportId: r.id,
    version: r.version,
    ...doc.sections,
    summary: doc.heading.summary,
    place: doc.heading.place,
    number: `${nextNumber++}/BC-UBND`,
    issuedDate: today,
    signerMode: "TM",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn Chủ",
    recipients: "Lưu: VT, VHXH",
    ...extra,
  };
}

/** A real session row of the chair whose last second-factor check was `hoursAgo` hours ago (or never). */
async function chairSession(hoursAgo: number | null): Promise<Viewer> {
  const secondFactorAt = hoursAgo === null ? null : new Date(Date.now() - hoursAgo * 3_600_000);
  const id = await startSession(db, chair.id, 3600, { secondFactorAt });
  return { ...chair, session: { id, secondFactorAt } };
}

async function untouched(reportId: string) {
  const r = await db.report.findUniqueOrThrow({ where: { id: reportId } });
  expect(r.status).toBe("DRAFT");
  expect(await db.reportFile.count({ where: { reportId } })).toBe(0);
}

const failures = () => db.loginAttempt.count({ where: { key: "user:chutich.haian", success: false } });

describe("signing a report with a second factor", () => {
  it("an account without a second factor is told to enrol, and nothing is written", async () => {
    const r = await draft();
    const res = await run(finalizeReport, await chairSession(null), signing(r, { secondFactorCode: "123456" }));
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN", details: { secondFactorNeeded: "enrol" } });
    await untouched(r.id);
  });

  it("a session checked less than 12 hours ago signs without a code", async () => {
    await enrolTotp(db, chair.id);
    const r = await draft();
    expect(await run(finalizeReport, await chairSession(11), signing(r))).toMatchObject({ ok: true });
    expect((await db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("FINAL");
    expect(await db.reportFile.count({ where: { reportId: r.id } })).toBe(2);
  });

  it("a stale session without a code is asked for one and writes nothing", async () => {
    const r = await draft();
    const res = await run(finalizeReport, await chairSession(13), signing(r));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", details: { secondFactorNeeded: "code" } });
    expect(!res.ok && res.fieldErrors?.secondFactorCode).toBeTruthy();
    await untouched(r.id);
  });

  it("a wrong code is refused and counted against the login limit; the right one signs and stamps the session; the same code again is a replay", async () => {
    const secret = await enrolTotp(db, chair.id);
    const r = await draft();
    const session = await chairSession(13);
    const before = await failures();
    const right = await totpCode(secret);
    const wrong = right === "000000" ? "111111" : "000000";
    const refused = await run(finalizeReport, session, signing(r, { secondFactorCode: wrong }));
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", details: { secondFactorNeeded: "code" } });
    expect(await failures()).toBe(before + 1);
    await untouched(r.id);

    const signed = await run(finalizeReport, session, signing(r, { secondFactorCode: right }));
    expect(signed).toMatchObject({ ok: true });
    expect((await db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("FINAL");
    expect(await failures()).toBe(before + 1); // the right code's attempt is marked a success
    const row = await db.userSession.findUniqueOrThrow({ where: { id: session.session!.id } });
    expect(row.secondFactorAt).not.toBeNull();
    expect(Date.now() - row.secondFactorAt!.getTime()).toBeLessThan(60_000);
    // The code is not part of the signed draft.
    const stored = await db.report.findUniqueOrThrow({ where: { id: r.id } });
    expect(JSON.stringify(stored.sections)).not.toContain(right);

    const again = await draft();
    const replay = await run(finalizeReport, await chairSession(13), signing(again, { secondFactorCode: right }));
    expect(replay).toMatchObject({ ok: false, code: "VALIDATION", details: { secondFactorNeeded: "code" } });
    await untouched(again.id);
  });

  it("tests that are not about the step-up pass with a fresh session", async () => {
    const r = await draft();
    expect(await run(finalizeReport, withFreshFactor(chair), signing(r))).toMatchObject({ ok: true });
  });
});
