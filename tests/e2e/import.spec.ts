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

  await review.getByRole("button", { name: `Tạo kế hoạch (${count - 1} nhiệm vụ)` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch CĐS 6 tháng cuối năm 2025 (nhập thử)");
  await expect(page.locator("tr[data-task-code]")).toHaveCount(count - 1);
});
