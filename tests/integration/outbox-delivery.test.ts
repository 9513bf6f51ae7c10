// Delivery of the outbox as the admin and the receivers see it, against real local servers: an SMTP
// server (smtp-server) that refuses and then accepts, and a node:http webhook receiver that checks the
// signature. The test clock: deliverDue({ at }) and setClock for the actions' "now".
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { executeAction } from "@/lib/actions/safe-action";
import { localInstant, setClock } from "@/lib/jobs/clock";
import { emailConfigured, resetEmailTransport, sendEmail } from "@/lib/notifications/channels/email";
import { resendAllFailed, resendOutboxMessage } from "@/lib/notifications/delivery/commands";
import { failedMessagesView } from "@/lib/notifications/delivery/queries";
import { notify, type NotifyInput } from "@/lib/notifications/notify";
import { deliverDue, MAX_ATTEMPTS, realSenders, type Senders } from "@/lib/notifications/outbox";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { startWebhook, verifySignature } from "../support/webhook";
import { communeByName, freshDemo, testDb, viewer } from "./db";

// The receivers of these tests listen on this machine, as a bridge beside the portal would: the
// operator allows it (webhook-destinations.test.ts is the default, where it is refused).
process.env.WEBHOOK_ALLOWED_IPS = "127.0.0.1";
const db = testDb();
let haiAn: string;
let admin: Viewer;
let coordinator: Viewer;
let chair: Viewer;
let office: Viewer;
let center: Viewer;
let smtp: TestSmtp;

const minutes = (n: number) => n * 60_000;
const DAY = "2026-12-08"; // a Tuesday
const at = (time: string, day = DAY) => localInstant(day, time);
const sendersTo = (s: TestSmtp): Senders => ({ ...realSenders, email: (m) => sendEmail(m, s.url) });

const event = (kind: NotifyInput["kind"], userIds: string[], when: Date): NotifyInput => ({
  communeId: haiAn,
  kind,
  userIds,
  title: "Báo cáo kỳ tháng 12/2026",
  body: "Đề nghị đơn vị cập nhật tiến độ trước ngày 20/12/2026.",
  href: `/c/${haiAn}/bao-cao`,
  at: when,
});
const notifyNow = (input: NotifyInput) => db.$transaction((tx) => notify(tx, input));
const emailRowOf = (userId: string) =>
  db.outboxMessage.findFirstOrThrow({ where: { channel: "EMAIL", notification: { userId } }, orderBy: { createdAt: "desc" } });

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  admin = await viewer(db, "admin");
  coordinator = await viewer(db, "vhxh.haian");
  chair = await viewer(db, "chutich.haian");
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  for (const [u, email] of [
    [office, "vanphong.haian@example.vn"],
    [center, "tthcc.haian@example.vn"],
  ] as const)
    await db.user.update({ where: { id: u.id }, data: { email } });
});

afterEach(async () => {
  setClock(null);
  await smtp?.close();
  resetEmailTransport();
  await db.outboxMessage.deleteMany({});
});

afterAll(() => db.$disconnect());

describe("a failing SMTP server", () => {
  it("retries after 1, 2, 4, 8, 16 minutes, then FAILED for the admin; Gửi lại delivers it once when the server is up", async () => {
    smtp = await startSmtp({ failing: true });
    const senders = sendersTo(smtp);
    const t0 = at("09:00");
    await notifyNow(event("REPORT_REMINDER", [office.id], t0));
    const { id } = await emailRowOf(office.id);

    let when = t0;
    for (const wait of [1, 2, 4, 8, 16]) {
      expect(await deliverDue(db, { at: when, senders })).toEqual({ sent: 0, retried: 1, failed: 0 });
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "PENDING", nextAttemptAt: new Date(when.getTime() + minutes(wait)) });
      expect(row.lastError).toContain("451");
      // Not due a second before its time.
      expect(await deliverDue(db, { at: new Date(row.nextAttemptAt.getTime() - 1000), senders })).toEqual({
        sent: 0,
        retried: 0,
        failed: 0,
      });
      when = row.nextAttemptAt;
    }
    expect(await deliverDue(db, { at: when, senders })).toEqual({ sent: 0, retried: 0, failed: 1 });
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, sentAt: null });
    expect(failed.lastError).toContain("Hộp thư tạm thời không nhận thư"); // the server's own reply
    expect(smtp.received).toHaveLength(0);

    // The admin's list shows it, with the commune's name and the error.
    const view = await failedMessagesView(db);
    expect(view.failedCount).toBe(1);
    expect(view.failed[0]).toMatchObject({ id, recipient: "vanphong.haian@example.vn", communeName: "Phường Hải An", attempts: 6 });
    expect(view.retrying).toEqual([]);

    // Only the admin may send it again.
    for (const who of [coordinator, chair, office])
      expect(await executeAction(resendOutboxMessage, who, { messageId: id }, db)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await executeAction(resendAllFailed, coordinator, {}, db)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED" });

    const t1 = at("10:00");
    setClock(t1);
    expect(await executeAction(resendOutboxMessage, admin, { messageId: id }, db)).toEqual({ ok: true, data: { resent: 1 } });
    const again = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    // Starts afresh; the last error stays until the next attempt replaces it.
    expect(again).toMatchObject({ status: "PENDING", attempts: 0, nextAttemptAt: t1, lastError: failed.lastError });
    expect(await db.auditLog.findFirst({ where: { action: "outbox.resend", entityId: id } })).toMatchObject({ actorId: admin.id });
    const pending = await executeAction(resendOutboxMessage, admin, { messageId: id }, db);
    expect(pending).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(pending.ok ? "" : pending.message).toContain("đang chờ gửi");

    smtp.setFailing(false);
    expect(await deliverDue(db, { at: t1, senders })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await deliverDue(db, { at: new Date(t1.getTime() + minutes(30)), senders })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(["vanphong.haian@example.vn"]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
      sentAt: t1,
      lastError: null,
    });

    const sent = await executeAction(resendOutboxMessage, admin, { messageId: id }, db);
    expect(sent).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(sent.ok ? "" : sent.message).toContain("đã được gửi");
    expect(await executeAction(resendOutboxMessage, admin, { messageId: "khong-co-thu-nay" }, db)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await executeAction(resendAllFailed, admin, {}, db)).toEqual({ ok: true, data: { resent: 0 } });
    expect((await failedMessagesView(db)).failedCount).toBe(0);
  });

  it("Gửi lại tất cả takes back every failed message and only those", async () => {
    const base = { communeId: haiAn, channel: "EMAIL" as const, subject: "s", body: "b", attempts: 6, lastError: "451" };
    await db.outboxMessage.createMany({
      data: [
        { ...base, recipient: "a@example.vn", status: "FAILED" },
        { ...base, recipient: "b@example.vn", status: "FAILED" },
        { ...base, recipient: "c@example.vn", status: "SENT" },
        { ...base, recipient: "d@example.vn", status: "PENDING", attempts: 2 },
      ],
    });
    expect((await failedMessagesView(db)).retrying.map((m) => m.recipient)).toEqual(["d@example.vn"]);
    expect(await executeAction(resendAllFailed, admin, {}, db)).toEqual({ ok: true, data: { resent: 2 } });
    const rows = await db.outboxMessage.findMany({ orderBy: { recipient: "asc" }, select: { status: true, attempts: true } });
    expect(rows).toEqual([
      { status: "PENDING", attempts: 0 },
      { status: "PENDING", attempts: 0 },
      { status: "SENT", attempts: 6 },
      { status: "PENDING", attempts: 2 },
    ]);
  });
});

describe("two workers", () => {
  it("deliver the same due rows concurrently and send each message once (SKIP LOCKED)", async () => {
    smtp = await startSmtp();
    const recipients = Array.from({ length: 40 }, (_, i) => `nguoi${i}@example.vn`);
    await db.outboxMessage.createMany({
      data: recipients.map((recipient) => ({
        communeId: haiAn,
        channel: "EMAIL" as const,
        recipient,
        subject: "s",
        body: "b",
        nextAttemptAt: at("08:00"),
      })),
    });
    const other = testDb();
    try {
      const results = await Promise.all([db, other].map((d) => deliverDue(d, { at: at("08:01"), senders: sendersTo(smtp), limit: 5 })));
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(40);
      expect(results.every((r) => r.sent > 0)).toBe(true); // both took part
    } finally {
      await other.$disconnect();
    }
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual([...recipients].sort());
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(40);
  });
});

describe("without SMTP_URL", () => {
  it.skipIf(!!process.env.SMTP_URL)("e-mails wait, untried, instead of burning their attempts", async () => {
    expect(emailConfigured()).toBe(false);
    await notifyNow(event("REPORT_REMINDER", [office.id], at("09:00")));
    expect(await deliverDue(db, { at: at("12:00") })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await emailRowOf(office.id)).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    expect((await failedMessagesView(db)).waitingEmails).toBe(1);
  });
});

describe("the webhook", () => {
  const SECRET = "khoa-bi-mat-cua-xa-hai-an";
  const setWebhook = (data: { webhookUrl: string | null; webhookKinds?: NotifyInput["kind"][] }) =>
    db.communeSettings.upsert({
      where: { communeId: haiAn },
      create: { communeId: haiAn, webhookSecret: SECRET, webhookKinds: [], ...data },
      update: { webhookSecret: SECRET, webhookKinds: [], ...data },
    });
  afterAll(() => setWebhook({ webhookUrl: null }));

  it("gets one signed JSON POST per event, retried after a 500; a wrong secret would not verify", async () => {
    smtp = await startSmtp();
    let clock = at("09:00");
    const hook = await startWebhook(SECRET, () => clock);
    try {
      await setWebhook({ webhookUrl: hook.url });
      await notifyNow(event("DIRECTION", [office.id, center.id], clock));
      const rows = await db.outboxMessage.findMany({ where: { channel: "WEBHOOK" } });
      expect(rows).toHaveLength(1); // one per event, not per recipient
      expect(await db.outboxMessage.count({ where: { channel: "EMAIL" } })).toBe(2);

      hook.setStatus(500);
      expect(await deliverDue(db, { at: clock, senders: sendersTo(smtp) })).toEqual({ sent: 2, retried: 1, failed: 0 });
      const retry = await db.outboxMessage.findUniqueOrThrow({ where: { id: rows[0]!.id } });
      expect(retry).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: new Date(clock.getTime() + minutes(1)) });
      expect(retry.lastError).toContain("HTTP 500");
      // The admin's "Đang thử lại" shows it, named by its kind.
      expect((await failedMessagesView(db)).retrying).toMatchObject([
        { id: retry.id, channel: "WEBHOOK", subject: "Ý kiến chỉ đạo mới", attempts: 1 },
      ]);

      hook.setStatus(200);
      clock = retry.nextAttemptAt;
      expect(await deliverDue(db, { at: clock, senders: sendersTo(smtp) })).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: rows[0]!.id } })).toMatchObject({ status: "SENT", attempts: 2 });

      expect(hook.requests).toHaveLength(2);
      for (const r of hook.requests) {
        expect(r).toMatchObject({ verified: true, fresh: true });
        expect(r.headers["content-type"]).toContain("application/json");
      }
      const last = hook.requests[1]!;
      expect(last.headers["x-cds-timestamp"]).toBe(String(clock.getTime() / 1000));
      const payload = JSON.parse(last.body) as Record<string, unknown>;
      const bell = await db.notification.findMany({ where: { kind: "DIRECTION" }, orderBy: { userId: "asc" } });
      expect(payload).toEqual({
        version: 1,
        id: expect.any(String),
        kind: "DIRECTION",
        communeId: haiAn,
        title: "Báo cáo kỳ tháng 12/2026",
        body: "Đề nghị đơn vị cập nhật tiến độ trước ngày 20/12/2026.",
        url: expect.stringContaining(`/c/${haiAn}/bao-cao`),
        recipients: expect.arrayContaining([office.id, center.id]),
        data: null,
        createdAt: at("09:00").toISOString(),
      });
      expect(bell.map((n) => n.id)).toContain(payload.id);
      const timestamp = String(last.headers["x-cds-timestamp"]);
      const signature = String(last.headers["x-cds-signature"]);
      expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifySignature("mot-khoa-khac", timestamp, last.body, signature)).toBe(false);
      expect(verifySignature(SECRET, timestamp, `${last.body} `, signature)).toBe(false);
    } finally {
      await hook.close();
    }
  });

  it("hears only the kinds the commune chose", async () => {
    await setWebhook({ webhookUrl: "http://127.0.0.1:9/hook", webhookKinds: ["REPORT_SIGNED"] });
    await notifyNow(event("DIRECTION", [office.id], at("09:00")));
    expect(await db.outboxMessage.count({ where: { channel: "WEBHOOK" } })).toBe(0);
    await notifyNow(event("REPORT_SIGNED", [office.id], at("09:05")));
    expect(await db.outboxMessage.findMany({ where: { channel: "WEBHOOK" }, select: { subject: true } })).toEqual([
      { subject: "REPORT_SIGNED" },
    ]);
  });
});

describe("quiet hours (21:00–06:30)", () => {
  it("an e-mail made at 22:15 waits until 06:30 next morning; the bell has it at once", async () => {
    smtp = await startSmtp();
    const senders = sendersTo(smtp);
    const made = at("22:15");
    await notifyNow(event("REPORT_REMINDER", [office.id], made));
    expect(await db.notification.findFirst({ where: { userId: office.id, createdAt: made } })).not.toBeNull();
    const row = await emailRowOf(office.id);
    expect(row.nextAttemptAt).toEqual(at("06:30", "2026-12-09"));
    expect(await deliverDue(db, { at: at("23:00"), senders })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
    expect(await deliverDue(db, { at: at("06:31", "2026-12-09"), senders })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });
});
