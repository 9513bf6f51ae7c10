// Every API v1 operation is served by a route file at its path that hands it to `serve`, and every
// route file under app/api/v1 serves a declared operation (or is the description itself).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/v1";

const routeFile = (apiPath: string) => path.join("app/api/v1", apiPath.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");

function routeFiles(dir = "app/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
  );
}

describe("API v1 route files", () => {
  it.each(ENDPOINTS.map((e) => [`${e.method} ${e.path}`, e] as const))("%s is served by its route file", (_name, e) => {
    const file = routeFile(e.path);
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, "utf8")).toMatch(new RegExp(`export const ${e.method} = serve\\(${e.id}\\)`));
  });

  it("has no route file without an operation (besides openapi.json and docs)", () => {
    const declared = new Set(ENDPOINTS.map((e) => routeFile(e.path)));
    const extra = routeFiles().filter((f) => !declared.has(f) && !/v1\/(openapi\.json|docs)\/route\.ts$/.test(f));
    expect(extra).toEqual([]);
  });

  it("declares each operation id and (method, path) once", () => {
    expect(new Set(ENDPOINTS.map((e) => e.id)).size).toBe(ENDPOINTS.length);
    expect(new Set(ENDPOINTS.map((e) => `${e.method} ${e.path}`)).size).toBe(ENDPOINTS.length);
  });
});
