// The checklist of the start-of-day check (issue 22): made from the defaults once, edited by the
// standing office (duplicate names refused), archived items keep past results' names, and who may edit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { submitDailyCheck } from "@/lib/daily-checks/check-commands";
import { archiveCheckItem, moveCheckItem, restoreCheckItem, saveCheckItem, setServiceCentre } from "@/lib/daily-checks/checklist-commands";
import { DEFAULT_CHECKLIST } from "@/lib/daily-checks/default-items";
import { setClock } from "@/lib/jobs/clock";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
const users: Record<string, Viewer> = {};
const u = (n: string) => users[n]!;
type Result = ActionResult<Record<string, unknown>>;
const run = async (def: Parameters<typeof executeAction>[0], who: Viewer, input: Record<string, unknown>) =>
  (await executeAction(def, who, { communeId: haiAn, ...input }, db)) as Result;
const active = () => db.checkItem.findMany({ where: { communeId: haiAn, archivedAt: null }, orderBy: { sortOrder: "asc" } });

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  for (const n of ["vhxh.haian", "tthcc.haian", "chutich.haian", "tinh.haiphong", "vhxh.thachkhoi"]) users[n] = await viewer(db, n);
  setClock(new Date("2026-12-07T07:40:00+07:00"));
}, 120_000);

afterAll(async () => {
  setClock(null);
  await db.$disconnect();
});

describe("checklist", () => {
  it("adds an item to the defaults (made once), refuses a duplicate name in the same area with a field error", async () => {
    const added = await run(saveCheckItem, u("vhxh.haian"), { area: "Quầy 1", name: "Máy in quầy 1", hint: "In thử", critical: "on" });
    expect(added.ok).toBe(true);
    expect(await db.checkItem.count({ where: { communeId: haiAn } })).toBe(DEFAULT_CHECKLIST.length + 1);
    const dup = await run(saveCheckItem, u("vhxh.haian"), { area: "quầy 1", name: "máy in QUẦY 1" });
    expect(dup).toMatchObject({ ok: false, code: "DUPLICATE" });
    if (!dup.ok) expect(dup.fieldErrors?.name?.[0]).toContain("Đã có hạng mục");
    // The same name in another area is another item.
    expect((await run(saveCheckItem, u("vhxh.haian"), { area: "Quầy 2", name: "Máy in quầy 1" })).ok).toBe(true);
    const item = await db.checkItem.findFirstOrThrow({ where: { communeId: haiAn, area: "Quầy 1" } });
    expect(item).toMatchObject({ critical: true, hint: "In thử" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "checklist.saveItem", entityId: item.id } });
    expect(audit.data).toEqual({ before: null, after: { area: "Quầy 1", name: "Máy in quầy 1", hint: "In thử" } });
  });

  it("edits an item (audited before/after) and moves it within its area", async () => {
    const item = await db.checkItem.findFirstOrThrow({ where: { communeId: haiAn, name: "Máy quét (scan)" } });
    expect((await run(saveCheckItem, u("vhxh.haian"), { itemId: item.id, area: item.area, name: "Máy quét", hint: "" })).ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "checklist.saveItem", entityId: item.id } });
    expect(audit.data).toEqual({
      before: { area: item.area, name: "Máy quét (scan)", hint: item.hint },
      after: { area: item.area, name: "Máy quét", hint: "" },
    });
    const area = (await active()).filter((i) => i.area === item.area).map((i) => i.id);
    const at = area.indexOf(item.id);
    expect((await run(moveCheckItem, u("vhxh.haian"), { itemId: item.id, direction: "up" })).ok).toBe(true);
    const after = (await active()).filter((i) => i.area === item.area).map((i) => i.id);
    expect(after.indexOf(item.id)).toBe(at - 1);
    const firstOfArea = after[0]!;
    expect(await run(moveCheckItem, u("vhxh.haian"), { itemId: firstOfArea, direction: "up" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
  });

  it("archive keeps past results' names and drops the item from the check; restore brings it back", async () => {
    const camera = await db.checkItem.findFirstOrThrow({ where: { communeId: haiAn, name: "Camera, loa (nếu có)" } });
    const results = (await active()).map((i) => ({ itemId: i.id, state: "OK", note: "" }));
    const sent = await run(submitDailyCheck, u("tthcc.haian"), { expectedRevision: 0, results, note: "" });
    expect(sent.ok).toBe(true);
    expect((await run(archiveCheckItem, u("vhxh.haian"), { itemId: camera.id })).ok).toBe(true);
    const past = await db.dailyCheckResult.findFirstOrThrow({ where: { itemId: camera.id } });
    expect(past.itemName).toBe("Camera, loa (nếu có)");
    expect((await active()).map((i) => i.id)).not.toContain(camera.id);
    // Today's amendment now needs the list without it.
    const stale = await run(submitDailyCheck, u("tthcc.haian"), { expectedRevision: 1, results, note: "" });
    expect(stale).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await run(restoreCheckItem, u("vhxh.haian"), { itemId: camera.id })).ok).toBe(true);
    expect((await active()).map((i) => i.id)).toContain(camera.id);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "checklist.archiveItem" } });
    expect(log.data).toEqual({ area: camera.area, name: camera.name });
  });

  it("setCentre: an active unit of the commune only, audited before/after", async () => {
    const office = await db.unit.findFirstOrThrow({ where: { communeId: haiAn, name: "Văn phòng HĐND và UBND" } });
    expect((await run(setServiceCentre, u("vhxh.haian"), { unitId: office.id })).ok).toBe(true);
    expect((await db.communeSettings.findUniqueOrThrow({ where: { communeId: haiAn } })).serviceCentreUnitId).toBe(office.id);
    const foreign = await db.unit.findFirstOrThrow({ where: { communeId: { not: haiAn }, kind: "CENTER" } });
    expect(await run(setServiceCentre, u("vhxh.haian"), { unitId: foreign.id })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await run(setServiceCentre, u("vhxh.haian"), { unitId: "" })).ok).toBe(true);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "checklist.setCentre" }, orderBy: { createdAt: "desc" } });
    expect(log.data).toEqual({ before: { serviceCentreUnitId: office.id }, after: { serviceCentreUnitId: null } });
  });

  it("only the standing office (and admin) edit: the centre, the chair, the province are refused; another commune is not found", async () => {
    const input = { area: "", name: "Máy chiếu" };
    expect(await run(saveCheckItem, u("tthcc.haian"), input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(saveCheckItem, u("chutich.haian"), input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(saveCheckItem, u("tinh.haiphong"), input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(saveCheckItem, u("vhxh.thachkhoi"), input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
