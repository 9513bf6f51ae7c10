// A commune's webhook may not point inside the server's network (server-side request forgery): with
// the default configuration (no WEBHOOK_ALLOWED_IPS), an inside address is refused when it is saved,
// and a message to an inside address (saved before this rule, or a name that resolves inside) is
// never sent: the receiver below, listening on this machine, gets nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { updateCommuneWebhook } from "@/lib/communes/webhook-commands";
import { notify } from "@/lib/notifications/notify";
import { deliverDue } from "@/lib/notifications/outbox";
import { startWebhook, type TestWebhook } from "../support/webhook";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
const SECRET = "khoa-bi-mat-kiem-thu";
let haiAn: string;
let coordinator: Viewer;
let hook: TestWebhook;
const now = new Date("2026-12-08T03:00:00Z"); // a Tuesday, 10:00 in Hanoi

beforeAll(async () => {
  delete process.env.WEBHOOK_ALLOWED_IPS; // the default: nothing inside is allowed
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  coordinator = await viewer(db, "vhxh.haian");
  hook = await startWebhook(SECRET, () => now);
});
afterAll(async () => {
  await hook.close();
  await db.$disconnect();
});

const INSIDE = /trỏ vào chính máy chủ hoặc mạng nội bộ/;

describe("saving a webhook address", () => {
  it.each([
    ["http://127.0.0.1:8787/hook", "127.0.0.1"],
    ["http://localhost:8787/hook", "127.0.0.1"],
    ["http://[::1]:8787/hook", "::1"],
    ["https://10.1.2.3/hook", "10.1.2.3"],
    ["https://192.168.1.10/hook", "192.168.1.10"],
    ["https://169.254.169.254/latest/meta-data", "169.254.169.254"],
    ["https://100.64.0.1/hook", "100.64.0.1"],
    ["https://[::ffff:127.0.0.1]/hook", "::ffff:7f00:1"],
    ["https://[fd00::1]/hook", "fd00::1"],
    ["https://2130706433/hook", "127.0.0.1"], // a decimal IPv4 address, read as 127.0.0.1
    ["https://0.0.0.0/hook", "0.0.0.0"],
  ])("refuses %s, writing nothing", async (webhookUrl, shown) => {
    const auditBefore = await db.auditLog.count();
    const res = (await executeAction(
      updateCommuneWebhook,
      coordinator,
      { communeId: haiAn, webhookUrl, webhookKinds: [] },
      db,
    )) as ActionResult<unknown>;
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!res.ok) {
      expect(res.message).toMatch(INSIDE);
      expect(res.message).toContain(`(${shown})`);
      expect(res.fieldErrors?.webhookUrl?.[0]).toBe(res.message);
    }
    const settings = await db.communeSettings.findUnique({
      where: { communeId: haiAn },
      select: { webhookUrl: true, webhookSecret: true },
    });
    expect(settings?.webhookUrl ?? null).toBeNull();
    expect(settings?.webhookSecret ?? null).toBeNull();
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("accepts a public https address", async () => {
    const res = await executeAction(
      updateCommuneWebhook,
      coordinator,
      { communeId: haiAn, webhookUrl: "https://hook.example.vn/cds", webhookKinds: [] },
      db,
    );
    expect(res.ok).toBe(true);
    await db.communeSettings.update({ where: { communeId: haiAn }, data: { webhookUrl: null } });
  });
});

describe("sending to an inside address", () => {
  it.each([
    ["an address saved before the rule (a literal loopback address)", () => hook.url],
    ["a name that resolves to this machine", () => hook.url.replace("127.0.0.1", "localhost")],
  ])("%s: the receiver gets nothing, the message waits with the reason", async (_what, url) => {
    await db.outboxMessage.deleteMany({});
    await db.communeSettings.upsert({
      where: { communeId: haiAn },
      create: { communeId: haiAn, webhookUrl: url(), webhookSecret: SECRET, webhookKinds: [] },
      update: { webhookUrl: url(), webhookSecret: SECRET, webhookKinds: [] },
    });
    await db.$transaction((tx) =>
      notify(tx, {
        communeId: haiAn,
        kind: "DIRECTION",
        userIds: [coordinator.id],
        title: "Ý kiến chỉ đạo",
        body: "Đề nghị hoàn thành trước 20/12/2026.",
        href: `/c/${haiAn}`,
        at: now,
      }),
    );
    const result = await deliverDue(db, { at: now });
    expect(result).toMatchObject({ sent: 0, retried: 1 });
    expect(hook.requests).toHaveLength(0);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { channel: "WEBHOOK" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(INSIDE);
  });
});
