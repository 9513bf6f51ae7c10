"use client";
// What the admin sees after an activation link is issued: "sent by e-mail to …", or the link itself,
// once, to copy or print and hand over (no e-mail address, SMTP not configured, or the mail refused).
import { useState } from "react";
import { Alert, buttonClass } from "@/components/ui/form";
import { formatDateTime } from "@/lib/dates";
import type { ActivationOutcome } from "@/lib/system-accounts/delivery";

export function ActivationOutcomePanel({ outcome }: { outcome: ActivationOutcome }) {
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  if (outcome.delivery === "EMAIL" && !outcome.link) {
    return (
      <Alert tone="success">
        Đã gửi liên kết kích hoạt của <b>{outcome.username}</b> tới {outcome.email}. Liên kết dùng được một lần, hết hạn lúc{" "}
        {formatDateTime(outcome.expiresAt)}.
      </Alert>
    );
  }
  const link = outcome.link ?? "";
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <section className="space-y-2 rounded-lg border-2 border-amber-400 bg-amber-50 p-4" data-testid="activation-panel">
      <h3 className="text-base font-semibold text-amber-950">Liên kết kích hoạt của {outcome.username}</h3>
      {outcome.mailFailed ? (
        <Alert tone="error">Không gửi được thư tới {outcome.email}: hãy chuyển liên kết dưới đây cho người dùng.</Alert>
      ) : null}
      <p className="text-sm text-amber-950">
        Liên kết chỉ hiển thị một lần và dùng được một lần, hết hạn lúc {formatDateTime(outcome.expiresAt)}. Hãy sao chép hoặc in để trao
        tận tay người dùng; họ mở liên kết để tự đặt mật khẩu.
      </p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor="activation-link" className="sr-only">
          Liên kết kích hoạt
        </label>
        <input
          id="activation-link"
          readOnly
          value={link}
          data-testid="activation-link"
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-xs"
        />
        <button type="button" onClick={copy} className={`${buttonClass.secondary} shrink-0`}>
          Sao chép
        </button>
        <button type="button" onClick={() => window.print()} className={`${buttonClass.secondary} shrink-0`}>
          In
        </button>
      </div>
      {copied === "ok" ? <Alert tone="success">Đã sao chép liên kết.</Alert> : null}
      {copied === "failed" ? <Alert tone="error">Trình duyệt không cho sao chép: hãy chọn liên kết rồi nhấn Ctrl+C.</Alert> : null}
    </section>
  );
}
