// The plans of synthetic communes are made from the three real plans (prisma/seed/*.ts): same groups,
// task wording, deadline wording and lead/helping units. A commune takes one of them as its model and
// repeats its tasks ("… (đợt 2)") until it has as many as asked, each copy keeping its group.
import { haiAn } from "../../prisma/seed/hai-an";
import { haLong } from "../../prisma/seed/ha-long";
import { thachKhoi } from "../../prisma/seed/thach-khoi";
import type { SeedCommune, SeedDeadline } from "../../prisma/seed/types";
import { must } from "../../lib/must";
import type { Rng } from "./prng";
import { SYNTHETIC_UNITS, unitKeyOf, type CommuneKind } from "./units";

export type TemplateTask = {
  code: string;
  title: string;
  description: string;
  expectedOutput: string | null;
  leadKeys: string[];
  supportKeys: string[];
  supportText: string | null;
  deadline: SeedDeadline;
};

export type TemplateGroup = { code: string; title: string; tasks: TemplateTask[] };

export type TemplatePlan = { source: SeedCommune; groups: TemplateGroup[] };

function toTemplate(c: SeedCommune): TemplatePlan {
  return {
    source: c,
    groups: c.plan.groups.map((g) => ({
      code: g.code,
      title: g.title,
      tasks: g.tasks.map((t) => ({
        code: t.code,
        title: t.title,
        description: t.description,
        expectedOutput: t.expectedOutput ?? null,
        leadKeys: [...new Set(t.lead.map(unitKeyOf))],
        supportKeys: [...new Set(t.support.map(unitKeyOf))],
        supportText: t.supportText ?? null,
        deadline: t.deadline,
      })),
    })),
  };
}

export const TEMPLATE_PLANS = { haiAn: toTemplate(haiAn), thachKhoi: toTemplate(thachKhoi), haLong: toTemplate(haLong) };

/** Two wards' plans are longer than the commune's: a commune is a little more likely to copy them. */
export function pickTemplate(rng: Rng): TemplatePlan {
  return TEMPLATE_PLANS[rng.weighted({ haiAn: 45, thachKhoi: 35, haLong: 20 })];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

// "xã" as a word, not the "xã" of "xã hội"; JavaScript's \b does not know Vietnamese letters.
const XA_WORD = /(^|[\s(“"])([Xx])ã(?! hội)(?=$|[\s,.;:)”"])/g;
const PHUONG_WORD = /(^|[\s(“"])([Pp])hường(?=$|[\s,.;:)”"])/g;

/** A template text written for the model commune, reworded for the synthetic one. */
export function localise(text: string, template: TemplatePlan, communeName: string, kind: CommuneKind): string {
  const model = template.source.name; // "Phường Hải An"
  let out = text.replaceAll(model, communeName).replaceAll(lowerFirst(model), lowerFirst(communeName));
  if (template.source.kind !== kind) {
    out =
      kind === "COMMUNE"
        ? out.replace(PHUONG_WORD, (_m, pre: string, p: string) => `${pre}${p === "P" ? "X" : "x"}ã`)
        : out.replace(XA_WORD, (_m, pre: string, x: string) => `${pre}${x === "X" ? "P" : "p"}hường`);
  }
  return out;
}

export type PlannedTask = TemplateTask & { groupIndex: number; sortOrder: number };

/**
 * `count` tasks in the model's groups. Fewer than the model has: an even selection across groups.
 * More: the model's tasks again as later rounds, numbered after the group's own tasks.
 */
export function planTasks(template: TemplatePlan, count: number, rng: Rng): PlannedTask[] {
  const flat = template.groups.flatMap((g, groupIndex) => g.tasks.map((t) => ({ t, groupIndex, group: g })));
  const at = (i: number) => must(flat[i], `mẫu kế hoạch ${template.source.key} không có nhiệm vụ`);
  const chosen =
    count <= flat.length
      ? Array.from({ length: count }, (_, i) => ({ ...at(Math.floor((i * flat.length) / count)), round: 1 }))
      : Array.from({ length: count }, (_, i) => ({ ...at(i % flat.length), round: Math.floor(i / flat.length) + 1 }));

  const used = new Set(flat.map((f) => f.t.code));
  const nextInGroup = template.groups.map((g) => g.tasks.length);
  const tasks = chosen.map(({ t, groupIndex, group, round }) => {
    let code = t.code;
    let title = t.title;
    if (round > 1) {
      // Plans number tasks "3.10" inside group "3", or plainly "10" when the group is "VI".
      const numbered = group.tasks.every((x) => x.code.startsWith(`${group.code}.`));
      let n = nextInGroup[groupIndex] ?? group.tasks.length; // one entry per group, set above
      do code = numbered ? `${group.code}.${++n}` : String(++n);
      while (used.has(code));
      nextInGroup[groupIndex] = n;
      used.add(code);
      title = `${t.title} (đợt ${round})`;
    }
    return { ...t, code, title, leadKeys: t.leadKeys, supportKeys: withExtraSupport(t, rng), groupIndex };
  });
  // Tasks of a group stay together in the plan's order, as in the document.
  return tasks
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.groupIndex - b.t.groupIndex || a.i - b.i)
    .map(({ t }, sortOrder) => ({ ...t, sortOrder }));
}

/** Real plans rarely name a helping unit; give some tasks one or two so contributions exist. */
function withExtraSupport(t: TemplateTask, rng: Rng): string[] {
  const support = new Set(t.supportKeys);
  if (rng.chance(0.45)) {
    const extra = rng.int(1, 2);
    for (let i = 0; i < extra; i++) {
      const key = rng.pick(SYNTHETIC_UNITS).key;
      if (!t.leadKeys.includes(key)) support.add(key);
    }
  }
  return [...support];
}
