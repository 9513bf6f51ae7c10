// Demo data: two provinces, three communes with their units (prisma/seed/*.ts) and their real plans
// imported from the documents' text (prisma/seed/plans/) through the same code as the portal's
// import, one account per role, and some progress so that every task category shows up. Runs in one
// transaction.
import { readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "../../lib/auth/password";
import type { Db, Tx } from "../../lib/db";
import { createId } from "../../lib/ids";
import { createPlanFromDraft } from "../../lib/import/apply";
import { syncIndicatorCatalog } from "../../lib/indicators/catalog-sync";
import { syncBuiltinGroups } from "../../lib/units/groups";
import { ensureOfficialHolidays } from "../../lib/calendar/official-holidays";
import { seedDemoDeadlines } from "./demo-deadlines";
import { seedDemoDigest } from "./demo-digest";
import { seedDemoExtensions } from "./demo-extensions";
import { seedDemoGroups } from "./demo-groups";
import { seedDemoOperations } from "./demo-operations";
import { seedIndicatorValues } from "./indicator-values";
import { PROVINCE_COORDINATOR, seedProvincePlan } from "./province-plan";
import { parsePlanText } from "../../lib/import/parse-plan";
import { haiAn } from "./hai-an";
import { haLong } from "./ha-long";
import { thachKhoi } from "./thach-khoi";
import type { SeedCommune } from "./types";

export const DEMO_PASSWORD = "Demo@2025";

/** The plans' text, as extracted from the signed PDFs. */
export const PLAN_DIR = path.join("prisma", "seed", "plans");

export type Login = { username: string; role: string; who: string };

const PROVINCES = [
  {
    key: "hai-phong",
    name: "Thành phố Hải Phòng",
    login: "tinh.haiphong",
    /** The province coordinator and its published plan (./province-plan.ts). */
    provincePlan: true,
    communes: [
      { ...haiAn, planFile: "phuong-hai-an.txt" },
      { ...thachKhoi, planFile: "phuong-thach-khoi.txt" },
    ],
  },
  { key: "thanh-hoa", name: "Tỉnh Thanh Hóa", login: "tinh.thanhhoa", communes: [{ ...haLong, planFile: "xa-ha-long.txt" }] },
];

/** Staff accounts per commune: the unit they belong to, by canonical name. */
const STAFF = [
  { prefix: "vanphong", unit: "Văn phòng HĐND và UBND", person: "Cán bộ Văn phòng" },
  { prefix: "tthcc", unit: "Trung tâm Phục vụ hành chính công", person: "Cán bộ Trung tâm PVHCC" },
];

/** Accounts of a commune: chairperson, standing office and staff of two units. */
function communeAccounts(c: SeedCommune) {
  const suffix = c.key.replaceAll("-", "");
  const inName = c.name.charAt(0).toLowerCase() + c.name.slice(1); // "phường Hải An"
  return [
    {
      username: `chutich.${suffix}`,
      fullName: `Chủ tịch UBND ${inName}`,
      officialName: c.chairName,
      role: "CHAIR" as const,
      unitName: null,
    },
    {
      username: `vhxh.${suffix}`,
      fullName: `Chuyên viên Phòng VH-XH ${inName}`,
      role: "COORDINATOR" as const,
      unitName: "Phòng Văn hóa - Xã hội",
    },
    ...STAFF.map((s) => ({
      username: `${s.prefix}.${suffix}`,
      fullName: `${s.person} ${inName}`,
      role: "UNIT_STAFF" as const,
      unitName: s.unit,
    })),
  ];
}

/** Every demo login, in the order `npm start` prints them. */
export function demoLogins(): Login[] {
  return [
    { username: "admin", role: "ADMIN", who: "Quản trị hệ thống" },
    ...PROVINCES.flatMap((p) => [
      { username: p.login, role: "PROVINCE", who: `Sở KH&CN ${p.name}` },
      ...("provincePlan" in p ? [{ username: PROVINCE_COORDINATOR.username, role: "PROVINCE", who: PROVINCE_COORDINATOR.fullName }] : []),
      ...p.communes.flatMap((c) => communeAccounts(c).map((a) => ({ username: a.username, role: a.role, who: a.fullName }))),
    ]),
  ];
}

/** Deterministic 0..1 from a string, so the demo looks the same on every machine. */
function pseudoRandom(seed: string): number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

async function seedCommune(tx: Tx, c: SeedCommune & { planFile: string }, provinceId: string, passwordHash: string, now: Date) {
  const communeId = createId();
  await tx.unit.create({ data: { id: communeId, name: c.name, kind: c.kind, parentId: provinceId, provinceId, communeId } });

  const unitIds = new Map<string, string>();
  await tx.unit.createMany({
    data: c.units.map((u, i) => {
      const id = createId();
      unitIds.set(u.name, id);
      return { id, name: u.name, shortName: u.shortName, kind: u.kind, parentId: communeId, provinceId, communeId, sortOrder: i };
    }),
  });
  const unitId = (name: string) => {
    const id = unitIds.get(name);
    if (!id) throw new Error(`Seed ${c.key}: đơn vị "${name}" không có trong danh sách đơn vị`);
    return id;
  };

  await syncBuiltinGroups(tx, communeId);

  const users = communeAccounts(c).map(({ unitName, ...u }) => ({ ...u, id: createId(), unitId: unitName ? unitId(unitName) : null }));
  await tx.user.createMany({ data: users.map((u) => ({ ...u, passwordHash, provinceId, communeId })) });

  // The plan itself goes through the import code path, from the real document's text.
  const text = readFileSync(path.join(PLAN_DIR, c.planFile), "utf8");
  const draft = parsePlanText(text);
  const { planId } = await createPlanFromDraft(tx, { communeId, provinceId, sourceFile: c.planFile }, draft);

  const coordinatorId = users.find((u) => u.role === "COORDINATOR")!.id;
  const tasks = await tx.task.findMany({
    where: { planId },
    include: { units: { where: { role: "LEAD" } } },
    orderBy: { sortOrder: "asc" },
  });
  for (const t of tasks) {
    const progress = demoProgress(`${c.key}/${t.code}`, t, now);
    if (!progress) continue;
    const leadUnitId = t.units[0]?.unitId ?? null;
    const author = users.find((u) => u.unitId === leadUnitId);
    const state = {
      workStatus: progress.workStatus,
      progress: progress.progress,
      completedAt: progress.completedAt,
      lastUpdateAt: progress.at,
    };
    await tx.task.update({ where: { id: t.id }, data: state });
    // A task whose lead side names a group (the import maps "Các phòng thuộc UBND phường") has one part
    // per lead unit; each member reports the demo state of its own part (the standing office reports
    // for a unit without an account), so that parts, reports and the task's aggregate agree.
    const parts = await tx.taskPart.findMany({ where: { taskId: t.id }, select: { unitId: true } });
    await tx.taskPart.updateMany({ where: { taskId: t.id }, data: state });
    const reporters = parts.length > 0 ? parts.map((p) => p.unitId) : [leadUnitId];
    for (const unitId of reporters) {
      const staff = unitId ? users.find((u) => u.unitId === unitId && u.role === "UNIT_STAFF") : undefined;
      await tx.taskUpdate.create({
        data: {
          communeId,
          taskId: t.id,
          unitId,
          authorId: staff?.id ?? (parts.length > 0 ? coordinatorId : (author?.id ?? coordinatorId)),
          onBehalf: parts.length > 0 && !staff,
          workStatus: progress.workStatus,
          progress: progress.progress,
          result: progress.result,
          completedAt: progress.completedAt,
          createdAt: progress.at,
        },
      });
    }
  }

  // One direction from the chairperson, not yet acknowledged, on the first task the office leads.
  const office = users.find((u) => u.username.startsWith("vanphong."));
  const officeTask = office?.unitId
    ? await tx.task.findFirst({
        where: { communeId, units: { some: { unitId: office.unitId, role: "LEAD" } } },
        orderBy: { sortOrder: "asc" },
      })
    : null;
  const chair = users.find((u) => u.role === "CHAIR");
  if (officeTask && chair) {
    await tx.directive.create({
      data: {
        communeId,
        taskId: officeTask.id,
        authorId: chair.id,
        content: "Đề nghị đơn vị khẩn trương hoàn thành, báo cáo kết quả trước cuộc họp giao ban tuần tới.",
        createdAt: new Date(now.getTime() - 2 * 86_400_000),
      },
    });
  }
  if (chair) await seedDemoDeadlines(tx, { communeId, chairId: chair.id, users }, now);
  if (chair) await seedDemoExtensions(tx, { key: c.key, communeId, chairId: chair.id, users }, now);
  await seedDemoGroups(tx, c.key, { communeId, users }, now);
  await seedIndicatorValues(tx, c.key, communeId, coordinatorId, now);
  await seedDemoDigest(tx, { communeId, users }, now);
  const centreUnitId = unitId("Trung tâm Phục vụ hành chính công");
  await seedDemoOperations(tx, { key: c.key, communeId, communeName: c.name, provinceId, centreUnitId, users }, now);
  // The demo's history is backdated; past periods count only tasks that existed then, so the plan
  // is dated to its first recorded event (or its issue date, whichever is earlier).
  await tx.$executeRaw`
    WITH first AS (
      SELECT LEAST(p."issuedDate"::timestamptz, (SELECT min(u."createdAt") FROM "TaskUpdate" u WHERE u."communeId" = ${communeId}),
                   (SELECT min(d."createdAt") FROM "Directive" d WHERE d."communeId" = ${communeId})) - interval '1 day' AS at
      FROM "Plan" p WHERE p.id = ${planId})
    UPDATE "Task" t SET "createdAt" = first.at FROM first WHERE t."planId" = ${planId} AND first.at IS NOT NULL`;
  return communeId;
}

type DemoProgress = { workStatus: "IN_PROGRESS" | "DONE"; progress: number; completedAt: Date | null; at: Date; result: string };

/** About a third untouched, the rest in progress or done, with dates that fit the deadline. */
function demoProgress(seed: string, task: { deadlineKind: string; dueDate: Date | null }, now: Date): DemoProgress | null {
  const r = pseudoRandom(seed);
  if (r < 0.3) return null;
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  if (task.deadlineKind === "FIXED" && task.dueDate) {
    if (r < 0.75) {
      const due = task.dueDate.getTime() + 3 * 3_600_000;
      const late = r > 0.68;
      const completedAt = new Date(Math.min(due + (late ? 20 : -10) * 86_400_000, now.getTime() - 86_400_000));
      return { workStatus: "DONE", progress: 100, completedAt, at: completedAt, result: "Đã hoàn thành nhiệm vụ theo kế hoạch." };
    }
    return {
      workStatus: "IN_PROGRESS",
      progress: 40 + Math.round(r * 40),
      completedAt: null,
      at: daysAgo(Math.round(r * 30)),
      result: "Đang triển khai, đã hoàn thành một phần khối lượng công việc.",
    };
  }
  // A task without any deadline can be finished; recurring and conditional ones go on being
  // reported, this week or some weeks ago.
  if (task.deadlineKind === "NONE" && r < 0.5) {
    const completedAt = daysAgo(10 + Math.round(r * 60));
    return { workStatus: "DONE", progress: 100, completedAt, at: completedAt, result: "Đã hoàn thành nhiệm vụ theo kế hoạch." };
  }
  const recent = r < 0.65;
  return {
    workStatus: "IN_PROGRESS",
    progress: 50,
    completedAt: null,
    at: daysAgo(recent ? 1 : 21),
    result: "Duy trì thực hiện thường xuyên theo kế hoạch.",
  };
}

export async function seedDemo(db: Db, now = new Date()): Promise<Login[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      await syncIndicatorCatalog(tx);
      // The official days off: reminders and working-day counts skip them (lib/calendar).
      await ensureOfficialHolidays(tx);
      await tx.user.create({ data: { username: "admin", fullName: "Quản trị hệ thống", role: "ADMIN", passwordHash } });
      for (const p of PROVINCES) {
        const provinceId = createId();
        await tx.unit.create({ data: { id: provinceId, name: p.name, kind: "PROVINCE" } });
        await tx.user.create({
          data: { username: p.login, fullName: `Sở Khoa học và Công nghệ ${p.name}`, role: "PROVINCE", provinceId, passwordHash },
        });
        for (const c of p.communes) await seedCommune(tx, c, provinceId, passwordHash, now);
        if ("provincePlan" in p) await seedProvincePlan(tx, provinceId, passwordHash, now);
      }
    },
    { timeout: 60_000 },
  );
  return demoLogins();
}
