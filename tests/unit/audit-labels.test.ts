import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABEL } from "@/lib/audit/labels";

/** Every `action: "…"` written to the audit log anywhere in lib/. */
function auditedActions(dir = "lib"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : auditedActions(p);
    if (!/\.tsx?$/.test(e.name)) return [];
    // Every dotted string literal on an `action:` line (some choose between two with a ternary).
    const lines = readFileSync(p, "utf8")
      .split("\n")
      .filter((l) => /\baction: /.test(l));
    return lines.flatMap((l) => [...l.matchAll(/"([a-z]+(?:\.[a-zA-Z]+)+)"/g)].map((m) => m[1]));
  });
}

describe("audit log labels", () => {
  it("every action the portal audits has a Vietnamese label for the log page and its filter", () => {
    const actions = [...new Set(auditedActions())].sort();
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((a) => !AUDIT_ACTION_LABEL[a])).toEqual([]);
  });
});
