import "server-only";
import { getDb } from "../db";

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
