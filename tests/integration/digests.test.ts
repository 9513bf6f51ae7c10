// The chair's weekly digest and the daily e-mail digest, with the test clock on the real database:
// who gets them, once per slot, the digest's figures against the dashboard's at the same moment, the
// weekday setting and a holiday Monday, and the e-mail digest replacing single mails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarOf } from "@/lib/calendar/working-days";
import { DEFAULT_SETTINGS } from "@/lib/communes/settings";
import { getCommuneDashboard } from "@/lib/dashboard/commune";
import { readDashboardFilters } from "@/lib/dashboard/filters";
import { dateFromKey } from "@/lib/dates";
import { localInstant, setClock } from "@/lib/jobs/clock";
import { chairDigestSlot, chairWeeklyDigest } from "@/lib/jobs/rules/chair-digest";
import { emailDigest } from "@/lib/jobs/rules/email-digest";
import { runScheduled } from "@/lib/jobs/schedule";
import { notify } from "@/lib/notifications/notify";
import { chairsOf } from "@/lib/notifications/recipients";
import { buildWeeklyDigest } from "@/lib/notifications/weekly-digest";
import { isWeeklyDigestData } from "@/lib/notifications/weekly-digest-text";
import { communeByName, testDb, truncateAll } from "./db";
import { seedDemo } from "@/prisma/seed/demo";

const db = testDb();
// Monday 14/12/2026 (ISO week 51); the demo is seeded that morning, so "last week" is the demo's last 7 days.
const MONDAY = "2026-12-14";
const at = (day: string, time: string) => localInstant(day, time);
let haiAn: { id: string; name: string; provinceId: string | null };

beforeAll(async () => {
  await truncateAll(db);
  await seedDemo(db, at(MONDAY, "06:00"));
  haiAn = await communeByName(db, "Phường Hải An");
});

afterAll(async () => {
  setClock(null);
  await db.$disconnect();
});

const digests = (where: object = {}) =>
  db.notification.findMany({ where: { kind: "CHAIR_WEEKLY_DIGEST", ...where }, orderBy: { userId: "asc" } });

describe("chair's weekly digest", () => {
  it("is not due before the chosen time, then goes to each commune's chair(s) only, once per week", async () => {
    const early = await runScheduled({ at: at(MONDAY, "07:29"), rules: [chairWeeklyDigest], db });
    expect(early.sent).toBe(0);

    const first = await runScheduled({ at: at(MONDAY, "07:30"), rules: [chairWeeklyDigest], db });
    const communes = await db.unit.findMany({ where: { kind: { in: ["COMMUNE", "WARD"] } } });
    const chairs = (await Promise.all(communes.map((c) => chairsOf(db, { id: c.id, provinceId: c.provinceId! })))).flat().sort();
    expect(chairs.length).toBe(3);
    expect(first.byKind).toEqual({ CHAIR_WEEKLY_DIGEST: 3 });
    const rows = await digests();
    expect(rows.map((r) => r.userId).sort()).toEqual(chairs);
    for (const r of rows) {
      expect(r.href).toBe(`/c/${r.communeId}/tong-hop-tuan/${r.id}`);
      expect(r.body.split("\n").length).toBeGreaterThanOrEqual(3);
      expect(r.body.split("\n").length).toBeLessThanOrEqual(6);
    }

    // The same moment again, later that day, on Wednesday: the week's slot is taken.
    for (const when of [at(MONDAY, "07:30"), at(MONDAY, "16:00"), at("2026-12-16", "08:00")]) {
      const again = await runScheduled({ at: when, rules: [chairWeeklyDigest], db });
      expect(again).toMatchObject({ sent: 0, skipped: 3 });
    }
    expect(await digests()).toHaveLength(3);
  });

  it("carries the dashboard's figures at the same moment, and every section has content on the demo", async () => {
    const [row] = await digests({ communeId: haiAn.id });
    expect(isWeeklyDigestData(row!.data)).toBe(true);
    if (!isWeeklyDigestData(row!.data)) return;
    const d = row!.data;
    const dash = await getCommuneDashboard(haiAn.id, readDashboardFilters({}, MONDAY), at(MONDAY, "07:30"));
    expect(d.overdue.total).toBe(dash.overdue.total);
    expect(d.overdue.items.map((t) => t.taskId)).toEqual(dash.overdue.rows.map((t) => t.id));
    expect(d.unconfirmed.units.map((u) => u.unitId)).toEqual(dash.unconfirmed.map((u) => u.unitId));
    expect(d.openDirections.total).toBe(dash.directives.total);
    expect(d.awaiting.total).toBe(dash.awaiting.total);
    expect(d.kpi.counts).toEqual(dash.indicators.counts);
    expect(d.headline).toEqual({
      total: dash.headline.total,
      done: dash.headline.done,
      progress: dash.headline.progress,
      overdue: dash.overdue.total,
    });
    expect({ from: d.from, to: d.to, week: d.week }).toEqual({ from: "2026-12-07", to: "2026-12-13", week: "2026-W51" });

    // The demo makes every section say something (seeded the same morning).
    expect(d.completed.total).toBeGreaterThanOrEqual(1);
    expect(d.updates.total).toBeGreaterThanOrEqual(1);
    expect(d.overdue.total).toBeGreaterThanOrEqual(1);
    expect(d.unconfirmed.units.length).toBeGreaterThanOrEqual(1);
    expect(d.kpi.entered.length).toBeGreaterThanOrEqual(1);
    // The week's events are counted over the 7 days only: a progress report of the digest's own day is not.
    const updates = await db.taskUpdate.count({
      where: { communeId: haiAn.id, kind: "PROGRESS", createdAt: { gte: at("2026-12-07", "00:00"), lt: at(MONDAY, "00:00") } },
    });
    expect(d.updates.total).toBe(updates);
  });

  it("e-mails the text version (every section, not the bell's short body) to a chair with an address", async () => {
    const next = "2026-12-28"; // Monday of week 53
    await db.user.updateMany({ where: { role: "CHAIR" }, data: { email: null } });
    const [chairId] = await chairsOf(db, { id: haiAn.id, provinceId: haiAn.provinceId! });
    await db.user.update({ where: { id: chairId }, data: { email: "chutich@haian.test" } });
    await runScheduled({ at: at(next, "07:30"), rules: [chairWeeklyDigest], communeIds: [haiAn.id], db });
    const mails = await db.outboxMessage.findMany({ where: { recipient: "chutich@haian.test" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Tổng hợp tuần 53/2026");
    for (const section of ["NHIỆM VỤ HOÀN THÀNH TRONG TUẦN", "NHIỆM VỤ QUÁ HẠN", "ĐƠN VỊ CHƯA XÁC NHẬN BÁO CÁO", "CHỈ TIÊU"]) {
      expect(mails[0]!.body).toContain(section);
    }
    const [row] = await digests({ userId: chairId, topic: "chair-digest:2026-W53" });
    expect(mails[0]!.notificationId).toBe(row!.id);
    expect(mails[0]!.body).toContain(`/tong-hop-tuan/${row!.id}`);
  });

  it("honours the weekday setting and moves a holiday to the next working day", async () => {
    const settings = (chairDigestWeekday: number) => ({ ...DEFAULT_SETTINGS, chairDigestWeekday });
    const plain = calendarOf([]);
    const slot = (day: string, time: string, weekday = 1, calendar = plain) =>
      chairDigestSlot({ today: day, time, settings: settings(weekday), calendar });
    expect(slot("2026-12-14", "07:30")).toBe("2026-W51");
    expect(slot("2026-12-14", "07:30", 3)).toBeNull();
    expect(slot("2026-12-16", "07:29", 3)).toBeNull();
    expect(slot("2026-12-16", "07:30", 3)).toBe("2026-W51");
    // Saturday is no working day: the digest of a week set to Saturday goes out on Monday, as that week's
    // (and until it has gone, a worker that was down catches up during the week, on working days only:
    // the JobRun keeps it once).
    expect(slot("2026-12-18", "09:00", 6)).toBe("2026-W50");
    expect(slot("2026-12-19", "09:00", 6)).toBeNull();
    expect(slot("2026-12-21", "07:29", 6)).toBeNull();
    expect(slot("2026-12-21", "07:30", 6)).toBe("2026-W51");
    // Holiday Monday → Tuesday.
    const holiday = calendarOf([{ date: "2027-01-04", name: "Nghỉ bù", workingDay: false }]);
    expect(slot("2027-01-04", "09:00", 1, holiday)).toBeNull();
    expect(slot("2027-01-05", "07:30", 1, holiday)).toBe("2027-W01");

    // Through the scheduler and the database: Hải An on Wednesdays; a holiday on Monday 04/01/2027.
    await db.communeSettings.upsert({
      where: { communeId: haiAn.id },
      create: { communeId: haiAn.id, chairDigestWeekday: 3 },
      update: { chairDigestWeekday: 3 },
    });
    const mon = await runScheduled({ at: at("2026-12-21", "07:30"), rules: [chairWeeklyDigest], db });
    expect(mon.byKind.CHAIR_WEEKLY_DIGEST).toBe(2); // the two other communes
    const wed = await runScheduled({ at: at("2026-12-23", "07:30"), rules: [chairWeeklyDigest], communeIds: [haiAn.id], db });
    expect(wed.byKind.CHAIR_WEEKLY_DIGEST).toBe(1);

    await db.communeSettings.update({ where: { communeId: haiAn.id }, data: { chairDigestWeekday: 1 } });
    const date = dateFromKey("2027-01-04");
    await db.holiday.upsert({ where: { date }, create: { date, name: "Nghỉ bù" }, update: { workingDay: false } });
    const onHoliday = await runScheduled({ at: at("2027-01-04", "07:30"), rules: [chairWeeklyDigest], db });
    expect(onHoliday.sent).toBe(0);
    const tuesday = await runScheduled({ at: at("2027-01-05", "07:30"), rules: [chairWeeklyDigest], db });
    expect(tuesday.byKind.CHAIR_WEEKLY_DIGEST).toBe(3);
    expect(await digests({ topic: "chair-digest:2027-W01" })).toHaveLength(3);
  });
});

describe("daily e-mail digest", () => {
  it("replaces single mails for a DAILY_DIGEST user: one letter listing their notifications, marked digested", async () => {
    const day = "2027-01-11"; // Monday
    const digestUser = await db.user.update({ where: { username: "vanphong.haian" }, data: { email: "vanphong@haian.test" } });
    const instantUser = await db.user.update({ where: { username: "tthcc.haian" }, data: { email: "tthcc@haian.test" } });
    await db.notificationPreference.create({ data: { userId: digestUser.id, emailMode: "DAILY_DIGEST", emailMuted: ["REPORT_SIGNED"] } });
    const titles = ["Ý kiến chỉ đạo mới: nhiệm vụ 1.1", "Báo cáo tiến độ bị trả lại: nhiệm vụ 2.3", "Ý kiến chỉ đạo mới: nhiệm vụ 3.1"];
    await db.$transaction(async (tx) => {
      for (const [i, title] of titles.entries()) {
        await notify(tx, {
          communeId: haiAn.id,
          kind: i === 1 ? "UPDATE_RETURNED" : "DIRECTION",
          userIds: [digestUser.id, instantUser.id],
          title,
          body: "Nội dung",
          href: `/c/${haiAn.id}/nhiem-vu/t${i}`,
          at: at(day, `1${i}:00`),
        });
      }
      // A kind the user muted by e-mail stays in the bell only.
      await notify(tx, {
        communeId: haiAn.id,
        kind: "REPORT_SIGNED",
        userIds: [digestUser.id],
        title: "Báo cáo đã ký",
        body: "x",
        at: at(day, "15:00"),
      });
    });
    const email = (recipient: string) =>
      db.outboxMessage.findMany({ where: { channel: "EMAIL", recipient }, orderBy: { createdAt: "asc" } });
    expect(await email("vanphong@haian.test")).toHaveLength(0);
    expect(await email("tthcc@haian.test")).toHaveLength(3);
    const bellBefore = await db.notification.count();

    // Not before the reminder time.
    const early = await runScheduled({ at: at("2027-01-12", "07:00"), rules: [emailDigest], communeIds: [haiAn.id], db });
    expect(early.skipped + Object.keys(early.byRule).length).toBe(0);
    await runScheduled({ at: at("2027-01-12", "07:30"), rules: [emailDigest], communeIds: [haiAn.id], db });
    const mails = await email("vanphong@haian.test");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("[Chuyển đổi số] Tổng hợp thông báo ngày 12/01/2027");
    for (const t of titles) expect(mails[0]!.body).toContain(t);
    expect(mails[0]!.body).not.toContain("Báo cáo đã ký");
    expect(mails[0]!.body).toContain("Anh/chị có 3 thông báo mới");
    expect(mails[0]!.notificationId).toBeNull();
    expect(await email("tthcc@haian.test")).toHaveLength(3); // the INSTANT user gets no digest
    expect(await db.notification.count()).toBe(bellBefore); // no bell notification about notifications
    const marked = await db.notification.findMany({ where: { userId: digestUser.id, digestedAt: { not: null } } });
    expect(marked.map((n) => n.title).sort()).toEqual([...titles].sort());

    // Same day again: the slot is taken; next working day with nothing new: no letter.
    await runScheduled({ at: at("2027-01-12", "09:00"), rules: [emailDigest], communeIds: [haiAn.id], db });
    await runScheduled({ at: at("2027-01-13", "07:30"), rules: [emailDigest], communeIds: [haiAn.id], db });
    expect(await email("vanphong@haian.test")).toHaveLength(1);
  });

  it("runs on working days only, and waits for the end of quiet hours", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { username: "vanphong.haian" } });
    await db.$transaction((tx) =>
      notify(tx, {
        communeId: haiAn.id,
        kind: "DIRECTION",
        userIds: [user.id],
        title: "Chỉ đạo cuối tuần",
        body: "x",
        at: at("2027-01-16", "10:00"),
      }),
    );
    const saturday = await runScheduled({ at: at("2027-01-16", "12:00"), rules: [emailDigest], communeIds: [haiAn.id], db });
    expect(saturday.skipped + Object.keys(saturday.byRule).length).toBe(0);
    // A commune whose reminders go out at 22:00 (inside quiet hours 21:00–06:30): the letter waits until 06:30.
    await db.communeSettings.upsert({
      where: { communeId: haiAn.id },
      create: { communeId: haiAn.id, reminderTime: "22:00" },
      update: { reminderTime: "22:00" },
    });
    await runScheduled({ at: at("2027-01-18", "22:00"), rules: [emailDigest], communeIds: [haiAn.id], db });
    const [mail] = await db.outboxMessage.findMany({ where: { recipient: "vanphong@haian.test", subject: { contains: "18/01/2027" } } });
    expect(mail!.body).toContain("Chỉ đạo cuối tuần");
    expect(mail!.nextAttemptAt).toEqual(at("2027-01-19", "06:30"));
  });
});

describe("demo seed", () => {
  // Seeded at other moments (mid-week, late evening on the NĐ 09 cut-off day, a Sunday), the digest of that moment still has every section.
  it.each(["2027-03-03T10:00:00+07:00", "2027-02-14T23:30:00+07:00", "2027-05-16T08:00:00+07:00"])("seeded at %s", async (moment) => {
    const when = new Date(moment);
    await truncateAll(db);
    await seedDemo(db, when);
    const commune = await communeByName(db, "Phường Hải An");
    const d = await buildWeeklyDigest(commune, when, "test");
    expect(d.completed.total).toBeGreaterThanOrEqual(1);
    expect(d.updates.total).toBeGreaterThanOrEqual(1);
    expect(d.overdue.total).toBeGreaterThanOrEqual(1);
    expect(d.unconfirmed.units.length).toBeGreaterThanOrEqual(1);
    expect(d.kpi.entered.length).toBeGreaterThanOrEqual(1);
  });
});
