import { expect, test, type Page } from "@playwright/test";
import { stateFile } from "./accounts";
import { confirmAction } from "./helpers";

test.use({ storageState: stateFile("admin") });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/system-accounts/${name}.png`, fullPage: true });

test("quản trị tạo tài khoản cấp tỉnh với liên kết kích hoạt, cấp lại mật khẩu, xem tài khoản chưa bật xác thực hai bước", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const username = `tinh.e2e${Date.now().toString(36)}`;

  await page.goto("/quan-tri/tai-khoan");
  await expect(page.getByRole("heading", { name: "Tài khoản cấp tỉnh, quản trị" }).first()).toBeVisible();
  const create = page.getByRole("form", { name: "Tạo tài khoản cấp tỉnh, quản trị" });
  await create.getByLabel("Tên đăng nhập").fill(username);
  await create.getByLabel("Họ và tên").fill("Sở KH&CN thử nghiệm");
  await create.getByLabel("Vai trò").selectOption("PROVINCE");
  await create.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Hải Phòng" });
  await create.getByLabel("Điều phối kế hoạch tỉnh").check();
  await create.getByLabel("Liên kết kích hoạt").check();
  await create.getByRole("button", { name: "Tạo tài khoản" }).click();

  const panel = page.getByTestId("activation-panel");
  await expect(panel).toBeVisible();
  expect(await page.getByTestId("activation-link").inputValue()).toMatch(/\/kich-hoat\/[A-Za-z0-9_-]{43}$/);
  await shot(page, "activation-link");

  const row = page.locator(`li[data-username="${username}"]`);
  await expect(row).toContainText("điều phối kế hoạch tỉnh");
  await row.locator("summary").click();
  await row.getByRole("button", { name: "Cấp lại mật khẩu" }).click();
  await confirmAction(page, "Cấp lại mật khẩu");
  await expect(row.getByTestId("new-password")).toHaveText(/^[A-Za-z0-9]{12}$/);
  await shot(page, "account-actions");

  await page.goto("/quan-tri/bao-mat");
  await expect(page.getByText("Hết hạn, ở lần đăng nhập tiếp theo")).toBeVisible();
  await expect(page.locator(`tr[data-username="${username}"]`)).toContainText("Còn");
  await expect(page.getByLabel("Số ngày được lùi việc bật xác thực hai bước")).toHaveValue(/^\d+$/);
  await shot(page, "security");
});

test("quản trị thêm chỉ tiêu vào danh mục; mã trùng bị từ chối", async ({ page }) => {
  const code = `E2E_${Date.now().toString(36).toUpperCase()}`;
  await page.goto("/danh-muc-chi-tieu");
  const form = page.getByRole("form", { name: "Thêm chỉ tiêu vào danh mục" });
  await form.getByLabel("Mã chỉ tiêu").fill("ho_so_truc_tuyen");
  await form.getByLabel("Tên chỉ tiêu").fill("Chỉ tiêu thử của e2e");
  await form.getByLabel("Cách tính, nguồn số liệu").fill("Theo số liệu thử.");
  // Not in use: the other specs' KPI forms keep the catalog they expect.
  await form.getByLabel(/Đang dùng/).uncheck();
  await form.getByRole("button", { name: "Thêm vào danh mục" }).click();
  await expect(form.getByText("Mã chỉ tiêu đã có trong danh mục")).toBeVisible();
  await form.getByLabel("Mã chỉ tiêu").fill(code);
  await form.getByRole("button", { name: "Thêm vào danh mục" }).click();
  await expect(form.getByText(`Đã thêm chỉ tiêu ${code} vào danh mục.`)).toBeVisible();
  await expect(page.getByText(`· ${code} ·`)).toBeVisible();
  await shot(page, "catalog-added");
});
