// Every server action names its permission from lib/auth/permissions.ts (issue 17: permissions in
// one room): a command that tests a role inline, or brings its own predicate, fails here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ActionDef } from "@/lib/actions/safe-action";
import * as permissions from "@/lib/auth/permissions";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** lib/<feature>[/<part>]/commands.ts and …/*-commands.ts: where actions are defined. */
function commandModules(dir = "lib", depth = 0): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((d) => {
      if (d.isDirectory()) return d.name === "generated" || depth > 1 ? [] : commandModules(`${dir}/${d.name}`, depth + 1);
      return depth > 0 && (d.name === "commands.ts" || d.name.endsWith("-commands.ts")) ? [`${dir}/${d.name}`] : [];
    })
    .sort();
}

type AnyDef = ActionDef<z.ZodType, unknown>;
const isActionDef = (v: unknown): v is AnyDef =>
  typeof v === "object" && v !== null && (v as AnyDef).schema instanceof z.ZodType && typeof (v as AnyDef).run === "function";

const defs = (
  await Promise.all(
    commandModules().map(async (file) => {
      const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      return Object.entries(exports)
        .filter(([, v]) => isActionDef(v))
        .map(([exported, v]) => ({ where: `${file}#${exported}`, def: v as AnyDef }));
    }),
  )
).flat();

const NAMED_CHECKS = new Set<unknown>(Object.values(permissions).filter((v) => typeof v === "function"));

describe("server actions and their permissions", () => {
  it("finds the actions of every command module", () => {
    expect(commandModules().length).toBeGreaterThanOrEqual(8);
    expect(defs.length).toBeGreaterThanOrEqual(32);
  });

  it.each(defs.map((d) => [d.where, d.def] as const))("%s names a check of lib/auth/permissions.ts", (_where, def) => {
    expect(typeof def.permission).toBe("function");
    expect(NAMED_CHECKS.has(def.permission), `${def.name}: permission is not an export of lib/auth/permissions.ts`).toBe(true);
    // A commune's action is checked on the commune, a province's on the province; one about neither only on the user.
    expect(def.permission.length).toBe(def.scope === "user" ? 1 : 2);
  });

  it.each(defs.map((d) => [d.where, d.def] as const))("%s is named <feature>.<verb>", (_where, def) => {
    expect(def.name).toMatch(/^[a-z][A-Za-z]+\.[a-z][A-Za-z]+$/); // feature in camelCase ("unitGroups")
  });

  it("gives every action a name of its own", () => {
    const names = defs.map((d) => d.def.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
