import { expect, test, type Browser } from "@playwright/test";
import { generate } from "otplib";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db";
import { PASSWORD, stateFile } from "./accounts";
import { confirmAction, fillDate, login } from "./helpers";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
/** The deputy chair this spec creates to enrol and sign (see below); locked again at the end. */
let deputyId: string | null = null;

test.afterAll(async () => {
  if (deputyId) {
    await db.user.update({ where: { id: deputyId }, data: { active: false } });
    await db.userSession.deleteMany({ where: { userId: deputyId } });
  }
  await db.$disconnect();
});

/**
 * Signing needs a fresh second factor. The demo chairs sign in with a password in other specs running
 * alongside, so enrolling one of them here would change how those specs sign in: the signature is
 * given by a deputy chair account of this commune made for this spec, which enrols through the setup
 * page like a person would (the code computed from the secret the page shows).
 */
async function newDeputyChair(communeName: string) {
  const commune = await db.unit.findFirstOrThrow({ where: { name: communeName, kind: { in: ["COMMUNE", "WARD"] } } });
  const username = `phochutich.e2e.${Date.now().toString(36)}`;
  const user = await db.user.create({
    data: {
      username,
      fullName: "Phó Chủ tịch UBND (kiểm thử)",
      officialName: "Trần Văn Phó",
      jobTitle: "Phó Chủ tịch",
      role: "CHAIR",
      communeId: commune.id,
      provinceId: commune.provinceId,
      passwordHash: await hashPassword(PASSWORD),
    },
  });
  deputyId = user.id;
  return user;
}

/** A code of `secret` of a later 30-second step than `after` (the code used to enrol is never accepted twice). */
function codeAfter(secret: string, after: number) {
  return generate({ secret, epoch: Math.floor(Math.max(Date.now(), after + 30_000) / 1000) });
}

// The whole report cycle in Phường Thạch Khôi (the other specs work in Hải An): the office reminds
// the units, a unit answers the reminder, the office compiles and edits a draft, the chair signs it,
// and the province reads and downloads the signed report.

async function as(browser: Browser, username: string) {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await login(page, username, PASSWORD);
  return page;
}

test("nhắc đơn vị, đơn vị xác nhận, lập dự thảo, Chủ tịch ký phát hành, tỉnh tải báo cáo", async ({ browser }) => {
  test.setTimeout(120_000);
  const office = await as(browser, "vhxh.thachkhoi");
  const reports = `${new URL(office.url()).pathname}/bao-cao`;
  await office.goto(reports);
  await expect(office.getByRole("heading", { name: "Báo cáo định kỳ" })).toBeVisible();
  await expect(office.getByText("Chưa báo cáo").first()).toBeVisible();
  await office.getByRole("button", { name: "Nhắc các đơn vị đã chọn" }).click();
  await expect(office.getByText(/Đã nhắc \d+ đơn vị/)).toBeVisible();

  // The unit sees the reminder in the header and follows it to its confirmation page.
  const staff = await as(browser, "vanphong.thachkhoi");
  await expect(staff.getByTestId("unread-count")).toHaveText(/[1-9]/);
  await staff.getByTestId("bell").click();
  await staff
    .getByRole("link", { name: /Nhắc báo cáo/ })
    .first()
    .click();
  await expect(staff.getByRole("heading", { name: "Xác nhận đã báo cáo" })).toBeVisible();
  // One submit sends "không thay đổi so với kỳ trước" for the open tasks and confirms (issue 18).
  await staff.getByRole("button", { name: /^(Gửi và xác nhận|Xác nhận) đã báo cáo$/ }).click();
  await expect(staff.getByTestId("confirmed")).toContainText("Đã xác nhận báo cáo");

  // The office compiles a draft and edits its text.
  await office.reload();
  await office.getByRole("button", { name: /Lập dự thảo báo cáo/ }).click();
  await expect(office).toHaveURL(/\/bao-cao\/[a-z0-9]{20,}$/);
  await expect(office.getByText("Dự thảo", { exact: true })).toBeVisible();
  const assessment = office.getByLabel("I. KẾT QUẢ THỰC HIỆN");
  await expect(assessment).toHaveValue(/Tổng số nhiệm vụ của Kế hoạch: \d+/);
  await assessment.fill("Đánh giá chung do Phòng Văn hóa - Xã hội viết lại.");
  await office.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(office.getByText("Đã lưu dự thảo.")).toBeVisible();
  await expect(office.getByRole("button", { name: "Ký duyệt, phát hành" })).toHaveCount(0);
  await office.getByRole("button", { name: "Trình Chủ tịch ký" }).click();
  await expect(office.getByText("Đã lưu và trình Chủ tịch ký")).toBeVisible();
  await expect(office.getByText("Chờ ký", { exact: true })).toBeVisible();
  // "Trình ký" is the standing office's (canSubmitForSignature): it stays offered to send again.
  await expect(office.getByRole("button", { name: "Trình ký lại" })).toBeVisible();
  const download = office.waitForEvent("download");
  await office.getByRole("link", { name: "Tải DOCX" }).click();
  expect((await download).suggestedFilename()).toMatch(/^Bao-cao-du-thao-.*\.docx$/);
  const draftUrl = new URL(office.url()).pathname;

  // The chair cannot sign without a number and date, nor without a second factor; a deputy chair
  // who has one signs. The chair is told in the header and opens the draft from there.
  const chair = await as(browser, "chutich.thachkhoi");
  await chair.getByTestId("bell").click();
  await chair
    .getByRole("link", { name: /chờ ký/ })
    .first()
    .click();
  await expect(chair).toHaveURL(new RegExp(`${draftUrl}$`));
  await expect(chair.getByLabel("I. KẾT QUẢ THỰC HIỆN")).toHaveValue("Đánh giá chung do Phòng Văn hóa - Xã hội viết lại.");
  // The chair edits and signs the same draft but does not send it to themself for signature.
  await expect(chair.getByRole("button", { name: /^Trình/ })).toHaveCount(0);
  await chair.getByRole("button", { name: "Ký duyệt, phát hành" }).click();
  await confirmAction(chair, "Ký duyệt, phát hành");
  await expect(chair.getByText("Chưa đủ thông tin để ký phát hành báo cáo.")).toBeVisible();
  await expect(chair.getByText('Nhập số báo cáo, ví dụ "05/BC-UBND"')).toBeVisible();
  const number = `${(Date.now() % 900) + 100}/BC-UBND`;
  // Typed with an extra zero and in lower case: shown, stored and printed as the decree writes it.
  await chair.getByLabel("Số báo cáo").fill(`0${number.toLowerCase()}`);
  await expect(chair.getByText(`Sẽ in: Số: ${number}`)).toBeVisible();
  await chair.screenshot({ path: "test-results/report-number-printed.png", fullPage: true });
  await fillDate(chair, "Ngày ban hành", "20/11/2026");
  await chair.getByRole("button", { name: "Ký duyệt, phát hành" }).click();
  await confirmAction(chair, "Ký duyệt, phát hành");
  // This chair has no second factor: signing is refused and the page says where to turn it on.
  const enrol = chair.getByTestId("step-up-enrol");
  await expect(enrol).toBeVisible();
  await expect(enrol.getByRole("link", { name: "Bật xác thực hai bước" })).toHaveAttribute("href", "/tai-khoan/xac-thuc-hai-buoc");
  await expect(chair.getByText("Ký phát hành báo cáo cần xác thực hai bước.", { exact: false }).first()).toBeVisible();

  // The deputy chair enrols through the setup page: the QR code and the key, the first code, the
  // recovery codes shown once.
  const deputy = await newDeputyChair("Phường Thạch Khôi");
  const signer = await as(browser, deputy.username);
  await signer.goto("/tai-khoan/xac-thuc-hai-buoc");
  await expect(signer.getByRole("img", { name: "Mã QR để thêm tài khoản vào ứng dụng xác thực" })).toBeVisible();
  const secret = ((await signer.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  const enrolledAt = Date.now();
  await signer.getByLabel("Mã 6 số từ ứng dụng").fill(await generate({ secret }));
  await signer.getByRole("button", { name: "Xác nhận và bật" }).click();
  await expect(signer.getByText("Đã bật xác thực hai bước.", { exact: false })).toBeVisible();
  await expect(signer.getByTestId("recovery-code")).toHaveCount(10);
  // Thirteen hours later (the session's check made stale in the database): signing asks for a code.
  await db.userSession.updateMany({ where: { userId: deputy.id }, data: { secondFactorAt: new Date(Date.now() - 13 * 3_600_000) } });

  await signer.goto(draftUrl);
  await signer.getByLabel("Số báo cáo").fill(number);
  await fillDate(signer, "Ngày ban hành", "20/11/2026");
  await signer.getByRole("button", { name: "Ký duyệt, phát hành" }).click();
  await confirmAction(signer, "Ký duyệt, phát hành");
  const code = signer.getByLabel("Mã xác thực", { exact: true });
  await expect(code).toBeVisible();
  // What was typed stays while the code is asked for.
  await expect(signer.getByLabel("Số báo cáo")).toHaveValue(number);
  const right = await codeAfter(secret, enrolledAt);
  await code.fill(right === "000000" ? "111111" : "000000");
  await signer.getByRole("button", { name: "Xác nhận và ký phát hành" }).click();
  await expect(signer.getByText("Mã không đúng", { exact: true })).toBeVisible();
  await code.fill(await codeAfter(secret, enrolledAt));
  await signer.getByRole("button", { name: "Xác nhận và ký phát hành" }).click();
  await expect(signer.getByText("Đã phát hành", { exact: true })).toBeVisible();
  await expect(signer.getByText(`Số: ${number}`)).toBeVisible();
  await expect(signer.getByText(/Thạch Khôi, ngày 20 tháng 11 năm 2026/)).toBeVisible();
  await expect(signer.getByRole("button", { name: "Lưu dự thảo" })).toHaveCount(0);

  // The province finds it among the reports of its plan and downloads the signed spreadsheet. The
  // plan is named: another spec may import a second plan into this commune meanwhile, and the list
  // may then open on that one.
  const planReports = await signer.getByRole("link", { name: "← Báo cáo của kế hoạch" }).getAttribute("href");
  const province = await as(browser, "tinh.haiphong");
  await province.goto(planReports ?? reports);
  const signed = province.getByRole("link", { name: new RegExp(`Số ${number}`) });
  await expect(signed).toBeVisible();
  await expect(province.getByText("Dự thảo", { exact: true })).toHaveCount(0);
  const xlsx = province.waitForEvent("download");
  await province.locator("tr", { has: signed }).getByRole("link", { name: "XLSX" }).click();
  expect((await xlsx).suggestedFilename()).toMatch(new RegExp(`^Bao-cao-${number.replace("/", "-")}-.+\\.xlsx$`));

  // The same file asked for by another commune's coordinator, or the chair of a commune in another
  // province: 404, nothing leaks. (tinh.thanhhoa is locked out by the login-limit spec.)
  const href = (await province.locator("tr", { has: signed }).getByRole("link", { name: "XLSX" }).getAttribute("href"))!;
  const haiAn = await browser.newContext({ storageState: stateFile("coordinator") });
  expect((await haiAn.request.get(href)).status()).toBe(404);
  const haLong = await as(browser, "chutich.halong");
  expect((await haLong.request.get(href)).status()).toBe(404);
  expect((await province.request.get(href)).status()).toBe(200);
});
