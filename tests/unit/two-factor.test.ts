import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { open, seal } from "@/lib/accounts/secret-box";
import { daysLeftToEnrol, enrolmentDeadline, factorIsFresh, mustEnrolNow, secondFactorRequired } from "@/lib/accounts/second-factor";
import { hashRecoveryCode, matchTotp, newTotpSecret, normalizeTotpCode, totpQrSvg, totpUri } from "@/lib/accounts/totp";

const SECRET_A = "a".repeat(40);
const at = (iso: string) => new Date(iso);
const codeAt = (secret: string, d: Date) => generate({ secret, epoch: Math.floor(d.getTime() / 1000) });

describe("TOTP (RFC 6238)", () => {
  const secret = newTotpSecret();
  const now = at("2026-12-05T08:00:10Z");

  it("accepts the current code and the neighbouring steps (clock skew ±1), not two steps away", async () => {
    const step = Math.floor(now.getTime() / 30_000);
    expect(await matchTotp(secret, await codeAt(secret, now), null, now)).toBe(step);
    expect(await matchTotp(secret, await codeAt(secret, new Date(now.getTime() - 30_000)), null, now)).toBe(step - 1);
    expect(await matchTotp(secret, await codeAt(secret, new Date(now.getTime() + 30_000)), null, now)).toBe(step + 1);
    expect(await matchTotp(secret, await codeAt(secret, new Date(now.getTime() - 90_000)), null, now)).toBeNull();
  });

  it("refuses a code of a step already used (replay), and older ones", async () => {
    const code = await codeAt(secret, now);
    const step = (await matchTotp(secret, code, null, now))!;
    expect(await matchTotp(secret, code, step, now)).toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, new Date(now.getTime() - 30_000)), step, now)).toBeNull();
  });

  it("reads codes typed with spaces; refuses anything but six digits", () => {
    expect(normalizeTotpCode(" 123 456 ")).toBe("123456");
    expect(normalizeTotpCode("12345")).toBeNull();
    expect(normalizeTotpCode("abcdef")).toBeNull();
  });

  it("renders the otpauth address as an SVG QR code, locally", async () => {
    const uri = totpUri("chutich.haian", secret);
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*chutich\.haian\?.*secret=/);
    expect(await totpQrSvg(uri)).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it("hashes recovery codes the way they are typed back (case, dashes, spaces)", () => {
    expect(hashRecoveryCode("K7M2P-X9QRT")).toBe(hashRecoveryCode(" k7m2p x9qrt"));
    expect(hashRecoveryCode("k7m2p-x9qrt")).not.toBe(hashRecoveryCode("k7m2p-x9qrs"));
  });
});

describe("secret box", () => {
  it("opens what it sealed with the same key only", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", SECRET_A);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(sealed, SECRET_A)).toBe("JBSWY3DPEHPK3PXP");
    expect(open(sealed, "b".repeat(40))).toBeNull();
    // Altered ciphertext: its first character (the last one may only hold base64 padding bits).
    const [v, iv, tag, data] = sealed.split(".");
    const altered = `${data![0] === "A" ? "B" : "A"}${data!.slice(1)}`;
    expect(open([v, iv, tag, altered].join("."), SECRET_A)).toBeNull();
  });
});

describe("who must enrol, and when", () => {
  const policy = { twoFactorGraceDays: 14, twoFactorPolicySince: at("2026-12-01T00:00:00Z") };
  const account = (
    role: "CHAIR" | "UNIT_STAFF",
    extra: Partial<{ createdAt: Date; totpEnabledAt: Date; secondFactorResetAt: Date }> = {},
  ) => ({
    role,
    createdAt: at("2026-01-01T00:00:00Z"),
    totpEnabledAt: null,
    secondFactorResetAt: null,
    ...extra,
  });

  it("leaders and the province must; unit staff may", () => {
    expect(["ADMIN", "PROVINCE", "CHAIR", "COORDINATOR", "UNIT_STAFF"].map((r) => secondFactorRequired(r as never))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(enrolmentDeadline(account("UNIT_STAFF"), policy)).toBeNull();
  });

  it("the grace runs from the rule or the account's creation, the later", () => {
    expect(enrolmentDeadline(account("CHAIR"), policy)).toEqual(at("2026-12-15T00:00:00Z"));
    expect(enrolmentDeadline(account("CHAIR", { createdAt: at("2026-12-10T00:00:00Z") }), policy)).toEqual(at("2026-12-24T00:00:00Z"));
    expect(daysLeftToEnrol(account("CHAIR"), policy, at("2026-12-05T00:00:00Z"))).toBe(10);
    expect(mustEnrolNow(account("CHAIR"), policy, at("2026-12-14T23:59:59Z"))).toBe(false);
    expect(mustEnrolNow(account("CHAIR"), policy, at("2026-12-15T00:00:00Z"))).toBe(true);
  });

  it("an enrolled account owes nothing; a reset one must enrol at once", () => {
    expect(enrolmentDeadline(account("CHAIR", { totpEnabledAt: at("2026-12-02T00:00:00Z") }), policy)).toBeNull();
    expect(mustEnrolNow(account("CHAIR", { secondFactorResetAt: at("2026-12-03T00:00:00Z") }), policy, at("2026-12-03T00:00:01Z"))).toBe(
      true,
    );
  });

  it("a step-up is fresh for 12 hours", () => {
    const now = at("2026-12-05T20:00:00Z");
    expect(factorIsFresh(at("2026-12-05T08:00:01Z"), now)).toBe(true);
    expect(factorIsFresh(at("2026-12-05T08:00:00Z"), now)).toBe(false);
    expect(factorIsFresh(null, now)).toBe(false);
  });
});
