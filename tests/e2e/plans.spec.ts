import { expect, test } from "@playwright/test";
import { haiAn } from "../../prisma/seed/hai-an";
import { taskUnitNames } from "../../prisma/seed/task-units";
import type { SeedTask } from "../../prisma/seed/types";

/** The unit leads or helps the task, itself or as a member of a group the plan names (an office: "Các phòng thuộc UBND phường"). */
const involves = (t: SeedTask, unit: string) => {
  const sides = taskUnitNames(haiAn, t);
  return sides.lead.includes(unit) || sides.support.includes(unit);
};
import { docxFromText, planText } from "../support/documents";
import { stateFile } from "./accounts";
import { confirmAction, fillDate } from "./helpers";

test.describe("Phòng VH-XH xem kế hoạch", () => {
  test.use({ storageState: stateFile("coordinator") });

  test("trang kế hoạch hiện thông tin, nhóm và nhiệm vụ với đơn vị, thời hạn, tình trạng", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
    await page.getByRole("link", { name: haiAn.plan.title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(haiAn.plan.title);
    await expect(page.getByText(haiAn.plan.issuer, { exact: true })).toBeVisible();

    for (const group of haiAn.plan.groups) {
      await expect(page.getByRole("heading", { name: `${group.code}. ${group.title}` })).toBeVisible();
    }
    const allTasks = haiAn.plan.groups.flatMap((g) => g.tasks);
    await expect(page.locator("tr[data-task-code]")).toHaveCount(allTasks.length);

    const first = allTasks[0]!;
    const row = page.locator(`tr[data-task-code="${first.code}"]`);
    await expect(row).toContainText(first.title);
    for (const unit of first.lead) await expect(row).toContainText(unit);
    await expect(row).toContainText(first.deadline.text);
    await expect(row.locator("[data-deadline-kind]")).toHaveAttribute("data-deadline-kind", first.deadline.kind);
    await expect(row.locator("[data-status]")).toBeVisible();
    // A table from tablet width up: the header row names the columns, the phone card's labels are hidden.
    await expect(page.getByRole("columnheader", { name: "Chủ trì" }).first()).toBeVisible();
    await expect(row.getByText("Chủ trì", { exact: true })).toBeHidden();
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/plan-page-desktop.png" });
  });

  test("điều hướng có mục Quản trị", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    for (const item of ["Tổng quan", "Kế hoạch", "Nhiệm vụ", "Chỉ tiêu", "Báo cáo", "Quản trị"]) {
      await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
    }
  });
});

test.describe("Cán bộ đơn vị", () => {
  test.use({ storageState: stateFile("staffOffice") });

  test("chỉ thấy nhiệm vụ đơn vị mình chủ trì hoặc phối hợp, nhóm theo tình trạng", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Nhiệm vụ của tôi" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhiệm vụ của tôi");

    const unit = "Văn phòng HĐND và UBND";
    const expected = haiAn.plan.groups
      .flatMap((g) => g.tasks)
      .filter((t) => involves(t, unit))
      .map((t) => t.code)
      .sort();
    // The ward's own plan (the province's mandated tasks, marked data-mandated, come on top: province-plans.spec).
    const shown = await page
      .locator("tr[data-task-code]:not([data-mandated])")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task-code") ?? ""));
    expect(shown.sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  test("trên điện thoại, nhiệm vụ hiện dạng thẻ đủ thông tin", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await page.getByRole("link", { name: "Nhiệm vụ của tôi" }).click();
    const unit = "Văn phòng HĐND và UBND";
    const mine = haiAn.plan.groups.flatMap((g) => g.tasks).filter((t) => involves(t, unit));
    // Each task is drawn once: the table's own row, restyled as a card (no header row, labelled
    // pieces, the status under the title) that fits the screen without scrolling sideways.
    await expect(page.locator("tr[data-task-code]:not([data-mandated])")).toHaveCount(mine.length);
    await expect(page.getByRole("columnheader", { name: "Chủ trì" }).first()).toBeHidden();
    const task = mine[0]!;
    const card = page.locator(`tr[data-task-code="${task.code}"]:not([data-mandated])`);
    await expect(card).toBeVisible();
    await expect(card).toContainText(task.title);
    await expect(card).toContainText(task.deadline.text);
    await expect(card.getByText("Chủ trì", { exact: true })).toBeVisible();
    await expect(card.getByText("Thời hạn", { exact: true })).toBeVisible();
    const title = (await card.getByRole("link", { name: task.title }).boundingBox())!;
    const status = (await card.locator("[data-status]").boundingBox())!;
    expect(status.y).toBeGreaterThan(title.y);
    expect((await card.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/my-tasks-phone.png" });
  });

  test("không có mục Quản trị, Báo cáo; trang quản trị trả về 404", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(nav.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Báo cáo", exact: true })).toHaveCount(0);
    // Their own page of reports: confirming the unit has reported for a period.
    await expect(nav.getByRole("link", { name: "Xác nhận báo cáo" })).toHaveCount(1);
    const commune = new URL(page.url()).pathname.split("/").slice(0, 3).join("/");
    const response = await page.goto(`${commune}/quan-tri`);
    expect(response?.status()).toBe(404);
    expect((await page.goto(`${commune}/bao-cao`))?.status()).toBe(404);
  });
});

test.describe("kế hoạch của nơi khác, lưu trữ và số, ngày của kế hoạch", () => {
  test.use({ storageState: stateFile("otherCommuneCoordinator") });

  test("phải xác nhận mới tạo được; sửa số, ngày; lưu trữ thì ẩn khỏi tổng quan, khôi phục thì hiện lại", async ({ page }) => {
    test.setTimeout(120_000); // an import, a plan created, archived, restored and archived again
    const title = "Kế hoạch của phường Hải An (nhập nhầm)";
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
    await page.waitForURL(/\/ke-hoach$/);
    const plansUrl = page.url();
    await page.getByRole("link", { name: "Nhập từ văn bản" }).click();
    const docx = await docxFromText(planText("phuong-hai-an.txt"));
    await page
      .getByLabel("Văn bản kế hoạch")
      .setInputFiles({ name: "ke-hoach-hai-an.docx", mimeType: "application/octet-stream", buffer: docx });
    await page.getByRole("button", { name: "Đọc văn bản" }).click();
    await expect(page.getByRole("heading", { name: "Bước 2. Kiểm tra và sửa" })).toBeVisible({ timeout: 30_000 });
    const review = page.getByTestId("import-review");
    await review.getByLabel("Tên kế hoạch").fill(title);

    // No unit of Thạch Khôi fits 4.1's collective lead: the proposed group gets a member picked by hand.
    await review.locator('[data-group-mapping^="Các đơn vị chủ trì quản lý"]').getByRole("checkbox").first().check();
    // Hải An's document in Thạch Khôi: refused until the confirmation is ticked.
    await review.getByRole("button", { name: /^Tạo kế hoạch/ }).click();
    await expect(review.getByRole("alert").first()).toContainText("Đánh dấu ô xác nhận");
    await expect(page.getByRole("heading", { name: "Bước 2. Kiểm tra và sửa" })).toBeVisible();
    await review.getByTestId("confirm-other-commune").check();
    await review.getByRole("button", { name: /^Tạo kế hoạch/ }).click();
    // Creating a 30-task plan takes a few seconds on a loaded machine.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 30_000 });

    // Number and date, editable on the plan's page; a day that does not exist is refused.
    const details = page.getByTestId("plan-details-form");
    await details.getByLabel("Số, ký hiệu").fill("07/KH-UBND");
    await fillDate(details, "Ngày ban hành", "02/03/2026");
    await details.getByRole("button", { name: "Lưu số và ngày" }).click();
    await expect(details.getByText("Đã lưu số và ngày của kế hoạch.")).toBeVisible();
    await expect(page.getByText("07/KH-UBND", { exact: true })).toBeVisible();
    // Shown in the plan's facts and, after the save, still in the field as dd/mm/yyyy.
    await expect(page.getByRole("definition").filter({ hasText: /^02\/03\/2026$/ })).toBeVisible();
    await expect(details.getByRole("group", { name: "Ngày ban hành" })).toHaveText(/02\s*\/\s*03\s*\/\s*2026/);
    const planUrl = page.url();

    await page.getByRole("button", { name: "Lưu trữ kế hoạch" }).click();
    await confirmAction(page, "Lưu trữ kế hoạch");
    await expect(page.getByTestId("plan-archived")).toContainText("Đã lưu trữ");
    await page.screenshot({ path: "test-results/plan-archived.png", fullPage: false });
    await page.goto(plansUrl.replace(/\/ke-hoach$/, ""));
    await expect(page.getByLabel("Kế hoạch").locator("option", { hasText: title })).toHaveCount(0);
    await page.goto(plansUrl);
    await expect(page.getByRole("heading", { name: "Đã lưu trữ" })).toBeVisible();

    await page.goto(planUrl);
    await page.getByRole("button", { name: "Khôi phục" }).click();
    await confirmAction(page, "Khôi phục");
    await expect(page.getByTestId("plan-archived")).toHaveCount(0);
    await page.goto(plansUrl.replace(/\/ke-hoach$/, ""));
    await expect(page.getByLabel("Kế hoạch").locator("option", { hasText: title })).toHaveCount(1);

    // Leave the commune as it was for the other tests: the mistaken plan archived.
    await page.goto(planUrl);
    await page.getByRole("button", { name: "Lưu trữ kế hoạch" }).click();
    await confirmAction(page, "Lưu trữ kế hoạch");
    await expect(page.getByTestId("plan-archived")).toBeVisible();
  });
});
