// The one way a notification is made. Called inside the transaction of the event that causes it (a
// direction, a returned update, a scheduled reminder), it writes the in-app Notification rows and,
// in the same transaction, one outbox row per e-mail and one for the commune's webhook: if the
// event rolls back, nobody hears of it; if it commits, the messages will be delivered by the job
// worker (lib/notifications/outbox.ts), with retries. Nothing is sent from inside a request.
import type { Tx } from "../db";
import { readCommuneSettings, type CommuneSettingsValues } from "../communes/settings";
import type { NotificationKind } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { createId } from "../ids";
import { now } from "../jobs/clock";
import { NOTIFICATION_KINDS } from "./kinds";
import { emailOf, webhookPayload } from "./render";
import { afterQuietHours } from "./quiet-hours";

export type NotifyInput = {
  communeId: string | null;
  kind: NotificationKind;
  /** User ids; inactive accounts and duplicates are dropped. */
  userIds: readonly string[];
  title: string;
  body: string;
  /** The e-mail's text when it says more than the bell's short body (a digest); the body otherwise. */
  emailText?: string;
  href?: string | null;
  /**
   * A link that names the recipient's own notification (the weekly digest's page): called with each
   * new row's id, it replaces `href` for that row, its e-mail and the webhook.
   */
  hrefOf?: (notificationId: string) => string;
  topic?: string | null;
  /** Structured content (a digest's lines) kept with the row for the e-mail and webhook. */
  data?: Prisma.InputJsonValue;
  /**
   * A scheduled message's slot. With it each user's row is keyed `${dedupeKey}:${userId}` and written
   * at most once, whoever runs the rule and however often.
   */
  dedupeKey?: string;
  /** The event's moment (the test clock's "now" by default): decides quiet hours. */
  at?: Date;
  /** The commune's settings when the caller has them already (the scheduler): saves a read per message. */
  settings?: NotifySettings;
};

type NotifySettings = Pick<CommuneSettingsValues, "quietStart" | "quietEnd" | "webhookUrl" | "webhookKinds">;

export type NotifyResult = { notified: number; emails: number; webhooks: number; userIds: string[] };

/** The row's id made here when its link must name it (hrefOf); the link itself. */
function ownLink(input: NotifyInput): { id?: string; href: string | null } {
  if (!input.hrefOf) return { href: input.href ?? null };
  const id = createId();
  return { id, href: input.hrefOf(id) };
}

export async function notify(tx: Tx, input: NotifyInput): Promise<NotifyResult> {
  const none: NotifyResult = { notified: 0, emails: 0, webhooks: 0, userIds: [] };
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return none;
  const at = input.at ?? now();
  const info = NOTIFICATION_KINDS[input.kind];
  const users = await tx.user.findMany({
    where: { id: { in: ids }, active: true },
    select: { id: true, email: true, notificationPreference: { select: { emailMode: true, emailMuted: true, inAppMuted: true } } },
  });
  const wanted = users.filter((u) => info.mandatoryInApp || !u.notificationPreference?.inAppMuted.includes(input.kind));
  if (wanted.length === 0) return none;

  const rows = await tx.notification.createManyAndReturn({
    data: wanted.map((u) => ({
      ...ownLink(input),
      communeId: input.communeId,
      userId: u.id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      topic: input.topic ?? null,
      data: input.data,
      dedupeKey: input.dedupeKey ? `${input.dedupeKey}:${u.id}` : null,
      createdAt: at,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true, href: true },
  });
  if (rows.length === 0) return none;

  const settings = input.settings ?? (input.communeId ? await readCommuneSettings(tx, input.communeId) : null);
  const sendAt = settings ? afterQuietHours(at, settings.quietStart, settings.quietEnd) : at;
  const byUser = new Map(wanted.map((u) => [u.id, u]));
  const emailRows = rows.flatMap((n) => {
    const u = byUser.get(n.userId)!;
    const pref = u.notificationPreference;
    // A digest reader gets this in tomorrow's digest; OFF gets nothing; a muted kind stays in-app.
    if (!u.email || (pref && (pref.emailMode !== "INSTANT" || pref.emailMuted.includes(input.kind)))) return [];
    const mail = emailOf({ ...input, href: n.href });
    return [
      {
        communeId: input.communeId,
        notificationId: n.id,
        channel: "EMAIL" as const,
        recipient: u.email,
        subject: mail.subject,
        body: mail.text,
        nextAttemptAt: sendAt,
      },
    ];
  });
  if (emailRows.length) await tx.outboxMessage.createMany({ data: emailRows });

  // The webhook hears each event once (not once per recipient) and ignores quiet hours: the bridge
  // on the other side decides when to ring.
  let webhooks = 0;
  if (settings?.webhookUrl && (settings.webhookKinds.length === 0 || settings.webhookKinds.includes(input.kind))) {
    await tx.outboxMessage.create({
      data: {
        communeId: input.communeId,
        notificationId: rows[0]!.id,
        channel: "WEBHOOK",
        recipient: settings.webhookUrl,
        subject: input.kind,
        body: JSON.stringify(webhookPayload({ ...input, href: rows[0]!.href }, rows, at)),
        nextAttemptAt: at,
      },
    });
    webhooks = 1;
  }
  return { notified: rows.length, emails: emailRows.length, webhooks, userIds: rows.map((r) => r.userId) };
}
