import { expect, test, type Browser, type Page } from "@playwright/test";
import { haiAn } from "../../prisma/seed/hai-an";
import { PDF } from "../support/files";
import { stateFile, type AccountKey } from "./accounts";
import { fillDate } from "./helpers";

const task = (code: string) => haiAn.plan.groups.flatMap((g) => g.tasks).find((t) => t.code === code)!;

async function pageAs(browser: Browser, key: AccountKey, phone = false) {
  const context = await browser.newContext({ storageState: stateFile(key), ...(phone ? { viewport: { width: 390, height: 844 } } : {}) });
  return context.newPage();
}

async function openTask(page: Page, code: string) {
  await page.goto("/");
  await page
    .getByRole("link", { name: /^Nhiệm vụ/ })
    .first()
    .click();
  await page
    .getByRole("link", { name: task(code).title, exact: true })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(task(code).title);
}

test.describe.serial("cập nhật tiến độ, chỉ đạo, tiếp nhận", () => {
  const code = "3.3.b";
  const result = `Đã vận hành hệ thống họp trực tuyến cho 4 cuộc họp (${Date.now()})`;
  const directive = `Đề nghị tổng hợp số cuộc họp trực tuyến theo tháng (${Date.now()})`;

  test("cán bộ đơn vị cập nhật từ điện thoại, kèm tệp minh chứng", async ({ browser }) => {
    const page = await pageAs(browser, "staffOffice", true);
    await openTask(page, code);
    const form = page.getByTestId("progress-form");
    await form.getByLabel("Tình trạng thực hiện").selectOption("IN_PROGRESS");
    await form.getByLabel("Tiến độ (%)").fill("70");
    await form.getByLabel("Kết quả thực hiện trong kỳ").fill(result);
    // A scanned record of a few MB, as offices really send (above Next's default 1 MB action limit).
    const scan = Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    await form.getByLabel("Tài liệu minh chứng").setInputFiles({ name: "bien-ban-hop.pdf", mimeType: "application/pdf", buffer: scan });
    await form.getByRole("button", { name: "Gửi cập nhật" }).click();
    await expect(form.getByText("Đã gửi cập nhật tiến độ.")).toBeVisible();

    const entry = page.locator("[data-event=update]").filter({ hasText: result });
    await expect(entry).toContainText("Đang thực hiện · 70%");
    const link = entry.getByRole("link", { name: "bien-ban-hop.pdf" });
    const res = await page.request.get((await link.getAttribute("href"))!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toContain("bien-ban-hop.pdf");
    expect(Buffer.from(await res.body()).equals(scan)).toBe(true);
  });

  test("chủ tịch thấy cập nhật và tệp, gửi ý kiến chỉ đạo", async ({ browser }) => {
    const page = await pageAs(browser, "chair");
    await openTask(page, code);
    await expect(
      page.locator("[data-event=update]").filter({ hasText: result }).getByRole("link", { name: "bien-ban-hop.pdf" }),
    ).toBeVisible();
    const form = page.getByTestId("directive-form");
    await form.getByLabel("Nội dung chỉ đạo").fill(directive);
    await form.getByRole("button", { name: "Gửi ý kiến chỉ đạo" }).click();
    await expect(form.getByText("Đã gửi ý kiến chỉ đạo.")).toBeVisible();
    await expect(page.locator("[data-event=directive]").filter({ hasText: directive })).toContainText("Đơn vị chủ trì chưa tiếp nhận");
  });

  test("đơn vị thấy chỉ đạo đầu danh sách và tiếp nhận", async ({ browser }) => {
    const page = await pageAs(browser, "staffOffice");
    await page.goto("/");
    await page.getByRole("link", { name: "Nhiệm vụ của tôi" }).click();
    const open = page.getByTestId("open-directives");
    await expect(open).toContainText(directive);
    await open
      .getByRole("link", { name: new RegExp(task(code).title) })
      .first()
      .click();
    const entry = page.locator("[data-event=directive]").filter({ hasText: directive });
    await entry.getByRole("button", { name: "Đã tiếp nhận" }).click();
    await expect(entry).toContainText("Đã tiếp nhận");
    await page.getByRole("link", { name: "Nhiệm vụ", exact: true }).first().click();
    await expect(page.getByTestId("open-directives")).not.toContainText(directive);
  });
});

test("hai phiên cùng sửa một nhiệm vụ: phiên sau thấy xung đột, nội dung còn nguyên", async ({ browser }) => {
  const code = "3.2";
  const first = await pageAs(browser, "staffOffice");
  const second = await pageAs(browser, "staffOffice");
  await openTask(first, code);
  await openTask(second, code);

  const mine = `Phiên thứ hai: đã nâng cấp máy chủ nội bộ (${Date.now()})`;
  await second.getByTestId("progress-form").getByLabel("Kết quả thực hiện trong kỳ").fill(mine);

  const f1 = first.getByTestId("progress-form");
  await f1.getByLabel("Kết quả thực hiện trong kỳ").fill("Phiên thứ nhất gửi trước");
  await f1.getByLabel("Tiến độ (%)").fill("40");
  await f1.getByRole("button", { name: "Gửi cập nhật" }).click();
  await expect(f1.getByText("Đã gửi cập nhật tiến độ.")).toBeVisible();

  const f2 = second.getByTestId("progress-form");
  await f2.getByRole("button", { name: "Gửi cập nhật" }).click();
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("vừa được");
  await expect(conflict).toContainText("Phiên thứ nhất gửi trước");
  await expect(f2.getByLabel("Kết quả thực hiện trong kỳ")).toHaveValue(mine);

  await conflict.getByRole("button", { name: /giữ nội dung của tôi/ }).click();
  await f2.getByRole("button", { name: "Gửi cập nhật" }).click();
  await expect(f2.getByText("Đã gửi cập nhật tiến độ.")).toBeVisible();
  await expect(second.locator("[data-event=update]").filter({ hasText: mine })).toBeVisible();
});

test("nội dung đang nhập được giữ trong trình duyệt khi tải lại trang", async ({ browser }) => {
  const page = await pageAs(browser, "staffOffice");
  await openTask(page, "1.3");
  const text = `Bản nháp chưa gửi ${Date.now()}`;
  await page.getByTestId("progress-form").getByLabel("Kết quả thực hiện trong kỳ").fill(text);
  await page.reload();
  await expect(page.getByText("Đã khôi phục nội dung chưa gửi")).toBeVisible();
  await expect(page.getByTestId("progress-form").getByLabel("Kết quả thực hiện trong kỳ")).toHaveValue(text);
});

test("Phòng VH-XH điều chỉnh nhiệm vụ có lý do, trả lại báo cáo; nhật ký ghi lại", async ({ browser }) => {
  test.setTimeout(90_000); // two sessions, a report, an edit, a return and the audit log: 20–28 s when the machine is quiet
  const code = "4.3";
  const staff = await pageAs(browser, "staffOffice");
  await openTask(staff, code);
  const f = staff.getByTestId("progress-form");
  await f.getByLabel("Kết quả thực hiện trong kỳ").fill("Báo cáo cần trả lại");
  await f.getByRole("button", { name: "Gửi cập nhật" }).click();
  await expect(f.getByText("Đã gửi cập nhật tiến độ.")).toBeVisible();

  const page = await pageAs(browser, "coordinator");
  await openTask(page, code);
  await page.getByRole("link", { name: "Điều chỉnh nhiệm vụ" }).click();
  await page.getByLabel("Loại thời hạn").selectOption("FIXED");
  await fillDate(page, "Hạn hoàn thành", "31/12/2026");
  await page.getByRole("button", { name: "Lưu điều chỉnh" }).click();
  await expect(page.getByText("Nhập lý do điều chỉnh")).toBeVisible();
  await page.getByLabel("Lý do điều chỉnh (bắt buộc)").fill("UBND phường giao hạn hoàn thành cuối năm");
  await page.getByRole("button", { name: "Lưu điều chỉnh" }).click();
  await expect(page.getByText("Đã lưu điều chỉnh nhiệm vụ.")).toBeVisible();

  await page.getByRole("link", { name: "← Về nhiệm vụ" }).click();
  const edit = page.locator("[data-event=edit]").first();
  await expect(edit).toContainText("UBND phường giao hạn hoàn thành cuối năm");
  await expect(edit).toContainText("Hạn hoàn thành: (trống) → 31/12/2026");

  const update = page.locator("[data-event=update]").filter({ hasText: "Báo cáo cần trả lại" });
  await update.getByText("Trả lại để đơn vị sửa").click();
  await update.getByLabel("Lý do trả lại").fill("Thiếu tài liệu minh chứng");
  await update.getByRole("button", { name: "Trả lại" }).click();
  await expect(update.locator("[data-returned]")).toContainText("Thiếu tài liệu minh chứng");

  await staff.goto("/");
  await staff.getByRole("link", { name: "Nhiệm vụ của tôi" }).click();
  await expect(staff.getByTestId("returned-updates")).toContainText("Thiếu tài liệu minh chứng");
  await openTask(staff, code);
  await expect(staff.locator("[data-event=update]").filter({ hasText: "Báo cáo cần trả lại" }).locator("[data-returned]")).toContainText(
    "Thiếu tài liệu minh chứng",
  );

  await page.goto("/");
  await page.getByRole("link", { name: "Quản trị" }).click();
  await page.getByRole("link", { name: "Nhật ký thao tác" }).click();
  // Other tests edit tasks at the same time: this edit's line, whichever comes first.
  await expect(
    page.locator("[data-audit-action='tasks.edit']").filter({ hasText: "UBND phường giao hạn hoàn thành cuối năm" }),
  ).toHaveCount(1);
  await expect(page.locator("[data-audit-action='tasks.returnUpdate']").filter({ hasText: "Thiếu tài liệu minh chứng" })).toHaveCount(1);
});

test("tệp minh chứng của xã khác: 404", async ({ browser }) => {
  // A Thạch Khôi coordinator asks for a Hải An evidence file by its id.
  const staff = await pageAs(browser, "staffOffice");
  await openTask(staff, "3.3.b");
  const href = await staff.locator("[data-event=update] a[href^='/api/files/']").first().getAttribute("href");
  expect(href).toBeTruthy();
  const other = await pageAs(browser, "otherCommuneCoordinator");
  expect((await other.request.get(href!)).status()).toBe(404);
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  expect((await anonymous.request.get(href!)).status()).toBe(401);
});

test("sau khi gửi, ô tiến độ hiện số vừa lưu; sau xung đột, số hiện tại trên máy chủ", async ({ browser }) => {
  test.setTimeout(120_000); // three sessions on a busy machine
  const code = "3.4.c";
  const first = await pageAs(browser, "staffCenter");
  const second = await pageAs(browser, "staffCenter");
  await openTask(first, code);
  await openTask(second, code);
  const f1 = first.getByTestId("progress-form");
  const f2 = second.getByTestId("progress-form");
  const loaded = await f2.getByLabel("Tiến độ (%)").inputValue();
  expect(loaded).not.toBe("55");

  await f1.getByLabel("Tình trạng thực hiện").selectOption("IN_PROGRESS");
  await f1.getByLabel("Tiến độ (%)").fill("55");
  await f1.getByLabel("Kết quả thực hiện trong kỳ").fill(`Đã đạt 55% (${Date.now()})`);
  await f1.getByRole("button", { name: "Gửi cập nhật" }).click();
  await expect(f1.getByText("Đã gửi cập nhật tiến độ.")).toBeVisible();
  // A quick second report starts from what was just saved, not from the page's first value.
  await expect(f1.getByLabel("Tiến độ (%)")).toHaveValue("55");
  await expect(f1.getByLabel("Tình trạng thực hiện")).toHaveValue("IN_PROGRESS");

  // The other session still shows the old percent: its refused send resets the percent to the server's.
  const mine = `Phiên cũ (${Date.now()})`;
  await f2.getByLabel("Kết quả thực hiện trong kỳ").fill(mine);
  await f2.getByRole("button", { name: "Gửi cập nhật" }).click();
  await expect(second.getByTestId("conflict")).toContainText("55%");
  await expect(f2.getByLabel("Tiến độ (%)")).toHaveValue("55");
  await expect(f2.getByLabel("Kết quả thực hiện trong kỳ")).toHaveValue(mine);

  const coordinator = await pageAs(browser, "coordinator");
  await coordinator.goto("/");
  await coordinator.getByRole("link", { name: "Quản trị" }).click();
  await coordinator.getByRole("link", { name: "Nhật ký thao tác" }).click();
  const row = coordinator.locator("[data-audit-action='tasks.submitUpdate']").filter({ hasText: "→ 55%" }).first();
  await expect(row).toContainText(`Tiến độ: ${loaded}% → 55%`);
  await expect(row).not.toContainText("{");
  await expect(row).not.toContainText("IN_PROGRESS");
});
