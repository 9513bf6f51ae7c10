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

const NONE: NotifyResult = { notified: 0, emails: 0, webhooks: 0, userIds: [] };

export function notify(tx: Tx, input: NotifyInput): Promise<NotifyResult> {
  return notifyMany(tx, [input]).then((r) => r[0] ?? NONE);
}

/**
 * Several messages in one go (a scheduled rule's messages for one commune): the same rows as one
 * notify() per message, written with one read of the recipients and one insert per table, so a
 * province's morning run costs a few queries per commune, not a few per message.
 */
export async function notifyMany(tx: Tx, inputs: readonly NotifyInput[]): Promise<NotifyResult[]> {
  const allIds = [...new Set(inputs.flatMap((i) => i.userIds))];
  if (allIds.length === 0) return inputs.map(() => NONE);
  const users = new Map(
    (
      await tx.user.findMany({
        where: { id: { in: allIds }, active: true },
        select: { id: true, email: true, notificationPreference: { select: { emailMode: true, emailMuted: true, inAppMuted: true } } },
      })
    ).map((u) => [u.id, u]),
  );

  // Ids are made here so that each inserted row is known to be whose, and which message's.
  const planned = inputs.map((input) => {
    const at = input.at ?? now();
    const info = NOTIFICATION_KINDS[input.kind];
    const wanted = [...new Set(input.userIds)]
      .map((id) => users.get(id))
      .filter((u) => u !== undefined)
      .filter((u) => info.mandatoryInApp || !u.notificationPreference?.inAppMuted.includes(input.kind));
    const rows = wanted.map((u) => {
      const id = createId();
      return {
        id,
        communeId: input.communeId,
        userId: u.id,
        kind: input.kind,
        title: input.title,
        body: input.body,
        href: input.hrefOf ? input.hrefOf(id) : (input.href ?? null),
        topic: input.topic ?? null,
        data: input.data,
        dedupeKey: input.dedupeKey ? `${input.dedupeKey}:${u.id}` : null,
        createdAt: at,
      };
    });
    return { input, at, rows };
  });
  const candidates = planned.flatMap((p) => p.rows);
  if (candidates.length === 0) return inputs.map(() => NONE);
  const inserted = new Set(
    (await tx.notification.createManyAndReturn({ data: candidates, skipDuplicates: true, select: { id: true } })).map((r) => r.id),
  );

  const settingsOf = new Map<string, NotifySettings | null>();
  const readSettings = async (input: NotifyInput) => {
    if (input.settings) return input.settings;
    if (!input.communeId) return null;
    if (!settingsOf.has(input.communeId)) settingsOf.set(input.communeId, await readCommuneSettings(tx, input.communeId));
    return settingsOf.get(input.communeId)!;
  };
  const outbox: Prisma.OutboxMessageCreateManyInput[] = [];
  const results: NotifyResult[] = [];
  for (const { input, at, rows: all } of planned) {
    const rows = all.filter((r) => inserted.has(r.id));
    if (rows.length === 0) {
      results.push(NONE);
      continue;
    }
    const settings = await readSettings(input);
    const sendAt = settings ? afterQuietHours(at, settings.quietStart, settings.quietEnd) : at;
    let emails = 0;
    for (const n of rows) {
      const u = users.get(n.userId)!;
      const pref = u.notificationPreference;
      // A digest reader gets this in tomorrow's digest; OFF gets nothing; a muted kind stays in-app.
      if (!u.email || (pref && (pref.emailMode !== "INSTANT" || pref.emailMuted.includes(input.kind)))) continue;
      const mail = emailOf({ ...input, href: n.href });
      outbox.push({
        communeId: input.communeId,
        notificationId: n.id,
        channel: "EMAIL",
        recipient: u.email,
        subject: mail.subject,
        body: mail.text,
        nextAttemptAt: sendAt,
      });
      emails++;
    }
    // The webhook hears each event once (not once per recipient) and ignores quiet hours: the bridge
    // on the other side decides when to ring.
    let webhooks = 0;
    if (settings?.webhookUrl && (settings.webhookKinds.length === 0 || settings.webhookKinds.includes(input.kind))) {
      outbox.push({
        communeId: input.communeId,
        notificationId: rows[0]!.id,
        channel: "WEBHOOK",
        recipient: settings.webhookUrl,
        subject: input.kind,
        body: JSON.stringify(webhookPayload({ ...input, href: rows[0]!.href }, rows, at)),
        nextAttemptAt: at,
      });
      webhooks = 1;
    }
    results.push({ notified: rows.length, emails, webhooks, userIds: rows.map((r) => r.userId) });
  }
  if (outbox.length) await tx.outboxMessage.createMany({ data: outbox });
  return results;
}
