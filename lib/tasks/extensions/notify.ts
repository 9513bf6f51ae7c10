// Who hears about an extension request: a new request goes to the accounts that may decide it (the
// chair), a decision to the requesting unit's active staff. Each gets an in-app notification linking
// to the task and, through the outbox, its e-mail; all written in the action's transaction.
import { canDecideExtension, canReportProgress } from "../../auth/permissions";
import type { CommuneInfo } from "../../communes/scope";
import type { Tx } from "../../db";
import type { NotificationKind } from "../../generated/prisma/enums";
import { notify } from "../../notifications/notify";
import { routes } from "../../routes";

type Ctx = { tx: Tx; commune: CommuneInfo };
type Message = { title: string; body: string };

const viewerSelect = { id: true, role: true, provinceId: true, communeId: true, unitId: true } as const;

async function send(ctx: Ctx, kind: NotificationKind, taskId: string, userIds: string[], m: Message) {
  const r = await notify(ctx.tx, {
    communeId: ctx.commune.communeId,
    kind,
    userIds,
    title: m.title,
    body: m.body,
    href: routes.commune(ctx.commune.communeId).task(taskId),
    topic: `extension:${taskId}`,
  });
  return r.notified;
}

/** A new request: every active account of the commune that may decide it. */
export async function notifyChairs(ctx: Ctx, task: { id: string }, m: Message): Promise<number> {
  const users = await ctx.tx.user.findMany({ where: { communeId: ctx.commune.communeId, active: true }, select: viewerSelect });
  const deciders = users.filter((u) => canDecideExtension(u, ctx.commune)).map((u) => u.id);
  return send(ctx, "EXTENSION_REQUESTED", task.id, deciders, m);
}

/** A decision: the requesting unit's active staff. */
export async function notifyUnit(ctx: Ctx, task: { id: string }, unitId: string, m: Message): Promise<number> {
  const users = await ctx.tx.user.findMany({ where: { communeId: ctx.commune.communeId, unitId, active: true }, select: viewerSelect });
  const staff = users.filter((u) => canReportProgress(u, ctx.commune)).map((u) => u.id);
  return send(ctx, "EXTENSION_DECIDED", task.id, staff, m);
}
