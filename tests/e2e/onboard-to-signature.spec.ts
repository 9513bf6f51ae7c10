// Issue 23 end to end, as the people do it: the admin creates a province and onboards a new ward of it
// from a file, then imports the ward's plan; the chairperson opens the activation link, sets a
// password, signs in (inside the grace period), fills the name and title printed under signatures,
// turns on two-factor sign-in from the banner (the test computes the codes from the key the page
// shows), signs in again with a code, compiles a report of the plan and signs it. A province of its
// own: other specs count Hải Phòng's wards. (A new ward receiving its province's published plan is
// tests/integration/hand-down.test.ts.)
import { expect, test, type Browser, type Page } from "@playwright/test";
import { generate } from "otplib";
import { localDateKey } from "@/lib/dates";
import { onboardingXlsx } from "../support/onboarding-file";
import { stateFile } from "./accounts";
import { confirmAction, fillDate } from "./helpers";

const NEW_PASSWORD = "Phuong@Moi2026";

/** A small plan of the ward, as its signed document reads (two tasks of template units). */
const planText = (ward: string) =>
  [
    "ỦY BAN NHÂN DÂN",
    ward.toUpperCase(),
    "KẾ HOẠCH",
    `Chuyển đổi số trên địa bàn ${ward.toLowerCase()} năm 2026`,
    "I. MỤC TIÊU",
    "- Đến năm 2026, 100% văn bản được ký số.",
    "II. NHIỆM VỤ",
    "1. Số hóa hồ sơ công việc",
    "- Chủ trì: Văn phòng HĐND và UBND",
    "- Phối hợp: Các đơn vị có liên quan",
    "- Thời gian thực hiện: Thường xuyên",
    "2. Vận hành Trung tâm Phục vụ hành chính công",
    "- Chủ trì: Trung tâm Phục vụ hành chính công",
    "- Thời gian thực hiện: Thường xuyên",
  ].join("\n");

/** A code of the step after now: the enrolment used the current one, and a code is accepted once. */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
}

async function passwordStep(page: Page, username: string) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test("phường mới khởi tạo từ tệp: Chủ tịch kích hoạt, bật xác thực hai bước, đăng nhập bằng mã và ký phát hành báo cáo", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = String(Date.now()).slice(-5);
  const code = `7${suffix}`;
  const ward = `Phường Mới ${suffix}`;
  const chairUsername = `chutich.p${code}`;

  // The admin: a province, the file, its preview, then "Khởi tạo"; the chair's link is listed for printing.
  const admin = await (await browser.newContext({ storageState: stateFile("admin") })).newPage();
  const provinceCode = `6${suffix.slice(-2)}`;
  await admin.goto("/quan-tri/dia-ban");
  const addProvince = admin.getByRole("form", { name: "Thêm tỉnh" });
  await addProvince.getByLabel("Tên tỉnh, thành phố").fill(`Tỉnh Mới ${suffix}`);
  await addProvince.getByLabel("Mã ĐVHC").fill(provinceCode);
  await addProvince.getByRole("button", { name: "Thêm tỉnh" }).click();
  await expect(admin.getByRole("region", { name: `Tỉnh Mới ${suffix}` })).toBeVisible();
  await admin.goto("/quan-tri/khoi-tao");
  const file = await onboardingXlsx(
    [[provinceCode, ward, "phường", code]],
    [
      [code, "Trần Thị Mới", "", "Chủ tịch", "", "", ""],
      [code, "Lê Văn Phối", "Phòng Văn hóa - Xã hội", "Văn hóa - Xã hội", "", "", ""],
    ],
  );
  await admin.getByLabel("Tệp khởi tạo (.xlsx, hoặc .csv xã, phường)").setInputFiles({
    name: `khoi-tao-${code}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await admin.getByRole("button", { name: "Xem trước" }).click();
  await expect(admin.locator('[data-testid="onboarding-commune-row"][data-state="new"]')).toHaveCount(1);
  await expect(admin.locator('[data-testid="onboarding-account-row"][data-state="new"]')).toHaveCount(2);
  await admin.getByRole("button", { name: "Khởi tạo", exact: true }).click();
  const row = admin.locator(`[data-testid="activation-row"][data-username="${chairUsername}"]`);
  await expect(row).toBeVisible();
  const link = new URL((await row.getByRole("link").getAttribute("href"))!).pathname;
  expect(link).toMatch(/^\/kich-hoat\/[A-Za-z0-9_-]{43}$/);
  await admin.screenshot({ path: "test-results/onboard-links.png", fullPage: true });

  // The ward's plan, imported from its text by the admin (the ward's own units, from the template).
  await admin.goto("/quan-tri/dia-ban");
  await admin
    .getByRole("region", { name: `Tỉnh Mới ${suffix}` })
    .getByRole("link", { name: ward })
    .click();
  await admin.waitForURL(/\/c\/[a-z0-9]+$/);
  const communePath = new URL(admin.url()).pathname;
  await admin.goto(`${communePath}/ke-hoach/nhap`);
  await admin
    .getByLabel("Văn bản kế hoạch")
    .setInputFiles({ name: "ke-hoach.txt", mimeType: "text/plain", buffer: Buffer.from(planText(ward)) });
  await admin.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(admin.getByRole("heading", { name: "Bước 2. Kiểm tra và sửa" })).toBeVisible({ timeout: 30_000 });
  // The document's heading reads "PHƯỜNG MỚI 72353": the reader keeps the words, not the number, and
  // asks for the confirmation it asks whenever the name differs.
  await admin.getByRole("checkbox", { name: /Tôi xác nhận tạo kế hoạch này/ }).check();
  await admin
    .getByTestId("import-review")
    .getByRole("button", { name: /^Tạo kế hoạch \(2 nhiệm vụ\)$/ })
    .click();
  await expect(admin.locator("tr[data-task-code]")).toHaveCount(2, { timeout: 30_000 });

  // The chair: the link, a password of their own; the link is then spent.
  const chair = await freshPage(browser);
  await chair.goto(link);
  await expect(chair.getByTestId("activation-username")).toHaveText(chairUsername);
  await chair.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await chair.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await chair.getByRole("button", { name: "Kích hoạt tài khoản" }).click();
  await expect(chair).toHaveURL(/\/login\?xong=kich-hoat$/);
  const spent = await freshPage(browser);
  await spent.goto(link);
  await expect(spent.getByText("Liên kết đã được dùng hoặc đã hết hạn", { exact: false })).toBeVisible();

  // Inside the grace period the password alone signs in; the banner counts the days down.
  await passwordStep(chair, chairUsername);
  await expect(chair).toHaveURL(new RegExp(`${communePath}$`));
  const banner = chair.getByTestId("enrol-banner");
  await expect(banner).toContainText(/Còn \d+ ngày/);

  // The name and title printed under the signature.
  await chair.goto("/tai-khoan");
  await chair.getByLabel("Họ tên trên văn bản").fill("Trần Thị Mới");
  await chair.getByLabel("Chức vụ").fill("Chủ tịch");
  await chair.getByRole("button", { name: "Lưu thông tin" }).click();
  await expect(chair.getByText("Đã lưu thông tin cá nhân.")).toBeVisible();

  // Two-factor sign-in from the banner: the key the page shows, the first code, ten recovery codes.
  await chair.goto(communePath);
  await chair.getByTestId("enrol-banner").getByRole("link", { name: "Bật xác thực hai bước" }).click();
  await expect(chair).toHaveURL(/\/tai-khoan\/xac-thuc-hai-buoc$/);
  const secret = ((await chair.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await chair.getByLabel("Mã 6 số từ ứng dụng").fill(await generate({ secret }));
  await chair.getByRole("button", { name: "Xác nhận và bật" }).click();
  await expect(chair.getByText("Đã bật xác thực hai bước.")).toBeVisible();
  await expect(chair.getByTestId("recovery-code")).toHaveCount(10);
  await chair.screenshot({ path: "test-results/onboard-recovery-codes.png", fullPage: true });
  await chair.getByRole("link", { name: "Tôi đã lưu mã, về Tài khoản của tôi" }).click();
  await expect(chair).toHaveURL(/\/tai-khoan$/);
  await expect(chair.getByTestId("enrol-banner")).toHaveCount(0);

  // A new sign-in now asks for a code after the password.
  const again = await freshPage(browser);
  await passwordStep(again, chairUsername);
  await again.getByLabel("Mã xác thực").fill(await nextCode(secret));
  await again.getByRole("button", { name: "Xác nhận" }).click();
  await expect(again).toHaveURL(new RegExp(`${communePath}$`));

  // A draft report of the ward's plan, signed.
  await again.goto(`${communePath}/bao-cao`);
  await again.getByRole("button", { name: /Lập dự thảo báo cáo/ }).click();
  await expect(again).toHaveURL(/\/bao-cao\/[a-z0-9]{20,}$/);
  await expect(again.getByLabel("Họ tên người ký")).toHaveValue("Trần Thị Mới");
  await again.getByLabel("Số báo cáo").fill(`${(Date.now() % 900) + 100}/BC-UBND`);
  const [y, m, d] = localDateKey(new Date()).split("-");
  await fillDate(again, "Ngày ban hành", `${d}/${m}/${y}`);
  await again.getByRole("button", { name: "Ký duyệt, phát hành" }).click();
  await confirmAction(again, "Ký duyệt, phát hành");
  await expect(again.getByText("Đã phát hành", { exact: true })).toBeVisible();
  // Signed by the chair's own name and title, as set in "Tài khoản của tôi".
  await expect(again.getByText("Trần Thị Mới").first()).toBeVisible();
  await again.screenshot({ path: "test-results/onboard-signed.png", fullPage: true });
});
