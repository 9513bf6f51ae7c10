// Issue 19, "done means": the chair's direction reaches the unit's bell without anyone pressing
// "Nhắc". The chair gives a direction on a task the service centre leads alone; the centre's
// account, in its own browser, sees the unread count go up and the message in the bell, follows it
// to the task (which marks it read), and finds it on the notification list page.
import { expect as baseExpect, test } from "@playwright/test";
import { ACCOUNTS } from "./accounts";
import { openDb } from "./matrix-world";
import { signedInPage } from "./helpers";

const expect = baseExpect.configure({ timeout: 30_000 });

test.describe.serial("ý kiến chỉ đạo đến chuông thông báo của đơn vị", () => {
  test.describe.configure({ timeout: 180_000 });
  const content = `Đề nghị Trung tâm báo cáo số hồ sơ trực tuyến toàn trình theo tuần (${Date.now()})`;
  let communeId = "";
  let taskId = "";
  let code = "";
  /** The centre's unread messages before the direction (other specs may have left some). */
  let unreadBefore = 0;

  test.beforeAll(async () => {
    const db = openDb();
    try {
      const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
      communeId = commune.id;
      const center = await db.unit.findFirstOrThrow({ where: { communeId, name: "Trung tâm Phục vụ hành chính công" } });
      // A task the centre leads alone, without parts, late in the plan (other specs use the first ones).
      const task = await db.task.findFirstOrThrow({
        where: {
          communeId,
          units: { some: { unitId: center.id, role: "LEAD" }, none: { role: "LEAD", unitId: { not: center.id } } },
          parts: { none: {} },
        },
        orderBy: { sortOrder: "desc" },
      });
      taskId = task.id;
      code = task.code;
      const user = await db.user.findUniqueOrThrow({ where: { username: ACCOUNTS.staffCenter } });
      unreadBefore = await db.notification.count({ where: { userId: user.id, readAt: null } });
    } finally {
      await db.$disconnect();
    }
  });

  test("chủ tịch gửi ý kiến chỉ đạo", async ({ browser }) => {
    const page = await signedInPage(browser, "chair");
    await page.goto(`/c/${communeId}/nhiem-vu/${taskId}`);
    const form = page.getByTestId("directive-form");
    await form.getByLabel("Nội dung chỉ đạo").fill(content);
    await form.getByRole("button", { name: "Gửi ý kiến chỉ đạo" }).click();
    await expect(form.getByText("Đã gửi ý kiến chỉ đạo.")).toBeVisible();
    await page.context().close();
  });

  test("cán bộ đơn vị chủ trì thấy chuông báo, mở thông báo và đến đúng nhiệm vụ", async ({ browser }) => {
    const page = await signedInPage(browser, "staffCenter");
    // At least one more than before the direction (another spec running alongside may add its own).
    const badge = page.getByTestId("unread-count").first();
    await expect(badge).toHaveText(/^\d+$/);
    const unreadNow = Number(await badge.textContent());
    expect(unreadNow).toBeGreaterThan(unreadBefore);
    await page.getByTestId("bell").first().click();
    const bell = page.getByRole("dialog", { name: "Thông báo" });
    const link = bell.getByRole("link", { name: `Ý kiến chỉ đạo về nhiệm vụ ${code}` }).first();
    await expect(link).toBeVisible();
    await expect(bell.getByText(content)).toBeVisible();
    await page.screenshot({ path: "test-results/direction-bell-open.png" });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/c/${communeId}/nhiem-vu/${taskId}#chi-dao-[a-z0-9]+$`));
    const entry = page.locator("[data-event=directive]").filter({ hasText: content });
    await expect(entry).toBeVisible();
    await expect(entry.getByRole("button", { name: "Đã tiếp nhận" })).toBeVisible();
    // Following the message marked it read.
    await page.reload();
    if (unreadNow === 1) await expect(page.getByTestId("unread-count")).toHaveCount(0);
    else await expect(page.getByTestId("unread-count").first()).toHaveText(String(unreadNow - 1));
    await page.context().close();
  });

  test("trang Thông báo: danh sách, lọc chưa đọc, đánh dấu đã đọc (máy tính và điện thoại)", async ({ browser }) => {
    const page = await signedInPage(browser, "staffCenter");
    await page.getByTestId("bell").first().click();
    await page.getByRole("dialog", { name: "Thông báo" }).getByRole("link", { name: "Xem tất cả" }).click();
    await expect(page).toHaveURL(/\/thong-bao$/);
    await expect(page.getByRole("heading", { name: "Thông báo", level: 1 })).toBeVisible();
    const first = page.getByTestId("notification").filter({ hasText: content });
    await expect(first).toContainText(`Ý kiến chỉ đạo về nhiệm vụ ${code}`);
    await expect(first).toContainText("Ý kiến chỉ đạo mới");
    await expect(first).toContainText(content);
    await page.screenshot({ path: "test-results/direction-bell-list.png", fullPage: true });

    // A direction of its own, unread, then "Chưa đọc" shows it and "Đánh dấu đã đọc" clears it.
    const db = openDb();
    try {
      const user = await db.user.findUniqueOrThrow({ where: { username: ACCOUNTS.staffCenter } });
      await db.notification.updateMany({ where: { userId: user.id, topic: { startsWith: "directive:" } }, data: { readAt: null } });
    } finally {
      await db.$disconnect();
    }
    await page.getByRole("link", { name: /^Chưa đọc/ }).click();
    await expect(page).toHaveURL(/\/thong-bao\?loc=chua-doc$/);
    const unread = page.getByTestId("notification").filter({ hasText: content });
    await expect(unread).toHaveAttribute("data-unread", "");
    await page.screenshot({ path: "test-results/direction-bell-list-unread.png", fullPage: true });
    await unread.getByRole("button", { name: "Đánh dấu đã đọc" }).click();
    await expect(page.getByTestId("notification").filter({ hasText: content })).toHaveCount(0);
    await page.getByRole("link", { name: "Tất cả" }).click();
    await expect(page.getByTestId("notification").filter({ hasText: content })).not.toHaveAttribute("data-unread");
    await page.context().close();

    const phone = await signedInPage(browser, "staffCenter", true);
    await phone.goto("/thong-bao");
    await expect(phone.getByTestId("notification").filter({ hasText: content })).toBeVisible();
    await phone.screenshot({ path: "test-results/direction-bell-list-phone.png", fullPage: true });
    await phone.getByTestId("bell").first().click();
    await expect(phone.getByRole("dialog", { name: "Thông báo" }).getByText(content)).toBeVisible();
    await phone.screenshot({ path: "test-results/direction-bell-open-phone.png" });
    await phone.context().close();
  });
});
