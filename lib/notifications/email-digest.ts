// The daily e-mail digest of users who chose "Thư tổng hợp hằng ngày" (emailMode DAILY_DIGEST): their
// notifications since the last digest that had no e-mail of their own, in one letter. notify() gives
// such users no single mails; this is where they get them instead.
//
// The one exception to "every message goes through notify()": the digest is a letter about
// notifications, not a new event. Made through notify() it would also be a bell notification (a
// notification about notifications, itself waiting for tomorrow's digest), so the outbox row is
// written here directly, in the scheduler's transaction, together with the digestedAt marks: if the
// transaction rolls back, the notifications stay undigested and the next run takes them.
import type { Tx } from "../db";
import type { CommuneSettingsValues } from "../communes/settings";
import { formatDateKey } from "../dates";
import { emailOf, portalLink } from "./render";
import { afterQuietHours } from "./quiet-hours";

/** A user's first digest looks back this far (older unread messages were visible in the bell). */
export const FIRST_DIGEST_LOOKBACK_DAYS = 7;

export const emailDigestTitle = (today: string) => `Tổng hợp thông báo ngày ${formatDateKey(today)}`;

type DigestInput = { communeId: string; at: Date; today: string; settings: Pick<CommuneSettingsValues, "quietStart" | "quietEnd"> };

/** Writes one digest e-mail per DAILY_DIGEST user of the commune who has something new; returns how many. */
export async function writeEmailDigests(tx: Tx, input: DigestInput): Promise<number> {
  const users = await tx.user.findMany({
    where: { communeId: input.communeId, active: true, email: { not: null }, notificationPreference: { emailMode: "DAILY_DIGEST" } },
    select: { id: true, email: true, notificationPreference: { select: { emailMuted: true } } },
    orderBy: { username: "asc" },
  });
  const sendAt = afterQuietHours(input.at, input.settings.quietStart, input.settings.quietEnd);
  let written = 0;
  for (const u of users) {
    const last = await tx.notification.aggregate({ where: { userId: u.id, digestedAt: { not: null } }, _max: { digestedAt: true } });
    const since = last._max.digestedAt ?? new Date(input.at.getTime() - FIRST_DIGEST_LOOKBACK_DAYS * 86_400_000);
    const items = await tx.notification.findMany({
      where: {
        userId: u.id,
        digestedAt: null,
        createdAt: { gt: since, lte: input.at },
        kind: { notIn: ["EMAIL_DIGEST", ...(u.notificationPreference?.emailMuted ?? [])] },
        // One that had its own e-mail (sent while the user was on INSTANT) is not told twice.
        outbox: { none: { channel: "EMAIL" } },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, href: true },
    });
    if (items.length === 0) continue;
    const body = [
      `Anh/chị có ${items.length} thông báo mới trên cổng thông tin:`,
      "",
      ...items.map((n, i) => `${i + 1}. ${n.title}${n.href ? `\n   ${portalLink(n.href)}` : ""}`),
    ].join("\n");
    const mail = emailOf({ title: emailDigestTitle(input.today), body });
    await tx.outboxMessage.create({
      data: {
        communeId: input.communeId,
        channel: "EMAIL",
        recipient: u.email!,
        subject: mail.subject,
        body: mail.text,
        nextAttemptAt: sendAt,
      },
    });
    await tx.notification.updateMany({ where: { id: { in: items.map((n) => n.id) } }, data: { digestedAt: input.at } });
    written++;
  }
  return written;
}
