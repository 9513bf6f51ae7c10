// The demo's province plan (issue 20): Hải Phòng's coordinator account and a small plan whose tasks
// are the ones the Hải An and Thạch Khôi plans share, published (version 1) to both wards through the
// portal's own publish code, then taken up differently by each: lead units matched by name, progress
// ahead in Hải An, behind in Thạch Khôi (one task "không phát sinh"), KPI values apart.
import type { Tx } from "../../lib/db";
import { addDays, dateFromKey, localDateKey } from "../../lib/dates";
import { lastCompletedPeriod, periodsBetween } from "../../lib/indicators/periods";
import { checkValue } from "../../lib/indicators/value-rules";
import { applyToCommune } from "../../lib/province-plans/apply-commune";
import { publishVersion } from "../../lib/province-plans/publish";
import { writeAssignment } from "../../lib/tasks/assignment";
import { matchUnit } from "../../lib/units/match";
import { writeSampleValue } from "./indicator-values";

export const PROVINCE_COORDINATOR = { username: "kehoach.haiphong", fullName: "Sở KH&CN Hải Phòng – điều phối kế hoạch" };

type SeedTask = {
  code: string;
  group: [string, string];
  title: string;
  /** Days from the seed day to the deadline; null: recurring ("Thường xuyên"). */
  due: number | null;
  deadlineText: string;
  /** Lead units the wards pick, by name: the first one a ward has. */
  leads: string[];
};

const G1: [string, string] = ["I", "Nâng cao nhận thức, phát triển nhân lực số"];
const G2: [string, string] = ["II", "Phát triển dữ liệu số"];
const G3: [string, string] = ["III", "Phát triển chính quyền số, bảo đảm an toàn thông tin"];
const G4: [string, string] = ["IV", "Tổ chức thực hiện"];
const OFFICE = "Văn phòng HĐND và UBND";
const VHXH = "Phòng Văn hóa - Xã hội";

const TASKS: SeedTask[] = [
  {
    code: "1.1",
    group: G1,
    title: "Tuyên truyền, phổ biến về chuyển đổi số và phong trào “Bình dân học vụ số” đến người dân",
    due: null,
    deadlineText: "Thường xuyên",
    leads: ["Trung tâm Văn hóa, Thể thao và Truyền thông", VHXH],
  },
  {
    code: "1.2",
    group: G1,
    title: "Tập huấn kỹ năng số cho cán bộ, công chức và các Tổ công nghệ số cộng đồng",
    due: 40,
    deadlineText: "",
    leads: [VHXH],
  },
  { code: "2.1", group: G2, title: "Số hóa hồ sơ, tài liệu lưu trữ của UBND phường", due: -10, deadlineText: "", leads: [OFFICE] },
  {
    code: "2.2",
    group: G2,
    title: "Số hóa sổ hộ tịch lưu trữ, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử",
    due: 75,
    deadlineText: "",
    leads: [VHXH],
  },
  {
    code: "3.1",
    group: G3,
    title: "Duy trì vận hành hệ thống hội nghị trực tuyến của UBND phường",
    due: null,
    deadlineText: "Thường xuyên",
    leads: [OFFICE],
  },
  {
    code: "3.2",
    group: G3,
    title: "Nâng cao tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia",
    due: 100,
    deadlineText: "",
    leads: ["Trung tâm Phục vụ hành chính công"],
  },
  {
    code: "3.3",
    group: G3,
    title: "Triển khai các giải pháp bảo đảm an toàn, an ninh thông tin cho hệ thống thông tin của phường",
    due: null,
    deadlineText: "Thường xuyên",
    leads: ["Công an phường"],
  },
  {
    code: "4.1",
    group: G4,
    title: "Báo cáo định kỳ kết quả thực hiện chuyển đổi số về Sở Khoa học và Công nghệ",
    due: null,
    deadlineText: "Định kỳ hằng quý",
    leads: [VHXH],
  },
];

/** The demo plan's tasks (tests count them into the wards' lists). */
export const PROVINCE_PLAN_TASKS: readonly SeedTask[] = TASKS;

/** The name of the lead unit a ward gives a task of the demo plan: the first of the task's names the ward has. */
export function mandatedLead(task: SeedTask, units: readonly { name: string; shortName?: string | null }[]): string | null {
  const refs = units.map((u) => ({ id: u.name, name: u.name, shortName: u.shortName ?? null }));
  return task.leads.map((name) => matchUnit(name, refs)).find((u) => u !== null)?.name ?? null;
}

const KPIS = [
  { code: "CT01", catalogCode: "HO_SO_TRUC_TUYEN", target: 80 },
  { code: "CT02", catalogCode: "SO_HOA_LUU_TRU", target: 50 },
];

type Progress = { status: "IN_PROGRESS" | "DONE"; progress: number; daysAgo: number; result: string } | { notApplicable: string } | null;

/** How each ward has taken up the plan, by task code (null: not started). */
const PROGRESS: Record<string, Record<string, Progress>> = {
  "Phường Hải An": {
    "1.1": {
      status: "IN_PROGRESS",
      progress: 50,
      daysAgo: 3,
      result: "Đã đăng 6 tin, bài trên Trang thông tin điện tử phường; phát thanh 2 buổi/tuần.",
    },
    "1.2": {
      status: "DONE",
      progress: 100,
      daysAgo: 12,
      result: "Đã tổ chức 02 lớp tập huấn kỹ năng số cho 45 cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng.",
    },
    "2.1": {
      status: "DONE",
      progress: 100,
      daysAgo: 15,
      result: "Đã số hóa 1.250 hồ sơ lưu trữ giai đoạn 2015–2020, cập nhật vào phần mềm lưu trữ điện tử.",
    },
    "2.2": { status: "IN_PROGRESS", progress: 60, daysAgo: 5, result: "Đã số hóa 18/30 sổ hộ tịch; đang đối chiếu dữ liệu." },
    "3.1": {
      status: "IN_PROGRESS",
      progress: 50,
      daysAgo: 2,
      result: "Hệ thống hoạt động ổn định, phục vụ 4 cuộc họp trực tuyến trong tháng.",
    },
    "3.2": { status: "IN_PROGRESS", progress: 70, daysAgo: 6, result: "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 76%." },
    "3.3": { status: "IN_PROGRESS", progress: 50, daysAgo: 8, result: "Đã rà soát, cài đặt phần mềm phòng chống mã độc cho 32 máy tính." },
    "4.1": { status: "IN_PROGRESS", progress: 50, daysAgo: 30, result: "Đã gửi báo cáo quý III về Sở Khoa học và Công nghệ." },
  },
  "Phường Thạch Khôi": {
    "1.1": { status: "IN_PROGRESS", progress: 30, daysAgo: 21, result: "Đã phát thanh tuyên truyền trên hệ thống loa của các tổ dân phố." },
    "1.2": null,
    "2.1": null,
    "2.2": {
      notApplicable:
        "Sổ hộ tịch của phường đã được số hóa toàn bộ năm 2025 (trước khi sắp xếp đơn vị hành chính); dữ liệu đã có trên Cơ sở dữ liệu hộ tịch điện tử.",
    },
    "3.1": {
      status: "IN_PROGRESS",
      progress: 50,
      daysAgo: 4,
      result: "Duy trì hệ thống hội nghị trực tuyến phục vụ các cuộc họp của phường.",
    },
    "3.2": {
      status: "IN_PROGRESS",
      progress: 35,
      daysAgo: 10,
      result: "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41%; đang hướng dẫn người dân nộp trực tuyến.",
    },
    "3.3": { status: "IN_PROGRESS", progress: 50, daysAgo: 1, result: "Đã phân công cán bộ phụ trách an toàn thông tin." },
    "4.1": null,
  },
};

/** KPI values (percent) of the last two completed periods, by ward and catalog code. */
const VALUES: Record<string, Record<string, [number, number]>> = {
  "Phường Hải An": { HO_SO_TRUC_TUYEN: [72, 78], SO_HOA_LUU_TRU: [31, 36] },
  "Phường Thạch Khôi": { HO_SO_TRUC_TUYEN: [38, 41], SO_HOA_LUU_TRU: [9, 12] },
};

export async function seedProvincePlan(tx: Tx, provinceId: string, passwordHash: string, now: Date) {
  const coordinator = await tx.user.create({
    data: { ...PROVINCE_COORDINATOR, role: "PROVINCE", provinceId, provinceCoordinator: true, passwordHash },
  });
  const today = localDateKey(now);
  const year = today.slice(0, 4);
  const publishedAt = new Date(now.getTime() - 45 * 86_400_000);
  const catalog = await tx.indicatorCatalogEntry.findMany({ where: { code: { in: KPIS.map((k) => k.catalogCode) } } });
  const plan = await tx.provincePlan.create({
    data: {
      provinceId,
      number: "245/KH-UBND",
      title: `Kế hoạch chuyển đổi số, phát triển chính quyền số cấp xã, phường năm ${year}`,
      issuer: "UBND thành phố Hải Phòng",
      issuedDate: dateFromKey(localDateKey(publishedAt)),
      signerName: "Nguyễn Văn Tùng",
      signerTitle: "Phó Chủ tịch",
      parentRefs: "Kế hoạch số 02-KH/BCĐTW của Ban Chỉ đạo Trung ương",
      periodStart: dateFromKey(`${year}-01-01`),
      periodEnd: dateFromKey(`${year}-12-31`),
      createdById: coordinator.id,
      tasks: {
        create: TASKS.map((t, i) => ({
          provinceId,
          code: t.code,
          groupCode: t.group[0],
          groupTitle: t.group[1],
          title: t.title,
          deadlineKind: t.due === null ? "RECURRING" : "FIXED",
          dueDate: t.due === null ? null : dateFromKey(addDays(today, t.due)),
          deadlineText: t.deadlineText,
          leadText: "UBND các xã, phường",
          supportText: "Các phòng, đơn vị có liên quan",
          adaptable: t.code === "1.1",
          sortOrder: i,
        })),
      },
      indicators: {
        create: KPIS.map((k, i) => {
          const entry = catalog.find((c) => c.code === k.catalogCode);
          if (!entry) throw new Error(`Seed: chỉ tiêu ${k.catalogCode} không có trong danh mục`);
          return {
            provinceId,
            catalogCode: entry.code,
            code: k.code,
            name: entry.name,
            unit: "PERCENT" as const,
            comparison: "GTE" as const,
            target: k.target,
            dueDate: dateFromKey(`${year}-12-31`),
            measure: entry.measure,
            numeratorLabel: entry.numeratorLabel,
            denominatorLabel: entry.denominatorLabel,
            method: entry.method,
            frequency: entry.frequency,
            sortOrder: i,
          };
        }),
      },
    },
  });
  const published = await publishVersion(tx, {
    provinceId,
    planId: plan.id,
    version: 0,
    note: "Ban hành kèm Kế hoạch số 245/KH-UBND",
    userId: coordinator.id,
    at: publishedAt,
  });
  for (const communeId of published.communeIds) {
    await applyToCommune(
      tx,
      { provincePlanId: plan.id, provinceId, number: published.version, actorId: coordinator.id, at: publishedAt },
      communeId,
    );
    await takeUp(tx, communeId, publishedAt, now);
  }
}

/** A ward takes the plan up: its standing office assigns lead units, the units report. */
async function takeUp(tx: Tx, communeId: string, publishedAt: Date, now: Date) {
  const commune = await tx.unit.findUniqueOrThrow({ where: { id: communeId }, select: { name: true } });
  const units = await tx.unit.findMany({ where: { communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } } });
  const users = await tx.user.findMany({ where: { communeId }, select: { id: true, role: true, unitId: true } });
  const coordinatorId = users.find((u) => u.role === "COORDINATOR")!.id;
  const tasks = await tx.task.findMany({ where: { communeId, provinceTaskId: { not: null } }, include: { provinceTask: true } });
  // The standing office read the version's changes the day after it arrived and assigned the leads.
  await tx.provincePlanReceipt.updateMany({
    where: { communeId, provincePlan: { number: "245/KH-UBND" } },
    data: { acknowledgedAt: new Date(publishedAt.getTime() + 86_400_000), acknowledgedById: coordinatorId },
  });
  const progressOf = PROGRESS[commune.name] ?? {};
  for (const task of tasks) {
    const spec = TASKS.find((t) => t.code === task.provinceTask!.code)!;
    const leadName = mandatedLead(spec, units);
    const lead = units.find((u) => u.name === leadName);
    if (!lead) throw new Error(`Seed: ${commune.name} không có đơn vị chủ trì cho nhiệm vụ ${spec.code}`);
    await writeAssignment(tx, task, { lead: { unitIds: [lead.id], groupIds: [] }, support: { unitIds: [], groupIds: [] } });
    await tx.task.update({ where: { id: task.id }, data: { createdAt: publishedAt } });
    const p = progressOf[spec.code] ?? null;
    if (p === null) continue;
    if ("notApplicable" in p) {
      const at = new Date(publishedAt.getTime() + 5 * 86_400_000);
      await tx.task.update({
        where: { id: task.id },
        data: { closedKind: "NOT_APPLICABLE", closedReason: p.notApplicable, closedAt: at, closedById: coordinatorId },
      });
      continue;
    }
    const at = new Date(now.getTime() - p.daysAgo * 86_400_000);
    const completedAt = p.status === "DONE" ? at : null;
    const staff = users.find((u) => u.unitId === lead.id && u.role === "UNIT_STAFF");
    await tx.task.update({ where: { id: task.id }, data: { workStatus: p.status, progress: p.progress, completedAt, lastUpdateAt: at } });
    await tx.taskUpdate.create({
      data: {
        communeId,
        taskId: task.id,
        unitId: lead.id,
        authorId: staff?.id ?? coordinatorId,
        onBehalf: !staff,
        workStatus: p.status,
        progress: p.progress,
        result: p.result,
        completedAt,
        createdAt: at,
      },
    });
  }
  await seedKpiValues(tx, communeId, commune.name, coordinatorId, now);
}

async function seedKpiValues(tx: Tx, communeId: string, communeName: string, authorId: string, now: Date) {
  // A ward that tracks the catalog KPI in its own plan had it linked (lib/province-plans/apply-commune.ts):
  // its own values serve. Only a KPI the province's plan brought gets sample values here.
  const indicators = await tx.indicator.findMany({ where: { communeId, provinceIndicatorId: { not: null }, values: { none: {} } } });
  for (const ind of indicators) {
    const pair = VALUES[communeName]?.[ind.catalogCode ?? ""];
    if (!pair) continue;
    const last = lastCompletedPeriod(localDateKey(now), ind.frequency);
    const periods = periodsBetween(addDays(last.start, -400), last.end, ind.frequency).slice(-2);
    for (const [i, p] of periods.entries()) {
      const denominator = 400 + i * 25;
      const entry = { numerator: String(Math.round((denominator * pair[i]!) / 100)), denominator: String(denominator) };
      const checked = checkValue(ind, ind.measure === "RATIO" ? entry : { value: String(pair[i]) });
      if (!checked.ok) throw new Error(`Seed: số liệu mẫu không hợp lệ cho ${ind.code} ${p.key}`);
      const at = new Date(Math.min(now.getTime() - 3_600_000, new Date(`${p.end}T09:00:00+07:00`).getTime() + 2 * 86_400_000));
      await writeSampleValue(tx, ind, p, checked, authorId, at);
    }
  }
}
