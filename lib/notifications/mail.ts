// E-mail copies of notifications, sent when SMTP is configured (SMTP_URL). Sending happens after
// the transaction that wrote the notifications has committed, so a rolled-back reminder never
// reaches anyone's inbox; a mail server that is down costs the e-mail, never the in-app message.
import nodemailer from "nodemailer";
import { env } from "../env";

export type MailMessage = { to: string; subject: string; text: string };

export type MailOutcome = { configured: boolean; sent: number; failed: number };

export async function sendMails(messages: readonly MailMessage[], smtpUrl = env().SMTP_URL): Promise<MailOutcome> {
  if (!smtpUrl || messages.length === 0) return { configured: !!smtpUrl, sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(smtpUrl);
  const from = env().SMTP_FROM;
  const results = await Promise.allSettled(messages.map((m) => transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text })));
  transport.close();
  const failed = results.filter((r) => r.status === "rejected");
  for (const f of failed) console.error("[mail] a reminder e-mail was not sent:", (f as PromiseRejectedResult).reason);
  return { configured: true, sent: results.length - failed.length, failed: failed.length };
}

/** An absolute link when the portal's public address is known. */
export function portalLink(path: string): string {
  const base = env().PUBLIC_URL;
  return base ? new URL(path, base).toString() : path;
}
