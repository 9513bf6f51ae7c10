// Issue 19, events: a direction and a returned progress report notify the right people in the
// action's own transaction (bell rows and e-mail outbox rows, or nothing at all when it rolls back),
// and the direction-reminder rule brings an unacknowledged direction back every 2 working days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { localInstant } from "@/lib/jobs/clock";
import { directionReminder } from "@/lib/jobs/rules/direction-reminder";
import { runScheduled } from "@/lib/jobs/schedule";
import { notify } from "@/lib/notifications/notify";
import { notificationPage, readNotificationQuery } from "@/lib/notifications/queries";
import { acknowledgeDirective, giveDirective, returnUpdate, submitTaskUpdate } from "@/lib/tasks/commands";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let office: Viewer; // vanphong.haian: Văn phòng HĐND và UBND, lead of the task
let officeMate: Viewer; // a second active account of the same unit
let officeGone: Viewer; // an inactive account of the same unit
let center: Viewer; // tthcc.haian: a helping unit of the task
let otherOffice: Viewer; // vanphong.thachkhoi: same unit name, another commune
let chair: Viewer;
let coordinator: Viewer;
let taskId: string;
let taskCode: string;

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;
const ok = <T>(res: ActionResult<T>): T => {
  if (!res.ok) throw new Error(`expected success, got ${res.code}: ${res.message}`);
  return res.data;
};

async function addUser(username: string, unitId: string, extra: { active?: boolean } = {}): Promise<Viewer> {
  const u = await db.user.create({
    data: {
      username,
      fullName: username,
      passwordHash: "x",
      role: "UNIT_STAFF",
      provinceId: office.provinceId,
      communeId: haiAn,
      unitId,
      ...extra,
    },
  });
  return { id: u.id, role: u.role, provinceId: u.provinceId, communeId: u.communeId, unitId: u.unitId };
}

const notesOf = (topic: string) => db.notification.findMany({ where: { topic }, orderBy: { userId: "asc" } });
const sorted = (ids: string[]) => [...ids].sort();

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  chair = await viewer(db, "chutich.haian");
  coordinator = await viewer(db, "vhxh.haian");
  otherOffice = await viewer(db, "vanphong.thachkhoi");
  officeMate = await addUser("vanphong2.haian", office.unitId!);
  officeGone = await addUser("vanphong.cu.haian", office.unitId!, { active: false });
  // Addresses, so that e-mail outbox rows are written (the demo accounts have none).
  for (const v of [office, officeMate, officeGone, center, otherOffice, chair, coordinator]) {
    await db.user.update({ where: { id: v.id }, data: { email: `${v.id}@example.test` } });
  }
  const task = await db.task.findFirstOrThrow({
    // Led by the office alone: other units' accounts made below must not be among its leads.
    where: {
      communeId: haiAn,
      units: { some: { unitId: office.unitId!, role: "LEAD" }, none: { role: "LEAD", unitId: { not: office.unitId! } } },
      parts: { none: {} },
    },
    orderBy: { sortOrder: "asc" },
  });
  taskId = task.id;
  taskCode = task.code;
  // The centre helps: it must not hear of a direction to the lead.
  await db.taskUnit.deleteMany({ where: { taskId, unitId: center.unitId! } });
  await db.taskUnit.create({ data: { taskId, unitId: center.unitId!, role: "SUPPORT", communeId: haiAn } });
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

describe("a direction", () => {
  it("reaches exactly the lead unit's active staff, with its text, new deadline and link, and one e-mail each", async () => {
    const version = (await db.task.findUniqueOrThrow({ where: { id: taskId } })).version;
    const { directiveId } = ok(
      await run<{ directiveId: string }>(giveDirective, chair, {
        communeId: haiAn,
        taskId,
        version: String(version),
        content: "  Đề nghị Văn phòng hoàn thành   trước kỳ họp HĐND.  ",
        newDueDate: "2027-03-31",
      }),
    );
    const notes = await notesOf(`directive:${directiveId}`);
    expect(notes.map((n) => n.userId)).toEqual(sorted([office.id, officeMate.id]));
    expect(notes[0]).toMatchObject({
      kind: "DIRECTION",
      communeId: haiAn,
      title: `Ý kiến chỉ đạo về nhiệm vụ ${taskCode}`,
      body: "Đề nghị Văn phòng hoàn thành trước kỳ họp HĐND. Hạn mới: 31/03/2027.",
      href: `/c/${haiAn}/nhiem-vu/${taskId}#chi-dao-${directiveId}`,
      readAt: null,
    });
    const mail = await db.outboxMessage.findMany({ where: { notificationId: { in: notes.map((n) => n.id) } } });
    expect(mail.map((m) => [m.channel, m.recipient]).sort()).toEqual(
      [office, officeMate].map((v) => ["EMAIL", `${v.id}@example.test`]).sort(),
    );
  });

  it("of a group-led task reaches the members whose part is still open", async () => {
    // Demo task 2.1 of Hải An: the offices' group and the police lead it; the economy office's part
    // is done, the culture office said "không phát sinh", the office and the police are open.
    const group = await db.task.findFirstOrThrow({
      where: { communeId: haiAn, code: "2.1", provinceTaskId: null }, // the ward's own plan, not the province's 2.1
      include: { parts: { include: { unit: true } } },
    });
    const partOf = (name: string) => group.parts.find((p) => p.unit.name === name)!;
    expect(partOf("Phòng Kinh tế, Hạ tầng và Đô thị").workStatus).toBe("DONE");
    expect(partOf("Phòng Văn hóa - Xã hội").notApplicableReason).toBeTruthy();
    const police = await addUser("congan.haian", partOf("Công an phường").unitId);
    const economy = await addUser("kinhte.haian", partOf("Phòng Kinh tế, Hạ tầng và Đô thị").unitId);
    const culture = await addUser("vanhoa.haian", partOf("Phòng Văn hóa - Xã hội").unitId);
    const { directiveId } = ok(
      await run<{ directiveId: string }>(giveDirective, chair, {
        communeId: haiAn,
        taskId: group.id,
        content: "Các đơn vị khẩn trương hoàn thành",
      }),
    );
    const notes = await notesOf(`directive:${directiveId}`);
    expect(notes.map((n) => n.userId)).toEqual(sorted([office.id, officeMate.id, police.id]));
    expect(notes.map((n) => n.userId)).not.toContain(economy.id);
    expect(notes.map((n) => n.userId)).not.toContain(culture.id);
    expect(notes[0]!.body).toBe("Các đơn vị khẩn trương hoàn thành");
  });

  it("that fails after the notice was written leaves no direction, no notification and no outbox row", async () => {
    // A real failure in the same transaction, after notify(): the audit row is refused by a trigger.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_directive_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW.action = 'tasks.giveDirective' AND NEW."entityId" = '${taskId}' THEN RAISE EXCEPTION 'audit refused by the test'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_directive_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION test_refuse_directive_audit()`,
    );
    const before = await Promise.all([db.directive.count(), db.notification.count(), db.outboxMessage.count()]);
    try {
      const res = await run(giveDirective, chair, { communeId: haiAn, taskId, content: "Chỉ đạo sẽ không được ghi" });
      expect(res.ok).toBe(false);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_directive_audit ON "AuditLog"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_directive_audit()`);
    }
    expect(await Promise.all([db.directive.count(), db.notification.count(), db.outboxMessage.count()])).toEqual(before);
    expect(await db.directive.count({ where: { content: "Chỉ đạo sẽ không được ghi" } })).toBe(0);
  });

  it("is in the bell but not e-mailed to a user who reads a daily digest instead", async () => {
    await db.notificationPreference.create({ data: { userId: officeMate.id, emailMode: "DAILY_DIGEST" } });
    try {
      const { directiveId } = ok(
        await run<{ directiveId: string }>(giveDirective, chair, { communeId: haiAn, taskId, content: "Báo cáo kết quả trong tuần" }),
      );
      const notes = await notesOf(`directive:${directiveId}`);
      expect(notes.map((n) => n.userId)).toEqual(sorted([office.id, officeMate.id]));
      const mail = await db.outboxMessage.findMany({ where: { notificationId: { in: notes.map((n) => n.id) }, channel: "EMAIL" } });
      expect(mail.map((m) => m.recipient)).toEqual([`${office.id}@example.test`]);
    } finally {
      await db.notificationPreference.delete({ where: { userId: officeMate.id } });
    }
  });
});

describe("a returned progress report", () => {
  it("tells its author and the unit's other staff, with the comment, not the one who returned it", async () => {
    const version = (await db.task.findUniqueOrThrow({ where: { id: taskId } })).version;
    const { updateId } = ok(
      await run<{ updateId: string }>(submitTaskUpdate, office, {
        communeId: haiAn,
        taskId,
        version: String(version),
        workStatus: "IN_PROGRESS",
        progress: "40",
        result: "Đã rà soát 40% hồ sơ.",
        files: [],
      }),
    );
    ok(await run(returnUpdate, coordinator, { communeId: haiAn, updateId, comment: "Thiếu biên bản kiểm tra kèm theo" }));
    const notes = await notesOf(`returned:${updateId}`);
    expect(notes.map((n) => n.userId)).toEqual(sorted([office.id, officeMate.id]));
    expect(notes[0]).toMatchObject({
      kind: "UPDATE_RETURNED",
      title: `Báo cáo tiến độ nhiệm vụ ${taskCode} bị trả lại để sửa`,
      body: "Lý do: Thiếu biên bản kiểm tra kèm theo",
      href: `/c/${haiAn}/nhiem-vu/${taskId}#cap-nhat-${updateId}`,
    });
    expect(notes.map((n) => n.userId)).not.toContain(coordinator.id);
    expect(notes.map((n) => n.userId)).not.toContain(officeGone.id);
  });
});

describe("rule direction-reminder (test clock)", () => {
  // Friday 11/12/2026 10:00: the direction. Mon 14 is its first working day, Tue 15 its second.
  const GIVEN = localInstant("2026-12-11", "10:00");
  const at = (day: string, time = "07:30") => localInstant(day, time);
  const remind = (day: string, time?: string) => runScheduled({ at: at(day, time), communeIds: [haiAn], rules: [directionReminder], db });
  let directiveId: string;
  const reminders = () =>
    db.notification.findMany({ where: { kind: "DIRECTION_REMINDER" }, orderBy: [{ createdAt: "asc" }, { userId: "asc" }] });

  beforeAll(async () => {
    // Only this test's direction is open (the demo's and the ones above are acknowledged).
    await db.directive.updateMany({ where: { acknowledgedAt: null }, data: { acknowledgedAt: new Date(), acknowledgedById: office.id } });
    const d = await db.directive.create({
      data: { communeId: haiAn, taskId, authorId: chair.id, content: "Rà soát lại danh mục hồ sơ số hóa", createdAt: GIVEN },
    });
    directiveId = d.id;
  });

  it("says nothing on the first working day, nor on a weekend, nor before the reminder time", async () => {
    expect((await remind("2026-12-12")).sent).toBe(0); // Saturday: no slot
    expect((await remind("2026-12-14")).sent).toBe(0); // Monday: 1 working day
    expect((await remind("2026-12-15", "07:00")).sent).toBe(0); // before 07:30: not due yet
    expect(await reminders()).toEqual([]);
  });

  it("reminds the lead unit's staff on the second working day (after the weekend), once however often it runs", async () => {
    const first = await remind("2026-12-15");
    expect(first).toMatchObject({ sent: 2, byKind: { DIRECTION_REMINDER: 2 }, byRule: { "direction-reminder": 2 }, emails: 2 });
    const again = await remind("2026-12-15", "09:00");
    expect(again).toMatchObject({ sent: 0, skipped: 1 });
    const notes = await reminders();
    expect(notes.map((n) => n.userId)).toEqual(sorted([office.id, officeMate.id]));
    expect(notes[0]).toMatchObject({
      title: `Nhắc tiếp nhận ý kiến chỉ đạo về nhiệm vụ ${taskCode}`,
      href: `/c/${haiAn}/nhiem-vu/${taskId}#chi-dao-${directiveId}`,
      dedupeKey: `direction:${office.unitId}:2026-12-15:${notes[0]!.userId}`,
    });
    expect(notes[0]!.body).toContain("Rà soát lại danh mục hồ sơ số hóa");
    expect(notes[0]!.body).toContain("chỉ đạo ngày 11/12/2026");
  });

  it("is quiet on working day 3, reminds again on day 4, and stops once acknowledged", async () => {
    expect((await remind("2026-12-16")).sent).toBe(0);
    expect((await remind("2026-12-17")).sent).toBe(2);
    ok(await run(acknowledgeDirective, office, { communeId: haiAn, directiveId }));
    expect((await remind("2026-12-21")).sent).toBe(0); // Monday: working day 6
    expect(await reminders()).toHaveLength(4);
  });
});

describe("the notification list (/thong-bao)", () => {
  it("pages a user's own messages newest first, 30 at a time, filters unread, and ignores another user's cursor", async () => {
    const reader = await addUser("docthu.haian", office.unitId!);
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 35; i++) {
        await notify(tx, {
          communeId: haiAn,
          kind: "DIRECTION",
          userIds: [reader.id],
          title: `Thông báo ${i}`,
          body: "",
          at: new Date(Date.UTC(2026, 10, 1, 0, i)),
        });
      }
    });
    // Every fifth one read.
    const mine = await db.notification.findMany({ where: { userId: reader.id }, orderBy: { createdAt: "asc" } });
    await db.notification.updateMany({
      where: { id: { in: mine.filter((_, i) => i % 5 === 0).map((n) => n.id) } },
      data: { readAt: new Date() },
    });

    const first = await notificationPage(reader.id, readNotificationQuery({}));
    expect(first.items.map((n) => n.title)).toEqual(Array.from({ length: 30 }, (_, i) => `Thông báo ${34 - i}`));
    expect(first).toMatchObject({ unread: 28, paged: false });
    const second = await notificationPage(reader.id, readNotificationQuery({ truoc: first.older! }));
    expect(second.items.map((n) => n.title)).toEqual(["Thông báo 4", "Thông báo 3", "Thông báo 2", "Thông báo 1", "Thông báo 0"]);
    expect(second).toMatchObject({ older: null, paged: true });

    const unread = await notificationPage(reader.id, readNotificationQuery({ loc: "chua-doc" }));
    expect(unread.items).toHaveLength(28);
    expect(unread.items.every((n) => n.readAt === null)).toBe(true);
    expect(unread.older).toBeNull();

    // Somebody else's message as the cursor: the first page, none of their rows.
    const foreign = await db.notification.findFirstOrThrow({ where: { userId: office.id } });
    const other = await notificationPage(reader.id, readNotificationQuery({ truoc: foreign.id }));
    expect(other).toMatchObject({ paged: false });
    expect(other.items.map((n) => n.id)).toEqual(first.items.map((n) => n.id));
  });
});
