// The e-mail channel: one nodemailer transport per SMTP_URL, kept for the process (pooled
// connections), so a worker delivering a batch does not reconnect per message.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../../env";

let cached: { url: string; transport: Transporter } | null = null;

function transportFor(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transport.close();
    cached = {
      url,
      transport: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
    };
  }
  return cached.transport;
}

/** Whether e-mail can go out at all (SMTP_URL set). Without it outbox e-mails wait, and the admin sees why. */
export const emailConfigured = () => !!env().SMTP_URL;

export async function sendEmail(m: { to: string; subject: string; text: string }, url = env().SMTP_URL): Promise<void> {
  if (!url) throw new Error("Chưa cấu hình máy chủ thư (SMTP_URL).");
  await transportFor(url).sendMail({ from: env().SMTP_FROM, to: m.to, subject: m.subject, text: m.text });
}

/** Tests start and stop SMTP servers on the same URL: forget the pooled connection. */
export function resetEmailTransport(): void {
  cached?.transport.close();
  cached = null;
}
