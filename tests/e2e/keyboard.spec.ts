import { expect, test, type Locator, type Page } from "@playwright/test";
import { stateFile } from "./accounts";

// The portal's interactive widgets with only a keyboard (issue 17): the bell's popover, the
// confirmation dialog, the unit picker and the dd/mm/yyyy date field. Nothing here clicks, except
// the one check that a click outside closes the bell.

test.use({ storageState: stateFile("coordinator") });

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 120) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

async function communeBase(page: Page) {
  await page.goto("/");
  const match = new URL(page.url()).pathname.match(/^\/c\/[^/]+/);
  if (!match) throw new Error(`Không thấy xã/phường trong ${page.url()}`);
  return match[0];
}

test("chuông thông báo: Enter mở, Esc đóng và trả tiêu điểm về chuông; bấm ra ngoài cũng đóng", async ({ page }) => {
  await page.goto("/");
  const bell = page.getByRole("button", { name: /^Thông báo/ });
  const popover = page.getByRole("dialog", { name: "Thông báo" });
  await tabTo(page, bell);
  await page.keyboard.press("Enter");
  await expect(popover).toBeVisible();
  await expect(popover.getByText("Thông báo", { exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/keyboard-bell-open.png" });
  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  await expect(bell).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(popover).toBeVisible();
  await page.mouse.click(5, 400);
  await expect(popover).toHaveCount(0);
});

test("dự thảo báo cáo: ngày gõ dd/mm/yyyy; xóa hỏi trước, Esc hủy (không xóa), Tab đến nút xóa và Enter thì xóa", async ({ page }) => {
  test.setTimeout(90_000);
  const reports = `${await communeBase(page)}/bao-cao`;
  await page.goto(reports);
  const create = page.getByRole("button", { name: /^Lập dự thảo báo cáo/ });
  await tabTo(page, create);
  await page.keyboard.press("Enter");
  // Compiling a draft reads the whole plan: slower than a click on a loaded machine.
  await expect(page).toHaveURL(/\/bao-cao\/[a-z0-9]{20,}$/, { timeout: 30_000 });
  const draftUrl = new URL(page.url()).pathname;

  // The date field: typed as the paper writes it, posted as the ISO day.
  const issued = page.getByRole("group", { name: "Ngày ban hành", exact: true });
  await tabTo(page, issued.getByRole("spinbutton").first());
  await page.keyboard.type("20112026");
  await expect(issued).toHaveText(/20\s*\/\s*11\s*\/\s*2026/);
  await expect(page.locator("input[type=hidden][name=issuedDate]")).toHaveValue("2026-11-20");

  const remove = page.getByRole("button", { name: "Xóa dự thảo" });
  await tabTo(page, remove);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Xóa dự thảo này?" });
  await expect(dialog).toBeVisible();
  // The safe answer has the focus: an Enter pressed by habit deletes nothing.
  await expect(dialog.getByRole("button", { name: "Hủy" })).toBeFocused();
  await page.screenshot({ path: "test-results/keyboard-confirm-dialog.png" });
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`${draftUrl}$`));
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();

  await tabTo(page, remove);
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Hủy" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Xóa dự thảo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${reports}$`));
  await expect(page.getByRole("heading", { name: "Báo cáo định kỳ" })).toBeVisible();
  await expect(page.locator(`a[href="${draftUrl}"]`)).toHaveCount(0);
  await page.goto(draftUrl);
  await expect(page.getByText("Dự thảo", { exact: true })).toHaveCount(0);
});

test("chọn đơn vị: gõ không dấu rồi Enter thêm đơn vị, Backspace bỏ đơn vị; gửi đi như các ô đánh dấu cũ", async ({ page }) => {
  const base = await communeBase(page);
  await page.goto(`${base}/nhiem-vu`);
  await page.locator("main a[href*='/nhiem-vu/']:not([href*='/xuat-excel']):visible").first().click();
  await page.getByRole("link", { name: "Điều chỉnh nhiệm vụ" }).click();

  const support = page.getByRole("combobox", { name: "Phối hợp" });
  const tags = page.getByRole("grid", { name: "Phối hợp: đã chọn" }).getByRole("row");
  const posted = page.locator("input[type=hidden][name=supportUnitIds]");
  const lead = page.locator("input[type=hidden][name=leadUnitIds]");
  await expect(support).toBeVisible(); // the edit page has loaded
  const leadBefore = await lead.count();
  expect(leadBefore).toBeGreaterThan(0); // the task's lead units are there before anything is touched
  const before = await posted.count();

  await tabTo(page, support);
  await page.keyboard.type("trung tam");
  await expect(page.getByRole("listbox")).toBeVisible();
  // Diacritics ignored: "trung tam" finds "Trung tâm …".
  await expect(page.getByRole("option").first()).toContainText("Trung tâm");
  const picked = (await page.getByRole("option").first().textContent())?.trim() ?? "";
  await page.screenshot({ path: "test-results/keyboard-unit-picker-open.png" });
  await page.keyboard.press("Enter");
  await expect(support).toHaveValue("");
  await expect(posted).toHaveCount(before + 1);
  await expect(tags.filter({ hasText: picked })).toHaveCount(1);
  await expect(lead).toHaveCount(leadBefore);
  await page.screenshot({ path: "test-results/keyboard-unit-picker-tags.png" });

  // Back into the tags, to the last one (the one just added), and remove it.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await expect(tags.last()).toContainText(picked);
  await page.keyboard.press("Backspace");
  await expect(tags.filter({ hasText: picked })).toHaveCount(0);
  await expect(posted).toHaveCount(before);
});
