import { expect, test } from "@playwright/test";
import { haiAn } from "../../prisma/seed/hai-an";
import { stateFile } from "./accounts";

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

    const first = allTasks[0];
    const row = page.locator(`tr[data-task-code="${first.code}"]`);
    await expect(row).toContainText(first.title);
    for (const unit of first.lead) await expect(row).toContainText(unit);
    await expect(row).toContainText(first.deadline.text);
    await expect(row.locator("[data-deadline-kind]")).toHaveAttribute("data-deadline-kind", first.deadline.kind);
    await expect(row.locator("[data-status]")).toBeVisible();
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
      .filter((t) => t.lead.includes(unit) || t.support.includes(unit))
      .map((t) => t.code)
      .sort();
    const shown = await page.locator("tr[data-task-code]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task-code") ?? ""));
    expect(shown.sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  test("trên điện thoại, nhiệm vụ hiện dạng thẻ đủ thông tin", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await page.getByRole("link", { name: "Nhiệm vụ của tôi" }).click();
    const unit = "Văn phòng HĐND và UBND";
    const mine = haiAn.plan.groups.flatMap((g) => g.tasks).filter((t) => t.lead.includes(unit) || t.support.includes(unit));
    await expect(page.locator("[data-task-card]")).toHaveCount(mine.length);
    await expect(page.locator("tr[data-task-code]").first()).toBeHidden();
    const card = page.locator(`[data-task-card="${mine[0].code}"]`);
    await expect(card).toContainText(mine[0].title);
    await expect(card).toContainText(mine[0].deadline.text);
    await expect(card.locator("[data-status]")).toBeVisible();
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
