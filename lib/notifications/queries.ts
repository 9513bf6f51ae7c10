import "server-only";
import { getDb } from "../db";
import { isIdShaped } from "../ids";
import { isWeeklyDigestData } from "./weekly-digest-text";

/** Unread count and the latest messages of one user, for the bell in the header. */
export async function notificationsOf(userId: string, take = 15) {
  const db = getDb();
  const [unread, items] = await Promise.all([
    db.notification.count({ where: { userId, readAt: null } }),
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, title: true, body: true, href: true, createdAt: true, readAt: true },
    }),
  ]);
  return { unread, items };
}

export type NotificationItem = Awaited<ReturnType<typeof notificationsOf>>["items"][number];

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
