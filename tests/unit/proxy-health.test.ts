// The health checks and uploads stay outside proxy.ts (which answers 503 for everything while the database is
// down): liveness must answer then, and readiness names the failed dependency itself.
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

// Each matcher source is "/(<regex>)": Next.js matches the path against it as a whole.
const matches = (source: string, pathname: string) => new RegExp(`^${source}$`).test(pathname);
const pageMatcher = config.matcher[0]!.source;

describe("proxy.ts matcher", () => {
  it.each(["/api/health", "/api/ready", "/api/uploads"])("leaves %s to its route handler", (pathname) => {
    expect(matches(pageMatcher, pathname)).toBe(false);
  });

  it.each(["/", "/c/abc/nhiem-vu", "/api/files/abc", "/api/v1/communes"])("still covers %s", (pathname) => {
    expect(matches(pageMatcher, pathname)).toBe(true);
  });
});
