import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/import is the plan import feature, not a library: shared helpers live in lib/text.ts,
// lib/units/ and lib/indicators/vocabulary.ts (issue 17). Only the feature's own code may import it.
// The province plan import (issue 20) is the same importer's second door: it reads the document
// with the same reader and parser, so its two modules are part of the feature.
const FEATURE = [
  "lib/import/",
  "components/import/",
  "app/c/[communeId]/ke-hoach/nhap/",
  "lib/province-plans/import-commands.ts",
  "lib/province-plans/from-draft.ts",
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The repository path an import specifier of `file` names ("@/lib/x", "../x"), or null for a package. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.join(path.posix.dirname(file), specifier);
  return null;
}

/** Imports (static, dynamic, re-exports) of files outside the feature that land in lib/import. */
function importsIntoImport(file: string, text: string): string[] {
  if (FEATURE.some((f) => file.startsWith(f))) return [];
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)"([^"]+)"/g)].map((m) => m[1]!); // the group always matches
  return specifiers.filter((s) => `${target(file, s)}/`.startsWith("lib/import/")).map((s) => `${file} → ${s}`);
}

describe("the plan import is a feature, not a library", () => {
  it("recognises an import into lib/import in each form it can be written", () => {
    expect(importsIntoImport("lib/tasks/filters.ts", 'import { x } from "../import/text";')).toHaveLength(1);
    expect(importsIntoImport("lib/tasks/filters.ts", 'export { x } from "@/lib/import/types";')).toHaveLength(1);
    expect(importsIntoImport("components/a/b.tsx", 'const m = () => import("@/lib/import");')).toHaveLength(1);
    expect(importsIntoImport("lib/import/apply.ts", 'import { x } from "./units";')).toEqual([]);
    expect(importsIntoImport("lib/indicators/a.ts", 'import { x } from "@/lib/imports/x";')).toEqual([]);
  });

  it("no module outside lib/import, components/import and the import pages imports lib/import", () => {
    const files = ["lib", "components", "app"].flatMap((d) => sources(d));
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((f) => importsIntoImport(f, readFileSync(f, "utf8")));
    expect(offending).toEqual([]);
  });
});
