// Issue 20 through the browser, each account in its own browser context: Hải Phòng's plan
// coordinator writes a province plan by hand and publishes it to the city's two wards; Hải An's
// standing office gives the new mandated task a lead unit; that unit reports progress; the province's
// roll-up by task then counts Hải An as in progress and Thạch Khôi as not started, and drills down to
// Hải An's task, read-only. The read-only province account sees the roll-up and cannot publish.
import { mkdirSync } from "node:fs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { addDays, formatDateKey, localDateKey } from "@/lib/dates";
import { confirmAction, fillDate, signedInPage } from "./helpers";

const expect = baseExpect.configure({ timeout: 30_000 });

const SHOTS = "/tmp/e2e20-shots";
mkdirSync(SHOTS, { recursive: true });
const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

const OFFICE = "Văn phòng HĐND và UBND";

/**
 * The ward's standing office files the province's tasks into the plan it already keeps for the
 * province's plans (the issue's "or into an existing plan the commune chooses": the seed's
 * "Thực hiện Kế hoạch số 245/KH-UBND…") and archives the plan the publication opened for them.
 * Besides being a step of the feature, this keeps the wards' plan lists as the other specs expect
 * them: a new active plan would become the newest one, which the reports page opens by default
 * (tests/e2e/reports.spec.ts, report-print.spec.ts and close-period.spec.ts read that page).
 */
async function fileIntoExistingPlan(page: Page, planTitle: string) {
  const card = page.locator("section").filter({ hasText: `Kế hoạch: ${planTitle}` });
  await expect(card).toHaveCount(1);
  const holder = card.getByText("Nhiệm vụ nằm trong:").getByRole("link");
  await expect(holder).toHaveText(/^Thực hiện Kế hoạch thử nghiệm/);
  const opened = await holder.getAttribute("href");
  const target = card.getByLabel("Chuyển sang kế hoạch khác");
  const value = await target.locator("option", { hasText: "Thực hiện Kế hoạch số 245/KH-UBND" }).getAttribute("value");
  await target.selectOption(value!);
  await card.getByRole("button", { name: "Chuyển", exact: true }).click();
  await confirmAction(page, "Chuyển");
  await expect(card.getByText("Đã chuyển 1 nhiệm vụ và 0 chỉ tiêu.")).toBeVisible();
  await expect(holder).toHaveText(/^Thực hiện Kế hoạch số 245\/KH-UBND/);
  const mandates = page.url();
  await page.goto(opened!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Thực hiện Kế hoạch thử nghiệm/);
  await page.getByRole("button", { name: "Lưu trữ kế hoạch" }).click();
  await confirmAction(page, "Lưu trữ kế hoạch");
  await expect(page.getByTestId("plan-archived")).toContainText("Đã lưu trữ");
  await page.goto(mandates);
  return card;
}

test.describe.serial("kế hoạch của tỉnh: ban hành, xã giao chủ trì, đơn vị cập nhật, tỉnh tổng hợp", () => {
  test.describe.configure({ timeout: 180_000 });
  // A suffix of its own, so that reruns on one database (and the other specs) never meet this plan.
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const planTitle = `Kế hoạch thử nghiệm giao nhiệm vụ chuyển đổi số cho xã, phường (${suffix})`;
  const taskTitle = `Rà soát, cập nhật dữ liệu hộ kinh doanh trên nền tảng số của phường (${suffix})`;
  const result = `Đã rà soát 120/300 hộ kinh doanh, cập nhật lên nền tảng số (${suffix})`;
  const due = formatDateKey(addDays(localDateKey(new Date()), 20));
  let planUrl = "";
  let communeId = "";

  test("tỉnh tạo kế hoạch, thêm nhiệm vụ giao mọi xã, phường và ban hành phiên bản 1", async ({ browser }) => {
    const page = await signedInPage(browser, "provinceCoordinator");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch của tỉnh" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch của tỉnh");
    await page.getByRole("link", { name: "Tạo kế hoạch" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tạo kế hoạch của tỉnh");
    await page.getByLabel("Tên kế hoạch").fill(planTitle);
    await page.getByRole("button", { name: "Tạo kế hoạch" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(planTitle);
    await expect(page.getByText("Bản soạn, chưa ban hành")).toBeVisible();
    planUrl = page.url();

    const form = page.getByTestId("province-task-form");
    // Clicked again when the form has not opened after 10 s: once in 10 runs under load, the first
    // soft navigation right after the create action's router.push was dropped and the test hung for
    // its whole 3 minutes (not reproduced alone in 8 runs; noted in the issue 24 closing note).
    await expect(async () => {
      await page.getByRole("link", { name: "Thêm nhiệm vụ" }).click();
      await expect(form).toBeVisible({ timeout: 10_000 });
    }).toPass({ timeout: 40_000 });
    await form.getByLabel("Mã", { exact: true }).fill("1.1");
    await form.getByLabel("Tên nhiệm vụ").fill(taskTitle);
    await expect(form.getByLabel("Loại thời hạn")).toHaveValue("FIXED");
    await fillDate(form, "Hạn hoàn thành", due);
    await form.getByLabel("Chủ trì (như văn bản ghi)").fill("UBND các xã, phường");
    // Every ward of the city: the default, checked here so that a changed default fails the test.
    await expect(form.getByRole("checkbox", { name: "Tất cả xã, phường của tỉnh (2)" })).toBeChecked();
    await shoot(page, "1-task-form");
    await form.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await expect(page.getByTestId("province-task-form")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Nhiệm vụ (1)" })).toBeVisible();
    const row = page.getByTestId("province-task-row").filter({ hasText: taskTitle });
    await expect(row).toContainText(`Hạn ${due}`);
    await expect(row).toContainText("Chủ trì: UBND các xã, phường");
    await expect(row).toContainText("Tất cả xã, phường (2)");

    await page.getByRole("link", { name: "Ban hành…" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ban hành: ${planTitle}`);
    await expect(page.getByText("Số xã, phường nhận:")).toContainText("2 / 2");
    await page.getByRole("button", { name: "Ban hành phiên bản 1" }).click();
    await confirmAction(page, "Ban hành phiên bản 1");
    await expect(page.getByTestId("publish-outcome")).toContainText("Đã ban hành phiên bản 1: 2 xã, phường đã nhận.");
    // Both wards hold version 1, and the version is kept.
    for (const ward of ["Phường Hải An", "Phường Thạch Khôi"]) {
      const receipt = page.getByRole("row").filter({ has: page.getByRole("cell", { name: ward, exact: true }) });
      await expect(receipt.getByRole("cell").nth(1)).toHaveText("1");
      await expect(receipt).toContainText("Chưa xem");
    }
    await expect(page.getByTestId("version-1")).toContainText("1 mới");
    await shoot(page, "1-published");

    await page.goto(planUrl);
    await expect(page.getByText("Đã ban hành phiên bản 1")).toContainText("2 xã, phường đã nhận");
    await page.context().close();
  });

  test("Văn phòng thường trực của phường giao đơn vị chủ trì cho nhiệm vụ tỉnh giao", async ({ browser }) => {
    const page = await signedInPage(browser, "coordinator");
    communeId = new URL(page.url()).pathname.split("/")[2]!;
    // From "Cần xử lý": the new task nobody leads yet.
    const mandates = page.getByTestId("list-mandates");
    await expect(mandates).toBeVisible();
    await mandates.getByRole("link", { name: /nhiệm vụ tỉnh giao chưa giao đơn vị chủ trì/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch tỉnh giao");

    await expect(page.getByRole("heading", { name: `Kế hoạch: ${planTitle}` })).toBeVisible();
    // Found by text, not by the heading's role: the unit picker's open list hides the rest of the page
    // from the accessibility tree.
    const card = await fileIntoExistingPlan(page, planTitle);
    // The version's changes name the task as new; the list of mandated tasks has it without a lead.
    const change = card.locator("[data-change=NEW]").filter({ hasText: taskTitle });
    await expect(change).toContainText("Mới");
    const item = card
      .getByTestId("mandated-tasks")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: taskTitle, exact: true }) });
    await expect(item).toContainText("Chưa giao");
    await expect(item).toContainText(`Hạn: ${due}`);
    await card.getByRole("checkbox", { name: "Chọn nhiệm vụ 1.1" }).check();
    await card.getByRole("button", { name: "Chọn đơn vị…" }).click();
    const lead = card.getByRole("combobox", { name: "Đơn vị chủ trì" });
    await lead.fill("van phong");
    await lead.press("Enter");
    await expect(card.getByRole("grid", { name: "Đơn vị chủ trì: đã chọn" })).toContainText(OFFICE);
    await shoot(page, "2-assign");
    await card.getByRole("button", { name: "Giao việc" }).click();
    await expect(card.getByText("Đã giao 1 nhiệm vụ.")).toBeVisible();
    await expect(item).toContainText(`Chủ trì: ${OFFICE}`);
    // Saved, not only shown: the page drawn again from the server says the same.
    await page.reload();
    await expect(item).toContainText(`Chủ trì: ${OFFICE}`);
    await expect(item).not.toContainText("Chưa giao");
    await shoot(page, "2-assigned");
    await page.context().close();
  });

  test("Phường Thạch Khôi nhận nhiệm vụ vào kế hoạch sẵn có, chưa giao chủ trì", async ({ browser }) => {
    const page = await signedInPage(browser, "otherCommuneCoordinator");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch", exact: true }).click();
    await page.getByRole("link", { name: "Kế hoạch tỉnh giao" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch tỉnh giao");
    const card = await fileIntoExistingPlan(page, planTitle);
    const item = card
      .getByTestId("mandated-tasks")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: taskTitle, exact: true }) });
    await expect(item).toContainText("Chưa giao");
    await page.context().close();
  });

  test("cán bộ Văn phòng mở nhiệm vụ từ “Nhiệm vụ của tôi” và cập nhật tiến độ", async ({ browser }) => {
    const page = await signedInPage(browser, "staffOffice");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhiệm vụ của tôi" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhiệm vụ của tôi");
    await page.getByRole("link", { name: taskTitle, exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(taskTitle);
    const form = page.getByTestId("progress-form");
    await form.getByLabel("Tình trạng thực hiện").selectOption("IN_PROGRESS");
    await form.getByLabel("Tiến độ (%)").fill("40");
    await form.getByLabel("Kết quả thực hiện trong kỳ").fill(result);
    await form.getByRole("button", { name: "Gửi cập nhật" }).click();
    await expect(form.getByText("Đã gửi cập nhật tiến độ.")).toBeVisible();
    await expect(page.locator("[data-event=update]").filter({ hasText: result })).toContainText("Đang thực hiện · 40%");
    await shoot(page, "3-updated");
    await page.context().close();
  });

  test("tỉnh xem tổng hợp theo nhiệm vụ: Hải An đang thực hiện, Thạch Khôi chưa triển khai", async ({ browser }) => {
    const page = await signedInPage(browser, "provinceCoordinator");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch của tỉnh" }).click();
    await page.getByRole("link", { name: planTitle }).click();
    await page.getByRole("link", { name: "Tổng hợp theo nhiệm vụ" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng hợp theo nhiệm vụ");

    // The roll-up is a read model (lib/read-models): never older than the last committed write, on
    // any instance, so the unit's update shows at once, without waiting for a cache to expire.
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `1.1. ${taskTitle}` }) });
    await expect(row).toContainText("Đang thực hiện trong hạn: 1");
    await expect(row.getByRole("cell").nth(1)).toHaveText("2");
    await expect(row).toContainText("Chưa triển khai: 1");
    await expect(row).toContainText("1 xã chưa giao chủ trì");
    await expect(row).toContainText(`Hạn ${due}`);
    await expect(row.getByRole("link", { name: "1 xã: Phường Thạch Khôi" })).toBeVisible();
    await shoot(page, "4-rollup");

    await row.getByRole("link", { name: `1.1. ${taskTitle}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nhiệm vụ 1.1. ${taskTitle}`);
    await expect(page.getByRole("heading", { name: "2 xã được giao · hoàn thành 0% · 1 xã chậm" })).toBeVisible();
    await expect(page.getByText("1 xã chưa giao đơn vị chủ trì.")).toBeVisible();
    const haiAn = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Phường Hải An" }) });
    await expect(haiAn).toContainText("Đang thực hiện trong hạn");
    await expect(haiAn.getByRole("cell").nth(2)).toHaveText("40%");
    // The lead unit under its short name, as the commune's own lists show it.
    await expect(haiAn.getByRole("cell").nth(3)).toHaveText("VP HĐND-UBND");
    const thachKhoi = page.getByRole("row").filter({ hasText: "Phường Thạch Khôi" });
    await expect(thachKhoi).toContainText("Chưa triển khai");
    await expect(thachKhoi).toContainText("Chưa giao chủ trì");
    await expect(thachKhoi).toContainText("Chậm: Chưa triển khai");
    await shoot(page, "4-rollup-task");

    // Drill-down: Hải An's own task, read-only for the province.
    await haiAn.getByRole("link", { name: "Phường Hải An" }).click();
    await expect(page).toHaveURL(new RegExp(`/c/${communeId}/nhiem-vu/[^/]+$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(taskTitle);
    await expect(page.getByText("Chế độ chỉ xem")).toBeVisible();
    await expect(page.locator("[data-event=update]").filter({ hasText: result })).toContainText("Đang thực hiện · 40%");
    await expect(page.getByTestId("progress-form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Gửi cập nhật" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Điều chỉnh nhiệm vụ" })).toHaveCount(0);
    await shoot(page, "4-commune-task-readonly");
    await page.context().close();
  });

  test("tài khoản chỉ xem của tỉnh thấy tổng hợp, không có nút ban hành", async ({ browser }) => {
    const page = await signedInPage(browser, "province");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch của tỉnh" }).click();
    await expect(page.getByRole("link", { name: "Tạo kế hoạch" })).toHaveCount(0);
    await page.getByRole("link", { name: planTitle }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(planTitle);
    await expect(page.getByText("Chế độ chỉ xem")).toBeVisible();
    await expect(page.getByRole("link", { name: /Ban hành/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Ban hành/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Thêm nhiệm vụ" })).toHaveCount(0);

    await page.getByRole("link", { name: "Tổng hợp theo nhiệm vụ" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng hợp theo nhiệm vụ");
    await expect(page.getByText("Chế độ chỉ xem")).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `1.1. ${taskTitle}` }) });
    await expect(row).toContainText("Đang thực hiện trong hạn: 1");
    await expect(row).toContainText("Chưa triển khai: 1");
    await shoot(page, "5-rollup-readonly");

    // The publish page itself, opened by its address: what would be published, and no way to do it.
    await page.goto(`${new URL(planUrl).pathname}/ban-hanh`);
    await expect(page.getByText("Tài khoản của bạn chỉ được xem")).toBeVisible();
    await expect(page.getByRole("button", { name: /Ban hành/ })).toHaveCount(0);
    await page.context().close();
  });
});
