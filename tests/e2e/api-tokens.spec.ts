import { expect, test, type Page } from "@playwright/test";
import { stateFile } from "./accounts";
import { confirmAction } from "./helpers";

test.use({ storageState: stateFile("coordinator") });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/api-tokens/${name}.png`, fullPage: true });

test("Phòng VH-XH tạo khóa kết nối cho cán bộ, dùng được với API, thu hồi thì bị từ chối", async ({ page, request, browser }) => {
  test.setTimeout(90_000);
  const name = `Hệ thống một cửa ${Date.now().toString(36)}`;

  await page.goto("/");
  await page.getByRole("link", { name: "Quản trị" }).click();
  await page.getByRole("link", { name: "Kết nối hệ thống" }).click();
  await expect(page.getByRole("heading", { name: "Tạo khóa kết nối" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tài liệu API" })).toHaveAttribute("href", "/api/v1/docs");

  const owner = page.getByLabel("Tài khoản sử dụng khóa");
  const value = await owner.locator("option", { hasText: "(tthcc.haian)" }).getAttribute("value");
  await owner.selectOption(value!);
  await page.getByLabel("Tên khóa").fill(name);
  await page.getByRole("button", { name: "Tạo khóa kết nối" }).click();

  const panel = page.getByTestId("new-token-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Khóa chỉ hiển thị một lần, hãy lưu lại ngay");
  await expect(panel.getByRole("button", { name: "Sao chép" })).toBeVisible();
  const token = await page.getByTestId("new-token").inputValue();
  expect(token).toMatch(/^cds_/);
  await shot(page, "commune-one-time-panel");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "commune-one-time-panel-390");
  await page.setViewportSize({ width: 1280, height: 800 });

  const auth = { Authorization: `Bearer ${token}` };
  const ok = await request.get("/api/v1/communes", { headers: auth });
  expect(ok.status()).toBe(200);
  expect(((await ok.json()) as { data: { name: string }[] }).data.map((c) => c.name)).toEqual(["Phường Hải An"]);

  await page.getByRole("button", { name: "Tôi đã lưu khóa, tạo khóa khác" }).click();
  const row = page.getByTestId("api-token-row").filter({ hasText: name });
  await expect(row).toContainText("Đang dùng");
  await expect(row).not.toContainText(token);
  await shot(page, "commune-list");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "commune-list-390");
  await page.setViewportSize({ width: 1280, height: 800 });

  await row.getByRole("button", { name: `Thu hồi khóa ${name}` }).click();
  await confirmAction(page, "Thu hồi");
  await expect(row).toContainText("Đã thu hồi");
  const refused = await request.get("/api/v1/communes", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");

  // The admin's page lists it too, with its commune; and the reference page is served.
  const admin = await browser.newContext({ storageState: stateFile("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/quan-tri/ket-noi");
  await expect(adminPage.getByTestId("api-token-row").filter({ hasText: name })).toContainText("Phường Hải An");
  await shot(adminPage, "admin-page");
  await adminPage.setViewportSize({ width: 390, height: 844 });
  await shot(adminPage, "admin-page-390");
  await adminPage.goto("/api/v1/docs");
  await expect(adminPage.getByRole("heading", { name: "Bắt đầu" })).toBeVisible();
  await shot(adminPage, "docs-390");
  await admin.close();
});
