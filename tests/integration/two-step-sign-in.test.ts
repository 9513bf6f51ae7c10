// Two-step sign-in against the real database: the password step (beginSignIn) and next-auth's
// authorize with the ticket and the code. The second step must be unreachable without the first,
// a code is accepted once, the login limit counts wrong codes, and enrolment at sign-in saves the
// secret and ten hashed recovery codes. Codes are computed from the secrets with otplib.
import { randomBytes } from "node:crypto";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { authOptions } = await import("@/lib/auth/options");
const { beginSignIn, confirmEnrolment } = await import("@/lib/auth/sign-in");
const { hashPassword } = await import("@/lib/auth/password");
const { PEER_HEADER } = await import("@/lib/auth/client-address");
const { newTotpSecret, sealTotpSecret, openTotpSecret, replaceRecoveryCodes, hashRecoveryCode } = await import("@/lib/accounts/totp");
const { getDb } = await import("@/lib/db");
const { testDb, truncateAll } = await import("./db");

const db = testDb();
const PASSWORD = "Dung@2025";
const UA = "Mozilla/5.0 (thử nghiệm) Chrome/130";
let passwordHash: string;

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ sid: string } | null>;
const authorizeRaw = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** A fresh client address per call, so that only the per-account limit is in play. */
const someIp = () => `10.${randomBytes(3).join(".")}`;
const headers = () => ({ [PEER_HEADER]: someIp(), "user-agent": UA });

/** authorize's answer: the session row, or the refusal (null → "null", a thrown code → the code). */
async function authorize(credentials: Record<string, string>) {
  try {
    const user = await authorizeRaw(credentials, { headers: headers() });
    return user ? await db.userSession.findUniqueOrThrow({ where: { id: user.sid } }) : "null";
  } catch (err) {
    return (err as Error).message;
  }
}

const step1 = (username: string, password = PASSWORD) => beginSignIn(db, { username, password }, someIp());

async function ticketOf(username: string, kind: "done" | "code" | "enrol") {
  const s = await step1(username);
  expect(s.kind).toBe(kind);
  return s as Extract<typeof s, { ticket: string }>;
}

let n = 0;
async function account(role: "UNIT_STAFF" | "CHAIR", extra: Record<string, unknown> = {}) {
  const username = `tk.${role.toLowerCase()}.${++n}`;
  const user = await db.user.create({ data: { username, fullName: `Tài khoản ${n}`, passwordHash, role, ...extra } });
  return { ...user, username };
}

/** An account with an enrolled authenticator; its secret for computing codes. */
async function enrolled(role: "UNIT_STAFF" | "CHAIR" = "CHAIR") {
  const secret = newTotpSecret();
  const user = await account(role, { totpSecret: sealTotpSecret(secret), totpEnabledAt: new Date() });
  return { ...user, secret };
}

const DAY = 86_400_000;

beforeAll(async () => {
  await truncateAll(db);
  passwordHash = await hashPassword(PASSWORD);
  // The rule has been in force for 60 days, with the default 14-day grace.
  await db.systemSettings.upsert({
    where: { id: 1 },
    create: { id: 1, twoFactorPolicySince: new Date(Date.now() - 60 * DAY) },
    update: { twoFactorPolicySince: new Date(Date.now() - 60 * DAY), twoFactorGraceDays: 14 },
  });
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

describe("bước 1: mật khẩu", () => {
  it("không có yếu tố thứ hai → done; đã đăng ký → code; đến hạn đăng ký → enrol; sai mật khẩu → từ chối", async () => {
    const staff = await account("UNIT_STAFF");
    const withTotp = await enrolled();
    const overdue = await account("CHAIR", { createdAt: new Date(Date.now() - 30 * DAY) });
    const newChair = await account("CHAIR"); // inside its grace period

    expect((await step1(staff.username)).kind).toBe("done");
    expect((await step1(newChair.username)).kind).toBe("done");
    expect((await step1(withTotp.username)).kind).toBe("code");
    const enrol = await step1(overdue.username);
    expect(enrol.kind).toBe("enrol");
    if (enrol.kind !== "enrol") throw new Error("unreachable");
    expect(enrol.qrSvg).toContain("<svg");
    // The ticket keeps the secret sealed, not in clear.
    const row = await db.signInTicket.findFirstOrThrow({ where: { userId: overdue.id } });
    expect(row.enrolSecret).not.toContain(enrol.secret);
    expect(openTotpSecret(row.enrolSecret!)).toBe(enrol.secret);

    expect(await step1(staff.username, "sai-mat-khau")).toEqual({ kind: "refused", error: "CredentialsSignin" });
    expect(await step1("khong.ton.tai")).toEqual({ kind: "refused", error: "CredentialsSignin" });
    // No session exists after the password step.
    expect(await db.userSession.count({ where: { userId: { in: [staff.id, withTotp.id, overdue.id] } } })).toBe(0);
  });

  it("giới hạn đăng nhập: sau 5 lần sai mật khẩu, mật khẩu đúng cũng bị từ chối", async () => {
    const staff = await account("UNIT_STAFF");
    for (let i = 0; i < 5; i++) expect((await step1(staff.username, `sai-${i}`)).kind).toBe("refused");
    expect(await step1(staff.username)).toEqual({ kind: "refused", error: "TooManyAttempts" });
  });
});

describe("bước 2: phiếu và mã", () => {
  it("phiếu giả, hết hạn, đã dùng hoặc của tài khoản khác: không có phiên", async () => {
    const staff = await account("UNIT_STAFF");
    const other = await account("UNIT_STAFF");
    const { ticket } = await ticketOf(staff.username, "done");
    const [id, sig] = ticket.split(".");
    expect(await authorize({ ticket: `${id}.${sig!.slice(0, -2)}xx` })).toBe("null");
    expect(await authorize({ ticket: `${randomBytes(18).toString("base64url")}.${sig}` })).toBe("null");
    // Another account's ticket id under this one's signature.
    const { ticket: otherTicket } = await ticketOf(other.username, "done");
    expect(await authorize({ ticket: `${otherTicket.split(".")[0]}.${sig}` })).toBe("null");

    const expired = await ticketOf(staff.username, "done");
    await db.signInTicket.update({ where: { id: expired.ticket.split(".")[0] }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authorize({ ticket: expired.ticket })).toBe("null");

    const first = await authorize({ ticket });
    expect(first).toMatchObject({ userId: staff.id, userAgent: UA, secondFactorAt: null });
    expect(await authorize({ ticket })).toBe("null"); // used
    expect(await db.userSession.count({ where: { userId: staff.id } })).toBe(1);
  });

  it("tài khoản có TOTP: phiếu cần mã; mã đúng mở phiên có secondFactorAt; mã của tài khoản khác bị từ chối", async () => {
    const a = await enrolled();
    const b = await enrolled();
    const { ticket } = await ticketOf(a.username, "code");
    expect(await authorize({ ticket })).toBe("null");
    expect(await authorize({ ticket, code: await generate({ secret: b.secret }) })).toBe("WrongCode");
    const session = await authorize({ ticket, code: await generate({ secret: a.secret }) });
    expect(session).toMatchObject({ userId: a.id, userAgent: UA });
    expect(typeof session === "object" && session.secondFactorAt).toBeInstanceOf(Date);
  });

  it("mật khẩu không thôi bị từ chối khi tài khoản có hoặc đến hạn yếu tố thứ hai; vẫn dùng được cho tài khoản khác", async () => {
    const a = await enrolled();
    const overdue = await account("CHAIR", { secondFactorResetAt: new Date() });
    const staff = await account("UNIT_STAFF");
    expect(await authorize({ username: a.username, password: PASSWORD })).toBe("null");
    expect(await authorize({ username: overdue.username, password: PASSWORD })).toBe("null");
    expect(await authorize({ username: staff.username, password: PASSWORD })).toMatchObject({ userId: staff.id, secondFactorAt: null });
    expect(await db.userSession.count({ where: { userId: { in: [a.id, overdue.id] } } })).toBe(0);
  });

  it("mã TOTP chỉ dùng một lần, kể cả hai yêu cầu cùng lúc: một phiên", async () => {
    const a = await enrolled();
    const code = await generate({ secret: a.secret });
    const t1 = await ticketOf(a.username, "code");
    const t2 = await ticketOf(a.username, "code");
    const both = await Promise.all([authorize({ ticket: t1.ticket, code }), authorize({ ticket: t2.ticket, code })]);
    expect(both.filter((r) => typeof r === "object")).toHaveLength(1);
    expect(both.filter((r) => r === "WrongCode")).toHaveLength(1);
    const t3 = await ticketOf(a.username, "code");
    expect(await authorize({ ticket: t3.ticket, code })).toBe("WrongCode");
    expect(await db.userSession.count({ where: { userId: a.id } })).toBe(1);
  });

  it("mã khôi phục dùng được một lần", async () => {
    const a = await enrolled();
    const codes = await db.$transaction((tx) => replaceRecoveryCodes(tx, a.id));
    const t1 = await ticketOf(a.username, "code");
    expect(await authorize({ ticket: t1.ticket, code: codes[3]!.toUpperCase() })).toMatchObject({ userId: a.id });
    const t2 = await ticketOf(a.username, "code");
    expect(await authorize({ ticket: t2.ticket, code: codes[3]! })).toBe("WrongCode");
    expect(await authorize({ ticket: t2.ticket, code: codes[4]! })).toMatchObject({ userId: a.id });
  });

  it("5 mã sai khóa tài khoản trong khung thời gian; mã đúng sau đó cũng bị từ chối", async () => {
    const a = await enrolled();
    const { ticket } = await ticketOf(a.username, "code");
    const right = await generate({ secret: a.secret });
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < 5; i++) expect(await authorize({ ticket, code: wrong })).toBe("WrongCode");
    expect(await authorize({ ticket, code: right })).toBe("TooManyAttempts");
    expect(await db.userSession.count({ where: { userId: a.id } })).toBe(0);
    // The password step is locked too.
    expect(await step1(a.username)).toEqual({ kind: "refused", error: "TooManyAttempts" });
  });
});

describe("đăng ký tại lúc đăng nhập", () => {
  for (const [label, extra] of [
    ["hết thời gian ân hạn", { createdAt: new Date(Date.now() - 30 * DAY) }],
    ["sau khi được đặt lại", { secondFactorResetAt: new Date(Date.now() - 60_000) }],
  ] as const) {
    it(`${label}: lưu khóa bí mật (mã hóa) và 10 mã khôi phục (băm), phiên ghi nhận yếu tố thứ hai`, async () => {
      const u = await account("CHAIR", { ...extra });
      const enrol = await ticketOf(u.username, "enrol");
      if (!("secret" in enrol)) throw new Error("unreachable");
      // The enrolment ticket does not open a session, with or without a code.
      expect(await authorize({ ticket: enrol.ticket })).toBe("null");
      expect(await authorize({ ticket: enrol.ticket, code: await generate({ secret: enrol.secret }) })).toBe("null");

      expect(await confirmEnrolment(db, { ticket: enrol.ticket, code: "000000x" }, someIp())).toEqual({ ok: false, error: "WrongCode" });
      const code = await generate({ secret: enrol.secret });
      const done = await confirmEnrolment(db, { ticket: enrol.ticket, code }, someIp());
      expect(done.ok).toBe(true);
      if (!done.ok) throw new Error("unreachable");
      expect(done.recoveryCodes).toHaveLength(10);
      expect(new Set(done.recoveryCodes).size).toBe(10);
      expect(await confirmEnrolment(db, { ticket: enrol.ticket, code }, someIp())).toEqual({ ok: false, error: "expired" });

      const saved = await db.user.findUniqueOrThrow({ where: { id: u.id }, include: { recoveryCodes: true } });
      expect(saved.totpEnabledAt).toBeInstanceOf(Date);
      expect(saved.totpSecret).not.toContain(enrol.secret);
      expect(openTotpSecret(saved.totpSecret!)).toBe(enrol.secret);
      expect(saved.totpLastStep).not.toBeNull();
      expect(saved.recoveryCodes.map((r) => r.codeHash).sort()).toEqual(done.recoveryCodes.map(hashRecoveryCode).sort());
      expect(saved.recoveryCodes.some((r) => done.recoveryCodes.includes(r.codeHash))).toBe(false);
      const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: u.id, action: "account.enableTwoFactor" } });
      expect(audit.data).toEqual({ via: "Đăng nhập" });

      const session = await authorize({ ticket: enrol.ticket });
      expect(session).toMatchObject({ userId: u.id, userAgent: UA });
      expect(typeof session === "object" && session.secondFactorAt).toBeInstanceOf(Date);
      // Next time: the code step, and the enrolment's code is not accepted again.
      const next = await ticketOf(u.username, "code");
      expect(await authorize({ ticket: next.ticket, code })).toBe("WrongCode");
    });
  }
});
