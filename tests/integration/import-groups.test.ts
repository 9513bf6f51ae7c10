// Collective wording in an imported plan becomes unit groups: the review's choices are checked and
// applied in one transaction, and a re-import keeps the groups a task names.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { evidenceDir } from "@/lib/files/storage";
import { applyImport, uploadPlan } from "@/lib/import/commands";
import { getReimportPreview } from "@/lib/import/queries";
import type { GroupMapping, GroupTarget, PlanDraft } from "@/lib/import/types";
import { readAssignment, writeAssignment } from "@/lib/tasks/assignment";
import { file } from "../support/files";
import { planText } from "../support/documents";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
const PROPOSAL = "Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin";
let haiAn: string;
let office: Viewer;
const unitId = async (name: string, communeId = haiAn) => (await db.unit.findFirstOrThrow({ where: { communeId, name } })).id;

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  office = await viewer(db, "vhxh.haian");
});
afterAll(async () => {
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

const run = <T>(def: Parameters<typeof executeAction>[0], input: unknown) =>
  executeAction(def, office, input, db) as Promise<ActionResult<T>>;

async function upload(planId?: string) {
  const res = await run<{ importId: string }>(uploadPlan, {
    communeId: haiAn,
    file: file(Buffer.from(planText("phuong-hai-an.txt")), "ke-hoach-hai-an.txt"),
    ...(planId ? { planId } : {}),
  });
  if (!res.ok) throw new Error(res.message);
  const row = await db.planImport.findUniqueOrThrow({ where: { id: res.data.importId } });
  return { id: row.id, draft: row.draft as unknown as PlanDraft };
}

const withTarget = (draft: PlanDraft, wording: string, target: GroupTarget): PlanDraft => ({
  ...draft,
  groupMappings: draft.groupMappings.map((m): GroupMapping => (m.wording === wording ? { ...m, target } : m)),
});

const counts = async () => ({
  plans: await db.plan.count({ where: { communeId: haiAn } }),
  groups: await db.unitGroup.count({ where: { communeId: haiAn } }),
  tasks: await db.task.count({ where: { communeId: haiAn } }),
});

async function taskOf(planId: string, code: string) {
  return db.task.findFirstOrThrow({
    where: { planId, code },
    include: { units: { include: { unit: true } }, unitGroups: { include: { group: true } }, parts: true },
  });
}

describe("the demo seed (imported without a review)", () => {
  it("maps “Các phòng … UBND phường” to the built-in offices group; 4.1's proposal fits no unit, so the standing office leads it", async () => {
    const plan = await db.plan.findFirstOrThrow({ where: { communeId: haiAn, sourceFile: { not: null } } });
    const t21 = await taskOf(plan.id, "2.1");
    expect(t21.unitGroups.map((g) => [g.role, g.group.kind])).toEqual([["LEAD", "OFFICES"]]);
    expect(
      t21.units
        .filter((u) => u.role === "LEAD")
        .map((u) => u.unit.name)
        .sort(),
    ).toEqual(["Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND"].sort());
    expect(t21.parts).toHaveLength(4);
    const t41 = await taskOf(plan.id, "4.1");
    expect(t41.unitGroups).toEqual([]);
    expect(t41.units.filter((u) => u.role === "LEAD").map((u) => u.unit.name)).toEqual(["Phòng Văn hóa - Xã hội"]);
    expect(t41.description).toContain(`Chủ trì thực hiện: ${PROPOSAL}.`);
    const t11 = await taskOf(plan.id, "1.1");
    expect(t11.unitGroups.map((g) => [g.role, g.group.kind])).toEqual([["SUPPORT", "OFFICES"]]);
    expect(t11.supportText).toBe("Các đơn vị có liên quan");
  });
});

describe("review → apply with a proposed group", () => {
  let planId: string;
  let importId: string;
  let draft: PlanDraft;

  it("the upload proposes the group with the units whose names fit (none here) and maps the built-in wording", async () => {
    ({ id: importId, draft } = await upload());
    const proposal = draft.groupMappings.find((m) => m.wording === PROPOSAL);
    expect(proposal?.target).toMatchObject({
      kind: "NEW",
      name: "Các đơn vị quản lý, vận hành nền tảng số, hệ thống thông tin",
      memberIds: [],
    });
    expect(draft.groupMappings.filter((m) => m.target.kind === "BUILTIN")).toHaveLength(3);
  });

  it("bad choices are refused in Vietnamese and write nothing", async () => {
    const before = await counts();
    const foreignUnit = await unitId("Văn phòng HĐND và UBND", (await communeByName(db, "Xã Hà Long")).id);
    const foreignGroup = await db.unitGroup.findFirstOrThrow({ where: { communeId: { not: haiAn } } });
    const cases: [GroupTarget, RegExp][] = [
      [{ kind: "NEW", name: "Nhóm nền tảng số", keyTerms: [], memberIds: [foreignUnit] }, /không thuộc xã\/phường này/],
      [{ kind: "NEW", name: "Nhóm nền tảng số", keyTerms: [], memberIds: [] }, /chọn ít nhất một đơn vị/],
      [
        { kind: "NEW", name: "Các phòng chuyên môn thuộc UBND phường", keyTerms: [], memberIds: [await unitId("Công an phường")] },
        /Đã có nhóm/,
      ],
      [{ kind: "EXISTING", groupId: foreignGroup.id }, /không thuộc xã\/phường này/],
    ];
    for (const [target, message] of cases) {
      const r = await run(applyImport, { communeId: haiAn, importId, draft: JSON.stringify(withTarget(draft, PROPOSAL, target)) });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
      if (!r.ok) expect([r.message, ...Object.values(r.fieldErrors ?? {}).flat()].join(" ")).toMatch(message);
      expect(await counts()).toEqual(before);
    }
  });

  it("apply creates the group with the chosen members, and the tasks' leads and parts", async () => {
    const members = [await unitId("Văn phòng HĐND và UBND"), await unitId("Trung tâm Phục vụ hành chính công")];
    const reviewed = withTarget(draft, PROPOSAL, {
      kind: "NEW",
      name: "Các đơn vị vận hành nền tảng số",
      keyTerms: [],
      memberIds: members,
    });
    const r = await run<{ planId: string }>(applyImport, { communeId: haiAn, importId, draft: JSON.stringify(reviewed) });
    if (!r.ok) throw new Error(r.message);
    planId = r.data.planId;
    const group = await db.unitGroup.findFirstOrThrow({
      where: { communeId: haiAn, name: "Các đơn vị vận hành nền tảng số" },
      include: { members: true },
    });
    expect(group.kind).toBe("CUSTOM");
    expect(group.members.map((m) => m.unitId).sort()).toEqual([...members].sort());
    const t41 = await taskOf(planId, "4.1");
    expect(t41.unitGroups.map((g) => [g.role, g.groupId])).toEqual([["LEAD", group.id]]);
    expect(
      t41.units
        .filter((u) => u.role === "LEAD")
        .map((u) => u.unitId)
        .sort(),
    ).toEqual([...members].sort());
    expect(t41.parts.map((p) => p.unitId).sort()).toEqual([...members].sort());
    expect(t41.description).not.toContain("Chủ trì thực hiện");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "imports.apply", entityId: planId } });
    expect(audit.data).toMatchObject({ createdGroups: ["Các đơn vị vận hành nền tảng số"] });
  });

  it("re-import keeps the confirmed group: the wording maps to it, and a group set on a task by hand stays", async () => {
    const custom = await db.unitGroup.findFirstOrThrow({ where: { communeId: haiAn, name: "Các đơn vị vận hành nền tảng số" } });
    // The office gives 2.1's lead to the custom group as well (an edit after the import).
    const t21 = await taskOf(planId, "2.1");
    const now = await readAssignment(db, t21.id);
    await db.$transaction((tx) => writeAssignment(tx, t21, { ...now, lead: { ...now.lead, groupIds: [...now.lead.groupIds, custom.id] } }));

    const again = await upload(planId);
    expect(again.draft.groupMappings.find((m) => m.wording === PROPOSAL)?.target).toEqual({ kind: "EXISTING", groupId: custom.id });
    const preview = await getReimportPreview(haiAn, planId, again.draft);
    expect(preview?.changes).toEqual([]);

    // A corrected document: 2.1's wording changes; its groups stay.
    const corrected = { ...again.draft, tasks: again.draft.tasks.map((t) => (t.code === "2.1" ? { ...t, title: "Làm sạch dữ liệu" } : t)) };
    const r = await run(applyImport, { communeId: haiAn, importId: again.id, draft: JSON.stringify(corrected) });
    if (!r.ok) throw new Error(r.message);
    const after = await taskOf(planId, "2.1");
    expect(after.title).toBe("Làm sạch dữ liệu");
    expect(after.unitGroups.map((g) => g.group.name).sort()).toEqual(["Các phòng chuyên môn thuộc UBND phường", custom.name].sort());
    expect((await taskOf(planId, "4.1")).unitGroups.map((g) => g.groupId)).toEqual([custom.id]);
    expect(await db.unitGroup.count({ where: { communeId: haiAn, name: custom.name } })).toBe(1);
  });
});
