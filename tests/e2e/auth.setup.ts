import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, PASSWORD, stateFile, type AccountKey } from "./accounts";
import { login } from "./helpers";

// Logs in once per role through the real form and keeps the session for the other tests.
for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
  setup(`đăng nhập: ${key}`, async ({ page }) => {
    await login(page, ACCOUNTS[key], PASSWORD);
    await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
    await page.context().storageState({ path: stateFile(key) });
  });
}
