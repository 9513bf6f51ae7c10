// Who hears of a task's events, and what they read: a direction (to the lead units' staff) and a
// returned progress report (to its author and the unit's other staff). Written with notify() in the
// action's own transaction, so a direction that rolls back leaves no notification and no e-mail.
import type { CommuneScope } from "../auth/permissions";
import { formatDateKey } from "../dates";
import type { Tx } from "../db";
import { notify } from "../notifications/notify";
import { staffOfUnits } from "../notifications/recipients";
import { routes } from "../routes";
import { collapseSpaces } from "../text";
import { directiveAnchor, updateAnchor } from "./anchors";

/** One line of a notice: spaces collapsed, cut at a word near `max` characters. */
export function excerpt(text: string, max = 300): string {
  const flat = collapseSpaces(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The units a direction on each task is for: its lead units; for a group-led task, the members whose
 * part is still open (not done, not "không phát sinh"): a unit that finished its share has nothing to
 * act on. When no part is open, every lead unit (somebody must read it).
 */
export async function directionUnits(tx: Tx, taskIds: readonly string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(taskIds)];
  const [leads, parts] = await Promise.all([
    tx.taskUnit.findMany({ where: { taskId: { in: ids }, role: "LEAD" }, select: { taskId: true, unitId: true } }),
    tx.taskPart.findMany({
      where: { taskId: { in: ids } },
      select: { taskId: true, unitId: true, workStatus: true, notApplicableReason: true },
    }),
  ]);
  const result = new Map<string, string[]>();
  for (const taskId of ids) {
    const lead = leads.filter((l) => l.taskId === taskId).map((l) => l.unitId);
    const own = parts.filter((p) => p.taskId === taskId);
    const open = own.filter((p) => p.workStatus !== "DONE" && !p.notApplicableReason).map((p) => p.unitId);
    result.set(taskId, own.length > 0 && open.length > 0 ? lead.filter((u) => open.includes(u)) : lead);
  }
  return result;
}

type Ctx = { tx: Tx; commune: CommuneScope; user: { id: string } };

/** A new direction: its lead units' active staff (DIRECTION), with the text and the new deadline. */
export async function notifyDirection(
  ctx: Ctx,
  task: { id: string; code: string },
  directive: { id: string; content: string; newDueDate: string | null },
): Promise<number> {
  const units = (await directionUnits(ctx.tx, [task.id])).get(task.id) ?? [];
  const staff = await staffOfUnits(ctx.tx, ctx.commune);
  const userIds = units.flatMap((u) => staff.get(u) ?? []).filter((id) => id !== ctx.user.id);
  const deadline = directive.newDueDate ? ` Hạn mới: ${formatDateKey(directive.newDueDate)}.` : "";
  const r = await notify(ctx.tx, {
    communeId: ctx.commune.communeId,
    kind: "DIRECTION",
    userIds,
    title: `Ý kiến chỉ đạo về nhiệm vụ ${task.code}`,
    body: `${excerpt(directive.content)}${deadline}`,
    href: `${routes.commune(ctx.commune.communeId).task(task.id)}#${directiveAnchor(directive.id)}`,
    topic: `directive:${directive.id}`,
  });
  return r.notified;
}

/** A progress report sent back: its author and the other staff of its unit (UPDATE_RETURNED), with the comment. */
export async function notifyReturned(
  ctx: Ctx,
  task: { id: string; code: string },
  update: { id: string; authorId: string; unitId: string | null },
  comment: string,
): Promise<number> {
  const staff = update.unitId ? ((await staffOfUnits(ctx.tx, ctx.commune)).get(update.unitId) ?? []) : [];
  // The author may be the standing office itself ("báo cáo thay"); whoever returns it needs no notice.
  const userIds = [update.authorId, ...staff].filter((id) => id !== ctx.user.id);
  const r = await notify(ctx.tx, {
    communeId: ctx.commune.communeId,
    kind: "UPDATE_RETURNED",
    userIds,
    title: `Báo cáo tiến độ nhiệm vụ ${task.code} bị trả lại để sửa`,
    body: `Lý do: ${excerpt(comment)}`,
    href: `${routes.commune(ctx.commune.communeId).task(task.id)}#${updateAnchor(update.id)}`,
    topic: `returned:${update.id}`,
  });
  return r.notified;
}
