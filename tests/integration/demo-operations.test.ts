// The demo's one-stop centre month (prisma/seed/demo-operations.ts), seeded at a fixed Wednesday
// morning: checks on working days only, by the centre's account in the morning, amendments kept as
// revisions, faults that opened incidents with the real submit's rule, incidents whose history agrees
// with the state machine and their stamps, and Hải An's escalated incident seen by its province.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCalendar, type Calendar } from "@/lib/calendar/working-days";
import { loadServiceCentre } from "@/lib/daily-checks/centre";
import { dayCells, checkFigures, loadChecks } from "@/lib/daily-checks/days";
import { addDays, dateOnlyKey, localDateKey } from "@/lib/dates";
import { incidentFigures } from "@/lib/incidents/figures";
import { localInstant, localTimeOf } from "@/lib/jobs/clock";
import { seedDemo } from "@/prisma/seed/demo";
import { severityOf } from "@/prisma/seed/demo-operations";
import { communeByName, testDb, truncateAll } from "./db";

const db = testDb();
const TODAY = "2026-12-09"; // a Wednesday
const NOW = localInstant(TODAY, "10:00");
const MONTH = { from: addDays(TODAY, -30), to: addDays(TODAY, -1) };
let calendar: Calendar;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await truncateAll(db);
  await seedDemo(db, NOW);
  calendar = await loadCalendar(db);
  for (const name of ["Phường Hải An", "Phường Thạch Khôi", "Xã Hà Long"]) ids[name] = (await communeByName(db, name)).id;
});
afterAll(() => db.$disconnect());

const checksOf = (communeId: string) =>
  db.dailyCheck.findMany({
    where: { communeId },
    include: { checkedBy: true, revisions: { include: { results: true, submittedBy: true }, orderBy: { number: "asc" } } },
    orderBy: { day: "asc" },
  });

describe("the demo's daily checks", () => {
  it("each commune's centre is picked and has the default checklist", async () => {
    for (const communeId of Object.values(ids)) {
      const centre = await loadServiceCentre(db, communeId);
      expect(centre).toMatchObject({ name: "Trung tâm Phục vụ hành chính công", picked: true });
      expect(await db.checkItem.count({ where: { communeId, archivedAt: null } })).toBeGreaterThanOrEqual(8);
    }
  });

  it("checks fall on working days before today, in the morning, by the centre's account, with every item", async () => {
    for (const [name, communeId] of Object.entries(ids)) {
      const items = await db.checkItem.count({ where: { communeId, archivedAt: null } });
      const checks = await checksOf(communeId);
      const past = checks.filter((c) => dateOnlyKey(c.day) < TODAY);
      expect(past.length, name).toBeGreaterThan(15);
      for (const c of past) {
        const day = dateOnlyKey(c.day);
        expect(calendar.isWorkingDay(day), `${name} ${day}`).toBe(true);
        expect(day >= MONTH.from).toBe(true);
        expect(c.checkedBy.username.startsWith("tthcc.")).toBe(true);
        expect(localTimeOf(c.checkedAt) >= "07:30" && localTimeOf(c.checkedAt) <= "07:55").toBe(true);
        expect(c.revisions.map((r) => r.number)).toEqual(Array.from({ length: c.revision }, (_, i) => i + 1));
        for (const r of c.revisions) {
          expect(r.results).toHaveLength(items);
          expect(r.faultCount).toBe(r.results.filter((x) => x.state !== "OK").length);
        }
        expect(c.faultCount).toBe(c.revisions.at(-1)!.faultCount);
      }
      // Amendments: a second revision by the standing office, later the same day.
      const amended = past.filter((c) => c.revision === 2);
      expect(amended.length, name).toBeGreaterThanOrEqual(1);
      expect(amended.length, name).toBeLessThanOrEqual(2);
      for (const c of amended) {
        expect(c.revisions[1]!.submittedBy.role).toBe("COORDINATOR");
        expect(c.revisions[1]!.submittedAt.getTime()).toBeGreaterThan(c.checkedAt.getTime());
        expect(localDateKey(c.revisions[1]!.submittedAt)).toBe(dateOnlyKey(c.day));
      }
    }
  });

  it("the 30-day strip shows one or two missed days, and the figures count the faults", async () => {
    const checks = await loadChecks(db, Object.values(ids), MONTH);
    for (const [name, communeId] of Object.entries(ids)) {
      const cells = dayCells(MONTH, checks.get(communeId)!, calendar, NOW);
      const figures = checkFigures(cells, calendar);
      expect(figures.missed, name).toBeGreaterThanOrEqual(1);
      expect(figures.missed, name).toBeLessThanOrEqual(2);
      expect(figures.checked + figures.missed, name).toBe(figures.workingDays);
      expect(figures.withFaults, name).toBeGreaterThanOrEqual(1);
    }
  });

  it("today: Hải An not checked yet (the e2e test submits it), Thạch Khôi checked without faults", async () => {
    const today = new Date(`${TODAY}T00:00:00Z`);
    expect(await db.dailyCheck.count({ where: { communeId: ids["Phường Hải An"]!, day: today } })).toBe(0);
    const tk = await db.dailyCheck.findFirstOrThrow({ where: { communeId: ids["Phường Thạch Khôi"]!, day: today } });
    expect(tk.faultCount).toBe(0);
    expect(tk.checkedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
  });
});

describe("the demo's incidents", () => {
  it("each fault opened an incident of its item, titled and graded as the real submit does", async () => {
    const faults = await db.dailyCheckResult.findMany({ where: { state: { not: "OK" } }, include: { item: true, incident: true } });
    expect(faults.length).toBeGreaterThanOrEqual(5);
    for (const f of faults) {
      expect(f.incident, f.itemName).not.toBeNull();
      expect(f.incident!.checkItemId).toBe(f.itemId);
      expect(f.incident!.title).toBe(`${f.itemName}: ${f.state === "DOWN" ? "không hoạt động" : "chập chờn"}`);
      expect(f.incident!.severity).toBe(severityOf(f.state as "DOWN" | "FLAKY", f.item!.critical));
    }
    // At least one fault is of a critical item: an urgent incident in the month's figures.
    expect(faults.some((f) => f.incident!.severity === "URGENT")).toBe(true);
  });

  it("every incident's history follows its states and agrees with its stamps", async () => {
    const incidents = await db.incident.findMany({ include: { events: { orderBy: { at: "asc" } } } });
    for (const i of incidents) {
      const moves = i.events.filter((e) => e.kind !== "COMMENTED");
      expect(moves[0]).toMatchObject({ kind: "REPORTED", toStatus: "NEW" });
      for (let k = 1; k < moves.length; k++) expect(moves[k]!.fromStatus, i.title).toBe(moves[k - 1]!.toStatus);
      expect(moves.at(-1)!.toStatus).toBe(i.status);
      expect(i.version).toBe(moves.length - 1);
      const at = (kind: string) => i.events.find((e) => e.kind === kind)?.at ?? null;
      expect(i.acknowledgedAt).toEqual(moves[1]?.at ?? null);
      expect(i.resolvedAt).toEqual(at("RESOLVED"));
      expect(i.closedAt).toEqual(at("CLOSED"));
      expect(i.escalatedAt).toEqual(at("ESCALATED"));
      if (i.status === "CLOSED") expect(i.cause && i.fix).toBeTruthy();
      for (const e of i.events) expect(e.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    // Numbers follow the order of the reports within each commune.
    for (const communeId of Object.values(ids)) {
      const mine = incidents.filter((i) => i.communeId === communeId).sort((a, b) => a.number - b.number);
      expect(mine.map((i) => i.number)).toEqual(mine.map((_, k) => k + 1));
      for (let k = 1; k < mine.length; k++) expect(mine[k]!.reportedAt.getTime()).toBeGreaterThan(mine[k - 1]!.reportedAt.getTime());
    }
  });

  it("the month's medians are a real centre's: acknowledged within the hour, resolved within two working days", async () => {
    const { byCommune } = await incidentFigures(db, Object.values(ids), MONTH, calendar, NOW);
    for (const [name, communeId] of Object.entries(ids)) {
      const f = byCommune.get(communeId)!;
      expect(f.reported, name).toBeGreaterThanOrEqual(1);
      expect(f.medianAcknowledgeMinutes, name).toBeGreaterThan(0);
      expect(f.medianAcknowledgeMinutes!, name).toBeLessThanOrEqual(60);
      expect(f.medianResolveMinutes!, name).toBeGreaterThan(f.medianAcknowledgeMinutes!);
      expect(f.medianResolveMinutes!, name).toBeLessThanOrEqual(2 * 8 * 60);
    }
  });

  it("Hải An has its escalated urgent incident acknowledged by the province, and an ordinary one in progress", async () => {
    const open = await db.incident.findMany({
      where: { communeId: ids["Phường Hải An"]!, status: { in: ["NEW", "ACKNOWLEDGED", "IN_PROGRESS", "ESCALATED"] } },
      include: { events: { include: { actor: true } } },
      orderBy: { number: "asc" },
    });
    expect(open.map((i) => [i.status, i.severity])).toEqual([
      ["IN_PROGRESS", "NORMAL"],
      ["ESCALATED", "URGENT"],
    ]);
    const escalated = open[1]!;
    const tinh = await db.user.findUniqueOrThrow({ where: { username: "tinh.haiphong" } });
    expect(escalated).toMatchObject({
      title: "Mất kết nối Internet toàn Trung tâm",
      countersDown: 4,
      servicesAffected: "Tiếp nhận, trả kết quả hồ sơ trực tuyến",
      dossiersAffected: 25,
      provinceAcknowledgedById: tinh.id,
    });
    expect(escalated.provinceAcknowledgedAt!.getTime()).toBeGreaterThan(escalated.escalatedAt!.getTime());
    const commenters = escalated.events.filter((e) => e.kind === "COMMENTED").map((e) => e.actor.role);
    expect(commenters).toContain("PROVINCE");
    expect(commenters).toContain("UNIT_STAFF");
    // Nothing escalated anywhere else, and the other communes have nothing open.
    expect(await db.incident.count({ where: { escalatedAt: { not: null } } })).toBe(1);
    expect(
      await db.incident.count({
        where: { communeId: { not: ids["Phường Hải An"]! }, status: { in: ["NEW", "ACKNOWLEDGED", "IN_PROGRESS", "ESCALATED"] } },
      }),
    ).toBe(0);
    expect(await db.incident.count({ where: { communeId: ids["Xã Hà Long"]! } })).toBe(1);
  });

  it("the urgent incidents' messages were written and are already read", async () => {
    const urgent = await db.notification.findMany({ where: { kind: "INCIDENT_URGENT" } });
    expect(urgent.length).toBeGreaterThan(0);
    expect(urgent.filter((n) => n.readAt === null)).toEqual([]);
  });
});
