// The one-stop centre's month in the demo (issue 22): each commune's checklist and centre, the start-of-day
// checks of the last 30 days (working days only, by the centre's staff between 07:30 and 07:55, a day or
// two amended by the standing office, a day or two missed), a few faults that opened incidents the way
// the real submit does (lib/incidents/open.ts) and were handled through the state machine
// (lib/incidents/states.ts) with times inside office hours, so the month's figures and medians look like
// a real centre's. Hải An also has an urgent incident escalated to the province and acknowledged there,
// and an ordinary one in progress; its check of today is left undone (the e2e test submits it), while
// Thạch Khôi's is done. Rows are written with createMany; only incidents go one by one (their numbers).
import type { Tx } from "../../lib/db";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CheckItemState, IncidentSeverity } from "../../lib/generated/prisma/enums";
import { loadCalendar, type Calendar } from "../../lib/calendar/working-days";
import { addDays, dateFromKey, localDateKey } from "../../lib/dates";
import { ensureChecklist } from "../../lib/daily-checks/default-items";
import { CHECK_STATE_LABEL } from "../../lib/daily-checks/labels";
import { openIncident } from "../../lib/incidents/open";
import { MOVES, refusal, stampsOf, type IncidentMove, type IncidentState } from "../../lib/incidents/states";
import { createId } from "../../lib/ids";
import { localInstant } from "../../lib/jobs/clock";

type SeedUser = { id: string; username: string; role: string; unitId: string | null };

export type OperationsCommune = {
  key: string;
  communeId: string;
  communeName: string;
  provinceId: string;
  centreUnitId: string;
  users: SeedUser[];
};

/** A move of the incident: by whom ("centre", "office", "province"), on which working day after the report (0 = same day), at what local time. */
type Step = { move: IncidentMove | "comment"; by: "centre" | "office" | "province"; day: number; time: string; note?: string };

type Fault = {
  /** Working days before today (1 = the last working day). */
  ago: number;
  item: string;
  state: Exclude<CheckItemState, "OK">;
  note: string;
  steps: Step[];
  cause?: string;
  fix?: string;
};

type Handled = Omit<Fault, "ago" | "item" | "state" | "note">;

/** Seen in the morning, acknowledged and fixed within the morning, closed with its cause by the office. */
const sameDay = (cause: string, fix: string, resolveAt = "10:20"): Handled => ({
  cause,
  fix,
  steps: [
    { move: "acknowledge", by: "centre", day: 0, time: "08:05" },
    { move: "start", by: "centre", day: 0, time: "08:20" },
    { move: "resolve", by: "centre", day: 0, time: resolveAt, note: fix },
    { move: "close", by: "office", day: 0, time: "14:00" },
  ],
});

/** Waited for a technician or a part: fixed the next working day. */
const nextDay = (cause: string, fix: string, close = true): Handled => ({
  cause: close ? cause : undefined,
  fix: close ? fix : undefined,
  steps: [
    { move: "acknowledge", by: "centre", day: 0, time: "08:15" },
    { move: "start", by: "centre", day: 0, time: "09:00" },
    { move: "resolve", by: "centre", day: 1, time: "09:40", note: fix },
    ...(close ? [{ move: "close" as const, by: "office" as const, day: 1, time: "15:30" }] : []),
  ],
});

type Month = { faults: Fault[]; missed: number[]; amended: number[]; today: boolean };

const MONTHS: Record<string, Month> = {
  "hai-an": {
    faults: [
      {
        ago: 3,
        item: "Máy in",
        state: "DOWN",
        note: "Máy in quầy 2 kẹt giấy, không in được phiếu hẹn",
        ...sameDay("Hỏng trục kéo giấy", "Vệ sinh máy, thay trục kéo giấy dự phòng"),
      },
      {
        ago: 8,
        item: "Kết nối Internet",
        state: "FLAKY",
        note: "Mạng lúc được lúc mất, tải hồ sơ chậm",
        ...nextDay("Modem quá nhiệt do đặt sát tủ điện", "Khởi động lại, chuyển modem ra vị trí thoáng"),
      },
      {
        ago: 14,
        item: "Hệ thống một cửa điện tử",
        state: "DOWN",
        note: "Không đăng nhập được, báo lỗi phiên làm việc",
        ...sameDay("Hệ thống của tỉnh nâng cấp đêm trước, phiên đăng nhập cũ bị hủy", "Tỉnh khôi phục dịch vụ; đăng nhập lại", "09:10"),
      },
      {
        ago: 19,
        item: "Máy quét (scan)",
        state: "FLAKY",
        note: "Quét được nhưng ảnh bị sọc",
        ...nextDay("Kính máy quét bẩn", "Lau kính, hiệu chỉnh lại máy", false),
      },
    ],
    missed: [11],
    amended: [5, 16],
    today: false,
  },
  "thach-khoi": {
    faults: [
      {
        ago: 4,
        item: "Máy in",
        state: "FLAKY",
        note: "In mờ, phải in lại",
        ...sameDay("Hộp mực sắp hết", "Thay hộp mực mới"),
      },
      {
        ago: 12,
        item: "Thiết bị ký số (USB token, SIM ký số)",
        state: "DOWN",
        note: "USB token không nhận trên máy quầy 1",
        ...nextDay("Chứng thư số hết hạn", "Gia hạn chứng thư số với nhà cung cấp"),
      },
      {
        ago: 20,
        item: "Máy tính tại các quầy",
        state: "DOWN",
        note: "Máy tính quầy 3 không khởi động",
        ...nextDay("Hỏng nguồn máy tính", "Thay bộ nguồn"),
      },
    ],
    missed: [7, 17],
    amended: [9],
    today: true,
  },
  "ha-long": {
    faults: [
      {
        ago: 6,
        item: "Máy quét (scan)",
        state: "DOWN",
        note: "Máy quét báo lỗi kẹt, không quét được hồ sơ",
        ...nextDay("Hỏng con lăn nạp giấy", "Thay con lăn nạp giấy"),
      },
    ],
    missed: [13],
    amended: [10],
    today: false,
  },
};

/** Deterministic 0..1 from a string (the demo looks the same on every machine). */
function pseudoRandom(seed: string): number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/** "07:30" … "07:55": when the centre's staff finished the day's check. */
function checkTime(seed: string): string {
  return `07:${String(30 + Math.floor(pseudoRandom(seed) * 26)).padStart(2, "0")}`;
}

/** The rule of the real submit (lib/daily-checks): a critical item down stops the counters. */
export function severityOf(state: Exclude<CheckItemState, "OK">, critical: boolean): IncidentSeverity {
  if (state === "FLAKY") return "LOW";
  return critical ? "URGENT" : "NORMAL";
}

/** The working days among the 30 days before today, most recent first. */
function pastWorkingDays(today: string, calendar: Calendar): string[] {
  return Array.from({ length: 30 }, (_, i) => addDays(today, -(i + 1))).filter((d) => calendar.isWorkingDay(d));
}

export async function seedDemoOperations(tx: Tx, c: OperationsCommune, now: Date): Promise<void> {
  const month = MONTHS[c.key];
  if (!month) return;
  await ensureChecklist(tx, c.communeId);
  await tx.communeSettings.upsert({
    where: { communeId: c.communeId },
    create: { communeId: c.communeId, serviceCentreUnitId: c.centreUnitId },
    update: { serviceCentreUnitId: c.centreUnitId },
  });
  const items = await tx.checkItem.findMany({
    where: { communeId: c.communeId, archivedAt: null },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, area: true, critical: true },
  });
  const itemNamed = (name: string) => {
    const item = items.find((i) => i.name === name);
    if (!item) throw new Error(`Seed ${c.key}: hạng mục "${name}" không có trong danh mục kiểm tra`);
    return item;
  };
  const suffix = c.key.replaceAll("-", "");
  const account = (prefix: string) => {
    const u = c.users.find((x) => x.username === `${prefix}.${suffix}`);
    if (!u) throw new Error(`Seed ${c.key}: không có tài khoản ${prefix}.${suffix}`);
    return u.id;
  };
  const centre = account("tthcc");
  const office = account("vhxh");
  // The province support team's account (created before its communes).
  const province = await tx.user.findFirstOrThrow({
    where: { role: "PROVINCE", provinceId: c.provinceId, communeId: null },
    orderBy: { username: "asc" },
  });
  const actors = { centre, office, province: province.id };

  const calendar = await loadCalendar(tx);
  const today = localDateKey(now);
  const days = pastWorkingDays(today, calendar);
  const scope = { communeId: c.communeId, provinceId: c.provinceId, centreUnitId: c.centreUnitId, communeName: c.communeName };

  const checks: Prisma.DailyCheckCreateManyInput[] = [];
  const revisions: Prisma.DailyCheckRevisionCreateManyInput[] = [];
  const results: Prisma.DailyCheckResultCreateManyInput[] = [];

  const addCheck = (
    day: string,
    at: Date,
    faults: Map<string, { state: CheckItemState; note: string; incidentId: string }>,
    amendAt?: Date,
  ) => {
    const checkId = createId();
    const revisionCount = amendAt ? 2 : 1;
    checks.push({
      id: checkId,
      communeId: c.communeId,
      day: dateFromKey(day),
      checkedById: centre,
      checkedAt: at,
      revision: revisionCount,
      faultCount: faults.size,
    });
    for (let number = 1; number <= revisionCount; number++) {
      const revisionId = createId();
      revisions.push({
        id: revisionId,
        checkId,
        communeId: c.communeId,
        number,
        submittedById: number === 1 ? centre : office,
        submittedAt: number === 1 ? at : amendAt!,
        // An amendment says why the day's record changed.
        note: number === 1 ? "" : "Bổ sung: đã kiểm tra lại hệ thống xếp hàng sau khi khởi động lại, hoạt động bình thường.",
        faultCount: faults.size,
      });
      for (const item of items) {
        const fault = faults.get(item.id);
        results.push({
          id: createId(),
          revisionId,
          communeId: c.communeId,
          itemId: item.id,
          itemName: item.name,
          area: item.area,
          state: fault?.state ?? "OK",
          note: fault?.note ?? "",
          incidentId: fault?.incidentId ?? null,
        });
      }
    }
  };

  // Oldest first, so incidents are numbered in the order they happened.
  for (const [index, day] of [...days.entries()].reverse()) {
    const ago = index + 1;
    if (month.missed.includes(ago)) continue;
    const at = localInstant(day, checkTime(`${c.key}/${day}`));
    const faults = new Map<string, { state: CheckItemState; note: string; incidentId: string }>();
    for (const f of month.faults.filter((x) => x.ago === ago)) {
      const item = itemNamed(f.item);
      const incidentId = await openFaultIncident(tx, { scope, actors, calendar, day }, item, f, at);
      faults.set(item.id, { state: f.state, note: f.note, incidentId });
    }
    const amendAt = month.amended.includes(ago) ? localInstant(day, "09:10") : undefined;
    addCheck(day, at, faults, amendAt);
  }
  if (month.today && calendar.isWorkingDay(today)) {
    // Done this morning (never later than the seed's own moment).
    const at = new Date(Math.min(localInstant(today, checkTime(`${c.key}/${today}`)).getTime(), now.getTime() - 60_000));
    addCheck(today, at, new Map());
  }
  await tx.dailyCheck.createMany({ data: checks });
  await tx.dailyCheckRevision.createMany({ data: revisions });
  await tx.dailyCheckResult.createMany({ data: results });

  if (c.key === "hai-an" && days[0]) await seedOpenIncidents(tx, { scope, actors, calendar, day: days[0] });

  // The seeded incidents' messages have been seen: the demo's bells and the tests' unread counts start
  // from the other seeded messages only.
  await tx.$executeRaw`
    UPDATE "Notification" SET "readAt" = "createdAt" + interval '10 minutes'
    WHERE "communeId" = ${c.communeId} AND kind::text LIKE 'INCIDENT_%' AND "readAt" IS NULL`;
}

type Ctx = {
  scope: Parameters<typeof openIncident>[1];
  actors: Record<Step["by"], string>;
  calendar: Calendar;
  /** The day the incident was reported. */
  day: string;
};

async function openFaultIncident(tx: Tx, ctx: Ctx, item: { id: string; name: string; critical: boolean }, f: Fault, at: Date) {
  const opened = await openIncident(
    tx,
    ctx.scope,
    ctx.actors.centre,
    {
      title: `${item.name}: ${CHECK_STATE_LABEL[f.state].toLowerCase()}`,
      description: f.note,
      checkItemId: item.id,
      severity: severityOf(f.state, item.critical),
      startedAt: at,
      countersDown: f.state === "DOWN" && !item.critical ? 1 : 0,
    },
    at,
  );
  await handle(tx, ctx, opened.id, f);
  return opened.id;
}

/**
 * Plays an incident's steps through the state machine: each move must be one `refusal` allows, stamps
 * the fields `stampsOf` says, and writes its history line; the incident is written once at the end.
 */
async function handle(tx: Tx, ctx: Ctx, incidentId: string, h: Handled) {
  let state: IncidentState & { acknowledgedAt: Date | null } = { status: "NEW", provinceAcknowledged: false, acknowledgedAt: null };
  let stamps: Partial<ReturnType<typeof stampsOf>> = {};
  let version = 0;
  let provinceAcknowledgedById: string | null = null;
  const events = [];
  for (const step of h.steps) {
    const at = localInstant(ctx.calendar.addWorkingDays(ctx.day, step.day), step.time);
    const actorId = ctx.actors[step.by];
    if (step.move === "comment") {
      events.push({
        id: createId(),
        incidentId,
        communeId: ctx.scope.communeId,
        kind: "COMMENTED" as const,
        note: step.note ?? "",
        actorId,
        at,
      });
      continue;
    }
    const side = step.by === "province" ? "province" : "commune";
    const refused = refusal(state, step.move, side);
    if (refused) throw new Error(`Seed: ${step.move} — ${refused}`);
    const s = stampsOf(state, step.move, at);
    const from = state.status;
    state = {
      status: s.status,
      provinceAcknowledged: step.move === "provinceAcknowledge" || (state.provinceAcknowledged && step.move !== "escalate"),
      acknowledgedAt: "acknowledgedAt" in s ? (s.acknowledgedAt ?? null) : state.acknowledgedAt,
    };
    if (step.move === "provinceAcknowledge") provinceAcknowledgedById = actorId;
    stamps = { ...stamps, ...s };
    version++;
    events.push({
      id: createId(),
      incidentId,
      communeId: ctx.scope.communeId,
      kind: MOVES[step.move].event,
      fromStatus: from,
      toStatus: s.status,
      note: step.note ?? "",
      actorId,
      at,
    });
  }
  await tx.incidentEvent.createMany({ data: events });
  await tx.incident.update({
    where: { id: incidentId },
    data: { ...stamps, ...(provinceAcknowledgedById ? { provinceAcknowledgedById } : {}), cause: h.cause ?? "", fix: h.fix ?? "", version },
  });
}

/** Hải An's two open incidents, both from the last working day, after its morning check (in the order reported). */
async function seedOpenIncidents(tx: Tx, ctx: Ctx) {
  const at = (time: string) => localInstant(ctx.day, time);
  const screen = await openIncident(
    tx,
    ctx.scope,
    ctx.actors.centre,
    {
      title: "Màn hình gọi số quầy 3 không hiển thị",
      description: "Màn hình hiển thị số thứ tự tại quầy 3 không lên hình; công dân phải nghe gọi số qua loa.",
      severity: "NORMAL",
      startedAt: at("09:10"),
      countersDown: 0,
      servicesAffected: "",
    },
    at("09:20"),
  );
  await handle(tx, ctx, screen.id, {
    steps: [
      { move: "acknowledge", by: "centre", day: 0, time: "09:30" },
      { move: "start", by: "centre", day: 0, time: "10:00", note: "Đã báo nhà cung cấp hệ thống xếp hàng, chờ thay cáp tín hiệu." },
    ],
  });
  const internet = await openIncident(
    tx,
    ctx.scope,
    ctx.actors.centre,
    {
      title: "Mất kết nối Internet toàn Trung tâm",
      description:
        "Toàn bộ máy tính tại Trung tâm không truy cập được Internet; đã khởi động lại modem và bộ chuyển mạch nhưng không khắc phục được.",
      severity: "URGENT",
      startedAt: at("13:50"),
      countersDown: 4,
      servicesAffected: "Tiếp nhận, trả kết quả hồ sơ trực tuyến",
      dossiersAffected: 25,
    },
    at("14:05"),
  );
  await handle(tx, ctx, internet.id, {
    steps: [
      { move: "acknowledge", by: "centre", day: 0, time: "14:10" },
      { move: "start", by: "centre", day: 0, time: "14:15" },
      { move: "comment", by: "centre", day: 0, time: "14:40", note: "Đã gọi tổng đài nhà mạng; đường truyền cáp quang báo mất tín hiệu." },
      {
        move: "escalate",
        by: "office",
        day: 0,
        time: "15:00",
        note: "Đề nghị tổ hỗ trợ cấp tỉnh làm việc với nhà mạng để khôi phục đường truyền, Trung tâm không tiếp nhận được hồ sơ trực tuyến.",
      },
      { move: "provinceAcknowledge", by: "province", day: 0, time: "15:25" },
      {
        move: "comment",
        by: "province",
        day: 0,
        time: "15:40",
        note: "Sở đã liên hệ VNPT Hải Phòng; kỹ thuật viên sẽ đến kiểm tra tuyến cáp trong sáng mai.",
      },
      { move: "comment", by: "centre", day: 0, time: "16:30", note: "Trung tâm tạm tiếp nhận hồ sơ giấy, hẹn trả kết quả khi có mạng." },
    ],
  });
}
