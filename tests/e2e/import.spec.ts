import { expect, test } from "@playwright/test";
import { PNG } from "../support/files";
import { docxFromText, planText } from "../support/documents";
import { stateFile } from "./accounts";

test.use({ storageState: stateFile("otherCommuneCoordinator") });

test("Phòng VH-XH nhập kế hoạch từ tệp Word: kiểm tra, sửa, tạo", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
  await page.getByRole("link", { name: "Nhập từ văn bản" }).click();

  await page.getByLabel("Văn bản kế hoạch").setInputFiles({ name: "anh.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không nhận ra định dạng tệp" })).toBeVisible();

  const docx = await docxFromText(planText("phuong-thach-khoi.txt"));
  await page
    .getByLabel("Văn bản kế hoạch")
    .setInputFiles({ name: "ke-hoach-cds.docx", mimeType: "application/octet-stream", buffer: docx });
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByRole("heading", { name: "Bước 2. Kiểm tra và sửa" })).toBeVisible();

  const review = page.getByTestId("import-review");
  const tasks = review.locator("[data-import-task]");
  const count = await tasks.count();
  expect(count).toBeGreaterThan(10);
  await review.getByLabel("Tên kế hoạch").fill("Kế hoạch CĐS 6 tháng cuối năm 2025 (nhập thử)");
  await tasks.last().getByRole("button", { name: "Bỏ nhiệm vụ này" }).click();
  await expect(tasks).toHaveCount(count - 1);
  await tasks.first().getByRole("button", { name: "Tách làm hai" }).click();
  await expect(tasks).toHaveCount(count);
  await tasks.nth(2).getByRole("button", { name: "Gộp vào nhiệm vụ trước" }).click();
  await expect(tasks).toHaveCount(count - 1);

  await review.getByRole("button", { name: `Tạo kế hoạch (${count - 1} nhiệm vụ)` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch CĐS 6 tháng cuối năm 2025 (nhập thử)");
  await expect(page.locator("tr[data-task-code]")).toHaveCount(count - 1);
});

test.describe("nhập lại văn bản đã sửa vào kế hoạch đang có", () => {
  test.use({ storageState: stateFile("coordinator") });

  test("thấy trước thay đổi, áp dụng thì nhiệm vụ được sửa tại chỗ", async ({ page }) => {
    const corrected = planText("phuong-hai-an.txt").replace(
      "1.2. Công bố danh mục thủ tục hành chính mới",
      "1.2. Công bố danh mục thủ tục hành chính mới sau sắp xếp",
    );
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
    await page.getByRole("link", { name: "Nhập từ văn bản" }).click();
    await page
      .getByLabel("Văn bản kế hoạch")
      .setInputFiles({ name: "ke-hoach-da-sua.txt", mimeType: "text/plain", buffer: Buffer.from(corrected) });
    await page.getByLabel("Dùng cho").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Đọc văn bản" }).click();

    const changes = page.getByTestId("reimport-changes");
    await expect(changes.locator("[data-change]")).toHaveCount(1);
    await expect(changes.locator("[data-change=changed]")).toContainText("sau sắp xếp");
    await page.getByRole("button", { name: "Áp dụng thay đổi vào kế hoạch" }).click();
    await expect(page.locator('tr[data-task-code="1.2"]')).toContainText("Công bố danh mục thủ tục hành chính mới sau sắp xếp");
  });
});
