import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { signedInPage } from "./helpers";

// "Xuất Excel" on Nhiệm vụ: the standing office filters the list, downloads it, and the workbook holds
// the rows the screen shows, in the same order.
test("văn phòng lọc nhiệm vụ quá hạn và xuất Excel đúng danh sách trên màn hình", async ({ browser }) => {
  const page = await signedInPage(browser, "coordinator");
  await page.goto("/");
  await page
    .getByRole("link", { name: /^Nhiệm vụ/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhiệm vụ" })).toBeVisible();
  await page.getByLabel("Tình trạng").selectOption({ label: "Quá hạn" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/trang-thai=OVERDUE/);
  const onScreen = await page.locator("tr[data-task-code]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task-code")));
  expect(onScreen.length).toBeGreaterThan(0);

  const button = page.getByRole("link", { name: "Xuất Excel" });
  await expect(button).toHaveAttribute("href", /xuat-excel\?.*trang-thai=OVERDUE/);
  await page.screenshot({ path: "test-results/task-export-desktop.png", fullPage: false });
  const download = page.waitForEvent("download");
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Nhiệm vụ - Phường Hải An - \d{4}-\d{2}-\d{2}\.xlsx$/);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const header = (sheet.getRow(3).values as unknown[]).slice(1);
  expect(header.slice(0, 2)).toEqual(["STT", "Nhiệm vụ"]);
  const status = header.indexOf("Tình trạng") + 1;
  const codes: unknown[] = [];
  for (let r = 4; r <= sheet.rowCount; r += 1) {
    codes.push(sheet.getRow(r).getCell(1).value);
    expect(sheet.getRow(r).getCell(status).value).toBe("Quá hạn");
  }
  expect(codes).toEqual(onScreen);

  // The phone layout keeps the button reachable beside the filters.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(button).toBeVisible();
  await page.screenshot({ path: "test-results/task-export-phone.png", fullPage: false });
});

test("cán bộ đơn vị xuất Excel danh sách Nhiệm vụ của tôi", async ({ browser }) => {
  const page = await signedInPage(browser, "staffOffice");
  await page.goto("/");
  await page
    .getByRole("link", { name: /^Nhiệm vụ/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhiệm vụ của tôi" })).toBeVisible();
  const onScreen = await page.locator("tr[data-task-code]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task-code")));
  const res = await page.request.get((await page.getByRole("link", { name: "Xuất Excel" }).getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toContain("filename*=UTF-8''Nhi%E1%BB%87m%20v%E1%BB%A5");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  expect(String(sheet.getCell(1, 1).value)).toMatch(/^NHIỆM VỤ CỦA TÔI/);
  const codes: unknown[] = [];
  for (let r = 4; r <= sheet.rowCount; r += 1) codes.push(sheet.getRow(r).getCell(1).value);
  expect(codes).toEqual(onScreen);
});

test("xuất Excel: chưa đăng nhập → 401; xã khác → 404", async ({ browser }) => {
  const page = await signedInPage(browser, "coordinator");
  await page.goto("/");
  await page
    .getByRole("link", { name: /^Nhiệm vụ/ })
    .first()
    .click();
  const href = (await page.getByRole("link", { name: "Xuất Excel" }).getAttribute("href"))!;
  const anonymous = await (
    await browser.newContext({ storageState: { cookies: [], origins: [] } })
  ).request.get(new URL(href, page.url()).toString());
  expect(anonymous.status()).toBe(401);
  const other = await signedInPage(browser, "otherCommuneCoordinator");
  expect((await other.request.get(new URL(href, page.url()).toString())).status()).toBe(404);
});
