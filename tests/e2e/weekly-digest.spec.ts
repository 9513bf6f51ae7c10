// The chair's weekly digest through the browser: the rule runs (tests/e2e/weekly-digest-world.ts),
// the chair opens it from the bell and reads its sections, with links to the tasks; another user of
// the same commune gets "not found" for it.
import { execFileSync } from "node:child_process";
import { expect as baseExpect, test } from "@playwright/test";
import { signedInPage } from "./helpers";

const expect = baseExpect.configure({ timeout: 30_000 });

test.describe.serial("tổng hợp tuần của Chủ tịch", () => {
  test.describe.configure({ timeout: 180_000 });
  let digest = { communeId: "", notificationId: "", title: "" };

  test.beforeAll(() => {
    const out = execFileSync(process.execPath, ["--conditions", "react-server", "--import", "tsx", "tests/e2e/weekly-digest-world.ts"], {
      env: { ...process.env, NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET, NEXTAUTH_URL: process.env.E2E_BASE_URL },
      encoding: "utf8",
      timeout: 120_000,
    });
    digest = JSON.parse(out) as typeof digest;
  });

  test("Chủ tịch mở tổng hợp tuần từ chuông thông báo và xem các mục", async ({ browser }) => {
    const page = await signedInPage(browser, "chair");
    await page.getByRole("button", { name: /Thông báo/ }).click();
    await page.getByRole("link", { name: digest.title }).first().click();
    await expect(page).toHaveURL(new RegExp(`/c/${digest.communeId}/tong-hop-tuan/${digest.notificationId}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tổng hợp tuần");
    for (const section of ["Tuần qua", "Nhiệm vụ quá hạn", "Chưa xác nhận báo cáo", "Cần Chủ tịch xử lý", "Chỉ tiêu"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${section}`) })).toBeVisible();
    }
    // Its count depends on what other specs did to the demo's tasks this week (the seed's content of
    // every section is checked in tests/integration/digests.test.ts): the heading and a count.
    await expect(page.getByRole("heading", { level: 3, name: /^Nhiệm vụ hoàn thành \(\d+\)/ })).toBeVisible();
    // Each task is a link to its page.
    const overdue = page.locator("section", { has: page.getByRole("heading", { level: 2, name: /^Nhiệm vụ quá hạn/ }) });
    const first = overdue.getByRole("link").first();
    const href = await first.getAttribute("href");
    expect(href).toMatch(new RegExp(`^/c/${digest.communeId}/nhiem-vu/[a-z0-9]+$`));
    await page.screenshot({ path: "test-results/weekly-digest-desktop.png", fullPage: true });
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await page.context().close();
  });

  test("trên điện thoại (390 px)", async ({ browser }) => {
    const page = await signedInPage(browser, "chair", true);
    await page.goto(`/c/${digest.communeId}/tong-hop-tuan/${digest.notificationId}`);
    await expect(page.getByRole("heading", { level: 2, name: /^Nhiệm vụ quá hạn/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/weekly-digest-phone.png", fullPage: true });
    await page.context().close();
  });

  test("người khác (Văn phòng UBND của cùng phường) mở liên kết thì không thấy", async ({ browser }) => {
    const page = await signedInPage(browser, "coordinator");
    const response = await page.goto(`/c/${digest.communeId}/tong-hop-tuan/${digest.notificationId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Tổng hợp tuần")).toHaveCount(0);
    await page.context().close();
  });
});
