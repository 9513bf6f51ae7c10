import { expect, type Locator, type Page } from "@playwright/test";

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

/** Types a dd/mm/yyyy date into a date field (components/ui/date-field.tsx), segment by segment. */
export async function fillDate(scope: Page | Locator, label: string, ddmmyyyy: string) {
  const field = scope.getByRole("group", { name: label, exact: true });
  await field.getByRole("spinbutton").first().click();
  await field.page().keyboard.type(ddmmyyyy.replaceAll("/", ""));
}

/**
 * Answers the confirmation dialog (components/ui/confirm-dialog.tsx) with its action button. A native
 * confirm left unanswered would hang the page; this one fails the test if it never opens.
 */
export async function confirmAction(page: Page, action: string) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: action, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}
