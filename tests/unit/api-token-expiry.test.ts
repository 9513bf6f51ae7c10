// A token's expiry day: from tomorrow to 3 years ahead (local days, Asia/Ho_Chi_Minh), and the token
// works through the whole chosen day.
import { describe, expect, it } from "vitest";
import { expiryDayProblem, latestExpiryDay, tokenExpiresAt } from "@/lib/api-tokens/expiry";

// 23:30 on 05/12/2026 in Việt Nam is still 05/12 there, already 16:30 UTC.
const now = new Date("2026-12-05T16:30:00Z");

describe("API token expiry", () => {
  it("expires at the local midnight after the chosen day", () => {
    expect(tokenExpiresAt("2027-12-31").toISOString()).toBe("2027-12-31T17:00:00.000Z");
  });

  it("refuses today and earlier days, accepts tomorrow (local days)", () => {
    expect(expiryDayProblem("2026-12-05", now)).toMatch(/từ ngày mai \(06\/12\/2026\)/);
    expect(expiryDayProblem("2026-01-01", now)).not.toBeNull();
    expect(expiryDayProblem("2026-12-06", now)).toBeNull();
  });

  it("accepts up to 3 years ahead, not a day more", () => {
    expect(latestExpiryDay(now)).toBe("2029-12-05");
    expect(expiryDayProblem("2029-12-05", now)).toBeNull();
    expect(expiryDayProblem("2029-12-06", now)).toMatch(/không được quá 3 năm, muộn nhất là 05\/12\/2029/);
  });

  it("counts 3 years from a 29 February to the 1 March", () => {
    expect(latestExpiryDay(new Date("2028-02-29T05:00:00Z"))).toBe("2031-03-01");
  });
});
