// Quản trị → Kết nối hệ thống: tokens created and revoked through the server actions by real demo
// accounts, then used on the API (the same gate as the route files). Tenants, scopes, the one-time
// token (never stored nor audited in clear), racing revokes, the expiry through the chosen local day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import { createAnyApiToken, createApiToken, revokeAnyApiToken, revokeApiToken, type NewToken } from "@/lib/api-tokens/commands";
import { tokenExpiresAt } from "@/lib/api-tokens/expiry";
import { allTokens, communeTokens } from "@/lib/api-tokens/queries";
import { addDays, localDateKey } from "@/lib/dates";
import type { Db } from "@/lib/db";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { api } from "./api-support";

let db: Db;
let haiAn: string;
let thachKhoi: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  for (const u of await db.user.findMany({ select: { id: true, username: true } })) ids[u.username] = u.id;
});
afterAll(async () => {
  await db.$disconnect();
});

const as = async (username: string) => viewer(db, username);
const tomorrow = () => addDays(localDateKey(new Date()), 1);

function made(r: ActionResult<NewToken>): NewToken {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.data;
}

async function create(actor: string, owner: string, extra: Record<string, unknown> = {}) {
  return executeAction(
    createApiToken,
    await as(actor),
    { communeId: haiAn, userId: ids[owner], name: "Hệ thống một cửa tỉnh", scope: "READ", expires: "", ...extra },
    db,
  );
}

const communeIds = (r: { json: () => unknown }) => (r.json() as { data: { id: string }[] }).data.map((c) => c.id).sort();

describe("API tokens: who creates which", () => {
  it("the standing office creates a token for its own staff: the token works once shown, on its commune only", async () => {
    const t = made(await create("vhxh.haian", "tthcc.haian"));
    expect(t.token).toMatch(/^cds_/);
    expect(t.ownerUsername).toBe("tthcc.haian");
    const r = await api(db, "/api/v1/communes", { token: t.token });
    expect(r.status).toBe(200);
    expect(communeIds(r)).toEqual([haiAn]);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: t.id } });
    expect(row).toMatchObject({
      userId: ids["tthcc.haian"],
      communeId: haiAn,
      createdById: ids["vhxh.haian"],
      scope: "READ",
      expiresAt: null,
    });
  });

  it("an owner of another commune is not found, for the action it is no different from a missing account", async () => {
    const r = await create("vhxh.haian", "tthcc.thachkhoi");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe("NOT_FOUND");
    const missing = await create("vhxh.haian", "khongco");
    expect(!missing.ok && missing.code).toBe("VALIDATION"); // no id at all: the schema's "Thiếu mã định danh"
    expect(await db.apiToken.count({ where: { userId: ids["tthcc.thachkhoi"] } })).toBe(0);
  });

  it("the chair and unit staff may not manage tokens; another commune's manager does not see this commune", async () => {
    for (const u of ["chutich.haian", "tthcc.haian", "vanphong.haian"]) {
      const r = await create(u, "tthcc.haian");
      expect(!r.ok && r.code, u).toBe("FORBIDDEN");
    }
    const foreign = await create("vhxh.thachkhoi", "tthcc.haian");
    expect(!foreign.ok && foreign.code).toBe("NOT_FOUND");
    const province = await create("tinh.haiphong", "tthcc.haian");
    expect(!province.ok && province.code).toBe("FORBIDDEN");
  });

  it("refuses the write scope to an owner who may not enter KPI values (the chair), in Vietnamese, writing nothing", async () => {
    const before = await db.apiToken.count();
    const r = await create("vhxh.haian", "chutich.haian", { scope: "INDICATORS_WRITE" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("VALIDATION");
      expect(r.fieldErrors?.scope?.[0]).toContain("chỉ đọc");
    }
    expect(await db.apiToken.count()).toBe(before);
    // Unit staff enter their KPIs' values: they may hold it.
    expect(made(await create("vhxh.haian", "tthcc.haian", { scope: "INDICATORS_WRITE" })).scope).toBe("INDICATORS_WRITE");
  });

  it("refuses an expiry today or more than 3 years ahead", async () => {
    for (const expires of [localDateKey(new Date()), addDays(localDateKey(new Date()), 3 * 366 + 1)]) {
      const r = await create("vhxh.haian", "tthcc.haian", { expires });
      expect(!r.ok && r.fieldErrors?.expires?.[0], expires).toMatch(/Ngày hết hạn/);
    }
  });

  it("an admin creates a province user's token: it sees that province's communes; admin and province tokens may be made there only", async () => {
    const admin = await as("admin");
    const t = made(
      await executeAction(
        createAnyApiToken,
        admin,
        { userId: ids["tinh.haiphong"], name: "Sở TT&TT Hải Phòng", scope: "READ", expires: "" },
        db,
      ),
    );
    expect(communeIds(await api(db, "/api/v1/communes", { token: t.token }))).toEqual([haiAn, thachKhoi].sort());
    const write = await executeAction(
      createAnyApiToken,
      admin,
      { userId: ids["tinh.haiphong"], name: "Sở TT&TT", scope: "INDICATORS_WRITE", expires: "" },
      db,
    );
    expect(!write.ok && write.code).toBe("VALIDATION");
    // An admin enters KPI values everywhere: an admin's own token may write.
    expect(
      made(
        await executeAction(
          createAnyApiToken,
          admin,
          { userId: ids.admin, name: "Đồng bộ toàn quốc", scope: "INDICATORS_WRITE", expires: "" },
          db,
        ),
      ).scope,
    ).toBe("INDICATORS_WRITE");
    // The commune's manager cannot use the admin's action.
    const coordinator = await executeAction(
      createAnyApiToken,
      await as("vhxh.haian"),
      { userId: ids["tinh.haiphong"], name: "Thử", scope: "READ", expires: "" },
      db,
    );
    expect(!coordinator.ok && coordinator.code).toBe("FORBIDDEN");
  });
});

describe("API tokens: revoking", () => {
  it("a revoked token is refused (401); revoking again says so and changes nothing", async () => {
    const t = made(await create("vhxh.haian", "vanphong.haian"));
    expect((await api(db, "/api/v1/communes", { token: t.token })).status).toBe(200);
    const first = await executeAction(revokeApiToken, await as("vhxh.haian"), { communeId: haiAn, tokenId: t.id }, db);
    expect(first.ok).toBe(true);
    expect((await api(db, "/api/v1/communes", { token: t.token })).status).toBe(401);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: t.id } });
    const again = await executeAction(revokeApiToken, await as("vhxh.haian"), { communeId: haiAn, tokenId: t.id }, db);
    expect(!again.ok && again.message).toContain("đã được thu hồi");
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: t.id } })).toEqual(row);
    expect(await db.auditLog.count({ where: { action: "apiTokens.revoke", entityId: t.id } })).toBe(1);
  });

  it("a token of another commune is not found for the commune's manager; the admin revokes any", async () => {
    const other = made(
      await executeAction(
        createApiToken,
        await as("vhxh.thachkhoi"),
        { communeId: thachKhoi, userId: ids["tthcc.thachkhoi"], name: "Một cửa Thạch Khôi", scope: "READ", expires: "" },
        db,
      ),
    );
    const viaOwnCommune = await executeAction(revokeApiToken, await as("vhxh.haian"), { communeId: haiAn, tokenId: other.id }, db);
    expect(!viaOwnCommune.ok && viaOwnCommune.code).toBe("NOT_FOUND");
    const viaOtherCommune = await executeAction(revokeApiToken, await as("vhxh.haian"), { communeId: thachKhoi, tokenId: other.id }, db);
    expect(!viaOtherCommune.ok && viaOtherCommune.code).toBe("NOT_FOUND");
    expect((await api(db, "/api/v1/communes", { token: other.token })).status).toBe(200);
    expect((await executeAction(revokeAnyApiToken, await as("admin"), { tokenId: other.id }, db)).ok).toBe(true);
    expect((await api(db, "/api/v1/communes", { token: other.token })).status).toBe(401);
  });

  it("two revokes at once: one succeeds, the other is told the token is already revoked", async () => {
    const t = made(await create("vhxh.haian", "tthcc.haian"));
    const [a, b] = await Promise.all([
      executeAction(revokeApiToken, await as("vhxh.haian"), { communeId: haiAn, tokenId: t.id }, db),
      executeAction(revokeAnyApiToken, await as("admin"), { tokenId: t.id }, db),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = [a, b].find((r) => !r.ok);
    expect(loser && !loser.ok && loser.message).toContain("đã được thu hồi");
    expect(await db.auditLog.count({ where: { action: "apiTokens.revoke", entityId: t.id } })).toBe(1);
  });
});

describe("API tokens: the token is shown once", () => {
  it("appears in no audit row and not in the lists; the lists show owner, state and use", async () => {
    const t = made(await create("vhxh.haian", "tthcc.haian", { name: "Kho dữ liệu phường" }));
    await api(db, "/api/v1/communes", { token: t.token });
    const audit = await db.auditLog.findMany({ where: { entityId: t.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["api.request", "apiTokens.create"]);
    const created = audit.find((a) => a.action === "apiTokens.create")!;
    expect(created.data).toEqual({ tokenName: "Kho dữ liệu phường", ownerId: ids["tthcc.haian"], scope: "READ", expiresAt: null });
    const secret = t.token.slice(10);
    expect(await db.auditLog.count({ where: { data: { string_contains: secret } } })).toBe(0);
    const everyRow = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditLog" a WHERE strpos(a::text, ${secret}) > 0`;
    expect(everyRow[0]!.n).toBe(0);
    expect(await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ApiToken" a WHERE strpos(a::text, ${secret}) > 0`).toEqual([
      { n: 0 },
    ]);

    const list = await communeTokens(haiAn, new Date(), db);
    expect(JSON.stringify(list)).not.toContain(secret);
    const row = list.find((r) => r.id === t.id)!;
    expect(row).toMatchObject({
      name: "Kho dữ liệu phường",
      prefix: t.prefix,
      scopeLabel: "Chỉ đọc",
      state: { kind: "active" },
      usesLast30Days: 1,
    });
    expect(row.owner).toMatchObject({ username: "tthcc.haian", role: "UNIT_STAFF" });
    expect(row.lastUsedAt).not.toBeNull();
    expect(list.every((r) => r.communeName === "Phường Hải An")).toBe(true);
    const revoked = list.find((r) => r.state.kind === "revoked");
    expect(revoked?.state).toMatchObject({ kind: "revoked", by: expect.any(String) });

    const all = await allTokens(new Date(), db);
    expect(JSON.stringify(all)).not.toContain(secret);
    const province = all.find((r) => r.owner.username === "tinh.haiphong")!;
    expect(province).toMatchObject({ communeName: null, provinceName: "Thành phố Hải Phòng" });
  });
});

describe("API tokens: expiry", () => {
  it("a token expiring on a day works through that whole local day and not after", async () => {
    const day = tomorrow();
    const t = made(await create("vhxh.haian", "tthcc.haian", { expires: day }));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: t.id } });
    expect(row.expiresAt).toEqual(tokenExpiresAt(day));
    const lastMinute = new Date(`${day}T23:59:00+07:00`);
    expect((await api(db, "/api/v1/communes", { token: t.token, now: lastMinute })).status).toBe(200);
    const nextDay = new Date(`${addDays(day, 1)}T00:00:00+07:00`);
    const r = await api(db, "/api/v1/communes", { token: t.token, now: nextDay });
    expect(r.status).toBe(401);
    expect((r.json() as { detail: string }).detail).toContain("hết hạn");
    const listed = (await communeTokens(haiAn, nextDay, db)).find((x) => x.id === t.id);
    expect(listed?.state.kind).toBe("expired");
  });
});
