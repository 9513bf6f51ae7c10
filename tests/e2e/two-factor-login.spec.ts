// Sign-in with a second factor through the real form, on accounts made for this spec (no demo account
// that other specs sign in with is touched): the code step (a wrong code, then the right one computed
// from the secret), enrolment at sign-in after a reset (QR, manual key, first code, recovery codes),
// the forced password change and an activation link.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { generate, generateSecret } from "otplib";
import { seal } from "../../lib/accounts/secret-box";
import { hashToken } from "../../lib/accounts/tokens";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db";
import { PASSWORD } from "./accounts";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const secretKey = process.env.E2E_NEXTAUTH_SECRET!;
const HOME = /\/(c\/[^/]+(\/nhiem-vu)?|xa-phuong)$/;

test.afterAll(async () => {
  await db.$disconnect();
});

/** A throw-away account of Phường Hải An (the same commune and unit as vanphong.haian). */
async function freshAccount(role: "UNIT_STAFF" | "CHAIR", data: Record<string, unknown> = {}) {
  const office = await db.user.findUniqueOrThrow({ where: { username: "vanphong.haian" } });
  const username = `e2e.2fa.${randomBytes(4).toString("hex")}`;
  await db.user.create({
    data: {
      username,
      fullName: "Tài khoản thử xác thực hai bước",
      passwordHash: await hashPassword(PASSWORD),
      role,
      provinceId: office.provinceId,
      communeId: office.communeId,
      unitId: role === "UNIT_STAFF" ? office.unitId : null,
      ...data,
    },
  });
  return username;
}

async function passwordStep(page: Page, username: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test("tài khoản đã bật xác thực hai bước: mật khẩu rồi mã; mã sai báo lỗi, mã đúng vào hệ thống", async ({ page }) => {
  const secret = generateSecret();
  const username = await freshAccount("UNIT_STAFF", { totpSecret: seal(secret, secretKey), totpEnabledAt: new Date() });
  await passwordStep(page, username);
  const code = page.getByLabel("Mã xác thực");
  await expect(code).toBeVisible();
  const right = await generate({ secret });
  await code.fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, "0"));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Mã xác thực không đúng" })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);

  await code.fill(right);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page).toHaveURL(HOME);
  const session = await db.userSession.findFirstOrThrow({ where: { user: { username } } });
  expect(session.secondFactorAt).not.toBeNull();
  expect(session.userAgent).toBeTruthy();
});

test("lãnh đạo bị đặt lại xác thực hai bước: đăng ký ngay khi đăng nhập, lưu mã khôi phục rồi vào hệ thống", async ({ page }) => {
  const username = await freshAccount("CHAIR", { secondFactorResetAt: new Date() });
  await passwordStep(page, username);
  await expect(page.getByRole("img", { name: "Mã QR để thêm tài khoản vào ứng dụng xác thực" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Mã xác thực").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Kích hoạt" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("button", { name: "Tôi đã lưu mã khôi phục" }).click();
  await expect(page).toHaveURL(HOME);
  const user = await db.user.findUniqueOrThrow({ where: { username }, include: { recoveryCodes: true } });
  expect(user.totpEnabledAt).not.toBeNull();
  expect(user.recoveryCodes).toHaveLength(10);
});

test("mật khẩu do quản trị cấp: phải đổi trước khi làm việc, trang đổi mật khẩu không có menu", async ({ page }) => {
  const username = await freshAccount("UNIT_STAFF", { mustChangePassword: true });
  await passwordStep(page, username);
  await expect(page).toHaveURL(/\/tai-khoan\/doi-mat-khau$/);
  await expect(page.getByRole("status").filter({ hasText: "cần đặt mật khẩu của riêng mình" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/tai-khoan\/doi-mat-khau$/);
  await page.getByLabel("Mật khẩu hiện tại").fill(PASSWORD);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("MatKhauRieng2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("MatKhauRieng2026");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã đổi mật khẩu" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(HOME);
});

test("liên kết kích hoạt: đặt mật khẩu một lần, rồi đăng nhập; liên kết đã dùng báo hết hiệu lực", async ({ page, request }) => {
  const username = await freshAccount("UNIT_STAFF", { mustChangePassword: true });
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  const token = randomBytes(32).toString("base64url");
  await db.accountToken.create({
    data: { tokenHash: hashToken(token), userId: user.id, purpose: "ACTIVATION", expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const res = await request.get(`/kich-hoat/${token}`);
  expect(res.headers()["referrer-policy"]).toBe("no-referrer");

  await page.goto(`/kich-hoat/${token}`);
  await expect(page.getByTestId("activation-username")).toHaveText(username);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("KichHoat2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("KichHoat2026");
  await page.getByRole("button", { name: "Kích hoạt tài khoản" }).click();
  await expect(page).toHaveURL(/\/login\?xong=kich-hoat$/);
  await expect(page.getByRole("status").filter({ hasText: "Tài khoản đã được kích hoạt" })).toBeVisible();
  await passwordStep(page, username, "KichHoat2026");
  await expect(page).toHaveURL(HOME);

  await page.goto(`/kich-hoat/${token}`);
  await expect(page.getByRole("alert").filter({ hasText: "Liên kết đã được dùng hoặc đã hết hạn" })).toBeVisible();
});
