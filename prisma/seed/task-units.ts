// Which of the commune's units lead or help a transcribed task once its group wording is expanded
// (lib/units/group-wording.ts, the built-in groups of lib/units/groups.ts), as the demo seed's
// import assigns it: for tests that compare the database with the transcription.
import { BUILTIN_GROUPS } from "../../lib/units/groups";
import { readGroupWording } from "../../lib/units/group-wording";
import type { SeedCommune, SeedTask } from "./types";

function members(commune: SeedCommune, wording: readonly string[] = []): string[] {
  return wording.flatMap((w) => {
    const meaning = readGroupWording(w);
    const def = meaning?.kind === "BUILTIN" ? BUILTIN_GROUPS.find((g) => g.kind === meaning.builtin) : undefined;
    // A proposal (4.1's "Các đơn vị chủ trì quản lý, vận hành…") fits none of the seed's unit names: no members.
    return def ? commune.units.filter((u) => def.memberKinds.includes(u.kind)).map((u) => u.name) : [];
  });
}

/** Lead and helping units of a task, groups expanded; a lead is never also a helper. */
export function taskUnitNames(commune: SeedCommune, task: SeedTask): { lead: string[]; support: string[] } {
  const lead = [...new Set([...task.lead, ...members(commune, task.leadGroups)])];
  const support = [...new Set([...task.support, ...members(commune, task.supportGroups)])].filter((u) => !lead.includes(u));
  return { lead, support };
}
