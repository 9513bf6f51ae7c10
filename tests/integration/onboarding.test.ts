// Bulk onboarding (Quản trị → Khởi tạo hàng loạt, `npm run onboard`): the preview's row states, a
// file with an error writes nothing, apply writes everything in one transaction, a second upload is
// all "unchanged", activation links work once, e-mails reach a real SMTP server, the CSV path, and
// the command line against the test database.
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeAccountToken } from "@/lib/accounts/tokens";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { resetEmailTransport } from "@/lib/notifications/channels/email";
import { deliverActivationMails } from "@/lib/onboarding/apply";
import { onboard, type OnboardResponse } from "@/lib/onboarding/commands";
import { ACCOUNT_COLUMNS, COMMUNE_COLUMNS } from "@/lib/onboarding/template";
import { createProvince } from "@/lib/tenants/commands";
import { csv, onboardingXlsx, type AccountLine, type CommuneLine } from "../support/onboarding-file";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { restoreUnitTemplate } from "../support/unit-template";
import { freshDemo, testDb, viewer } from "./db";

const db = testDb();
let admin: Viewer;
let smtp: TestSmtp;

beforeAll(async () => {
  // A real mail server for the activation e-mails: set before anything reads the configuration.
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  await freshDemo(db);
  await restoreUnitTemplate(db);
  admin = await viewer(db, "admin");
  const res = await executeAction(createProvince, admin, { name: "Tỉnh Quảng Ninh", adminCode: "22" }, db);
  expect(res.ok).toBe(true);
});
afterAll(async () => {
  resetEmailTransport();
  await smtp.close();
  await db.$disconnect();
});

const COMMUNES: CommuneLine[] = [
  ["22", "Xã Tiên Yên", "xã", "06970"],
  ["Quảng Ninh", "Phường Hồng Gai", "phường", "06652"],
];
const ACCOUNTS: AccountLine[] = [
  ["06970", "Nguyễn Văn An", "", "Chủ tịch", "chutich@tienyen.example.vn", "0912345678", ""],
  ["06970", "Trần Thị Bình", "Phòng Văn hóa - Xã hội", "Văn hóa - Xã hội", "", "", ""],
  ["06652", "Lê Văn Cường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Cán bộ đơn vị", "", "", "ktc.honggai"],
];

const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);
async function send(mode: "preview" | "apply", main: File, accountsFile?: File, user: Viewer = admin) {
  return (await executeAction(
    onboard,
    user,
    // Without an accounts file the form sends its empty input as "" (as a browser does).
    { mode, file: main, accountsFile: accountsFile ?? "" },
    db,
  )) as ActionResult<OnboardResponse>;
}
const counts = async () => ({
  units: await db.unit.count(),
  users: await db.user.count(),
  tokens: await db.accountToken.count(),
  audit: await db.auditLog.count(),
});
const tokenOf = (link: string) => link.split("/").pop()!;

describe("preview", () => {
  it("shows every row as new, with generated usernames, and writes nothing", async () => {
    const before = await counts();
    const res = await send("preview", file(await onboardingXlsx(COMMUNES, ACCOUNTS), "khoi-tao.xlsx"));
    expect(res.ok, JSON.stringify(res)).toBe(true);
    if (!res.ok) return;
    expect(res.data.applied).toBe(false);
    expect(res.data.communes.map((c) => [c.name, c.kind, c.state, c.provinceName])).toEqual([
      ["Xã Tiên Yên", "COMMUNE", "new", "Tỉnh Quảng Ninh"],
      ["Phường Hồng Gai", "WARD", "new", "Tỉnh Quảng Ninh"],
    ]);
    expect(res.data.accounts.map((a) => [a.username, a.role, a.state])).toEqual([
      ["chutich.x06970", "CHAIR", "new"],
      ["vhxh.x06970", "COORDINATOR", "new"],
      ["ktc.honggai", "UNIT_STAFF", "new"],
    ]);
    expect(res.data.counts).toEqual({ new: 5, unchanged: 0, error: 0 });
    expect(await counts()).toEqual(before);
  });

  it("explains each error row in Vietnamese, and apply refuses the whole file", async () => {
    const communes: CommuneLine[] = [
      ...COMMUNES,
      ["Tỉnh Không Có", "Xã Lạ", "xã", "12345"],
      ["22", "Xã Sai Mã", "xã", "12a"],
      ["22", "Xã Trùng", "xã", "06970"],
      ["22", "Phường Hải An Khác", "phường", "00001"],
      ["22", "Xã Loại Lạ", "thị trấn", "77777"],
    ];
    const accounts: AccountLine[] = [
      ...ACCOUNTS,
      ["06970", "Người Thiếu Đơn Vị", "Phòng Không Có", "Cán bộ đơn vị", "", "", ""],
      ["06970", "Người Sai Vai Trò", "", "Giám đốc", "", "", ""],
      ["06970", "Người Sai Thư", "", "Chủ tịch", "khong-phai-thu", "", ""],
      ["06970", "Người Trùng Tên", "", "Chủ tịch", "", "", "admin"],
      ["99999", "Người Xã Lạ", "", "Chủ tịch", "", "", ""],
    ];
    // "00001" is taken by a demo commune under another name.
    const haiAn = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
    await db.unit.update({ where: { id: haiAn.id }, data: { adminCode: "00001" } });
    const bytes = await onboardingXlsx(communes, accounts);
    const before = await counts();
    const res = await send("preview", file(bytes, "loi.xlsx"));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const errorsOf = (rows: { state: string; errors: string[] }[]) =>
      rows.filter((r) => r.state === "error").map((r) => r.errors.join("; "));
    expect(errorsOf(res.data.communes)).toEqual([
      "Không có tỉnh “Tỉnh Không Có” (tạo tỉnh trước ở Quản trị → Tỉnh, xã, phường)",
      "Mã ĐVHC “12a” không hợp lệ: chỉ gồm chữ số, tối đa 10 chữ số",
      "Mã ĐVHC 06970 trùng với dòng 2 của tệp",
      "Mã 00001 đã có trong hệ thống với tên khác: Phường Hải An",
      "Loại “thị trấn” không hợp lệ: ghi “xã” hoặc “phường”",
    ]);
    expect(errorsOf(res.data.accounts)).toEqual([
      "Xã Tiên Yên không có đơn vị “Phòng Không Có”",
      "Vai trò “Giám đốc” không hợp lệ: ghi Chủ tịch, Văn hóa - Xã hội hoặc Cán bộ đơn vị",
      "Thư điện tử “khong-phai-thu” không hợp lệ",
      "Tên đăng nhập “admin” đã có người dùng",
      "Không có xã, phường mã “99999” trong tệp hoặc trong hệ thống",
    ]);
    expect(res.data.counts.error).toBe(10);

    const applied = await send("apply", file(bytes, "loi.xlsx"));
    expect(applied).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!applied.ok && applied.message).toContain("chưa ghi gì");
    expect(await counts()).toEqual(before);
    await db.unit.update({ where: { id: haiAn.id }, data: { adminCode: null } });
  });

  it("is the admin's alone", async () => {
    const bytes = await onboardingXlsx(COMMUNES, ACCOUNTS);
    for (const u of ["tinh.haiphong", "chutich.haian", "vhxh.haian"]) {
      expect(await send("apply", file(bytes, "x.xlsx"), undefined, await viewer(db, u))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.unit.count({ where: { adminCode: "06970" } })).toBe(0);
  });
});

describe("apply", () => {
  let result: OnboardResponse;

  it("writes communes, units, accounts and activation links in one transaction, and audits them", async () => {
    const bytes = await onboardingXlsx(COMMUNES, ACCOUNTS);
    const res = await send("apply", file(bytes, "khoi-tao-quang-ninh.xlsx"));
    expect(res.ok, JSON.stringify(res)).toBe(true);
    if (!res.ok) return;
    result = res.data;
    expect(result.applied).toBe(true);
    expect(result.createdCommunes).toEqual(["Xã Tiên Yên (06970)", "Phường Hồng Gai (06652)"]);

    const tienYen = await db.unit.findFirstOrThrow({ where: { adminCode: "06970" } });
    expect(await db.unit.count({ where: { communeId: tienYen.id, id: { not: tienYen.id } } })).toBe(7);
    expect(await db.unitGroup.count({ where: { communeId: tienYen.id } })).toBe(2);
    const staff = await db.user.findUniqueOrThrow({ where: { username: "ktc.honggai" }, include: { unit: true } });
    expect(staff.unit?.name).toBe("Phòng Kinh tế, Hạ tầng và Đô thị");
    const chair = await db.user.findUniqueOrThrow({ where: { username: "chutich.x06970" } });
    expect(chair).toMatchObject({ role: "CHAIR", communeId: tienYen.id, unitId: null, mustChangePassword: false, phone: "0912345678" });
    expect(chair.passwordHash).toMatch(/^\$argon2id\$/);

    expect(result.links.map((l) => [l.username, l.communeName])).toEqual([
      ["chutich.x06970", "Xã Tiên Yên"],
      ["vhxh.x06970", "Xã Tiên Yên"],
      ["ktc.honggai", "Phường Hồng Gai"],
    ]);
    for (const l of result.links) {
      expect(l.link).toContain(`/kich-hoat/`);
      expect(l.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    }
    expect(await db.accountToken.count({ where: { purpose: "ACTIVATION", usedAt: null } })).toBe(3);

    const onboardAudit = await db.auditLog.findFirstOrThrow({ where: { action: "tenants.onboard" } });
    expect(onboardAudit.data).toEqual({
      fileName: "khoi-tao-quang-ninh.xlsx",
      onboardedCommunes: ["Xã Tiên Yên (06970)", "Phường Hồng Gai (06652)"],
      accountCount: 3,
    });
    const issued = await db.auditLog.findMany({ where: { action: "users.issueActivation" }, orderBy: { createdAt: "asc" } });
    expect(issued.map((a) => a.data)).toEqual([
      { username: "chutich.x06970", delivery: "EMAIL" },
      { username: "vhxh.x06970", delivery: "PRINT" },
      { username: "ktc.honggai", delivery: "PRINT" },
    ]);
    expect(await db.auditLog.count({ where: { action: "tenants.createCommune" } })).toBe(2);
  });

  it("e-mails the link to the accounts with an address (after the commit), through the SMTP server", async () => {
    const delivered = await deliverActivationMails(result.links);
    expect(delivered.map((l) => l.emailed)).toEqual([true, false, false]);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(["chutich@tienyen.example.vn"]);
    expect(smtp.received[0]!.raw.replace(/=\r?\n/g, "")).toContain(tokenOf(result.links[0]!.link));
  });

  it("a link opens its account once", async () => {
    const chair = await db.user.findUniqueOrThrow({ where: { username: "chutich.x06970" } });
    const token = tokenOf(result.links[0]!.link);
    expect(await db.$transaction((tx) => consumeAccountToken(tx, token, "ACTIVATION"))).toBe(chair.id);
    expect(await db.$transaction((tx) => consumeAccountToken(tx, token, "ACTIVATION"))).toBeNull();
  });

  it("the same file again: every row unchanged, and applying it writes nothing", async () => {
    const bytes = await onboardingXlsx(COMMUNES, ACCOUNTS);
    const before = await counts();
    const preview = await send("preview", file(bytes, "khoi-tao-quang-ninh.xlsx"));
    expect(preview.ok && preview.data.counts).toEqual({ new: 0, unchanged: 5, error: 0 });
    expect(preview.ok && preview.data.accounts.map((a) => a.username)).toEqual(["chutich.x06970", "vhxh.x06970", "ktc.honggai"]);
    const again = await send("apply", file(bytes, "khoi-tao-quang-ninh.xlsx"));
    expect(again.ok && again.data.links).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("adds accounts to an existing commune, from CSV files (generated names stay unique)", async () => {
    const communes = csv(COMMUNE_COLUMNS, [["22", "Xã Tiên Yên", "xã", "06970"]]);
    const accounts = csv(ACCOUNT_COLUMNS, [
      ["06970", "Phạm Văn Dũng", "", "Chủ tịch", "", "", ""],
      ["06970", "Hoàng Thị Em", "Công an xã", "Cán bộ đơn vị", "", "", ""],
    ]);
    const res = await send("apply", file(communes, "xa.csv"), file(accounts, "tai-khoan.csv"));
    expect(res.ok, JSON.stringify(res)).toBe(true);
    if (!res.ok) return;
    expect(res.data.communes.map((c) => c.state)).toEqual(["unchanged"]);
    expect(res.data.links.map((l) => l.username)).toEqual(["chutich.x06970.2", "cax.x06970"]);
  });
});

describe("npm run onboard", () => {
  function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
      delete env.SMTP_URL;
      const child = spawn(process.execPath, ["--import", "tsx", "--conditions", "react-server", "scripts/onboard.ts", ...args], { env });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("previews (exit 0, nothing written), refuses an error file (exit 1), applies and prints the links", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "onboard-"));
    const good = path.join(dir, "tot.xlsx");
    await writeFile(
      good,
      await onboardingXlsx(
        [["22", "Xã Bình Liêu", "xã", "07030"]],
        [["07030", "Vũ Văn Giang", "", "Chủ tịch", "giang@example.vn", "", ""]],
      ),
    );
    const bad = path.join(dir, "loi.xlsx");
    await writeFile(bad, await onboardingXlsx([["22", "Xã Lỗi", "xã", "abc"]], []));

    const before = await counts();
    const preview = await cli([good]);
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain("Xã, phường dòng 2: MỚI — Xã Bình Liêu (07030), Tỉnh Quảng Ninh");
    expect(preview.stdout).toContain("Tài khoản dòng 2: MỚI — Vũ Văn Giang — chutich.x07030, Chủ tịch, Xã Bình Liêu");
    expect(preview.stdout).toContain("Tổng: 2 mới, 0 không đổi, 0 lỗi.");
    expect(await counts()).toEqual(before);

    const refused = await cli([bad, "--apply"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("LỖI — Xã Lỗi (abc)");
    expect(await counts()).toEqual(before);

    const applied = await cli([good, "--apply"]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("✔ Đã khởi tạo 1 xã, phường và 1 tài khoản.");
    const line = applied.stdout.split("\n").find((l) => l.startsWith("chutich.x07030\t"))!;
    expect(line).toMatch(/\/kich-hoat\/\S+ \(hết hạn /);
    const token = line.match(/\/kich-hoat\/(\S+)/)![1]!;
    const user = await db.user.findUniqueOrThrow({ where: { username: "chutich.x07030" } });
    expect(await db.$transaction((tx) => consumeAccountToken(tx, token, "ACTIVATION"))).toBe(user.id);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "tenants.onboard", data: { path: ["fileName"], equals: "tot.xlsx" } },
    });
    expect(audit.actorId).toBe(admin.id);

    const again = await cli([good, "--apply"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Tổng: 0 mới, 2 không đổi, 0 lỗi.");
  }, 120_000);
});
