import { expect, test, type Browser, type Locator } from "@playwright/test";
import { stateFile, type AccountKey } from "./accounts";

async function pageAs(browser: Browser, key: AccountKey, viewport = { width: 1366, height: 900 }) {
  const context = await browser.newContext({ storageState: stateFile(key), viewport });
  return context.newPage();
}

/** The kinds of "Cần xử lý", in their order (the chair decides extension requests: that kind is always there for them). */
const KINDS = [
  "Đề nghị gia hạn chờ quyết định",
  "Quá hạn",
  "Đến hạn trong 7 ngày",
  "Khó khăn, đề xuất chờ ý kiến",
  "Đơn vị chưa xác nhận báo cáo",
  "Chỉ đạo chưa được tiếp nhận",
];

const top = async (l: Locator) => (await l.boundingBox())!.y;

test("Chủ tịch mở Tổng quan, bấm số “Quá hạn” và thấy đúng các nhiệm vụ đó", async ({ browser }) => {
  const page = await pageAs(browser, "chair");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan · Phường Hải An");
  // The demo gives a few tasks deadlines by direction, two of them already past.
  const tile = page.locator("[data-status-tile=OVERDUE]");
  const overdue = Number(await tile.locator("[data-count=OVERDUE]").innerText());
  expect(overdue).toBeGreaterThan(0);
  await expect(page.getByTestId("headline-overdue")).toContainText(String(overdue));
  // "Cần xử lý" opens the chair's dashboard: the first block under the filters, above the figures and charts.
  const block = page.getByTestId("action-block");
  await expect(page.locator("#main h2").first()).toHaveText("Cần xử lý");
  expect(await top(block)).toBeLessThan(await top(tile));
  expect(await top(block)).toBeLessThan(await top(page.locator("[data-indicator-card]").first()));
  // "Kế hoạch tỉnh giao" shows while a province plan handed down is unread or has tasks without a lead:
  // province-plans.spec may publish one to the ward while this runs.
  const kinds = (await block.locator("h3").evaluateAll((hs) => hs.map((h) => h.firstElementChild?.textContent ?? ""))).filter(
    (k) => !k.startsWith("Kế hoạch tỉnh giao"),
  );
  expect(kinds.map((k, i) => k.startsWith(KINDS[i]!))).toEqual(KINDS.map(() => true));
  await expect(page.getByTestId("list-overdue-count")).toHaveText(String(overdue));
  await expect(page.getByTestId("list-overdue").locator("li")).toHaveCount(Math.min(overdue, 5));
  // Each row is one line and names who must act.
  for (const row of await page.getByTestId("list-overdue").locator("li").all()) {
    expect((await row.boundingBox())!.height).toBeLessThan(32);
    await expect(row.locator("[data-who]")).not.toHaveText("");
  }
  await expect(page.getByTestId("list-unconfirmed").locator("li").first()).toBeVisible();
  await page.screenshot({ path: "test-results/dashboard-chair-first-screen.png" });
  // Charts load after the figures, in their own chunk, once they come near the screen.
  await page.getByRole("heading", { name: "Nhiệm vụ theo nhóm" }).scrollIntoViewIfNeeded();
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
  // The standing office also starts with "Cần xử lý".
  await expect(page.locator("#main h2").first()).toHaveText("Cần xử lý");
  await page.screenshot({ path: "test-results/dashboard-coordinator.png", fullPage: true });
  const phone = await pageAs(browser, "coordinator", { width: 390, height: 844 });
  await phone.goto("/");
  await expect(phone.getByRole("heading", { name: "Cần xử lý" })).toBeInViewport();
  await phone.screenshot({ path: "test-results/dashboard-coordinator-phone.png" });
  await phone.context().close();
  const n = Number(await page.getByTestId("list-awaiting-count").innerText());
  expect(n).toBeGreaterThan(0);
  await page.getByTestId("list-awaiting-all").click();
  await expect(page.getByTestId("extra-filters")).toContainText("khó khăn, đề xuất chờ lãnh đạo cho ý kiến");
  await expect(page.locator("tr[data-task-code]")).toHaveCount(n);
});

test("trên điện thoại bộ lọc gập thành một dòng và “Cần xử lý” nằm trong màn hình đầu", async ({ browser }) => {
  const page = await pageAs(browser, "chair", { width: 390, height: 844 });
  await page.goto("/");
  const fold = page.getByRole("button", { name: /^Bộ lọc/ });
  await expect(fold).toBeVisible();
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("search")).toBeHidden();
  // The list starts within the first screen: its heading and its first row.
  await expect(page.getByRole("heading", { name: "Cần xử lý" })).toBeInViewport();
  const firstRow = page.getByTestId("action-block").locator("li").first();
  await expect(firstRow).toBeInViewport();
  expect(await top(firstRow)).toBeLessThan(844);
  await page.screenshot({ path: "test-results/dashboard-chair-phone.png" });

  // The disclosure opens from the keyboard, and the filters still work through the URL.
  await fold.focus();
  await page.keyboard.press("Enter");
  await expect(fold).toHaveAttribute("aria-expanded", "true");
  const form = page.getByRole("search");
  await expect(form).toBeVisible();
  await page.screenshot({ path: "test-results/dashboard-chair-phone-filters.png" });
  const month = await form.getByLabel("Kỳ").locator("optgroup[label^='Theo tháng'] option").first().getAttribute("value");
  await form.getByLabel("Kỳ").selectOption(month!);
  await form.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(new RegExp(`ky=${month}`));
  await expect(page.getByRole("button", { name: /^Bộ lọc/ })).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: /^Bộ lọc/ })).toContainText("Tháng");
  await expect(page.locator("form[role=search] select[name=ky]")).toHaveValue(month!);
});

test("cấp tỉnh: Tổng quan giữ thứ tự cũ, “Cần xử lý” ở cuối", async ({ browser }) => {
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const page = await pageAs(browser, "province", viewport);
    await page.goto("/xa-phuong");
    await page.getByRole("link", { name: "Phường Hải An" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan · Phường Hải An");
    const block = page.getByTestId("action-block");
    await expect(block).toBeVisible();
    await expect(page.locator("#main h2").first()).toHaveText("Theo tình trạng");
    await page.getByRole("heading", { name: "Nhiệm vụ theo nhóm" }).scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    expect(await top(block)).toBeGreaterThan(await top(page.locator("[data-status-tile=OVERDUE]")));
    expect(await top(block)).toBeGreaterThan(await top(page.locator("[data-indicator-card]").first()));
    expect(await top(block)).toBeGreaterThan(await top(page.getByRole("heading", { name: "Nhiệm vụ hoàn thành theo tuần" })));
    await page.screenshot({ path: `test-results/dashboard-province-${viewport.width}.png`, fullPage: true });
    await page.context().close();
  }
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
