// The "chưa kiểm tra đầu giờ" reminder (lib/jobs/rules/daily-check-missing.ts) on the demo's three
// communes, at moments after the seed's month: sent at 08:15 on a working day to the centre's staff of
// each commune without a check, never on a weekend or a day off, never when the check is done, once
// per day however often the scheduler runs, and to the standing office when the centre has no account.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dateFromKey } from "@/lib/dates";
import { localInstant } from "@/lib/jobs/clock";
import { dailyCheckMissing } from "@/lib/jobs/rules/daily-check-missing";
import { RULES } from "@/lib/jobs/rules";
import { runScheduled } from "@/lib/jobs/schedule";
import { routes } from "@/lib/routes";
import { communeByName, freshDemo, testDb } from "./db";

const db = testDb();
const TUESDAY = "2027-01-12";
const SATURDAY = "2027-01-16";
const NEW_YEAR = "2027-01-01"; // a Friday, an official day off (lib/calendar/official-holidays.ts)
const ids: Record<string, string> = {};

beforeAll(async () => {
  await freshDemo(db);
  for (const name of ["Phường Hải An", "Phường Thạch Khôi", "Xã Hà Long"]) ids[name] = (await communeByName(db, name)).id;
});
beforeEach(async () => {
  await db.notification.deleteMany({ where: { kind: "DAILY_CHECK_MISSING" } });
  await db.jobRun.deleteMany();
});
afterAll(() => db.$disconnect());

const run = (day: string, time: string) => runScheduled({ at: localInstant(day, time), rules: [dailyCheckMissing], db });
const sent = () =>
  db.notification.findMany({
    where: { kind: "DAILY_CHECK_MISSING" },
    select: { communeId: true, title: true, body: true, href: true, user: { select: { username: true, communeId: true } } },
    orderBy: { user: { username: "asc" } },
  });

describe("DAILY_CHECK_MISSING", () => {
  it("is registered with the other rules", () => {
    expect(RULES).toContain(dailyCheckMissing);
  });

  it("tells each commune's centre at 08:15 on a working day without a check, not before", async () => {
    expect((await run(TUESDAY, "08:14")).sent).toBe(0);
    const summary = await run(TUESDAY, "08:15");
    expect(summary.byKind.DAILY_CHECK_MISSING).toBe(3);
    const rows = await sent();
    expect(rows.map((r) => r.user.username)).toEqual(["tthcc.haian", "tthcc.halong", "tthcc.thachkhoi"]);
    for (const r of rows) {
      // Only to the commune's own centre, with a link to its own check.
      expect(r.user.communeId).toBe(r.communeId);
      expect(r.href).toBe(routes.commune(r.communeId!).dailyCheck());
      expect(r.title).toBe("Chưa kiểm tra đầu giờ hôm nay");
      expect(r.body).toBe("Trung tâm Phục vụ hành chính công chưa gửi kết quả kiểm tra đầu giờ ngày 12/01/2027 (hạn 08:00).");
    }
  });

  it("is sent once only when the scheduler runs again the same day", async () => {
    await run(TUESDAY, "08:15");
    const again = await run(TUESDAY, "09:30");
    expect(again.sent).toBe(0);
    expect(again.skipped).toBe(3);
    expect(await sent()).toHaveLength(3);
  });

  it("says nothing on a weekend or an official day off", async () => {
    expect((await run(SATURDAY, "08:15")).sent).toBe(0);
    expect((await run(NEW_YEAR, "09:00")).sent).toBe(0);
    expect(await sent()).toHaveLength(0);
  });

  it("leaves out a commune whose check is done", async () => {
    const centre = await db.user.findUniqueOrThrow({ where: { username: "tthcc.haian" } });
    await db.dailyCheck.create({
      data: {
        communeId: ids["Phường Hải An"]!,
        day: dateFromKey(TUESDAY),
        checkedById: centre.id,
        checkedAt: localInstant(TUESDAY, "07:45"),
        revisions: {
          create: { communeId: ids["Phường Hải An"]!, number: 1, submittedById: centre.id, submittedAt: localInstant(TUESDAY, "07:45") },
        },
      },
    });
    try {
      await run(TUESDAY, "08:15");
      expect((await sent()).map((r) => r.user.username)).toEqual(["tthcc.halong", "tthcc.thachkhoi"]);
    } finally {
      await db.dailyCheck.deleteMany({ where: { communeId: ids["Phường Hải An"]!, day: dateFromKey(TUESDAY) } });
    }
  });

  it("goes to the standing office when the centre has no account, and nowhere when there is no centre", async () => {
    await db.user.update({ where: { username: "tthcc.halong" }, data: { active: false } });
    const thachKhoiCentre = await db.unit.findFirstOrThrow({
      where: { communeId: ids["Phường Thạch Khôi"]!, name: "Trung tâm Phục vụ hành chính công" },
    });
    // Neither picked nor recognisable by its name: the commune has no centre.
    await db.communeSettings.update({ where: { communeId: ids["Phường Thạch Khôi"]! }, data: { serviceCentreUnitId: null } });
    await db.unit.update({ where: { id: thachKhoiCentre.id }, data: { name: "Bộ phận một cửa" } });
    try {
      await run(TUESDAY, "08:15");
      expect((await sent()).map((r) => r.user.username)).toEqual(["tthcc.haian", "vhxh.halong"]);
    } finally {
      await db.user.update({ where: { username: "tthcc.halong" }, data: { active: true } });
      await db.unit.update({ where: { id: thachKhoiCentre.id }, data: { name: thachKhoiCentre.name } });
      await db.communeSettings.update({
        where: { communeId: ids["Phường Thạch Khôi"]! },
        data: { serviceCentreUnitId: thachKhoiCentre.id },
      });
    }
  });
});
