// "Thư chưa gửi được": the admin is told by the badge where they land, sees a message that failed
// every try with its error, and "Gửi lại" puts it back in the outbox. The failed message is written
// straight into the database (a worker with a refusing SMTP server is tests/integration/outbox-delivery).
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db";
import { stateFile } from "./accounts";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const SUFFIX = Date.now().toString(36);
const RECIPIENT = `e2e.thu-loi.${SUFFIX}@example.vn`;
/** A bridge that does not answer: a webhook being retried (its next try an hour away). */
const BRIDGE = `http://127.0.0.1:9/cau-noi-${SUFFIX}`;

test.use({ storageState: stateFile("admin") });

test.afterAll(async () => {
  await db.outboxMessage.deleteMany({ where: { recipient: { in: [RECIPIENT, BRIDGE] } } });
  await db.$disconnect();
});

test("quản trị thấy thư gửi lỗi, xem lỗi đầy đủ và bấm Gửi lại", async ({ page }) => {
  const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
  const error = "Can't send mail - all recipients were rejected: 451 4.3.0 Hộp thư tạm thời không nhận thư\nmáy chủ: mail.example.vn";
  const message = await db.outboxMessage.create({
    data: {
      communeId: commune.id,
      channel: "EMAIL",
      recipient: RECIPIENT,
      subject: "[Chuyển đổi số] Nhắc báo cáo kỳ tháng 12/2026",
      body: "…",
      status: "FAILED",
      attempts: 6,
      lastError: error,
    },
  });
  await db.outboxMessage.create({
    data: {
      communeId: commune.id,
      channel: "WEBHOOK",
      recipient: BRIDGE,
      subject: "DIRECTION",
      body: "{}",
      attempts: 2,
      nextAttemptAt: new Date(Date.now() + 3_600_000),
      lastError: "fetch failed: connect ECONNREFUSED 127.0.0.1:9",
    },
  });

  await page.goto("/xa-phuong");
  const menu = page.getByRole("navigation", { name: "Điều hướng chính" });
  const link = menu.getByRole("link", { name: /Thư chưa gửi được/ });
  await expect(link).toContainText(/\d+/); // the badge
  await link.click();
  await expect(page.getByRole("heading", { name: "Thư chưa gửi được", level: 1 })).toBeVisible();
  const row = page.locator(`[data-outbox-id="${message.id}"]`);
  await expect(row).toContainText(RECIPIENT);
  await expect(row).toContainText("Phường Hải An");
  await expect(row).toContainText("đã thử 6 lần");
  const retrying = page.locator("section").filter({ has: page.getByRole("heading", { name: /^Đang thử lại/ }) });
  await expect(retrying).toContainText("Ý kiến chỉ đạo mới");
  await expect(retrying).toContainText(BRIDGE);
  await row.getByText(/^Lỗi: /).click();
  await expect(row.getByText("máy chủ: mail.example.vn")).toBeVisible();

  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/thu-chua-gui-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/thu-chua-gui-390.png`, fullPage: true });
  }

  await row.getByRole("button", { name: /^Gửi lại/ }).click();
  await expect(row).toHaveCount(0);
  await expect.poll(async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("PENDING");
});
