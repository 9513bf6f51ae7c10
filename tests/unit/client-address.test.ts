import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, trustedProxies } from "@/lib/auth/client-address";

const proxies = trustedProxies(["10.0.0.2", "192.168.0.0/16", "::1"]);
const from = (peer: string | undefined, xff?: string) => clientAddress({ [PEER_HEADER]: peer, "x-forwarded-for": xff }, proxies);

describe("clientAddress", () => {
  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(from("203.0.113.9", "1.2.3.4")).toBe("203.0.113.9");
    expect(from("::ffff:203.0.113.9", "1.2.3.4")).toBe("203.0.113.9");
  });

  it("takes the nearest untrusted hop when the peer is a trusted proxy", () => {
    expect(from("10.0.0.2", "198.51.100.7")).toBe("198.51.100.7");
    // The client wrote "1.2.3.4" itself; the proxies appended what they saw.
    expect(from("10.0.0.2", "1.2.3.4, 198.51.100.7, 192.168.4.4")).toBe("198.51.100.7");
    expect(from("::1", "2001:db8::5")).toBe("2001:db8::5");
  });

  it("falls back to the peer when the header is missing, malformed or only proxies", () => {
    expect(from("10.0.0.2")).toBe("10.0.0.2");
    expect(from("10.0.0.2", "không-phải-ip")).toBe("10.0.0.2");
    expect(from("10.0.0.2", "192.168.1.1")).toBe("10.0.0.2");
  });

  it("says 'unknown' without a peer address (the hook did not run)", () => {
    expect(from(undefined, "1.2.3.4")).toBe("unknown");
    expect(from("rác", "1.2.3.4")).toBe("unknown");
  });

  it("trusts nothing by default", () => {
    expect(clientAddress({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "1.2.3.4" }, trustedProxies([]))).toBe("127.0.0.1");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or a range", () => {
    expect(() => trustedProxies(["proxy.local"])).toThrow("địa chỉ không hợp lệ");
    expect(() => trustedProxies(["10.0.0.0/abc"])).toThrow("địa chỉ không hợp lệ");
  });
});
