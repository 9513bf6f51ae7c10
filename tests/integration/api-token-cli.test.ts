// `npm run api:token`, spawned as a user would run it on the test database: it prints a working token
// alone on stdout, audits the creation as the owner, and refuses bad input with exit code 2, a
// Vietnamese message on stderr and nothing written.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, localDateKey } from "@/lib/dates";
import type { Db } from "@/lib/db";
import { communeByName, freshDemo, testDb } from "./db";
import { api } from "./api-support";

let db: Db;

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
});
afterAll(async () => {
  await db.$disconnect();
});

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions", "react-server", "scripts/api-token.ts", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const counts = async () => ({ tokens: await db.apiToken.count(), audit: await db.auditLog.count() });

describe("npm run api:token", () => {
  it("prints a working token alone on stdout, the details on stderr, and audits it as the owner", async () => {
    const expires = addDays(localDateKey(new Date()), 30);
    const r = await cli(["--user", "tthcc.haian", "--name", "Hệ thống một cửa tỉnh", "--scope", "indicators:write", "--expires", expires]);
    expect(r.code, r.stderr).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^cds_[A-Za-z0-9_-]{43}$/);
    expect(r.stdout).toBe(`${token}\n`);
    expect(r.stderr).toContain("lưu lại ngay: khóa không hiển thị lại");
    expect(r.stderr).toContain("Đọc và gửi số liệu chỉ tiêu");

    const res = await api(db, "/api/v1/communes", { token });
    expect(res.status).toBe(200);
    const haiAn = (await communeByName(db, "Phường Hải An")).id;
    expect((res.json() as { data: { id: string }[] }).data.map((c) => c.id)).toEqual([haiAn]);

    const owner = await db.user.findUniqueOrThrow({ where: { username: "tthcc.haian" } });
    const row = await db.apiToken.findFirstOrThrow({ where: { userId: owner.id } });
    expect(row).toMatchObject({ scope: "INDICATORS_WRITE", createdById: owner.id, name: "Hệ thống một cửa tỉnh" });
    expect(row.expiresAt?.toISOString()).toBe(new Date(`${addDays(expires, 1)}T00:00:00+07:00`).toISOString());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "apiTokens.create", entityId: row.id } });
    expect(audit).toMatchObject({ actorId: owner.id, communeId: haiAn });
    expect(audit.data).toEqual({
      tokenName: "Hệ thống một cửa tỉnh",
      ownerId: owner.id,
      scope: "INDICATORS_WRITE",
      expiresAt: expires,
      via: "dòng lệnh",
    });
    expect(JSON.stringify(audit.data)).not.toContain(token.slice(10));
  }, 60_000);

  const tomorrow = addDays(localDateKey(new Date()), 1);
  it.each([
    ["an unknown user", ["--user", "khong.co", "--name", "Hệ thống"], "Không có tài khoản đang hoạt động"],
    ["a missing --name", ["--user", "tthcc.haian"], "Thiếu --name"],
    ["a too short --name", ["--user", "tthcc.haian", "--name", "ab"], "ít nhất 3 ký tự"],
    ["a bad scope", ["--user", "tthcc.haian", "--name", "Hệ thống", "--scope", "write"], "chỉ nhận read hoặc indicators:write"],
    ["write for the chair", ["--user", "chutich.haian", "--name", "Hệ thống", "--scope", "indicators:write"], "chỉ được cấp khóa chỉ đọc"],
    [
      "write for a province account",
      ["--user", "tinh.haiphong", "--name", "Hệ thống", "--scope", "indicators:write"],
      "chỉ được cấp khóa chỉ đọc",
    ],
    ["a malformed date", ["--user", "tthcc.haian", "--name", "Hệ thống", "--expires", "31/12/2027"], "không phải một ngày hợp lệ"],
    ["today as the expiry", ["--user", "tthcc.haian", "--name", "Hệ thống", "--expires", localDateKey(new Date())], `từ ngày mai`],
    [
      "a date beyond 3 years",
      ["--user", "tthcc.haian", "--name", "Hệ thống", "--expires", addDays(tomorrow, 4 * 365)],
      "không được quá 3 năm",
    ],
    ["a missing --user", ["--name", "Hệ thống"], "Thiếu --user"],
  ])(
    "refuses %s: exit 2, the reason on stderr, nothing written",
    async (_what, args, message) => {
      const before = await counts();
      const r = await cli(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(message);
      expect(await counts()).toEqual(before);
    },
    60_000,
  );

  it("refuses an inactive account", async () => {
    await db.user.update({ where: { username: "vanphong.haian" }, data: { active: false } });
    try {
      const before = await counts();
      const r = await cli(["--user", "vanphong.haian", "--name", "Hệ thống"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Không có tài khoản đang hoạt động");
      expect(await counts()).toEqual(before);
    } finally {
      await db.user.update({ where: { username: "vanphong.haian" }, data: { active: true } });
    }
  }, 60_000);
});
