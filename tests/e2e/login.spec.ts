import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("sai mật khẩu: báo lỗi tiếng Việt và ở lại trang đăng nhập", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("vhxh.halong");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-1");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng." })).toBeVisible();
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("vhxh.halong");
  await expect(page).toHaveURL(/\/login$/);
});

test("chưa đăng nhập thì mọi trang chuyển về trang đăng nhập", async ({ page }) => {
  await page.goto("/c/khong-ton-tai/ke-hoach");
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/xa-phuong");
  await expect(page).toHaveURL(/\/login$/);
});

test("đăng xuất kết thúc phiên", async ({ page }) => {
  await login(page, "chutich.thachkhoi", "Demo@2025");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});
