// Kiểm tra đầu giờ: the one-stop centre's start-of-day check. One check per commune and day (the day it
// is sent on, never another); a second submission the same day is an amendment, a new revision kept
// with the first. Every fault opens an incident, or joins the item's incident that is still open.
import { defineAction } from "../actions/safe-action";
import { canRunDailyCheck, canRunDailyChecks, type Viewer } from "../auth/permissions";
import type { CommuneInfo } from "../communes/scope";
import type { Tx } from "../db";
import { dateFromKey } from "../dates";
import { AppError } from "../errors";
import { storeAttachments, takeEvidence, type Evidence } from "../files/attach";
import type { CheckItemState, IncidentSeverity } from "../generated/prisma/enums";
import { incidentCode } from "../incidents/labels";
import { openIncident } from "../incidents/open";
import { OPEN_STATUSES } from "../incidents/states";
import { localTimeOf, now } from "../jobs/clock";
import { serviceCentreScope, loadServiceCentre } from "./centre";
import { checkDayKey } from "./day";
import { ensureChecklist } from "./default-items";
import { CHECK_STATE_LABEL, isFault } from "./labels";
import { dailyCheckSubmitSchema, MAX_PHOTOS_PER_ITEM, type DailyCheckSubmitInput } from "./schemas";

export type CheckIncident = { id: string; code: string; title: string; opened: boolean };
export type SubmittedCheck = { checkId: string; day: string; revision: number; submittedAt: string; incidents: CheckIncident[] };

type Item = { id: string; area: string; name: string; critical: boolean };

/** DOWN on an item without which the centre stops receiving dossiers is urgent; FLAKY has a workaround. */
export function faultSeverity(state: CheckItemState, critical: boolean): IncidentSeverity {
  if (state === "DOWN") return critical ? "URGENT" : "NORMAL";
  return "LOW";
}

/** "Máy in: không hoạt động": the incident's title (and the audit's "Máy in (Không hoạt động)"). */
export function faultTitle(itemName: string, state: CheckItemState): string {
  return `${itemName}: ${CHECK_STATE_LABEL[state].toLowerCase()}`;
}

/** Who may run the check: the centre's staff (or the standing office); others hear who does it. */
async function refuseOutsideCentre(tx: Tx, user: Viewer, commune: CommuneInfo) {
  const scope = await serviceCentreScope(tx, commune);
  if (canRunDailyCheck(user, scope)) return scope;
  const centre = await loadServiceCentre(tx, commune.communeId);
  throw new AppError(
    "FORBIDDEN",
    centre
      ? `Kiểm tra đầu giờ do cán bộ ${centre.name} hoặc Văn phòng thường trực thực hiện.`
      : "Xã, phường chưa chọn đơn vị Trung tâm Phục vụ hành chính công: Văn phòng thường trực chọn trong danh mục kiểm tra.",
  );
}

/** The results must name every active item once: the list on the form is the list checked. */
function matchResults(items: Item[], input: DailyCheckSubmitInput) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  for (const r of input.results) {
    if (!byId.has(r.itemId))
      throw new AppError("VALIDATION", "Có hạng mục không còn trong danh mục kiểm tra. Hãy tải lại trang rồi kiểm tra lại.");
    if (seen.has(r.itemId)) throw new AppError("VALIDATION", `Hạng mục "${byId.get(r.itemId)!.name}" có hai kết quả. Hãy tải lại trang.`);
    seen.add(r.itemId);
  }
  const missing = items.filter((i) => !seen.has(i.id));
  if (missing.length)
    throw new AppError(
      "VALIDATION",
      `Thiếu kết quả của ${missing.map((i) => `"${i.name}"`).join(", ")}: danh mục vừa thay đổi, hãy tải lại trang.`,
    );
  for (const itemId of Object.keys(input.photos)) {
    const result = input.results.find((r) => r.itemId === itemId);
    if (!result) throw new AppError("VALIDATION", "Ảnh đính kèm cho hạng mục không có trong danh mục.");
    if (!isFault(result.state) && input.photos[itemId]!.length)
      throw new AppError("VALIDATION", `Chỉ đính kèm ảnh cho hạng mục có lỗi ("${byId.get(itemId)!.name}" đang là bình thường).`);
  }
  return byId;
}

/** The refusal of a submission made from a stale form: who sent what, when; the form keeps its input. */
async function checkConflict(tx: Tx, checkId: string): Promise<AppError> {
  const last = await tx.dailyCheckRevision.findFirst({
    where: { checkId },
    orderBy: { number: "desc" },
    select: { number: true, submittedAt: true, submittedBy: { select: { fullName: true } } },
  });
  const what =
    last && last.number > 1 ? `được ${last.submittedBy.fullName} sửa lúc` : `được ${last?.submittedBy.fullName ?? "người khác"} gửi lúc`;
  return new AppError(
    "CONFLICT",
    `Kiểm tra đầu giờ hôm nay vừa ${what} ${last ? localTimeOf(last.submittedAt) : ""}. Nội dung bạn chọn vẫn được giữ: hãy tải lại trang để xem rồi gửi bản sửa nếu cần.`,
    undefined,
    { revision: last?.number ?? 0 },
  );
}

/** The day's check row at the revision the form was filled from, created for a first submission. */
async function claimRevision(tx: Tx, user: Viewer, communeId: string, day: string, expected: number, at: Date) {
  const dayDate = dateFromKey(day);
  if (expected === 0) {
    // Two first submissions at the same moment: the unique (commune, day) keeps one; the other waits
    // for it to commit, inserts nothing and is told who was first.
    const made = await tx.dailyCheck.createMany({
      data: [{ communeId, day: dayDate, checkedById: user.id, checkedAt: at, revision: 1 }],
      skipDuplicates: true,
    });
    const row = await tx.dailyCheck.findUniqueOrThrow({ where: { communeId_day: { communeId, day: dayDate } }, select: { id: true } });
    if (made.count === 0) throw await checkConflict(tx, row.id);
    return { checkId: row.id, number: 1 };
  }
  const row = await tx.dailyCheck.findUnique({ where: { communeId_day: { communeId, day: dayDate } }, select: { id: true } });
  if (!row) throw new AppError("CONFLICT", "Hôm nay chưa có kết quả kiểm tra đầu giờ để sửa. Hãy tải lại trang rồi gửi kết quả.");
  const moved = await tx.dailyCheck.updateMany({ where: { id: row.id, revision: expected }, data: { revision: expected + 1 } });
  if (moved.count === 0) throw await checkConflict(tx, row.id);
  return { checkId: row.id, number: expected + 1 };
}

export const submitDailyCheck = defineAction({
  name: "dailyChecks.submit",
  schema: dailyCheckSubmitSchema,
  // The gate: accounts of the commune that could be the centre's; which unit it is, is the row rule.
  permission: canRunDailyChecks,
  async run(ctx): Promise<SubmittedCheck> {
    const { input, tx, user, commune } = ctx;
    const scope = await refuseOutsideCentre(tx, user, commune);
    await ensureChecklist(tx, commune.communeId);
    const items = await tx.checkItem.findMany({
      where: { communeId: commune.communeId, archivedAt: null },
      select: { id: true, area: true, name: true, critical: true },
    });
    const byId = matchResults(items, input);
    const photos = new Map<string, Evidence[]>();
    for (const [itemId, list] of Object.entries(input.photos)) {
      if (!list.length) continue;
      // A fault's photo field holds files (no JavaScript) and ids of photos uploaded ahead.
      const files = list.filter((p): p is File => typeof p !== "string");
      const uploadIds = list.filter((p): p is string => typeof p === "string");
      photos.set(itemId, await takeEvidence(ctx, commune.communeId, { files, uploadIds }, MAX_PHOTOS_PER_ITEM));
    }

    const at = now();
    const day = checkDayKey(at);
    const { checkId, number } = await claimRevision(tx, user, commune.communeId, day, input.expectedRevision, at);
    // A fault already linked today (an earlier revision) stays with its incident without a new "seen again" line.
    const linkedToday = new Map(
      (
        await tx.dailyCheckResult.findMany({
          where: { revision: { checkId }, incidentId: { not: null }, incident: { status: { in: [...OPEN_STATUSES] } } },
          select: { itemId: true, incidentId: true },
        })
      ).map((r) => [r.itemId, r.incidentId!]),
    );

    const faults = input.results.filter((r) => isFault(r.state));
    const revision = await tx.dailyCheckRevision.create({
      data: {
        checkId,
        communeId: commune.communeId,
        number,
        submittedById: user.id,
        submittedAt: at,
        note: input.note,
        faultCount: faults.length,
      },
      select: { id: true },
    });
    const incidents: CheckIncident[] = [];
    for (const r of input.results) {
      const item = byId.get(r.itemId)!;
      const incident = isFault(r.state)
        ? await incidentOf(tx, { ...scope, communeName: commune.name }, user, item, r, linkedToday, at)
        : null;
      if (incident && !incidents.some((i) => i.id === incident.id)) incidents.push(incident);
      const result = await tx.dailyCheckResult.create({
        data: {
          revisionId: revision.id,
          communeId: commune.communeId,
          itemId: item.id,
          itemName: item.name,
          area: item.area,
          state: r.state,
          note: r.note,
          incidentId: incident?.id ?? null,
        },
        select: { id: true },
      });
      const files = photos.get(item.id);
      if (files) await storeAttachments(ctx, files, { communeId: commune.communeId, uploadedById: user.id, checkResultId: result.id });
    }
    // The current revision's faults (checkedBy/At stay the first submission's).
    await tx.dailyCheck.update({ where: { id: checkId }, data: { faultCount: faults.length } });

    await ctx.audit(
      number > 1 ? "dailyChecks.amend" : "dailyChecks.submit",
      { type: "DailyCheck", id: checkId },
      {
        day,
        revision: number,
        faultItems: faults.map((r) => `${byId.get(r.itemId)!.name} (${CHECK_STATE_LABEL[r.state]})`),
        openedIncidents: incidents.filter((i) => i.opened).map((i) => i.code),
        joinedIncidents: incidents.filter((i) => !i.opened).map((i) => i.code),
      },
    );
    return { checkId, day, revision: number, submittedAt: at.toISOString(), incidents };
  },
});

/** The incident of a fault: today's link, the item's open incident (seen again), or a new one. */
async function incidentOf(
  tx: Tx,
  scope: Parameters<typeof openIncident>[1],
  user: Viewer,
  item: Item,
  r: { state: CheckItemState; note: string },
  linkedToday: Map<string | null, string>,
  at: Date,
): Promise<CheckIncident> {
  const select = { id: true, number: true, title: true } as const;
  const today = linkedToday.get(item.id);
  const linked = today ? await tx.incident.findUnique({ where: { id: today }, select }) : null;
  if (linked) return { id: linked.id, code: incidentCode(linked.number), title: linked.title, opened: false };
  const open = await tx.incident.findFirst({
    where: { communeId: scope.communeId, checkItemId: item.id, status: { in: [...OPEN_STATUSES] } },
    orderBy: { reportedAt: "desc" },
    select,
  });
  if (open) {
    await tx.incidentEvent.create({
      data: {
        incidentId: open.id,
        communeId: scope.communeId,
        kind: "SEEN_AGAIN",
        note: r.note || CHECK_STATE_LABEL[r.state],
        actorId: user.id,
        at,
      },
    });
    return { id: open.id, code: incidentCode(open.number), title: open.title, opened: false };
  }
  const title = faultTitle(item.name, r.state);
  const made = await openIncident(
    tx,
    scope,
    user.id,
    { title, description: r.note, checkItemId: item.id, severity: faultSeverity(r.state, item.critical), startedAt: at },
    at,
  );
  return { id: made.id, code: made.code, title, opened: true };
}
