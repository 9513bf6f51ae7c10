// Kiểm tra đầu giờ on a phone (issue 22): the centre's staff member, already signed in, sends today's
// check with one fault in three taps from the landing page, and the fault's incident is linked; the
// chair then sees that incident on the dashboard.
import { expect, test } from "@playwright/test";
import { stateFile } from "./accounts";

test("cán bộ Trung tâm gửi kiểm tra đầu giờ có một lỗi trong 3 lần chạm trên điện thoại", async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFile("staffCenter"), viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: /Kiểm tra đầu giờ/ }).click(); // tap 1
  await page.getByRole("radiogroup", { name: "Máy in" }).getByRole("radio", { name: "Không hoạt động" }).check(); // tap 2
  await page.getByRole("button", { name: "Gửi kết quả kiểm tra" }).click(); // tap 3
  await expect(page.getByText("Đã gửi kiểm tra đầu giờ")).toBeVisible();
  const incidentLink = page.getByRole("link", { name: /SC-\d{3}: Máy in: không hoạt động/ });
  await expect(incidentLink).toBeVisible();
  const code = /SC-\d{3}/.exec((await incidentLink.textContent()) ?? "")?.[0];
  expect(code).toBeTruthy();
  // The day's check is recorded: the form now amends it.
  await expect(page.getByRole("button", { name: "Gửi bản sửa" })).toBeVisible();
  await expect(page.getByTestId("check-status")).toContainText("Đã kiểm tra lúc");
  // The check's pages belong to the menu's "Sự cố CNTT" item.
  const menu = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(menu.getByRole("link", { name: "Sự cố CNTT" })).toHaveAttribute("aria-current", "page");
  await context.close();

  // The chairperson's dashboard (on a phone too) lists the new incident among the open ones, and
  // today's check as done.
  const chair = await browser.newContext({ storageState: stateFile("chair"), viewport: { width: 390, height: 844 } });
  const dashboard = await chair.newPage();
  await dashboard.goto("/");
  const incident = dashboard.getByTestId("open-incidents").getByRole("listitem").filter({ hasText: code! });
  await expect(incident).toContainText("Máy in: không hoạt động");
  await expect(dashboard.getByTestId("today-check")).toContainText("Đã kiểm tra lúc");
  await chair.close();
});
