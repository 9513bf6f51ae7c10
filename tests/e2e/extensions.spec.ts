// Issue 18 §3 through the browser: the lead unit's staff asks for a later deadline with a reason and
// evidence, the chair approves it from the dashboard's list, and the task then shows its new
// deadline as extended, with the original one kept.
import { expect as baseExpect, test } from "@playwright/test";
import { addDays, dateFromKey, formatDateKey, localDateKey } from "@/lib/dates";
import { PDF } from "../support/files";
import { confirmAction, fillDate, signedInPage } from "./helpers";
import { openDb } from "./matrix-world";

// Signs in through the form itself (not the setup's saved sessions), so that the spec runs alone
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe.serial("đề nghị gia hạn", () => {
  test.describe.configure({ timeout: 180_000 });
  const today = localDateKey(new Date());
  const due = addDays(today, 40);
  const asked = addDays(today, 75);
  const reason = `Nhà thầu chậm bàn giao thiết bị, đơn vị đề nghị gia hạn (${Date.now()})`;
  let communeId = "";
  let taskId = "";
  let title = "";

  test.beforeAll(async () => {
    // A task the office alone leads, late in the plan (the other specs use the first ones), given a
    // date deadline 40 days ahead and no request, as a direction would have left it.
    const db = openDb();
    try {
      const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
      communeId = commune.id;
      const unit = (name: string) => db.unit.findFirstOrThrow({ where: { communeId, name } });
      const [office, center] = await Promise.all([unit("Văn phòng HĐND và UBND"), unit("Trung tâm Phục vụ hành chính công")]);
      const task = await db.task.findFirstOrThrow({
        where: {
          communeId,
          units: { some: { unitId: office.id, role: "LEAD" }, none: { unitId: center.id } },
          extensions: { none: {} },
          directives: { none: {} },
        },
        orderBy: { sortOrder: "desc" },
      });
      await db.task.update({
        where: { id: task.id },
        data: { deadlineKind: "FIXED", dueDate: dateFromKey(due), workStatus: "IN_PROGRESS", completedAt: null, version: { increment: 1 } },
      });
      taskId = task.id;
      title = task.title;
    } finally {
      await db.$disconnect();
    }
  });

  test("cán bộ đơn vị chủ trì gửi đề nghị gia hạn kèm lý do và minh chứng (điện thoại)", async ({ browser }) => {
    const page = await signedInPage(browser, "staffOffice", true);
    await page.goto(`/c/${communeId}/nhiem-vu/${taskId}`);
    await page.getByText("Đề nghị gia hạn", { exact: true }).click();
    const form = page.getByTestId("extension-request-form");
    await expect(form.getByText(`Thời hạn hiện tại: ${formatDateKey(due)}`)).toBeVisible();
    // A date not after the deadline is refused, and what was typed stays.
    await fillDate(form, "Thời hạn đề nghị", formatDateKey(due));
    await form.getByLabel("Lý do đề nghị gia hạn").fill(reason);
    await form.getByRole("button", { name: "Gửi đề nghị gia hạn" }).click();
    await expect(form.getByText(`Thời hạn mới phải sau thời hạn hiện tại (${formatDateKey(due)})`).first()).toBeVisible();
    await expect(form.getByLabel("Lý do đề nghị gia hạn")).toHaveValue(reason);

    await fillDate(form, "Thời hạn đề nghị", formatDateKey(asked));
    await form.getByLabel("Tài liệu minh chứng").setInputFiles({ name: "cong-van-de-nghi.pdf", mimeType: "application/pdf", buffer: PDF });
    await form.getByRole("button", { name: "Gửi đề nghị gia hạn" }).click();
    // Sent: the form gives way to the waiting notice (one pending request at a time).
    const waiting = `Đơn vị đã gửi đề nghị gia hạn đến ${formatDateKey(asked)}, đang chờ Chủ tịch UBND xem xét.`;
    await expect(page.getByText(waiting)).toBeVisible();
    const entry = page.getByTestId("extension-history").locator("li").filter({ hasText: reason });
    await expect(entry).toContainText("Chờ xem xét");
    await expect(entry).toContainText(`Đề nghị gia hạn từ ${formatDateKey(due)} đến ${formatDateKey(asked)}`);
    await expect(entry.getByRole("link", { name: "cong-van-de-nghi.pdf" })).toBeVisible();
    await page.reload();
    await expect(page.getByText(waiting)).toBeVisible();
    await expect(page.getByTestId("extension-request-form")).toHaveCount(0);
  });

  test("chủ tịch chấp thuận ngay trên trang Tổng quan", async ({ browser }) => {
    const page = await signedInPage(browser, "chair");
    await page.goto(`/c/${communeId}`);
    const row = page.getByTestId("pending-extensions").locator("li").filter({ hasText: reason });
    await expect(row).toContainText(title);
    // One line in the list; the reason and the decision open on demand.
    await row.getByText("Xem lý do và quyết định").click();
    await expect(row).toContainText(`${formatDateKey(due)} → ${formatDateKey(asked)}`);
    await row.getByRole("button", { name: "Chấp thuận gia hạn" }).click();
    await confirmAction(page, "Chấp thuận gia hạn");
    // The row says what was decided; when the page has been drawn again from the server meanwhile
    // (seen in some runs since issue 19, not yet explained), the decided row has left the list instead.
    const decided = row.getByText(`Đã chấp thuận gia hạn đến ${formatDateKey(asked)}.`);
    await expect.poll(async () => (await decided.count()) > 0 || (await row.count()) === 0, { timeout: 30_000 }).toBe(true);
    await page.reload();
    await expect(page.getByTestId("pending-extensions").locator("li").filter({ hasText: reason })).toHaveCount(0);
  });

  test("nhiệm vụ hiện thời hạn mới, đã được gia hạn, giữ hạn ban đầu", async ({ browser }) => {
    const page = await signedInPage(browser, "staffOffice");
    await page.goto(`/c/${communeId}/nhiem-vu/${taskId}`);
    const deadline = page.locator("dt", { hasText: "Thời hạn" }).locator("xpath=..");
    await expect(deadline).toContainText(formatDateKey(asked));
    await expect(deadline).toContainText(`Đã gia hạn (hạn ban đầu ${formatDateKey(due)})`);
    const entry = page.getByTestId("extension-history").locator("li").filter({ hasText: reason });
    await expect(entry).toContainText("Đã chấp thuận");
    await expect(entry).toContainText(`chấp thuận gia hạn đến ${formatDateKey(asked)}`);
    // The unit was told, with a link to the task.
    await page.getByTestId("bell").first().click();
    await expect(
      page
        .getByRole("dialog", { name: "Thông báo" })
        .getByText(`được gia hạn đến ${formatDateKey(asked)}`)
        .first(),
    ).toBeVisible();
  });
});
