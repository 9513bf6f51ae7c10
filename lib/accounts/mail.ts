// The e-mails about an account itself (its activation link, a "Quên mật khẩu" link). They are sent
// straight through SMTP after the transaction commits, never through the outbox: the outbox keeps
// its messages' text in the database and shows failed ones to the admin, and these links open an
// account. Without SMTP_URL nothing is sent and the caller says so (the activation list is printed).
import { formatDateTime } from "../dates";
import { emailConfigured, sendEmail } from "../notifications/channels/email";
import { portalLink, SUBJECT_PREFIX } from "../notifications/render";
import { routes } from "../routes";

export { emailConfigured };

/** The activation page's absolute address (PUBLIC_URL / NEXTAUTH_URL), for the e-mail and the printed list. */
export const activationLink = (token: string) => portalLink(routes.activate(token));
export const resetLink = (token: string) => portalLink(routes.resetPassword(token));

export function activationMail(a: { fullName: string; username: string }, link: string, expiresAt: Date) {
  return {
    subject: `${SUBJECT_PREFIX} Kích hoạt tài khoản ${a.username}`,
    text: [
      `Kính gửi ${a.fullName},`,
      "",
      `Tài khoản "${a.username}" trên cổng Theo dõi Kế hoạch Chuyển đổi số đã được tạo cho đồng chí.`,
      "Mở liên kết dưới đây để tự đặt mật khẩu (dùng được một lần):",
      link,
      "",
      `Liên kết hết hạn lúc ${formatDateTime(expiresAt)}. Nếu đồng chí không đề nghị tài khoản này, xin bỏ qua thư.`,
    ].join("\n"),
  };
}

export function resetMail(a: { fullName: string; username: string }, link: string, expiresAt: Date) {
  return {
    subject: `${SUBJECT_PREFIX} Đặt lại mật khẩu tài khoản ${a.username}`,
    text: [
      `Kính gửi ${a.fullName},`,
      "",
      "Có yêu cầu đặt lại mật khẩu cho tài khoản của đồng chí. Mở liên kết dưới đây để đặt mật khẩu mới (dùng được một lần):",
      link,
      "",
      `Liên kết hết hạn lúc ${formatDateTime(expiresAt)}. Nếu đồng chí không yêu cầu, xin bỏ qua thư; mật khẩu hiện tại vẫn dùng được.`,
    ].join("\n"),
  };
}

/** Sends one account e-mail; false (and a log line, without the link) when SMTP is not configured or refused it. */
export async function sendAccountMail(to: string, mail: { subject: string; text: string }): Promise<boolean> {
  if (!emailConfigured()) return false;
  try {
    await sendEmail({ to, subject: mail.subject, text: mail.text });
    return true;
  } catch (err) {
    console.error(`[accounts] could not send "${mail.subject}" to ${to}:`, err instanceof Error ? err.message : err);
    return false;
  }
}
