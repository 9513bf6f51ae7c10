// What users configure (issue 19), on the real database: a user's own notification preferences and
// how notify() honours them (counted in Notification and OutboxMessage rows), the commune's reminder
// schedule and webhook (the secret shown once, never in the audit log), and the holiday table
// (ensureOfficialHolidays idempotent and never undoing the admin's edits).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { deleteHoliday, saveHoliday } from "@/lib/calendar/commands";
import { ensureOfficialHolidays, OFFICIAL_HOLIDAYS } from "@/lib/calendar/official-holidays";
import { loadCalendar } from "@/lib/calendar/working-days";
import { updateCommuneSchedule } from "@/lib/communes/schedule-commands";
import { readCommuneSettings } from "@/lib/communes/settings";
import { updateCommuneSettings } from "@/lib/communes/settings-commands";
import { settingsView } from "@/lib/communes/settings-view";
import { removeCommuneWebhook, rotateWebhookSecret, updateCommuneWebhook } from "@/lib/communes/webhook-commands";
import { dateFromKey } from "@/lib/dates";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { saveNotificationPreferences } from "@/lib/notifications/commands";
import { notify } from "@/lib/notifications/notify";
import { communeByName, freshDemo, testDb, viewer } from "./db";

// The receivers of these tests listen on this machine, as a bridge beside the portal would: the
// operator allows it (webhook-destinations.test.ts is the default, where it is refused).
process.env.WEBHOOK_ALLOWED_IPS = "127.0.0.1";
const db = testDb();
let haiAn: string;
let office: Viewer; // vanphong.haian, UNIT_STAFF
let center: Viewer; // tthcc.haian, UNIT_STAFF
let coordinator: Viewer;
let chair: Viewer;
let admin: Viewer;

type Result = ActionResult<Record<string, unknown>>;
const run = (def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<Result>;
const refusal = (r: Result) => (r.ok ? "accepted" : r.code);
const secretOf = (r: Result) => String(r.ok ? r.data.secret : "");
const fieldError = (r: Result, field: string) => (r.ok ? undefined : r.fieldErrors?.[field]?.[0]);

/** A weekday at 10:00 in Hanoi: outside the default quiet hours. */
const DAYTIME = new Date("2026-12-08T03:00:00Z");

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  coordinator = await viewer(db, "vhxh.haian");
  chair = await viewer(db, "chutich.haian");
  admin = await viewer(db, "admin");
  await db.user.update({ where: { id: office.id }, data: { email: "vanphong@haian.example.vn" } });
  await db.user.update({ where: { id: center.id }, data: { email: "tthcc@haian.example.vn" } });
}, 120_000);

afterAll(() => db.$disconnect());

describe("notifications.savePreferences", () => {
  it("writes the session user's own row, audited, and nobody else's", async () => {
    const r = await run(saveNotificationPreferences, office, {
      emailMode: "DAILY_DIGEST",
      emailMuted: ["REPORT_SIGNED", "REPORT_SIGNED"],
      inAppMuted: ["OVERDUE_CHAIR"],
      userId: center.id, // an unknown field: dropped, never another user's row
    });
    expect(r.ok).toBe(true);
    const rows = await db.notificationPreference.findMany();
    expect(rows.map((p) => p.userId)).toEqual([office.id]);
    expect(rows[0]).toMatchObject({ emailMode: "DAILY_DIGEST", emailMuted: ["REPORT_SIGNED"], inAppMuted: ["OVERDUE_CHAIR"] });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "notifications.savePreferences", actorId: office.id } });
    expect(log.data).toMatchObject({ before: null, after: { emailMode: "DAILY_DIGEST" } });
    // Saving again updates the same row.
    expect((await run(saveNotificationPreferences, office, { emailMode: "INSTANT", emailMuted: [], inAppMuted: [] })).ok).toBe(true);
    expect(await db.notificationPreference.count()).toBe(1);
    expect((await db.notificationPreference.findUniqueOrThrow({ where: { userId: office.id } })).emailMode).toBe("INSTANT");
  });

  it("refuses a kind that must reach the bell, and a kind that does not exist; nothing written", async () => {
    const before = await db.notificationPreference.findUniqueOrThrow({ where: { userId: office.id } });
    const mandatory = await run(saveNotificationPreferences, office, { emailMode: "OFF", emailMuted: [], inAppMuted: ["DIRECTION"] });
    expect(refusal(mandatory)).toBe("VALIDATION");
    expect(fieldError(mandatory, "inAppMuted")).toBe("«Ý kiến chỉ đạo mới» luôn hiện trên cổng thông tin, không tắt được");
    const unknown = await run(saveNotificationPreferences, office, { emailMode: "INSTANT", emailMuted: ["SPAM"], inAppMuted: [] });
    expect(fieldError(unknown, "emailMuted")).toBe("Loại thông báo không hợp lệ");
    expect(refusal(await run(saveNotificationPreferences, office, { emailMode: "WEEKLY", emailMuted: [], inAppMuted: [] }))).toBe(
      "VALIDATION",
    );
    expect(await db.notificationPreference.findUniqueOrThrow({ where: { userId: office.id } })).toEqual(before);
  });

  it("notify() honours them: INSTANT, DAILY_DIGEST, OFF, emailMuted, inAppMuted (mandatory kinds still arrive)", async () => {
    const send = async (kind: NotificationKind, prefs: { emailMode: string; emailMuted: string[]; inAppMuted: string[] }) => {
      const saved = await run(saveNotificationPreferences, office, prefs);
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
      await db.notification.deleteMany({ where: { userId: office.id } });
      await db.outboxMessage.deleteMany({});
      await db.$transaction((tx) =>
        notify(tx, { communeId: haiAn, kind, userIds: [office.id], title: "Thử", body: "Nội dung", at: DAYTIME }),
      );
      const [bell, mail] = await Promise.all([
        db.notification.count({ where: { userId: office.id, kind } }),
        db.outboxMessage.count({ where: { channel: "EMAIL", recipient: "vanphong@haian.example.vn" } }),
      ]);
      return { bell, mail };
    };
    const none = { emailMuted: [], inAppMuted: [] };
    expect(await send("DEADLINE_APPROACHING", { emailMode: "INSTANT", ...none })).toEqual({ bell: 1, mail: 1 });
    expect(await send("DEADLINE_APPROACHING", { emailMode: "DAILY_DIGEST", ...none })).toEqual({ bell: 1, mail: 0 });
    expect(await send("DEADLINE_APPROACHING", { emailMode: "OFF", ...none })).toEqual({ bell: 1, mail: 0 });
    expect(await send("DEADLINE_APPROACHING", { emailMode: "INSTANT", emailMuted: ["DEADLINE_APPROACHING"], inAppMuted: [] })).toEqual({
      bell: 1,
      mail: 0,
    });
    // Another kind muted leaves this one alone.
    expect(
      await send("DEADLINE_APPROACHING", { emailMode: "INSTANT", emailMuted: ["REPORT_SIGNED"], inAppMuted: ["OVERDUE_CHAIR"] }),
    ).toEqual({
      bell: 1,
      mail: 1,
    });
    expect(await send("DEADLINE_APPROACHING", { emailMode: "INSTANT", emailMuted: [], inAppMuted: ["DEADLINE_APPROACHING"] })).toEqual({
      bell: 0,
      mail: 0,
    });
    // A row written around the action (an old row, a direct SQL edit) still cannot silence a duty.
    await db.notificationPreference.update({ where: { userId: office.id }, data: { inAppMuted: ["DIRECTION"] } });
    await db.notification.deleteMany({ where: { userId: office.id } });
    await db.$transaction((tx) =>
      notify(tx, { communeId: haiAn, kind: "DIRECTION", userIds: [office.id], title: "Chỉ đạo", body: "…", at: DAYTIME }),
    );
    expect(await db.notification.count({ where: { userId: office.id, kind: "DIRECTION" } })).toBe(1);
    // The other user, who never saved preferences, gets the defaults (bell and instant mail).
    await db.outboxMessage.deleteMany({});
    await db.$transaction((tx) =>
      notify(tx, { communeId: haiAn, kind: "REPORT_SIGNED", userIds: [center.id], title: "Đã ký", body: "…", at: DAYTIME }),
    );
    expect(await db.outboxMessage.count({ where: { recipient: "tthcc@haian.example.vn" } })).toBe(1);
  });
});

const SCHEDULE = {
  reminderTime: "07:30",
  deadlineReminderDays: "7, 3, 1",
  overdueDigest: "on",
  periodReminderWorkingDays: "2",
  chairDigestWeekday: "1",
  chairDigestTime: "07:30",
  directionReminderDays: "2",
  quietStart: "21:00",
  quietEnd: "06:30",
};

describe("communes.updateSchedule", () => {
  it("saves the standing office's schedule, audited with before and after", async () => {
    const r = await run(updateCommuneSchedule, coordinator, {
      communeId: haiAn,
      ...SCHEDULE,
      reminderTime: "08:15",
      deadlineReminderDays: "1 10,5",
      overdueDigest: "",
      chairDigestWeekday: "5",
      chairDigestTime: "16:00",
      quietStart: "22:00",
      quietEnd: "22:00",
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const s = await readCommuneSettings(db, haiAn);
    expect(s).toMatchObject({
      reminderTime: "08:15",
      deadlineReminderDays: [10, 5, 1],
      overdueDigest: false,
      chairDigestWeekday: 5,
      chairDigestTime: "16:00",
      quietStart: "22:00",
      quietEnd: "22:00",
      maxDeadlineExtensions: 2,
    });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "communes.updateSchedule" } });
    expect(log.data).toMatchObject({
      before: { reminderTime: "07:30", deadlineReminderDays: [7, 3, 1] },
      after: { reminderTime: "08:15" },
    });
    // The extensions form still saves its own field and leaves the schedule alone.
    expect((await run(updateCommuneSettings, coordinator, { communeId: haiAn, maxDeadlineExtensions: "4" })).ok).toBe(true);
    expect(await readCommuneSettings(db, haiAn)).toMatchObject({ maxDeadlineExtensions: 4, reminderTime: "08:15" });
  });

  it.each([
    ["reminderTime", "25:00", "Giờ gửi nhắc phải theo dạng GG:PP (00:00 đến 23:59), ví dụ 07:30"],
    ["reminderTime", "7:30", "Giờ gửi nhắc phải theo dạng GG:PP (00:00 đến 23:59), ví dụ 07:30"],
    ["deadlineReminderDays", "7, 0", "Mỗi ngày nhắc là một số nguyên từ 1 đến 30 (không hợp lệ: 0)"],
    ["deadlineReminderDays", "3, 3", "Các ngày nhắc không được trùng nhau"],
    ["deadlineReminderDays", "10 7 5 3 2 1", "Tối đa 5 lần nhắc trước hạn"],
    ["deadlineReminderDays", "ba", "Mỗi ngày nhắc là một số nguyên từ 1 đến 30"],
    ["periodReminderWorkingDays", "11", "Số ngày làm việc nhắc trước khi hết kỳ từ 0 đến 10"],
    ["chairDigestWeekday", "8", "Chọn ngày gửi tổng hợp tuần (Thứ Hai đến Chủ nhật)"],
    ["directionReminderDays", "0", "Số ngày nhắc ý kiến chỉ đạo từ 1 đến 14"],
    ["quietEnd", "", "Giờ kết thúc không gửi thư phải theo dạng GG:PP (00:00 đến 23:59), ví dụ 07:30"],
  ])("refuses %s = %j: %s", async (field, value, message) => {
    const before = await readCommuneSettings(db, haiAn);
    const r = await run(updateCommuneSchedule, coordinator, { communeId: haiAn, ...SCHEDULE, [field]: value });
    expect(fieldError(r, field)).toBe(message);
    expect(await readCommuneSettings(db, haiAn)).toEqual(before);
  });

  it("unit staff and the chair cannot change the commune's settings", async () => {
    for (const u of [office, chair])
      for (const [def, input] of [
        [updateCommuneSchedule, { communeId: haiAn, ...SCHEDULE }],
        [updateCommuneWebhook, { communeId: haiAn, webhookUrl: "https://hook.example.vn/x", webhookKinds: [] }],
        [rotateWebhookSecret, { communeId: haiAn }],
      ] as const)
        expect(refusal(await run(def, u, input))).toBe("FORBIDDEN");
  });
});

describe("the webhook's secret", () => {
  const secretsInAudit = async (secret: string) => {
    const logs = await db.auditLog.findMany({ where: { action: { startsWith: "communes." } } });
    return logs.filter((l) => JSON.stringify(l.data).includes(secret)).length;
  };

  it("is made by the server on the first save, returned once, stored, and never audited", async () => {
    const first = await run(updateCommuneWebhook, coordinator, {
      communeId: haiAn,
      webhookUrl: " http://127.0.0.1:8787/hook ",
      webhookKinds: ["DIRECTION", "UPDATE_RETURNED", "DIRECTION"],
    });
    expect(first.ok, JSON.stringify(first)).toBe(true);
    const secret = secretOf(first);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    const row = await db.communeSettings.findUniqueOrThrow({ where: { communeId: haiAn } });
    expect(row).toMatchObject({
      webhookUrl: "http://127.0.0.1:8787/hook",
      webhookSecret: secret,
      webhookKinds: ["DIRECTION", "UPDATE_RETURNED"],
    });
    expect(row.webhookSecretCreatedAt).not.toBeNull();
    // A later save keeps the secret and does not show it again.
    const again = await run(updateCommuneWebhook, coordinator, {
      communeId: haiAn,
      webhookUrl: "https://hook.example.vn/cds",
      webhookKinds: [],
    });
    expect(again.ok && again.data.secret).toBeNull();
    expect((await db.communeSettings.findUniqueOrThrow({ where: { communeId: haiAn } })).webhookSecret).toBe(secret);
    // The page's read shows when, never what.
    const view = await settingsView(haiAn);
    expect(JSON.stringify(view)).not.toContain(secret);
    expect(view.webhook.secretCreatedAt).toEqual(row.webhookSecretCreatedAt);
    expect(await secretsInAudit(secret)).toBe(0);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "communes.updateWebhook" }, orderBy: { createdAt: "asc" } });
    expect(log.data).toMatchObject({ before: { hasSecret: false, webhookUrl: null }, after: { hasSecret: true } });
  });

  it("notify() then writes one WEBHOOK row per event, for every kind when none is picked", async () => {
    await db.outboxMessage.deleteMany({});
    await db.$transaction((tx) =>
      notify(tx, { communeId: haiAn, kind: "REPORT_SIGNED", userIds: [office.id, center.id], title: "Đã ký", body: "…", at: DAYTIME }),
    );
    expect(await db.outboxMessage.count({ where: { channel: "WEBHOOK", recipient: "https://hook.example.vn/cds" } })).toBe(1);
  });

  it("rotating makes a new one, shown once; the old one is gone and neither is audited", async () => {
    const old = (await db.communeSettings.findUniqueOrThrow({ where: { communeId: haiAn } })).webhookSecret!;
    const r = await run(rotateWebhookSecret, coordinator, { communeId: haiAn });
    expect(r.ok).toBe(true);
    const secret = secretOf(r);
    expect(secret).not.toBe(old);
    expect((await db.communeSettings.findUniqueOrThrow({ where: { communeId: haiAn } })).webhookSecret).toBe(secret);
    expect(await secretsInAudit(secret)).toBe(0);
    expect(await secretsInAudit(old)).toBe(0);
  });

  it.each([
    ["http://hook.example.vn/x", "Webhook phải dùng https (http chỉ cho localhost hoặc 127.0.0.1)"],
    [
      "https://bot:matkhau@hook.example.vn/x",
      "Không ghi tên đăng nhập hay mật khẩu trong địa chỉ: hệ thống ký mỗi lần gửi bằng khóa bí mật",
    ],
    ["ftp://hook.example.vn/x", "Webhook phải dùng https"],
    ["hook.example.vn", "Địa chỉ webhook không hợp lệ (ví dụ https://zalo-bridge.example.vn/hook)"],
    ["", "Nhập địa chỉ webhook"],
  ])("refuses the address %j", async (url, message) => {
    const r = await run(updateCommuneWebhook, coordinator, { communeId: haiAn, webhookUrl: url, webhookKinds: [] });
    expect(fieldError(r, "webhookUrl")).toBe(message);
    expect((await db.communeSettings.findUniqueOrThrow({ where: { communeId: haiAn } })).webhookUrl).toBe("https://hook.example.vn/cds");
  });

  it("removing the webhook clears it, secret included, and cancels what was waiting", async () => {
    expect(await db.outboxMessage.count({ where: { channel: "WEBHOOK", status: "PENDING" } })).toBe(1);
    const r = await run(removeCommuneWebhook, coordinator, { communeId: haiAn });
    expect(r.ok && r.data).toEqual({ cancelled: 1 });
    expect(await db.communeSettings.findUniqueOrThrow({ where: { communeId: haiAn } })).toMatchObject({
      webhookUrl: null,
      webhookSecret: null,
      webhookSecretCreatedAt: null,
      webhookKinds: [],
    });
    expect(await db.outboxMessage.count({ where: { channel: "WEBHOOK", status: "CANCELLED" } })).toBe(1);
    // Nothing left to rotate or remove.
    expect(refusal(await run(rotateWebhookSecret, coordinator, { communeId: haiAn }))).toBe("VALIDATION");
    expect(refusal(await run(removeCommuneWebhook, coordinator, { communeId: haiAn }))).toBe("VALIDATION");
  });
});

describe("the holiday table", () => {
  const countYear = (y: string) =>
    db.holiday.count({ where: { date: { gte: dateFromKey(`${y}-01-01`), lte: dateFromKey(`${y}-12-31`) } } });

  it("the demo seed wrote the official days off, and ensureOfficialHolidays is then a no-op", async () => {
    expect(await db.holiday.count()).toBe(OFFICIAL_HOLIDAYS.length);
    expect(await ensureOfficialHolidays(db)).toBe(0);
    const cal = await loadCalendar(db);
    expect(cal.isWorkingDay("2026-04-27")).toBe(false);
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
  });

  it("the admin adds, edits and deletes days; duplicates are refused with a clear message; audited", async () => {
    const add = await run(saveHoliday, admin, { mode: "create", date: "2026-12-31", name: "  Nghỉ thử cuối năm ", workingDay: "" });
    expect(add.ok, JSON.stringify(add)).toBe(true);
    expect(await db.holiday.findUniqueOrThrow({ where: { date: dateFromKey("2026-12-31") } })).toMatchObject({
      name: "Nghỉ thử cuối năm",
      workingDay: false,
    });
    const dup = await run(saveHoliday, admin, { mode: "create", date: "2026-04-27", name: "Trùng", workingDay: "" });
    expect(refusal(dup)).toBe("DUPLICATE");
    expect(dup.ok ? "" : dup.message).toBe(
      "Ngày 27/04/2026 đã có trong bảng (Nghỉ bù Giỗ Tổ Hùng Vương). Hãy sửa dòng đó thay vì thêm mới.",
    );
    expect(fieldError(dup, "date")).toBe("Ngày này đã có trong bảng");
    const edit = await run(saveHoliday, admin, { mode: "update", date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ (đã sửa)", workingDay: "" });
    expect(edit.ok).toBe(true);
    expect(refusal(await run(saveHoliday, admin, { mode: "update", date: "2026-06-15", name: "Không có", workingDay: "" }))).toBe(
      "NOT_FOUND",
    );
    expect(refusal(await run(saveHoliday, admin, { mode: "create", date: "2026-02-30", name: "Ngày ảo", workingDay: "" }))).toBe(
      "VALIDATION",
    );
    expect((await run(deleteHoliday, admin, { date: "2026-09-01" })).ok).toBe(true);
    expect(refusal(await run(deleteHoliday, admin, { date: "2026-09-01" }))).toBe("NOT_FOUND");
    const logs = await db.auditLog.findMany({
      where: { action: { in: ["holidays.save", "holidays.delete"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(logs.map((l) => [l.action, l.entityId, l.communeId])).toEqual([
      ["holidays.save", "2026-12-31", null],
      ["holidays.save", "2026-04-27", null],
      ["holidays.delete", "2026-09-01", null],
    ]);
    const cal = await loadCalendar(db);
    expect(cal.isWorkingDay("2026-09-01")).toBe(true);
    expect(cal.holidayName("2026-04-27")).toBe("Nghỉ bù Giỗ Tổ (đã sửa)");
  });

  it("ensureOfficialHolidays never undoes the admin's edits or deletions, and fills a year that is empty", async () => {
    expect(await ensureOfficialHolidays(db)).toBe(0);
    expect((await db.holiday.findUniqueOrThrow({ where: { date: dateFromKey("2026-04-27") } })).name).toBe("Nghỉ bù Giỗ Tổ (đã sửa)");
    expect(await db.holiday.findUnique({ where: { date: dateFromKey("2026-09-01") } })).toBeNull();
    await db.holiday.deleteMany({ where: { date: { gte: dateFromKey("2027-01-01") } } });
    const official2027 = OFFICIAL_HOLIDAYS.filter((h) => h.date.startsWith("2027")).length;
    expect(await ensureOfficialHolidays(db)).toBe(official2027);
    expect(await countYear("2027")).toBe(official2027);
  });

  it("only the system administrator edits the table", async () => {
    for (const u of [coordinator, chair, office]) {
      expect(refusal(await run(saveHoliday, u, { mode: "create", date: "2026-12-30", name: "Không được", workingDay: "" }))).toBe(
        "FORBIDDEN",
      );
      expect(refusal(await run(deleteHoliday, u, { date: "2026-04-30" }))).toBe("FORBIDDEN");
    }
    expect(await db.holiday.findUnique({ where: { date: dateFromKey("2026-12-30") } })).toBeNull();
    expect(await db.holiday.findUnique({ where: { date: dateFromKey("2026-04-30") } })).not.toBeNull();
  });
});
