// Who hears about an extension request: a new request goes to the accounts that may decide it (the
// chair), a decision to the requesting unit's active staff. Each gets an in-app notification linking
// to the task, written in the action's transaction; the e-mail copies are returned for the form
// binding to send after the commit (lib/notifications/mail.ts), like the reporting reminders.
import { canDecideExtension, canReportProgress, type Viewer } from "../../auth/permissions";
import type { CommuneInfo } from "../../communes/scope";
import type { Tx } from "../../db";
import { portalLink, type MailMessage } from "../../notifications/mail";
import { routes } from "../../routes";

type Ctx = { tx: Tx; commune: CommuneInfo };
type Message = { title: string; body: string };

const viewerSelect = { id: true, role: true, provinceId: true, communeId: true, unitId: true, email: true } as const;

async function send(ctx: Ctx, taskId: string, recipients: (Viewer & { email: string | null })[], m: Message): Promise<MailMessage[]> {
  if (recipients.length === 0) return [];
  const href = routes.commune(ctx.commune.communeId).task(taskId);
  await ctx.tx.notification.createMany({
    data: recipients.map((u) => ({
      communeId: ctx.commune.communeId,
      userId: u.id,
      title: m.title,
      body: m.body,
      href,
      topic: `extension:${taskId}`,
    })),
  });
  return recipients
    .filter((u) => u.email)
    .map((u) => ({ to: u.email!, subject: `[Chuyển đổi số] ${m.title}`, text: `${m.body}\n\nXem nhiệm vụ: ${portalLink(href)}` }));
}

/** A new request: every active account of the commune that may decide it. */
export async function notifyChairs(ctx: Ctx, task: { id: string }, m: Message): Promise<MailMessage[]> {
  const users = await ctx.tx.user.findMany({ where: { communeId: ctx.commune.communeId, active: true }, select: viewerSelect });
  return send(
    ctx,
    task.id,
    users.filter((u) => canDecideExtension(u, ctx.commune)),
    m,
  );
}

/** A decision: the requesting unit's active staff. */
export async function notifyUnit(ctx: Ctx, task: { id: string }, unitId: string, m: Message): Promise<MailMessage[]> {
  const users = await ctx.tx.user.findMany({ where: { communeId: ctx.commune.communeId, unitId, active: true }, select: viewerSelect });
  return send(
    ctx,
    task.id,
    users.filter((u) => canReportProgress(u, ctx.commune)),
    m,
  );
}
