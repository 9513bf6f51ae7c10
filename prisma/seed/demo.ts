// Demo data: two provinces, three communes with their real plans (prisma/seed/*.ts), one account
// per role, and some progress so that every task category shows up. Runs in one transaction.
import { createId } from "../../lib/ids";
import { hashPassword } from "../../lib/auth/password";
import { dateFromKey } from "../../lib/dates";
import type { Db, Tx } from "../../lib/db";
import { haiAn } from "./hai-an";
import { haLong } from "./ha-long";
import { thachKhoi } from "./thach-khoi";
import type { SeedCommune } from "./types";

export const DEMO_PASSWORD = "Demo@2025";

export type Login = { username: string; role: string; who: string };

const PROVINCES = [
  { key: "hai-phong", name: "Thành phố Hải Phòng", login: "tinh.haiphong", communes: [haiAn, thachKhoi] },
  { key: "thanh-hoa", name: "Tỉnh Thanh Hóa", login: "tinh.thanhhoa", communes: [haLong] },
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
    { username: `chutich.${suffix}`, fullName: `Chủ tịch UBND ${inName}`, role: "CHAIR" as const, unitName: null },
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

async function seedCommune(tx: Tx, c: SeedCommune, provinceId: string, passwordHash: string, now: Date) {
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

  const users = communeAccounts(c).map(({ unitName, ...u }) => ({ ...u, id: createId(), unitId: unitName ? unitId(unitName) : null }));
  await tx.user.createMany({ data: users.map((u) => ({ ...u, passwordHash, provinceId, communeId })) });

  const p = c.plan;
  const planId = createId();
  await tx.plan.create({
    data: {
      id: planId,
      communeId,
      number: p.number,
      title: p.title,
      issuer: p.issuer,
      issuedDate: p.issuedDate ? dateFromKey(p.issuedDate) : null,
      signerName: p.signerName,
      signerTitle: p.signerTitle,
      parentRefs: p.parentRefs,
      periodStart: p.periodStart ? dateFromKey(p.periodStart) : null,
      periodEnd: p.periodEnd ? dateFromKey(p.periodEnd) : null,
      sourceFile: `${c.key}.txt`,
    },
  });

  let order = 0;
  const coordinatorId = users.find((u) => u.role === "COORDINATOR")!.id;
  for (const [gi, g] of p.groups.entries()) {
    const groupId = createId();
    await tx.planGroup.create({ data: { id: groupId, communeId, planId, code: g.code, title: g.title, sortOrder: gi } });
    for (const t of g.tasks) {
      const taskId = createId();
      const lead = [...new Set(t.lead.map(unitId))];
      const support = [...new Set(t.support.map(unitId))].filter((id) => !lead.includes(id));
      const progress = demoProgress(`${c.key}/${t.code}`, t.deadline, now);
      await tx.task.create({
        data: {
          id: taskId,
          communeId,
          planId,
          groupId,
          code: t.code,
          title: t.title,
          description: t.description,
          expectedOutput: t.expectedOutput,
          deadlineKind: t.deadline.kind,
          dueDate: t.deadline.kind === "FIXED" ? dateFromKey(t.deadline.dueDate) : null,
          deadlineText: t.deadline.text,
          supportText: t.supportText,
          sortOrder: order++,
          workStatus: progress?.workStatus ?? "NOT_STARTED",
          progress: progress?.progress ?? 0,
          completedAt: progress?.completedAt ?? null,
          lastUpdateAt: progress?.at ?? null,
          units: {
            create: [
              ...lead.map((id) => ({ unitId: id, role: "LEAD" as const, communeId })),
              ...support.map((id) => ({ unitId: id, role: "SUPPORT" as const, communeId })),
            ],
          },
        },
      });
      if (progress) {
        const author = users.find((u) => u.unitId === lead[0]);
        await tx.taskUpdate.create({
          data: {
            communeId,
            taskId,
            unitId: lead[0],
            authorId: author?.id ?? coordinatorId,
            workStatus: progress.workStatus,
            progress: progress.progress,
            result: progress.result,
            completedAt: progress.completedAt,
            createdAt: progress.at,
          },
        });
      }
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
  return communeId;
}

type DemoProgress = { workStatus: "IN_PROGRESS" | "DONE"; progress: number; completedAt: Date | null; at: Date; result: string };

/** About a third untouched, the rest in progress or done, with dates that fit the deadline. */
function demoProgress(
  seed: string,
  deadline: SeedCommune["plan"]["groups"][number]["tasks"][number]["deadline"],
  now: Date,
): DemoProgress | null {
  const r = pseudoRandom(seed);
  if (r < 0.3) return null;
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  if (deadline.kind === "FIXED") {
    if (r < 0.75) {
      const due = Date.parse(`${deadline.dueDate}T03:00:00Z`);
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
  if (deadline.kind === "NONE" && r < 0.5) {
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
      await tx.user.create({ data: { username: "admin", fullName: "Quản trị hệ thống", role: "ADMIN", passwordHash } });
      for (const p of PROVINCES) {
        const provinceId = createId();
        await tx.unit.create({ data: { id: provinceId, name: p.name, kind: "PROVINCE" } });
        await tx.user.create({
          data: { username: p.login, fullName: `Sở Khoa học và Công nghệ ${p.name}`, role: "PROVINCE", provinceId, passwordHash },
        });
        for (const c of p.communes) await seedCommune(tx, c, provinceId, passwordHash, now);
      }
    },
    { timeout: 60_000 },
  );
  return demoLogins();
}
