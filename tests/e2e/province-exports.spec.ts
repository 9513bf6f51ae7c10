// Issue 21's exports for upper levels through the browser: the province account downloads the
// communes table (/xa-phuong) as on screen, and the plan coordinator the roll-up by province task of
// Kế hoạch 245/KH-UBND; both files are opened with exceljs and compared with the page.
import { mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signedInPage } from "./helpers";

const expect = baseExpect.configure({ timeout: 30_000 });

const SHOTS = "/tmp/e2e21-province-shots";
mkdirSync(SHOTS, { recursive: true });
const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/** The XLSX a click on "Xuất Excel" downloads, opened. */
async function download(page: Page): Promise<{ wb: ExcelJS.Workbook; name: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Xuất Excel" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  return { wb, name: file.suggestedFilename() };
}

/** Column `col` of the data rows (the header is row 3). */
const column = (sheet: ExcelJS.Worksheet, col: number) => {
  const values: unknown[] = [];
  for (let n = 4; n <= sheet.rowCount; n += 1) values.push(sheet.getRow(n).getCell(col).value);
  return values;
};

test("tỉnh xuất Excel bảng các xã, phường: cùng các dòng, cùng thứ tự như trên màn hình", async ({ browser }) => {
  const page = await signedInPage(browser, "province");
  // Sorted by overdue tasks, worst first: the file keeps the table's order.
  await page.goto("/xa-phuong?sap-xep=qua-han&chieu=desc");
  const names = await page.locator("tbody tr[data-commune]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-commune")));
  expect(names.length).toBeGreaterThan(1);
  await expect(page.getByRole("link", { name: "Xuất Excel" })).toHaveAttribute("href", /\/xa-phuong\/xuat-excel\?.*sap-xep=qua-han/);
  await shoot(page, "xa-phuong-desktop");
  const { wb, name } = await download(page);
  expect(name).toMatch(/\.xlsx$/);
  const sheet = wb.worksheets[0]!;
  expect(sheet.getRow(3).getCell(1).value).toBe("Xã, phường");
  expect(column(sheet, 1)).toEqual(names);

  const phone = await signedInPage(browser, "province", true);
  await phone.goto("/xa-phuong");
  await expect(phone.getByRole("link", { name: "Xuất Excel" })).toBeVisible();
  await shoot(phone, "xa-phuong-390");
});

test("điều phối kế hoạch của tỉnh xuất Excel tổng hợp theo nhiệm vụ của Kế hoạch 245/KH-UBND", async ({ browser }) => {
  // Three sign-ins (desktop, phone, a commune's chair) and a workbook: more than the default 30 s on a
  // loaded 2-core machine (it timed out in the chair's sign-in twice while other suites ran).
  test.slow();
  const page = await signedInPage(browser, "provinceCoordinator");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch của tỉnh" }).click();
  // The plan's own row: a container holding every row also has this text, and another spec may have
  // added a newer plan above it.
  await page.getByTestId("province-plan-row").filter({ hasText: "245/KH-UBND" }).getByRole("link").first().click();
  await page.getByRole("link", { name: "Tổng hợp theo nhiệm vụ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng hợp theo nhiệm vụ");
  await shoot(page, "tong-hop-desktop");
  const { wb } = await download(page);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["Nhiệm vụ", "Chỉ tiêu", "Theo xã"]);
  const tasks = wb.getWorksheet("Nhiệm vụ")!;
  expect(column(tasks, 1)).toHaveLength(8);
  expect(column(tasks, 1)).toContain("1.1");
  // Each task is listed once per targeted commune on the third sheet: Hải Phòng's two wards.
  expect(column(wb.getWorksheet("Theo xã")!, 3)).toEqual(expect.arrayContaining(["Phường Hải An", "Phường Thạch Khôi"]));

  const phone = await signedInPage(browser, "provinceCoordinator", true);
  await phone.goto(page.url());
  await expect(phone.getByRole("link", { name: "Xuất Excel" })).toBeVisible();
  await shoot(phone, "tong-hop-390");

  // The gate of the page: a commune account gets 404 for both files, a signed-out request 401.
  const exportUrl = new URL((await page.getByRole("link", { name: "Xuất Excel" }).getAttribute("href"))!, page.url()).pathname;
  const chair = await signedInPage(browser, "chair");
  expect((await chair.request.get(exportUrl)).status()).toBe(404);
  expect((await chair.request.get("/xa-phuong/xuat-excel")).status()).toBe(404);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(exportUrl)).status()).toBe(401);
  expect((await anonymous.request.get("/xa-phuong/xuat-excel")).status()).toBe(401);
});
