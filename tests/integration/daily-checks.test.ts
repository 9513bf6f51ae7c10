// Kiểm tra đầu giờ (issue 22) on the real database: one check per commune and day with amendments kept,
// results covering the checklist exactly, faults opening incidents (severity by state and criticality,
// urgent ones notifying the centre and the province team) or joining the item's open one, two first
// submissions at once, and who may run the check.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { submitDailyCheck, type SubmittedCheck } from "@/lib/daily-checks/check-commands";
import { setServiceCentre } from "@/lib/daily-checks/checklist-commands";
import { ensureChecklist } from "@/lib/daily-checks/default-items";
import { evidenceDir } from "@/lib/files/storage";
import { setClock } from "@/lib/jobs/clock";
import { file, PNG } from "../support/files";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let thachKhoi: string;
const users: Record<string, Viewer> = {};
const u = (name: string) => users[name]!;

// A Monday morning, then the next day (local time, UTC+7).
const MONDAY = new Date("2026-12-07T07:42:00+07:00");
const TUESDAY = new Date("2026-12-08T07:35:00+07:00");

type Result = ActionResult<SubmittedCheck>;
const items = () => db.checkItem.findMany({ where: { communeId: haiAn, archivedAt: null }, orderBy: { sortOrder: "asc" } });
const itemNamed = async (name: string) => (await items()).find((i) => i.name === name)!;

/** All items "bình thường" except those given (name → state/note). */
async function results(faults: Record<string, { state: "FLAKY" | "DOWN"; note?: string }> = {}) {
  return (await items()).map((i) => ({ itemId: i.id, state: faults[i.name]?.state ?? "OK", note: faults[i.name]?.note ?? "" }));
}

const submit = async (who: Viewer, input: Record<string, unknown>) =>
  (await executeAction(submitDailyCheck, who, { communeId: haiAn, expectedRevision: 0, note: "", ...input }, db)) as Result;

function ok(res: Result): SubmittedCheck {
  if (!res.ok) throw new Error(`expected success, got ${res.code}: ${res.message}`);
  return res.data;
}

async function counts() {
  return {
    checks: await db.dailyCheck.count(),
    revisions: await db.dailyCheckRevision.count(),
    results: await db.dailyCheckResult.count(),
    incidents: await db.incident.count(),
    events: await db.incidentEvent.count(),
    attachments: await db.attachment.count({ where: { checkResultId: { not: null } } }),
  };
}

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  for (const name of [
    "tthcc.haian",
    "vhxh.haian",
    "vanphong.haian",
    "chutich.haian",
    "tinh.haiphong",
    "tthcc.thachkhoi",
    "vhxh.thachkhoi",
    "admin",
  ])
    users[name] = await viewer(db, name);
  await db.$transaction((tx) => ensureChecklist(tx, haiAn));
}, 120_000);

beforeEach(async () => {
  setClock(MONDAY);
  await db.dailyCheck.deleteMany({});
  await db.incident.deleteMany({});
  await db.notification.deleteMany({ where: { kind: "INCIDENT_URGENT" } });
});

afterAll(async () => {
  setClock(null);
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

describe("first submission", () => {
  it("creates the day's check with revision 1 and one result per active item; all OK opens nothing", async () => {
    const data = ok(await submit(u("tthcc.haian"), { results: await results(), note: "Sáng nay ổn" }));
    expect(data).toMatchObject({ day: "2026-12-07", revision: 1, incidents: [] });
    const check = await db.dailyCheck.findFirstOrThrow({
      where: { communeId: haiAn },
      include: { revisions: { include: { results: true } } },
    });
    expect(check.checkedById).toBe(u("tthcc.haian").id);
    expect(check.checkedAt.toISOString()).toBe(MONDAY.toISOString());
    expect(check.revision).toBe(1);
    expect(check.faultCount).toBe(0);
    expect(check.revisions).toHaveLength(1);
    expect(check.revisions[0]!.note).toBe("Sáng nay ổn");
    expect(check.revisions[0]!.results).toHaveLength((await items()).length);
    expect(await db.incident.count()).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "dailyChecks.submit" }, orderBy: { createdAt: "desc" } });
    expect(audit.data).toEqual({ day: "2026-12-07", revision: 1, faultItems: [], openedIncidents: [], joinedIncidents: [] });
  });

  it("opens an incident per fault with the severity of its state and criticality", async () => {
    const data = ok(
      await submit(u("tthcc.haian"), {
        results: await results({
          "Máy in": { state: "DOWN", note: "Kẹt giấy, báo lỗi E3" },
          "Máy quét (scan)": { state: "FLAKY" },
          "Kết nối Internet": { state: "DOWN" },
        }),
      }),
    );
    expect(data.incidents).toHaveLength(3);
    const incidents = await db.incident.findMany({ where: { communeId: haiAn }, orderBy: { number: "asc" } });
    const byTitle = Object.fromEntries(incidents.map((i) => [i.title, i]));
    expect(byTitle["Máy in: không hoạt động"]).toMatchObject({ severity: "NORMAL", description: "Kẹt giấy, báo lỗi E3", status: "NEW" });
    expect(byTitle["Máy quét (scan): chập chờn"]).toMatchObject({ severity: "LOW" });
    expect(byTitle["Kết nối Internet: không hoạt động"]).toMatchObject({ severity: "URGENT" });
    expect(byTitle["Máy in: không hoạt động"]!.checkItemId).toBe((await itemNamed("Máy in")).id);
    expect(byTitle["Máy in: không hoạt động"]!.startedAt.toISOString()).toBe(MONDAY.toISOString());
    const linked = await db.dailyCheckResult.findMany({ where: { incidentId: { not: null } } });
    expect(linked).toHaveLength(3);
    expect((await db.dailyCheck.findFirstOrThrow({ where: { communeId: haiAn } })).faultCount).toBe(3);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "dailyChecks.submit" }, orderBy: { createdAt: "desc" } });
    expect(audit.data).toMatchObject({
      faultItems: expect.arrayContaining(["Máy in (Không hoạt động)", "Máy quét (scan) (Chập chờn)", "Kết nối Internet (Không hoạt động)"]),
      joinedIncidents: [],
    });
    expect((audit.data as { openedIncidents: string[] }).openedIncidents.sort()).toEqual(["SC-001", "SC-002", "SC-003"]);
  });

  it("an urgent fault notifies the centre's staff and the province team, no one of another commune", async () => {
    ok(await submit(u("vhxh.haian"), { results: await results({ "Kết nối Internet": { state: "DOWN" } }) }));
    const rows = await db.notification.findMany({ where: { kind: "INCIDENT_URGENT" }, include: { user: { select: { username: true } } } });
    const names = rows.map((r) => r.user.username);
    expect(names).toContain("tthcc.haian");
    expect(names).toContain("tinh.haiphong");
    expect(names.filter((n) => n.endsWith(".thachkhoi"))).toEqual([]);
    expect(names).not.toContain("vhxh.haian"); // the reporter
  });

  it("stores a fault's photo; a photo of an item found normal is refused and nothing is written", async () => {
    const printer = await itemNamed("Máy in");
    const photo = file(PNG, "may-in.png", "image/png");
    ok(await submit(u("tthcc.haian"), { results: await results({ "Máy in": { state: "DOWN" } }), photos: { [printer.id]: [photo] } }));
    const a = await db.attachment.findFirstOrThrow({ where: { checkResultId: { not: null } } });
    expect(a).toMatchObject({ fileName: "may-in.png", communeId: haiAn, uploadedById: u("tthcc.haian").id });

    await db.dailyCheck.deleteMany({});
    const before = await counts();
    const res = await submit(u("tthcc.haian"), { results: await results(), photos: { [printer.id]: [photo] } });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await counts()).toEqual(before);
  });
});

describe("results must cover the checklist exactly", () => {
  it("refuses unknown, archived, duplicate and missing items, writing nothing", async () => {
    const all = await results();
    const archived = await db.checkItem.create({
      data: { communeId: haiAn, name: "Máy fax", area: "Quầy tiếp nhận", archivedAt: new Date() },
    });
    const other = await db.checkItem.create({ data: { communeId: thachKhoi, name: "Máy in", area: "" } });
    const before = await counts();
    const attempts = [
      [...all, { itemId: "khong-co-that", state: "OK", note: "" }],
      [...all, { itemId: archived.id, state: "OK", note: "" }],
      [...all, { itemId: other.id, state: "OK", note: "" }],
      [...all, { ...all[0]!, state: "DOWN" }],
      all.slice(1),
    ];
    for (const r of attempts) {
      const res = await submit(u("tthcc.haian"), { results: r });
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.code).toBe("VALIDATION");
        expect(res.message).toMatch(/hạng mục|danh mục/i);
      }
    }
    expect(await counts()).toEqual(before);
    await db.checkItem.deleteMany({ where: { id: { in: [archived.id, other.id] } } });
  });
});

describe("one check per day, amendments kept", () => {
  it("a second first submission is a conflict naming who sent it when; the form's revision must be current", async () => {
    ok(await submit(u("tthcc.haian"), { results: await results() }));
    setClock(new Date("2026-12-07T08:05:00+07:00"));
    const again = await submit(u("vhxh.haian"), { results: await results({ "Máy in": { state: "DOWN" } }) });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!again.ok) expect(again.message).toContain("07:42");
    if (!again.ok) expect(again.message).toContain((await db.user.findUniqueOrThrow({ where: { id: u("tthcc.haian").id } })).fullName);
    expect(await db.incident.count()).toBe(0);
    const stale = await submit(u("vhxh.haian"), { expectedRevision: 2, results: await results() });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("an amendment adds revision 2, keeps the first, updates the fault count; checkedBy/At stay the first", async () => {
    ok(await submit(u("tthcc.haian"), { results: await results() }));
    setClock(new Date("2026-12-07T09:10:00+07:00"));
    const data = ok(await submit(u("vhxh.haian"), { expectedRevision: 1, results: await results({ "Máy in": { state: "DOWN" } }) }));
    expect(data.revision).toBe(2);
    const check = await db.dailyCheck.findFirstOrThrow({
      where: { communeId: haiAn },
      include: { revisions: { orderBy: { number: "asc" } } },
    });
    expect(check).toMatchObject({ revision: 2, faultCount: 1, checkedById: u("tthcc.haian").id });
    expect(check.checkedAt.toISOString()).toBe(MONDAY.toISOString());
    expect(check.revisions.map((r) => [r.number, r.submittedById, r.faultCount])).toEqual([
      [1, u("tthcc.haian").id, 0],
      [2, u("vhxh.haian").id, 1],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "dailyChecks.amend" } });
    expect(audit.data).toEqual({
      day: "2026-12-07",
      revision: 2,
      faultItems: ["Máy in (Không hoạt động)"],
      openedIncidents: ["SC-001"],
      joinedIncidents: [],
    });
  });

  it("a fault linked in an earlier revision of the day joins the same incident without another 'seen again' line; OK closes nothing", async () => {
    const first = ok(await submit(u("tthcc.haian"), { results: await results({ "Máy in": { state: "DOWN" } }) }));
    const second = ok(await submit(u("tthcc.haian"), { expectedRevision: 1, results: await results({ "Máy in": { state: "FLAKY" } }) }));
    expect(second.incidents).toEqual([{ ...first.incidents[0]!, opened: false }]);
    expect(await db.incident.count()).toBe(1);
    expect(await db.incidentEvent.count({ where: { kind: "SEEN_AGAIN" } })).toBe(0);
    ok(await submit(u("tthcc.haian"), { expectedRevision: 2, results: await results() }));
    expect((await db.incident.findFirstOrThrow()).status).toBe("NEW");
    expect((await db.dailyCheck.findFirstOrThrow()).faultCount).toBe(0);
  });

  it("two first submissions at the same moment: one wins, the other is told who (nothing half written)", async () => {
    const r = await results({ "Máy in": { state: "DOWN" } });
    const [a, b] = await Promise.all([submit(u("tthcc.haian"), { results: r }), submit(u("vhxh.haian"), { results: r })]);
    const outcomes = [a, b].map((x) => (x.ok ? "ok" : x.code)).sort();
    expect(outcomes).toEqual(["CONFLICT", "ok"]);
    expect(await db.dailyCheck.count()).toBe(1);
    expect(await db.dailyCheckRevision.count()).toBe(1);
    expect(await db.incident.count()).toBe(1);
    const loser = [a, b].find((x) => !x.ok);
    if (loser && !loser.ok) expect(loser.message).toMatch(/vừa được .+ gửi lúc 07:42/);
  });
});

describe("faults on later days", () => {
  it("the next day's fault of the same item joins its open incident with a 'seen again' line", async () => {
    const monday = ok(await submit(u("tthcc.haian"), { results: await results({ "Máy in": { state: "DOWN" } }) }));
    setClock(TUESDAY);
    const tuesday = ok(await submit(u("tthcc.haian"), { results: await results({ "Máy in": { state: "FLAKY", note: "Vẫn kẹt giấy" } }) }));
    expect(tuesday.day).toBe("2026-12-08");
    expect(tuesday.incidents).toEqual([{ ...monday.incidents[0]!, opened: false }]);
    const seen = await db.incidentEvent.findMany({ where: { kind: "SEEN_AGAIN" } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ note: "Vẫn kẹt giấy", actorId: u("tthcc.haian").id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "dailyChecks.submit" }, orderBy: { createdAt: "desc" } });
    expect(audit.data).toMatchObject({ day: "2026-12-08", openedIncidents: [], joinedIncidents: ["SC-001"] });
  });

  it("a closed incident of the item is not joined: a new one opens", async () => {
    ok(await submit(u("tthcc.haian"), { results: await results({ "Máy in": { state: "DOWN" } }) }));
    await db.incident.updateMany({ data: { status: "CLOSED", closedAt: MONDAY } });
    setClock(TUESDAY);
    const tuesday = ok(await submit(u("tthcc.haian"), { results: await results({ "Máy in": { state: "DOWN" } }) }));
    expect(tuesday.incidents[0]).toMatchObject({ code: "SC-002", opened: true });
  });
});

describe("who may run the check", () => {
  it("refuses other units' staff, the chair, the province and other communes", async () => {
    const r = await results();
    const office = await submit(u("vanphong.haian"), { results: r });
    expect(office).toMatchObject({ ok: false, code: "FORBIDDEN" });
    if (!office.ok) expect(office.message).toContain("Trung tâm Phục vụ hành chính công");
    expect(await submit(u("chutich.haian"), { results: r })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await submit(u("tinh.haiphong"), { results: r })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await submit(u("tthcc.thachkhoi"), { results: r })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.dailyCheck.count()).toBe(0);
  });

  it("setCentre moves who may check", async () => {
    const office = u("vanphong.haian");
    ok((await executeAction(setServiceCentre, u("vhxh.haian"), { communeId: haiAn, unitId: office.unitId }, db)) as Result);
    try {
      ok(await submit(office, { results: await results() }));
      await db.dailyCheck.deleteMany({});
      expect(await submit(u("tthcc.haian"), { results: await results() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    } finally {
      ok((await executeAction(setServiceCentre, u("vhxh.haian"), { communeId: haiAn, unitId: "" }, db)) as Result);
    }
    ok(await submit(u("tthcc.haian"), { results: await results() }));
  });
});

describe("the form's own encoding", () => {
  it("reads the results as JSON and each fault's photo field, an empty one being no photo", async () => {
    const printer = await itemNamed("Máy in");
    const scanner = await itemNamed("Máy quét (scan)");
    const r = await results({ "Máy in": { state: "DOWN" }, "Máy quét (scan)": { state: "FLAKY" } });
    const data = ok(
      await submit(u("tthcc.haian"), {
        results: JSON.stringify(r),
        expectedRevision: "0",
        [`photo:${printer.id}`]: file(PNG, "may-in.png", "image/png"),
        [`photo:${scanner.id}`]: "",
      }),
    );
    expect(data.incidents).toHaveLength(2);
    expect(await db.attachment.count({ where: { checkResult: { itemId: printer.id } } })).toBe(1);
    expect(await db.attachment.count({ where: { checkResult: { itemId: scanner.id } } })).toBe(0);
  });
});
