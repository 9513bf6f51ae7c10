import { expect, type Page } from "@playwright/test";

export async function login(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/(c\/[^/]+(\/nhiem-vu)?|xa-phuong)$/);
}

/** Id of a commune by its name, read from the commune list (the whole country's for an admin). */
export async function communeHref(page: Page, name: string): Promise<string> {
  await page.goto("/xa-phuong?tinh=ca-nuoc");
  const href = await page.getByRole("link", { name }).getAttribute("href");
  if (!href) throw new Error(`Không thấy ${name} trong danh sách`);
  return href;
}
