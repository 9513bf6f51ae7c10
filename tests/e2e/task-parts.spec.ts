// "Phần việc của đơn vị" through the browser: the demo's task 2.1 of Phường Hải An is led by the
// ward's offices' group plus the police (prisma/seed/demo-groups.ts). The office's staff member sees
// it in "Nhiệm vụ của tôi" with the unit's own part, reports that part, and the task page shows the
// part updated and the overall progress moved; the standing office sees every member's part.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { haiAn } from "../../prisma/seed/hai-an";
import { stateFile, type AccountKey } from "./accounts";

const TASK = haiAn.plan.groups.flatMap((g) => g.tasks).find((t) => t.code === "2.1")!;
const OFFICE = "Văn phòng HĐND và UBND";

async function pageAs(browser: Browser, key: AccountKey): Promise<Page> {
  const context = await browser.newContext({ storageState: stateFile(key) });
  return context.newPage();
}

/** The percentages of the parts that apply, as the parts list shows them. */
async function applicablePercents(parts: Locator): Promise<number[]> {
  const shown = await parts.locator("[data-part-progress]").allInnerTexts();
  return shown.map((t) => Number(t.replace(/[^\d]/g, "")));
}

/** "47%" of the overall line. */
async function overallPercent(parts: Locator): Promise<number> {
  const text = await parts.getByTestId("overall").locator("strong").innerText();
  return Number(text.replace(/[^\d]/g, ""));
}

test.describe.serial("phần việc của đơn vị trong nhiệm vụ do nhóm đơn vị chủ trì", () => {
  const result = `Văn phòng đã rà soát dữ liệu hồ sơ công việc của phường (${Date.now()})`;

  test("cán bộ đơn vị thành viên thấy nhiệm vụ trong “Nhiệm vụ của tôi” và báo cáo phần việc của đơn vị", async ({ browser }) => {
    const page = await pageAs(browser, "staffOffice");
    await page.goto("/");
    await page
      .getByRole("link", { name: /^Nhiệm vụ/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhiệm vụ của tôi");
    const row = page.locator(`tr[data-task-code="2.1"]:not([data-mandated])`);
    await expect(row).toContainText("Các phòng chuyên môn thuộc UBND phường; Công an phường");
    await expect(row.locator("[data-own-part]")).toHaveText(/Phần việc của đơn vị: (Chưa triển khai|Đang thực hiện · \d+%)/);
    await row.getByRole("link", { name: TASK.title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(TASK.title);

    const parts = page.getByTestId("parts");
    const before = await overallPercent(parts);
    const form = page.getByTestId("progress-form");
    await expect(page.getByText(`Phần việc của đơn vị ${OFFICE}`, { exact: true })).toBeVisible();
    await form.getByLabel("Tình trạng thực hiện").selectOption("IN_PROGRESS");
    await form.getByLabel("Tiến độ (%)").fill("90");
    await form.getByLabel("Kết quả thực hiện trong kỳ").fill(result);
    await form.getByRole("button", { name: "Gửi cập nhật" }).click();
    await expect(form.getByText("Đã gửi cập nhật phần việc của đơn vị.")).toBeVisible();

    // The page refreshed: the office's row is its new part, the task's overall is the mean of the parts that apply.
    const own = parts.locator(`li[data-part-unit="${OFFICE}"]`);
    await expect(own).toContainText("90%");
    await expect(own).toContainText("đơn vị của bạn");
    await expect.poll(() => overallPercent(parts)).not.toBe(before);
    const percents = await applicablePercents(parts);
    expect(percents.length).toBe(3); // Phòng VH-XH said "không phát sinh"
    expect(await overallPercent(parts)).toBe(Math.round(percents.reduce((a, b) => a + b, 0) / percents.length));
    await expect(page.locator("[data-event=update]").filter({ hasText: result })).toContainText(
      `Phần việc của ${OFFICE}: Đang thực hiện · 90%`,
    );

    // Back in the list, the unit's own part beside the task's overall state.
    await page.goto(page.url().replace(/\/nhiem-vu\/.*$/, "/nhiem-vu"));
    await expect(page.locator(`tr[data-task-code="2.1"]:not([data-mandated]) [data-own-part]`)).toHaveText(
      "Phần việc của đơn vị: Đang thực hiện · 90%",
    );
  });

  test("Văn phòng thường trực thấy phần việc của từng đơn vị, lý do “không phát sinh” và có thể mở lại", async ({ browser }) => {
    const page = await pageAs(browser, "coordinator");
    await page.goto("/");
    await page
      .getByRole("link", { name: /^Nhiệm vụ/ })
      .first()
      .click();
    const row = page.locator(`tr[data-task-code="2.1"]:not([data-mandated])`);
    await expect(row.locator("[data-not-applicable]")).toHaveText("Không phát sinh: Phòng Văn hóa - Xã hội");
    await row.getByRole("link", { name: TASK.title, exact: true }).click();

    const parts = page.getByTestId("parts");
    await expect(parts.locator(`li[data-part-unit="${OFFICE}"]`)).toContainText("90%");
    const na = parts.locator(`li[data-part-unit="Phòng Văn hóa - Xã hội"]`);
    await expect(na).toContainText("Không phát sinh");
    await expect(na).toContainText("Lý do: Phòng không quản lý cơ sở dữ liệu chuyên ngành");
    await expect(na.getByRole("button", { name: "Mở lại" })).toBeVisible();
    await expect(page.getByTestId("progress-form")).toHaveCount(0); // the standing office does not report a part
  });
});
