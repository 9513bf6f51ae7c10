// Issue 19, what users configure, through the browser: a unit's staff member picks the daily digest
// and turns a kind off (kept after a reload), the standing office moves the reminder time, and the
// admin adds a day off to the holiday table (and removes it again).
import { expect as baseExpect, test, type Browser } from "@playwright/test";
import { ACCOUNTS } from "./accounts";
import { confirmAction, fillDate, signedInPage } from "./helpers";
import { openDb } from "./matrix-world";

const expect = baseExpect.configure({ timeout: 30_000 });

/** Hải An's standing office on Quản trị → Cài đặt, reached through the menus. */
async function settingsPage(browser: Browser) {
  const page = await signedInPage(browser, "coordinator");
  await page.getByRole("link", { name: "Quản trị" }).click();
  await page.getByRole("navigation", { name: "Mục quản trị" }).getByRole("link", { name: "Cài đặt" }).click();
  await page.waitForURL(/\/quan-tri\/cai-dat$/);
  return page;
}

test.describe.serial("cài đặt thông báo, lịch nhắc, ngày nghỉ lễ", () => {
  test.describe.configure({ timeout: 180_000 });

  // Other specs share the demo database: the staff member's preferences and Hải An's schedule go
  // back to the defaults, so that nobody else's reminders depend on this spec having run.
  test.afterAll(async () => {
    const db = openDb();
    try {
      await db.notificationPreference.deleteMany({ where: { user: { username: ACCOUNTS.staffOffice } } });
      const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
      await db.communeSettings.updateMany({
        where: { communeId: commune.id },
        data: { reminderTime: "07:30", deadlineReminderDays: [7, 3, 1] },
      });
    } finally {
      await db.$disconnect();
    }
  });

  test("a staff member chooses the daily digest and turns a kind off; both are kept", async ({ browser }) => {
    const page = await signedInPage(browser, "staffOffice");
    await page.getByTestId("account-link").click();
    await page.waitForURL(/\/tai-khoan\/thong-bao$/);
    await expect(page.getByRole("heading", { name: "Cài đặt thông báo" })).toBeVisible();
    await expect(page.getByText("Tài khoản chưa có địa chỉ thư: chỉ nhận trên cổng thông tin.")).toBeVisible();
    await expect(page.getByTestId("quiet-hours")).toHaveText("Không gửi thư từ 21:00 đến 06:30; thư trong giờ này được gửi lúc 06:30.");
    // A direction always reaches the bell: its box is ticked and cannot be changed.
    const direction = page.getByRole("checkbox", { name: "Ý kiến chỉ đạo mới: trên cổng thông tin" });
    await expect(direction).toBeChecked();
    await expect(direction).toBeDisabled();

    await page.getByRole("radio", { name: /Một thư tổng hợp mỗi ngày/ }).check();
    await page.getByRole("checkbox", { name: "Nhiệm vụ quá hạn của đơn vị (hằng ngày): trên cổng thông tin" }).uncheck();
    await page.getByRole("button", { name: "Lưu cài đặt thông báo" }).click();
    await expect(page.getByText("Đã lưu cài đặt thông báo.")).toBeVisible();

    await page.reload();
    await expect(page.getByRole("radio", { name: /Một thư tổng hợp mỗi ngày/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Nhiệm vụ quá hạn của đơn vị (hằng ngày): trên cổng thông tin" })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Sắp đến hạn nhiệm vụ (7, 3, 1 ngày): trên cổng thông tin" })).toBeChecked();

    const db = openDb();
    try {
      const user = await db.user.findUniqueOrThrow({
        where: { username: ACCOUNTS.staffOffice },
        include: { notificationPreference: true },
      });
      expect(user.notificationPreference).toMatchObject({ emailMode: "DAILY_DIGEST", inAppMuted: ["OVERDUE_UNIT"] });
    } finally {
      await db.$disconnect();
    }
    await page.context().close();
  });

  test("the standing office moves the reminder time; a wrong list of days is refused in words", async ({ browser }) => {
    const page = await settingsPage(browser);
    const form = page.getByTestId("schedule-form");
    await expect(form.getByLabel("Giờ gửi nhắc hằng ngày")).toHaveValue("07:30");

    await form.getByLabel("Nhắc trước hạn (số ngày)").fill("7, 7");
    await form.getByRole("button", { name: "Lưu lịch nhắc" }).click();
    await expect(form.getByText("Các ngày nhắc không được trùng nhau")).toBeVisible();

    await form.getByLabel("Nhắc trước hạn (số ngày)").fill("5, 2");
    await form.getByLabel("Giờ gửi nhắc hằng ngày").fill("08:15");
    await form.getByRole("button", { name: "Lưu lịch nhắc" }).click();
    await expect(form.getByText("Đã lưu lịch nhắc.")).toBeVisible();

    await page.reload();
    await expect(page.getByTestId("schedule-form").getByLabel("Giờ gửi nhắc hằng ngày")).toHaveValue("08:15");
    await expect(page.getByTestId("schedule-form").getByLabel("Nhắc trước hạn (số ngày)")).toHaveValue("5, 2");
    await page.context().close();
  });

  // A webhook to the cloud's metadata address (server-side request forgery) is refused in words,
  // next to the field, and nothing is saved.
  test("the standing office cannot point the webhook inside the server's network", async ({ browser }) => {
    const page = await settingsPage(browser);
    const form = page.getByTestId("webhook-form");
    await form.getByLabel("Địa chỉ nhận (URL)").fill("https://169.254.169.254/latest/meta-data/");
    await form.getByRole("button", { name: "Lưu webhook" }).click();
    await expect(form.getByText(/trỏ vào chính máy chủ hoặc mạng nội bộ \(169\.254\.169\.254\)/)).toBeVisible();
    await expect(page.getByText("Đã lưu webhook.")).toHaveCount(0);
    await page.screenshot({ path: "test-results/webhook-inside-refused.png", fullPage: true });
    const db = openDb();
    try {
      const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
      const settings = await db.communeSettings.findUnique({ where: { communeId: commune.id } });
      expect(settings?.webhookUrl ?? null).toBeNull();
    } finally {
      await db.$disconnect();
    }
    await page.context().close();
  });

  test("the admin adds a day off to the holiday table and deletes it", async ({ browser }) => {
    const page = await signedInPage(browser, "admin");
    await page.getByRole("link", { name: "Ngày nghỉ lễ" }).click();
    await page.getByRole("link", { name: "2026", exact: true }).click();
    await page.waitForURL(/nam=2026/);
    const list = page.getByTestId("holiday-list");
    await expect(list.locator('[data-date="2026-04-27"]')).toContainText("Nghỉ bù Giỗ Tổ Hùng Vương");

    const add = page.getByTestId("add-holiday-form");
    await fillDate(add, "Ngày", "31/12/2026");
    await add.getByLabel("Tên ngày nghỉ").fill("Nghỉ thử cuối năm");
    await add.getByRole("button", { name: "Thêm ngày" }).click();
    await expect(page.getByText("Đã thêm ngày 31/12/2026.")).toBeVisible();
    await expect(list.locator('[data-date="2026-12-31"]')).toContainText("Nghỉ thử cuối năm");

    // The same day again: refused, with the day's present name.
    await fillDate(page.getByTestId("add-holiday-form"), "Ngày", "31/12/2026");
    await page.getByTestId("add-holiday-form").getByLabel("Tên ngày nghỉ").fill("Trùng");
    await page.getByTestId("add-holiday-form").getByRole("button", { name: "Thêm ngày" }).click();
    await expect(page.getByText("Ngày 31/12/2026 đã có trong bảng (Nghỉ thử cuối năm). Hãy sửa dòng đó thay vì thêm mới.")).toBeVisible();

    const row = list.locator('[data-date="2026-12-31"]');
    await row.locator("summary").click();
    await row.getByRole("button", { name: "Xóa ngày" }).click();
    await confirmAction(page, "Xóa ngày");
    await expect(list.locator('[data-date="2026-12-31"]')).toHaveCount(0);
    await page.context().close();
  });
});
