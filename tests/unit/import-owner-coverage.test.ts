// Owner coverage of the three shared plans (docs/import.md "Owner coverage"): the draft read by
// parsePlanText, resolved against the seed's units as createPlanFromDraft does without a review
// (built-in wording → the units of those kinds, a proposal → the units whose names fit, a lead side
// left with nobody → the plan's standing office).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mappingOf, preselectMembers } from "@/lib/import/group-mappings";
import { parsePlanText } from "@/lib/import/parse-plan";
import type { GroupPhrase, PlanDraft } from "@/lib/import/types";
import { BUILTIN_GROUPS } from "@/lib/units/groups";
import { matchUnit } from "@/lib/units/match";
import { haLong } from "@/prisma/seed/ha-long";
import { haiAn } from "@/prisma/seed/hai-an";
import { thachKhoi } from "@/prisma/seed/thach-khoi";
import type { SeedCommune } from "@/prisma/seed/types";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../prisma/seed/plans/${name}`, import.meta.url)), "utf8");

type Coverage = { tasks: number; withOwner: number; fromWording: number; fallback: string[]; leadPairs: number };

function coverage(draft: PlanDraft, commune: SeedCommune): Coverage {
  const units = commune.units.map((u) => ({ ...u, id: u.name }));
  const mappings = preselectMembers(draft.groupMappings, units);
  const members = (p: GroupPhrase): string[] => {
    const t = mappingOf(mappings, p)?.target;
    if (t?.kind === "BUILTIN") {
      const kinds = BUILTIN_GROUPS.find((g) => g.kind === t.builtin)?.memberKinds ?? [];
      return units.filter((u) => kinds.includes(u.kind)).map((u) => u.name);
    }
    return t?.kind === "NEW" ? (t.memberIds ?? []) : [];
  };
  const result: Coverage = { tasks: draft.tasks.length, withOwner: 0, fromWording: 0, fallback: [], leadPairs: 0 };
  for (const t of draft.tasks) {
    const lead = new Set([...t.leadUnits.map((n) => matchUnit(n, units)?.name ?? n), ...t.leadGroups.flatMap(members)]);
    if (lead.size > 0) result.fromWording += 1;
    else if (draft.standingOffice) {
      lead.add(draft.standingOffice);
      result.fallback.push(t.code);
    }
    if (lead.size > 0) result.withOwner += 1;
    result.leadPairs += lead.size;
  }
  return result;
}

describe("owner coverage of the three shared plans (the numbers in docs/import.md)", () => {
  it("Hải An: every task has an owner; 28 from the document's wording, 4.1 from the standing office", () => {
    expect(coverage(parsePlanText(fixture("phuong-hai-an.txt")), haiAn)).toEqual({
      tasks: 29,
      withOwner: 29,
      fromWording: 28,
      fallback: ["4.1"],
      // Before groups (main at 6ed6430): 35, the offices of 2.1, 2.4 and 3.3.a were dropped; now 3 offices × 3 tasks more.
      leadPairs: 44,
    });
  });
  it("Thạch Khôi: every task has an owner (leads are the units the duties are written under)", () => {
    expect(coverage(parsePlanText(fixture("phuong-thach-khoi.txt")), thachKhoi)).toMatchObject({
      tasks: 22,
      withOwner: 22,
      fromWording: 22,
    });
  });
  it("Hà Long: every task has an owner", () => {
    expect(coverage(parsePlanText(fixture("xa-ha-long.txt")), haLong)).toEqual({
      tasks: 9,
      withOwner: 9,
      fromWording: 9,
      fallback: [],
      leadPairs: 11,
    });
  });
});
