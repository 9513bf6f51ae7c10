import { expect, test } from "@playwright/test";
import { haiAn } from "../../prisma/seed/hai-an";
import { stateFile } from "./accounts";

// What an English-language browser shows: dates stay dd/mm/yyyy and codes stay out of sight.
const task = haiAn.plan.groups.flatMap((g) => g.tasks).find((t) => t.code === "4.5.f")!;

test.describe("trình duyệt tiếng Anh", () => {
  test.use({ locale: "en-US", storageState: stateFile("coordinator") });
  test.setTimeout(90_000); // several page loads and a save each

  test("ô ngày hiện và nhận dd/mm/yyyy; lưu đúng ngày đã gõ", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("link", { name: /^Nhiệm vụ/ })
      .first()
      .click();
    await page.getByRole("link", { name: task.title, exact: true }).first().click();
    await page.getByRole("link", { name: "Điều chỉnh nhiệm vụ" }).click();
    await page.getByLabel("Loại thời hạn").selectOption("FIXED");
    // The first segment of the field, whichever control renders it.
    const due = page.getByLabel("Hạn hoàn thành").first();
    await due.click({ position: { x: 6, y: 8 } });
    await page.keyboard.type("31122026");
    await expect(due).toHaveText(/31\s*\/\s*12\s*\/\s*2026/);
    await page.getByLabel("Lý do điều chỉnh (bắt buộc)").fill("Kiểm tra ô ngày trên trình duyệt tiếng Anh");
    await page.getByRole("button", { name: "Lưu điều chỉnh" }).click();
    await expect(page.getByText("Đã lưu điều chỉnh nhiệm vụ.")).toBeVisible();
    await page.getByRole("link", { name: "← Về nhiệm vụ" }).click();
    await expect(page.locator("[data-event=edit]").first()).toContainText("Hạn hoàn thành: (trống) → 31/12/2026");
    await expect(page.locator("[data-event=edit]").first()).toContainText("Loại thời hạn: Thường xuyên → Có thời hạn");
    await page.screenshot({ path: "test-results/ngay-dd-mm-yyyy.png", fullPage: true });
  });

  test("bộ lọc ngày của nhật ký hiện dd/mm/yyyy", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Quản trị" }).click();
    await page.getByRole("link", { name: "Nhật ký thao tác" }).click();
    const from = page.getByLabel("Từ ngày").first();
    await from.click({ position: { x: 6, y: 8 } });
    await page.keyboard.type("01022026");
    await expect(from).toHaveText(/01\s*\/\s*02\s*\/\s*2026/);
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/tu=2026-02-01/);
  });
});

test.describe("chỉ tiêu chuẩn hiện bằng tên tiếng Việt", () => {
  test.use({ storageState: stateFile("coordinator") });

  test("trang chỉ tiêu không hiện mã danh mục", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Chỉ tiêu" }).click();
    await expect(page.locator("main")).not.toContainText(/\b[A-Z]+_[A-Z_]+\b/);
    await page.getByRole("link", { name: "Hồ sơ TTHC được xử lý hoàn toàn trực tuyến" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main")).not.toContainText(/\b[A-Z]+_[A-Z_]+\b/);
  });
});
