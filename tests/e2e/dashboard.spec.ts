import { expect, test, type Browser } from "@playwright/test";
import { stateFile, type AccountKey } from "./accounts";

async function pageAs(browser: Browser, key: AccountKey) {
  const context = await browser.newContext({ storageState: stateFile(key), viewport: { width: 1366, height: 900 } });
  return context.newPage();
}

test("Chủ tịch mở Tổng quan, bấm số “Quá hạn” và thấy đúng các nhiệm vụ đó", async ({ browser }) => {
  const page = await pageAs(browser, "chair");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan · Phường Hải An");
  // The demo gives a few tasks deadlines by direction, two of them already past.
  const tile = page.locator("[data-status-tile=OVERDUE]");
  const overdue = Number(await tile.locator("[data-count=OVERDUE]").innerText());
  expect(overdue).toBeGreaterThan(0);
  await expect(page.getByTestId("headline-overdue")).toContainText(String(overdue));
  await expect(page.getByTestId("list-overdue-count")).toContainText(`${overdue} · xem tất cả`);
  await expect(page.getByTestId("list-overdue").locator("li")).toHaveCount(overdue);
  // Charts load after the figures, in their own chunk.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.locator("[data-indicator-card]").first()).toBeVisible();
  await page.screenshot({ path: "test-results/dashboard-chair.png", fullPage: true });

  await tile.click();
  await expect(page).toHaveURL(/\/nhiem-vu\?trang-thai=OVERDUE$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhiệm vụ");
  await expect(page.locator("tr[data-task-code]")).toHaveCount(overdue);
  const statuses = await page
    .locator("tr[data-task-code] [data-status]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  expect(new Set(statuses)).toEqual(new Set(["OVERDUE"]));
  await page.screenshot({ path: "test-results/dashboard-overdue-list.png", fullPage: true });
});

test("mỗi danh sách cần xử lý mở đúng các nhiệm vụ của nó", async ({ browser }) => {
  const page = await pageAs(browser, "coordinator");
  await page.goto("/");
  const awaiting = page.getByTestId("list-awaiting-count");
  const n = Number((await awaiting.innerText()).split(" ")[0]);
  expect(n).toBeGreaterThan(0);
  await awaiting.click();
  await expect(page.getByTestId("extra-filters")).toContainText("khó khăn, đề xuất chờ lãnh đạo cho ý kiến");
  await expect(page.locator("tr[data-task-code]")).toHaveCount(n);
});

test("cán bộ đơn vị không mở được Tổng quan của xã: về Nhiệm vụ của tôi", async ({ browser }) => {
  const page = await pageAs(browser, "staffOffice");
  await page.goto("/");
  await expect(page).toHaveURL(/\/c\/[^/]+\/nhiem-vu$/);
  const commune = new URL(page.url()).pathname.split("/").slice(0, 3).join("/");
  await page.goto(commune);
  await expect(page).toHaveURL(/\/nhiem-vu$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhiệm vụ của tôi");
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tổng quan" })).toHaveCount(0);
  await expect(page.locator("[data-status-tile]")).toHaveCount(0);
});

test("cấp tỉnh: bảng các xã sắp xếp, tìm kiếm được và mở Tổng quan chỉ xem", async ({ browser }) => {
  const page = await pageAs(browser, "province");
  await page.goto("/xa-phuong");
  const names = () => page.locator("tr[data-commune]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-commune")));
  await expect.poll(names).toEqual(["Phường Hải An", "Phường Thạch Khôi"]);
  await page.getByRole("link", { name: /^Quá hạn/ }).click();
  await expect(page).toHaveURL(/sap-xep=qua-han&chieu=desc/);
  // The sorted page has arrived when its header says so; only then are the rows read.
  await expect(page.getByRole("columnheader", { name: /Quá hạn/ })).toHaveAttribute("aria-sort", "descending");
  const overdue = await page.locator("tr[data-commune] [data-overdue]").evaluateAll((els) => els.map((e) => Number(e.textContent)));
  expect(overdue).toEqual([...overdue].sort((a, b) => b - a));

  await page.getByLabel("Tìm xã, phường").fill("thach khoi");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect.poll(names).toEqual(["Phường Thạch Khôi"]);

  await page.getByRole("link", { name: "Phường Thạch Khôi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan · Phường Thạch Khôi");
  await expect(page.getByText("Chế độ chỉ xem")).toBeVisible();
  await page.screenshot({ path: "test-results/dashboard-province-readonly.png", fullPage: true });
});

test("quản trị: một tỉnh mỗi lần, hoặc cả nước khi chọn", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  await page.goto("/xa-phuong");
  const names = () => page.locator("tr[data-commune]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-commune")));
  // The GET form loads a new page: poll until its rows are there (reading at once races the navigation).
  await expect.poll(names).toEqual(["Phường Hải An", "Phường Thạch Khôi"]);
  await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Tỉnh Thanh Hóa" });
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect.poll(names).toEqual(["Xã Hà Long"]);
  await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Cả nước" });
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect.poll(names).toEqual(["Phường Hải An", "Phường Thạch Khôi", "Xã Hà Long"]);
});
