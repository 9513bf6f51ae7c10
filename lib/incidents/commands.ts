// The incident log's commands (Sự cố CNTT): report, every move of the state machine (one action,
// lib/incidents/states.ts says which move is whose and when), comments and attachments. A move is
// written only if the incident is still at the version the user saw: of two people acknowledging at
// once one wins, and the other is told who did and when.
import { defineAction, notFound, type ActionContext } from "../actions/safe-action";
import { canCommentOnIncident, canReportIncident, canWorkOnIncidents, type IncidentScope } from "../auth/permissions";
import type { CommuneInfo } from "../communes/scope";
import { formatDateKey, localDateKey } from "../dates";
import { serviceCentreScope } from "../daily-checks/centre";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { storeAttachments, takeEvidence } from "../files/attach";
import { localTimeOf, now } from "../jobs/clock";
import { notify } from "../notifications/notify";
import { routes } from "../routes";
import { INCIDENT_EVENT_LABEL, incidentCode } from "./labels";
import { openIncident } from "./open";
import { incidentHandlersOf, provinceTeamOf } from "./recipients";
import { MAX_INCIDENT_AGE_DAYS } from "./limits";
import { attachIncidentSchema, commentIncidentSchema, moveIncidentSchema, reportIncidentSchema } from "./schemas";
import { sideOf } from "./side";
import { MOVES, refusal, stampsOf } from "./states";

/** A clock a few minutes ahead of the server's still reports "now". */
const FUTURE_SLACK_MS = 5 * 60_000;

export const reportIncident = defineAction({
  name: "incidents.report",
  schema: reportIncidentSchema,
  permission: canReportIncident,
  async run(ctx) {
    const { input, tx, commune, user } = ctx;
    const at = now();
    const item = input.checkItemId
      ? await tx.checkItem.findFirst({
          where: { id: input.checkItemId, communeId: commune.communeId, archivedAt: null },
          select: { id: true, name: true },
        })
      : null;
    if (input.checkItemId && !item)
      throw new AppError("VALIDATION", "Hạng mục kiểm tra không còn trong danh mục của xã, phường.", {
        checkItemId: ["Chọn một hạng mục đang dùng của danh mục kiểm tra"],
      });
    if (input.startedAt.getTime() > at.getTime() + FUTURE_SLACK_MS)
      throw new AppError("VALIDATION", undefined, { startedAt: ["Thời điểm xảy ra không thể ở tương lai"] });
    const earliest = new Date(at.getTime() - MAX_INCIDENT_AGE_DAYS * 24 * 3600_000);
    if (input.startedAt.getTime() < earliest.getTime())
      throw new AppError("VALIDATION", undefined, {
        startedAt: [`Chỉ báo sự cố xảy ra trong ${MAX_INCIDENT_AGE_DAYS} ngày gần đây (từ ${formatDateKey(localDateKey(earliest))})`],
      });
    const files = await takeEvidence(ctx, commune.communeId, input);
    const scope = await serviceCentreScope(tx, commune);
    const title = input.title || item?.name || "";
    const opened = await openIncident(
      tx,
      { ...scope, communeName: commune.name },
      user.id,
      {
        title,
        description: input.description,
        checkItemId: item?.id ?? null,
        severity: input.severity,
        startedAt: input.startedAt,
        countersDown: input.countersDown,
        servicesAffected: input.servicesAffected,
        dossiersAffected: input.dossiersAffected,
      },
      at,
    );
    await storeAttachments(ctx, files, { communeId: commune.communeId, uploadedById: user.id, incidentId: opened.id });
    await ctx.audit(
      "incidents.report",
      { type: "Incident", id: opened.id },
      {
        incident: opened.code,
        incidentTitle: title,
        severity: input.severity,
        startedAt: input.startedAt.toISOString(),
        countersDown: input.countersDown,
        servicesAffected: input.servicesAffected,
        dossiersAffected: input.dossiersAffected,
      },
    );
    return { incidentId: opened.id, code: opened.code };
  },
});

const incidentSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  version: true,
  acknowledgedAt: true,
  escalatedAt: true,
  provinceAcknowledgedAt: true,
  reportedById: true,
} as const;

/** The incident of this commune (NOT_FOUND for another commune's id) with its permission scope. */
async function loadIncident(tx: Tx, commune: CommuneInfo, incidentId: string) {
  const incident = await tx.incident.findFirst({ where: { id: incidentId, communeId: commune.communeId }, select: incidentSelect });
  if (!incident) notFound();
  const scope: IncidentScope = { ...(await serviceCentreScope(tx, commune)), escalated: incident.status === "ESCALATED" };
  return { incident, scope };
}

/** The refusal a stale move gets: who made the last move, and when. */
async function staleMove(tx: Tx, incidentId: string): Promise<AppError> {
  const last = await tx.incidentEvent.findFirst({
    where: { incidentId, kind: { not: "COMMENTED" } },
    orderBy: { at: "desc" },
    select: { kind: true, at: true, actor: { select: { fullName: true } } },
  });
  const what = last
    ? `${last.actor.fullName} ${INCIDENT_EVENT_LABEL[last.kind].toLowerCase()} lúc ${localTimeOf(last.at)}`
    : "người khác thay đổi";
  return new AppError("CONFLICT", `Sự cố vừa được ${what}. Hãy xem trạng thái hiện tại rồi thao tác lại nếu còn cần.`);
}

/**
 * Who hears of a move or a comment: the reporter and the commune's handlers, and the province team
 * while the incident is (or was until this move) escalated or when the province acted; never the actor.
 */
async function tellUpdated(
  ctx: Pick<ActionContext<unknown>, "tx" | "user">,
  scope: IncidentScope,
  incident: { id: string; number: number; title: string; reportedById: string },
  withProvince: boolean,
  title: string,
  body: string,
  at: Date,
) {
  const { tx, user } = ctx;
  const userIds = [
    incident.reportedById,
    ...(await incidentHandlersOf(tx, scope)),
    ...(withProvince ? await provinceTeamOf(tx, scope) : []),
  ];
  await notify(tx, {
    communeId: scope.communeId,
    kind: "INCIDENT_UPDATED",
    userIds: [...new Set(userIds)].filter((u) => u !== user.id),
    title,
    body,
    href: routes.commune(scope.communeId).incident(incident.id),
    topic: `incident:${incident.id}`,
    at,
  });
}

export const moveIncident = defineAction({
  name: "incidents.move",
  schema: moveIncidentSchema,
  permission: canWorkOnIncidents,
  async run(ctx) {
    const { input, tx, commune, user } = ctx;
    const { incident, scope } = await loadIncident(tx, commune, input.incidentId);
    const side = sideOf(user, scope);
    if (!side)
      throw new AppError("FORBIDDEN", "Bạn không xử lý sự cố này: việc này của Trung tâm Phục vụ hành chính công và bộ phận thường trực.");
    const code = incidentCode(incident.number);
    if (incident.version !== input.version) throw await staleMove(tx, incident.id);
    const state = {
      status: incident.status,
      provinceAcknowledged: incident.provinceAcknowledgedAt !== null,
      acknowledgedAt: incident.acknowledgedAt,
    };
    const refused = refusal(state, input.move, side);
    if (refused) throw new AppError("CONFLICT", refused);

    const rule = MOVES[input.move];
    const needed: Record<"note" | "cause" | "fix", string> = {
      note: input.move === "escalate" ? "Nêu việc cần tỉnh hỗ trợ" : "Nêu lỗi gặp lại là gì",
      cause: "Nêu nguyên nhân sự cố",
      fix: "Nêu cách đã khắc phục",
    };
    const fieldErrors: Record<string, string[]> = {};
    for (const field of rule.needs) if (!input[field]) fieldErrors[field] = [needed[field]];
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", undefined, fieldErrors);

    const at = now();
    const written = await tx.incident.updateMany({
      where: { id: incident.id, communeId: commune.communeId, version: input.version },
      data: {
        ...stampsOf(state, input.move, at),
        ...(input.move === "provinceAcknowledge" ? { provinceAcknowledgedById: user.id } : {}),
        ...(input.move === "resolve" && input.note ? { fix: input.note } : {}),
        ...(input.move === "close" ? { cause: input.cause, fix: input.fix } : {}),
        version: { increment: 1 },
      },
    });
    if (written.count === 0) throw await staleMove(tx, incident.id);

    const note = input.move === "close" ? "" : input.note;
    await tx.incidentEvent.create({
      data: {
        incidentId: incident.id,
        communeId: commune.communeId,
        kind: rule.event,
        fromStatus: incident.status,
        toStatus: rule.to,
        note,
        actorId: user.id,
        at,
      },
    });
    const eventLine = `${INCIDENT_EVENT_LABEL[rule.event]}: ${code} ${incident.title}`;
    if (input.move === "escalate") {
      await notify(tx, {
        communeId: commune.communeId,
        kind: "INCIDENT_ESCALATED",
        userIds: (await provinceTeamOf(tx, scope)).filter((u) => u !== user.id),
        title: `${commune.name} chuyển sự cố ${code} lên tổ hỗ trợ cấp tỉnh`,
        body: `${incident.title}. ${input.note}`,
        href: routes.commune(commune.communeId).incident(incident.id),
        topic: `incident:${incident.id}`,
        at,
      });
    } else {
      await tellUpdated(ctx, scope, incident, incident.status === "ESCALATED" || side === "province", eventLine, note, at);
    }
    await ctx.audit(
      `incidents.${input.move}`,
      { type: "Incident", id: incident.id },
      {
        incident: code,
        fromState: incident.status,
        toState: rule.to,
        ...(note ? { note } : {}),
        ...(input.move === "close" ? { cause: input.cause, fix: input.fix } : {}),
      },
    );
    return { incidentId: incident.id, status: rule.to };
  },
});

export const commentOnIncident = defineAction({
  name: "incidents.comment",
  schema: commentIncidentSchema,
  permission: canWorkOnIncidents,
  async run(ctx) {
    const { input, tx, commune, user } = ctx;
    const { incident, scope } = await loadIncident(tx, commune, input.incidentId);
    if (!canCommentOnIncident(user, scope)) throw new AppError("FORBIDDEN", "Tổ hỗ trợ cấp tỉnh chỉ trao đổi về sự cố đã chuyển cấp trên.");
    const at = now();
    // Comments never conflict: they neither check nor bump the incident's version.
    await tx.incidentEvent.create({
      data: { incidentId: incident.id, communeId: commune.communeId, kind: "COMMENTED", note: input.note, actorId: user.id, at },
    });
    const code = incidentCode(incident.number);
    await tellUpdated(ctx, scope, incident, scope.escalated, `Trao đổi về sự cố ${code} ${incident.title}`, input.note, at);
    await ctx.audit("incidents.comment", { type: "Incident", id: incident.id }, { incident: code, note: input.note });
    return { incidentId: incident.id };
  },
});

export const attachToIncident = defineAction({
  name: "incidents.attach",
  schema: attachIncidentSchema,
  permission: canWorkOnIncidents,
  async run(ctx) {
    const { input, tx, commune, user } = ctx;
    const { incident, scope } = await loadIncident(tx, commune, input.incidentId);
    if (!canCommentOnIncident(user, scope))
      throw new AppError("FORBIDDEN", "Tổ hỗ trợ cấp tỉnh chỉ đính kèm vào sự cố đã chuyển cấp trên.");
    const files = await takeEvidence(ctx, commune.communeId, input);
    const ids = await storeAttachments(ctx, files, { communeId: commune.communeId, uploadedById: user.id, incidentId: incident.id });
    const code = incidentCode(incident.number);
    for (const [i, f] of files.entries())
      await ctx.audit("incidents.attach", { type: "Attachment", id: ids[i]! }, { incident: code, fileName: f.fileName });
    return { incidentId: incident.id, count: ids.length };
  },
});
