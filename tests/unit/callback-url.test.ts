import { describe, expect, it } from "vitest";
import { callbackUrlAcceptable, safeRedirect } from "@/lib/auth/callback-url";

const BASE = "http://cds.example.gov.vn";

describe("safeRedirect", () => {
  it("keeps paths and URLs of the portal's own origin", () => {
    expect(safeRedirect("/", BASE)).toBe(`${BASE}/`);
    expect(safeRedirect("/c/abc?x=1", BASE)).toBe(`${BASE}/c/abc?x=1`);
    expect(safeRedirect(`${BASE}/login`, BASE)).toBe(`${BASE}/login`);
  });

  it.each([
    "javascript:alert(1)",
    "rác không phải địa chỉ",
    "http://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "https://cds.example.gov.vn.evil.example/",
    "",
  ])("refuses %j", (url) => expect(safeRedirect(url, BASE)).toBeNull());
});

describe("callbackUrlAcceptable", () => {
  const post = (type: string, body: string, query = "") =>
    new Request(`${BASE}/api/auth/callback/credentials${query}`, { method: "POST", headers: { "content-type": type }, body });

  it("accepts requests without a callbackUrl or with a safe one", async () => {
    expect(await callbackUrlAcceptable(new Request(`${BASE}/api/auth/csrf`), BASE)).toBe(true);
    expect(await callbackUrlAcceptable(post("application/x-www-form-urlencoded", "callbackUrl=%2F&json=true"), BASE)).toBe(true);
    expect(await callbackUrlAcceptable(post("application/json", JSON.stringify({ callbackUrl: "/login" })), BASE)).toBe(true);
  });

  it("refuses a bad callbackUrl in the query, the form or a JSON body, and a JSON body that does not parse", async () => {
    expect(await callbackUrlAcceptable(new Request(`${BASE}/api/auth/signin?callbackUrl=r%C3%A1c`), BASE)).toBe(false);
    expect(await callbackUrlAcceptable(post("application/x-www-form-urlencoded", "callbackUrl=http%3A%2F%2Fevil"), BASE)).toBe(false);
    expect(await callbackUrlAcceptable(post("application/json", JSON.stringify({ callbackUrl: 5 })), BASE)).toBe(false);
    expect(await callbackUrlAcceptable(post("application/json", "{"), BASE)).toBe(false);
  });

  it("leaves the body readable for next-auth", async () => {
    const req = post("application/x-www-form-urlencoded", "callbackUrl=%2F");
    await callbackUrlAcceptable(req, BASE);
    expect(await req.text()).toBe("callbackUrl=%2F");
  });
});
