// Evidence uploaded as soon as it is picked (components/files/upload-picker.tsx → POST /api/uploads):
// the file shows its progress while it goes up and the submit button waits; a refused file says why
// beside its name and can be removed; an uploaded file removed is deleted on the server; only the
// uploaded file's id is sent, and the update carries it.
import { expect, test } from "@playwright/test";
import { haiAn } from "../../prisma/seed/hai-an";
import { EXE, PDF } from "../support/files";
import { stateFile } from "./accounts";

const code = "1.3"; // led by the office (and Phòng VH-XH); no other spec sends a report on it
const title = haiAn.plan.groups.flatMap((g) => g.tasks).find((t) => t.code === code)!.title;

test("tải tệp minh chứng ngay khi chọn: tiến độ, từ chối, bỏ tệp, gửi kèm tệp đã tải", async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFile("staffOffice") });
  const page = await context.newPage();
  await page.goto("/");
  await page
    .getByRole("link", { name: /^Nhiệm vụ/ })
    .first()
    .click();
  await page.getByRole("link", { name: title, exact: true }).first().click();
  const form = page.getByTestId("progress-form");
  const result = `Đã cập nhật mã định danh, kèm minh chứng tải trước (${Date.now()})`;
  await form.getByLabel("Tình trạng thực hiện").selectOption("IN_PROGRESS");
  await form.getByLabel("Tiến độ (%)").fill("30");
  await form.getByLabel("Kết quả thực hiện trong kỳ").fill(result);

  // Held back until released, so the "uploading" state can be seen.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/api/uploads*", async (route) => {
    await held;
    await route.continue();
  });
  const scan = Buffer.concat([PDF, Buffer.alloc(512 * 1024, 0x20)]);
  await form.getByLabel("Tài liệu minh chứng").setInputFiles([
    { name: "quyet-dinh-con-dau.pdf", mimeType: "application/pdf", buffer: scan },
    { name: "doi-ten.pdf", mimeType: "application/pdf", buffer: EXE },
    { name: "chon-nham.pdf", mimeType: "application/pdf", buffer: PDF },
  ]);
  const items = form.getByTestId("upload-item");
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText(/Đang tải lên \d+%/);
  await expect(form.getByRole("button", { name: "Đang tải tệp lên…" })).toBeDisabled();
  release();

  const good = items.filter({ hasText: "quyet-dinh-con-dau.pdf" });
  const bad = items.filter({ hasText: "doi-ten.pdf" });
  await expect(good).toContainText("Đã tải lên");
  await expect(bad).toContainText("không khớp với đuôi .pdf");
  await bad.getByRole("button", { name: "Bỏ tệp" }).click();
  await expect(items).toHaveCount(2);
  // An uploaded file removed from the list is deleted on the server at once (not left to the
  // day-old sweep, counting against the quota): asking again finds nothing.
  const wrong = items.filter({ hasText: "chon-nham.pdf" });
  await expect(wrong).toContainText("Đã tải lên");
  const [freed] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "DELETE" && /\/api\/uploads\/[a-z0-9]+$/.test(r.url())),
    wrong.getByRole("button", { name: "Bỏ tệp" }).click(),
  ]);
  expect(freed.status()).toBe(200);
  const again = await page.request.delete(freed.url(), { headers: { origin: new URL(page.url()).origin } });
  expect(again.status()).toBe(404);
  await expect(items).toHaveCount(1);
  await expect(form.locator('input[type=hidden][name="uploadIds"]')).toHaveCount(1);
  // The picked files are not posted again with the form.
  await expect(form.getByLabel("Tài liệu minh chứng")).not.toHaveAttribute("name", /.+/);

  await form.getByRole("button", { name: "Gửi cập nhật" }).click();
  await expect(form.getByText("Đã gửi cập nhật tiến độ.")).toBeVisible();
  const entry = page.locator("[data-event=update]").filter({ hasText: result });
  const link = entry.getByRole("link", { name: "quyet-dinh-con-dau.pdf" });
  const res = await page.request.get((await link.getAttribute("href"))!);
  expect(Buffer.from(await res.body()).equals(scan)).toBe(true);
  await expect(entry.getByRole("link", { name: "doi-ten.pdf" })).toHaveCount(0);
  await expect(entry.getByRole("link", { name: "chon-nham.pdf" })).toHaveCount(0);
  await context.close();
});
