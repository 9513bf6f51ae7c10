import { expect, test, type Locator, type Page } from "@playwright/test";
import { stateFile } from "./accounts";
import { confirmAction } from "./helpers";

test.use({ storageState: stateFile("coordinator") });

/** Screenshots to look at (desktop, then a 390 px phone); the viewport is restored afterwards. */
async function shoot(page: Page, target: Locator, name: string) {
  const desktop = page.viewportSize();
  await target.screenshot({ path: `test-results/${name}-desktop.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await target.screenshot({ path: `test-results/${name}-390.png` });
  if (desktop) await page.setViewportSize(desktop);
}

test("Phòng VH-XH tạo nhóm đơn vị, giao nhóm chủ trì một nhiệm vụ; nhiệm vụ ghi nhóm, nhóm đang dùng không xóa được", async ({ page }) => {
  test.setTimeout(90_000);
  const groupName = `Các đơn vị vận hành nền tảng số ${Date.now().toString(36)}`;

  await page.goto("/");
  await page.getByRole("link", { name: "Quản trị" }).click();
  const section = page.locator("section").filter({ has: page.getByRole("heading", { name: "Nhóm đơn vị", exact: true }) });
  // The built-in groups are there, read-only, with their members.
  await expect(section.getByText("Tự động theo loại đơn vị").first()).toBeVisible();
  const offices = section.getByTestId("unit-group").filter({ hasText: "Các phòng chuyên môn thuộc UBND phường" });
  await expect(offices).toContainText("Phòng Văn hóa - Xã hội");
  await expect(offices.getByRole("button", { name: "Xóa nhóm" })).toHaveCount(0);

  const form = page.getByRole("form", { name: "Thêm nhóm đơn vị" });
  await form.getByLabel("Tên nhóm").fill(groupName);
  await form.getByRole("button", { name: "Thêm nhóm" }).click();
  // No member: refused, and the name typed stays.
  await expect(form.getByText("Chọn ít nhất một đơn vị thành viên").first()).toBeVisible();
  await expect(form.getByLabel("Tên nhóm")).toHaveValue(groupName);

  const picker = form.getByRole("combobox", { name: "Đơn vị thành viên" });
  for (const typed of ["van hoa", "kinh te"]) {
    await picker.fill(typed);
    await picker.press("Enter");
  }
  await form.getByRole("button", { name: "Thêm nhóm" }).click();
  await expect(page.getByText("Đã thêm nhóm đơn vị.")).toBeVisible();
  const item = section.getByTestId("unit-group").filter({ hasText: groupName });
  await expect(item).toContainText("Phòng Văn hóa - Xã hội; Phòng Kinh tế, Hạ tầng và Đô thị");
  await expect(item).toContainText("Chưa giao cho nhiệm vụ nào");
  await shoot(page, section, "unit-groups-section");

  // The edit form of a task: the group on the lead side, beside the units it already had.
  await page.getByRole("link", { name: "Nhiệm vụ", exact: true }).first().click();
  await page.locator("main a[href*='/nhiem-vu/']:not([href*='/xuat-excel']):visible").last().click();
  await expect(page).toHaveURL(/\/nhiem-vu\/[^/?]+$/);
  const taskUrl = page.url();
  await page.getByRole("link", { name: "Điều chỉnh nhiệm vụ" }).click();
  const lead = page.getByRole("group", { name: "Chủ trì", exact: true });
  await lead.getByRole("checkbox", { name: groupName }).check();
  await shoot(page, page.locator("form").filter({ has: lead }), "unit-groups-edit-task");
  await page.getByLabel("Lý do điều chỉnh (bắt buộc)").fill("Giao cho các đơn vị vận hành nền tảng số");
  await page.getByRole("button", { name: "Lưu điều chỉnh" }).click();
  await expect(page.getByText("Đã lưu điều chỉnh nhiệm vụ.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Chủ trì", exact: true }).getByRole("checkbox", { name: groupName })).toBeChecked();

  // The task page: the group's members lead it, and its history names the group.
  await page.goto(taskUrl);
  await expect(page.getByText(`Nhóm đơn vị chủ trì: (trống) → ${groupName}`)).toBeVisible();
  await expect(page.locator("main")).toContainText("Phòng Kinh tế, Hạ tầng và Đô thị");

  // Back in Quản trị: the group is in use, and deleting it is refused, naming how many tasks use it.
  await page.goto("/");
  await page.getByRole("link", { name: "Quản trị" }).click();
  await expect(item).toContainText("Được giao cho 1 nhiệm vụ");
  await item.getByText("Sửa hoặc xóa nhóm").click();
  await item.getByRole("button", { name: "Xóa nhóm" }).click();
  await confirmAction(page, "Xóa nhóm");
  await expect(item.getByText("Nhóm đang được giao cho 1 nhiệm vụ")).toBeVisible();
});
