import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, PASSWORD, type AccountKey } from "./accounts";

export async function login(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // Two requests now (the password step's server action, then next-auth): the first sign-in on a
  // cold server took longer than the default 5 s.
  await expect(page).toHaveURL(/\/(c\/[^/]+(\/nhiem-vu)?|xa-phuong)$/, { timeout: 20_000 });
}

/**
 * A page of its own browser context, signed in through the form (not the setup's saved sessions), so
 * that a spec runs alone with --no-deps; `phone` gives it a 390 × 844 viewport.
 */
export async function signedInPage(browser: Browser, key: AccountKey, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 } } : {});
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(ACCOUNTS[key]);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(/\/(c\/[^/]+(\/nhiem-vu)?|xa-phuong)$/, { timeout: 60_000 });
  return page;
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
