// Delivery of the outbox (rows written by notify()). A worker claims the rows that are due with
// FOR UPDATE SKIP LOCKED and a lease (their next attempt is pushed LEASE_MINUTES ahead), so two
// workers never send the same message; each row then ends SENT, or PENDING again with an
// exponential back-off, or FAILED after MAX_ATTEMPTS — listed for the admin ("Thư chưa gửi được").
// The row itself carries attempts, the next try and the last error: the admin sees exactly that.
import type { Db } from "../db";
import type { OutboxChannel } from "../generated/prisma/enums";
import { now } from "../jobs/clock";
import { emailConfigured, sendEmail } from "./channels/email";
import { postWebhook } from "./channels/webhook";

export const MAX_ATTEMPTS = 6;
/** Minutes before attempt n+1 after n failures: 1, 2, 4, 8, 16 (then FAILED). */
export const backoffMinutes = (failures: number) => 2 ** (failures - 1);
const LEASE_MINUTES = 5;

export type OutboxRow = {
  id: string;
  communeId: string | null;
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
};

export type Senders = {
  email: (m: { to: string; subject: string; text: string }) => Promise<void>;
  webhook: (url: string, secret: string, body: string, at: Date) => Promise<void>;
};

export const realSenders: Senders = { email: sendEmail, webhook: postWebhook };

export type DeliveryResult = { sent: number; retried: number; failed: number };

/** Claims up to `limit` due rows of the given channels for this worker. */
export async function claimDue(
  db: Db,
  at: Date,
  limit = 50,
  channels: readonly OutboxChannel[] = ["EMAIL", "WEBHOOK"],
): Promise<OutboxRow[]> {
  const lease = new Date(at.getTime() + LEASE_MINUTES * 60_000);
  return db.$queryRaw<OutboxRow[]>`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = ${lease}, "updatedAt" = now()
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${at} AND channel::text = ANY(${channels})
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "communeId", channel, recipient, subject, body, attempts`;
}

async function sendOne(db: Db, row: OutboxRow, at: Date, senders: Senders): Promise<void> {
  if (row.channel === "EMAIL") return senders.email({ to: row.recipient, subject: row.subject, text: row.body });
  const settings = row.communeId
    ? await db.communeSettings.findUnique({ where: { communeId: row.communeId }, select: { webhookSecret: true } })
    : null;
  if (!settings?.webhookSecret) throw new Error("Xã/phường chưa có khóa ký webhook.");
  return senders.webhook(row.recipient, settings.webhookSecret, row.body, at);
}

/**
 * The channels a worker may try. Without SMTP_URL the e-mails are not tried at all: a missing
 * configuration is not a failed delivery, so they stay PENDING with their attempts untouched and go
 * out once the address is set (the admin page says so). Injected senders (tests pointing at a local
 * server) bring their own address.
 */
export const deliverableChannels = (senders?: Senders): OutboxChannel[] =>
  senders || emailConfigured() ? ["EMAIL", "WEBHOOK"] : ["WEBHOOK"];

/** Sends what is due at `at` (all of it, batch after batch) and records each outcome on its row. */
export async function deliverDue(db: Db, opts: { at?: Date; senders?: Senders; limit?: number } = {}): Promise<DeliveryResult> {
  const senders = opts.senders ?? realSenders;
  const channels = deliverableChannels(opts.senders);
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const at = opts.at ?? now();
    const batch = await claimDue(db, at, opts.limit ?? 50, channels);
    if (batch.length === 0) return result;
    for (const row of batch) {
      try {
        await sendOne(db, row, at, senders);
        await db.outboxMessage.update({
          where: { id: row.id },
          data: { status: "SENT", sentAt: at, attempts: row.attempts + 1, lastError: null },
        });
        result.sent++;
      } catch (err) {
        const attempts = row.attempts + 1;
        const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
        const failed = attempts >= MAX_ATTEMPTS;
        await db.outboxMessage.update({
          where: { id: row.id },
          data: failed
            ? { status: "FAILED", attempts, lastError }
            : { attempts, lastError, nextAttemptAt: new Date(at.getTime() + backoffMinutes(attempts) * 60_000) },
        });
        if (failed) result.failed++;
        else result.retried++;
      }
    }
  }
}
