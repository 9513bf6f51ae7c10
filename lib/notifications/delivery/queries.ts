// What the admin's page "Thư chưa gửi được" reads: the messages that failed every try, those being
// retried (PENDING after at least one failure), and the e-mails waiting for a mail server address.
import { getDb, type Db } from "../../db";
import { emailConfigured } from "../channels/email";
import { NOTIFICATION_KINDS, type NotificationKind } from "../kinds";

/** Rows shown per section: the newest; the counts above them are the real totals. */
export const LIST_LIMIT = 200;

const select = {
  id: true,
  communeId: true,
  channel: true,
  recipient: true,
  subject: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type OutboxListItem = {
  id: string;
  channel: "EMAIL" | "WEBHOOK";
  recipient: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  /** The next try (retrying rows). */
  nextAttemptAt: Date;
  createdAt: Date;
  /** When the row last changed: the last attempt, for a failed or retrying row. */
  lastAttemptAt: Date;
  communeName: string | null;
};

/** A webhook row's subject is its kind (notify.ts): shown in words. */
function subjectOf(m: { channel: "EMAIL" | "WEBHOOK"; subject: string }): string {
  if (m.channel === "EMAIL" || !Object.hasOwn(NOTIFICATION_KINDS, m.subject)) return m.subject;
  return NOTIFICATION_KINDS[m.subject as NotificationKind].label;
}

export async function failedMessagesView(db: Db = getDb()) {
  const failedWhere = { status: "FAILED" } as const;
  const retryingWhere = { status: "PENDING", attempts: { gt: 0 } } as const;
  const [failed, retrying, failedCount, retryingCount, waitingEmails] = await Promise.all([
    db.outboxMessage.findMany({ where: failedWhere, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: LIST_LIMIT, select }),
    db.outboxMessage.findMany({ where: retryingWhere, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: LIST_LIMIT, select }),
    db.outboxMessage.count({ where: failedWhere }),
    db.outboxMessage.count({ where: retryingWhere }),
    db.outboxMessage.count({ where: { status: "PENDING", channel: "EMAIL" } }),
  ]);
  const communeIds = [...new Set([...failed, ...retrying].flatMap((m) => (m.communeId ? [m.communeId] : [])))];
  const communes = communeIds.length ? await db.unit.findMany({ where: { id: { in: communeIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(communes.map((c) => [c.id, c.name]));
  const item = ({ communeId, updatedAt, ...m }: (typeof failed)[number]): OutboxListItem => ({
    ...m,
    subject: subjectOf(m),
    lastAttemptAt: updatedAt,
    communeName: communeId ? (names.get(communeId) ?? null) : null,
  });
  return {
    failed: failed.map(item),
    retrying: retrying.map(item),
    failedCount,
    retryingCount,
    smtpConfigured: emailConfigured(),
    /** E-mails not yet sent: without SMTP_URL they wait for it (lib/notifications/outbox.ts). */
    waitingEmails,
  };
}

/** The badge beside the page's menu item. */
export const failedMessageCount = (db: Db = getDb()) => db.outboxMessage.count({ where: { status: "FAILED" } });
