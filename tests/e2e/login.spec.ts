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

test("quá 5 lần sai: tài khoản bị tạm khóa đăng nhập, kể cả với mật khẩu đúng", async ({ page }) => {
  await page.goto("/login");
  const submit = async (password: string) => {
    await page.getByLabel("Tên đăng nhập").fill("tinh.thanhhoa");
    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
  };
  for (let i = 0; i < 5; i++) {
    await submit(`sai-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng." })).toBeVisible();
  }
  await submit("Demo@2025");
  await expect(page.getByRole("alert").filter({ hasText: "Bạn đã đăng nhập sai quá nhiều lần" })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test("mọi trang có tiêu đề bảo mật, trang lỗi không lộ chi tiết", async ({ request }) => {
  for (const path of ["/login", "/c/khong-ton-tai", "/api/auth/csrf"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});
