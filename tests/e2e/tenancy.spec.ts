import { expect, test, type Browser } from "@playwright/test";
import { stateFile, type AccountKey } from "./accounts";
import { communeHref } from "./helpers";

async function pageAs(browser: Browser, key: AccountKey) {
  const context = await browser.newContext({ storageState: stateFile(key) });
  return context.newPage();
}

test("cán bộ xã gõ đường dẫn của xã khác: 404, không lộ dữ liệu", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  const other = await communeHref(admin, "Phường Thạch Khôi");
  await admin.goto(`${other}/ke-hoach`);
  const otherPlan = await admin.locator("main ul a").first().getAttribute("href");
  expect(otherPlan).toBeTruthy();

  const chair = await pageAs(browser, "chair");
  for (const path of [other, `${other}/ke-hoach`, otherPlan!, `${other}/nhiem-vu`, `${other}/quan-tri`]) {
    const res = await chair.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(chair.getByText("Không tìm thấy trang hoặc bạn không có quyền truy cập")).toBeVisible();
    await expect(chair.getByText("Thạch Khôi")).toHaveCount(0);
  }
});

test("cấp tỉnh xem các xã của tỉnh mình ở chế độ chỉ xem, không vào được tỉnh khác", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  const haLong = await communeHref(admin, "Xã Hà Long");

  const province = await pageAs(browser, "province");
  await province.goto("/");
  await expect(province).toHaveURL(/\/xa-phuong$/);
  await expect(province.getByRole("link", { name: "Phường Hải An" })).toBeVisible();
  await expect(province.getByRole("link", { name: "Phường Thạch Khôi" })).toBeVisible();
  await expect(province.getByRole("link", { name: "Xã Hà Long" })).toHaveCount(0);

  await province.getByRole("link", { name: "Phường Hải An" }).click();
  await expect(province.getByText("Chế độ chỉ xem")).toBeVisible();
  const nav = province.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav.getByRole("link", { name: "Kế hoạch" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
  expect((await province.goto(`${new URL(province.url()).pathname}/quan-tri`))?.status()).toBe(404);

  expect((await province.goto(haLong))?.status()).toBe(404);
});
