import "server-only";
import { getDb } from "../db";
import type { NotificationListQuery } from "../routes";
import { searchParam, type SearchParams } from "../validation/search-params";
import { isIdShaped } from "../ids";
import { isWeeklyDigestData } from "./weekly-digest-text";

const itemSelect = { id: true, kind: true, title: true, body: true, href: true, createdAt: true, readAt: true } as const;

/** Unread count and the latest messages of one user, for the bell in the header. */
export async function notificationsOf(userId: string, take = 15) {
  const db = getDb();
  const [unread, items] = await Promise.all([
    db.notification.count({ where: { userId, readAt: null } }),
    db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: itemSelect }),
  ]);
  return { unread, items };
}

export type NotificationItem = Awaited<ReturnType<typeof notificationsOf>>["items"][number];

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** The list page's filter and cursor from its URL (lib/routes.ts `notifications` writes them). */
export function readNotificationQuery(params: SearchParams): Required<NotificationListQuery> {
  return { unread: searchParam(params, "loc") === "chua-doc", before: searchParam(params, "truoc", 40) };
}

/**
 * One page of a user's own notifications, newest first, older than the `before` message (a cursor:
 * new messages arriving meanwhile do not shift the pages). A cursor that is not the user's own
 * message is ignored, so another user's ids reveal nothing.
 */
export async function notificationPage(userId: string, q: Required<NotificationListQuery>, take = NOTIFICATIONS_PAGE_SIZE) {
  const db = getDb();
  const cursor = q.before
    ? await db.notification.findFirst({ where: { id: q.before, userId }, select: { id: true, createdAt: true } })
    : null;
  const where = {
    userId,
    ...(q.unread ? { readAt: null } : {}),
    ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
  };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: take + 1, select: itemSelect }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  const items = rows.slice(0, take);
  return { items, unread, older: rows.length > take ? items[items.length - 1]!.id : null, paged: !!cursor };
}

/**
 * One weekly digest of the user's own (the page of the digest): null when the id is not a digest of
 * theirs in that commune, so that someone else's digest is "not found", not "forbidden".
 */
export async function weeklyDigestOf(userId: string, communeId: string, notificationId: string) {
  if (!isIdShaped(notificationId)) return null;
  const n = await getDb().notification.findFirst({
    where: { id: notificationId, userId, communeId, kind: "CHAIR_WEEKLY_DIGEST" },
    select: { id: true, title: true, createdAt: true, data: true },
  });
  if (!n || !isWeeklyDigestData(n.data)) return null;
  return { id: n.id, title: n.title, createdAt: n.createdAt, data: n.data };
}
