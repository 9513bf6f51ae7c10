import { expect, test } from "@playwright/test";
import { stateFile } from "./accounts";
import { onboardingXlsx } from "../support/onboarding-file";

test.use({ storageState: stateFile("admin") });

test("Quản trị tạo tỉnh, xem trước và khởi tạo xã từ tệp; liên kết kích hoạt được liệt kê để in", async ({ page }) => {
  test.setTimeout(90_000);
  const suffix = String(Date.now()).slice(-5);
  const provinceCode = `9${suffix.slice(-1)}${suffix.slice(0, 1)}`;
  const communeCode = `8${suffix}`;
  const province = `Tỉnh Thử ${suffix}`;

  await page.goto("/quan-tri/dia-ban");
  const add = page.getByRole("form", { name: "Thêm tỉnh" });
  await add.getByLabel("Tên tỉnh, thành phố").fill(province);
  await add.getByLabel("Mã ĐVHC").fill(provinceCode);
  await add.getByRole("button", { name: "Thêm tỉnh" }).click();
  await expect(page.getByRole("region", { name: province })).toBeVisible();
  await page.screenshot({ path: "/tmp/onboard-tenants.png", fullPage: true });

  await page.goto("/quan-tri/mau-don-vi");
  await expect(page.getByTestId("template-row")).toHaveCount(7);
  await page.screenshot({ path: "/tmp/onboard-template.png", fullPage: true });

  await page.goto("/quan-tri/khoi-tao");
  const bytes = await onboardingXlsx(
    [[provinceCode, `Xã Thử ${suffix}`, "xã", communeCode]],
    [[communeCode, "Nguyễn Văn Thử", "", "Chủ tịch", "", "", ""]],
  );
  await page.getByLabel("Tệp khởi tạo (.xlsx, hoặc .csv xã, phường)").setInputFiles({
    name: "khoi-tao.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.locator('[data-testid="onboarding-commune-row"][data-state="new"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="onboarding-account-row"][data-state="new"]')).toHaveCount(1);
  await page.screenshot({ path: "/tmp/onboard-preview.png", fullPage: true });
  await page.getByRole("button", { name: "Khởi tạo", exact: true }).click();
  const row = page.locator(`[data-testid="activation-row"][data-username="chutich.x${communeCode}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByRole("link")).toHaveAttribute("href", /\/kich-hoat\/[A-Za-z0-9_-]+$/);
  await page.screenshot({ path: "/tmp/onboard-applied.png", fullPage: true });

  const template = await page.request.get("/quan-tri/khoi-tao/mau");
  expect(template.status()).toBe(200);
  expect(template.headers()["content-type"]).toContain("spreadsheetml");
});
