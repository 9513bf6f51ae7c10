// One section of "Thư chưa gửi được": each message with where it was going, how often it was tried
// and the last error (first line shown, the full text on expand), and its "Gửi lại" when it failed.
import type { OutboxListItem } from "@/lib/notifications/delivery/queries";
import { formatDateTime } from "@/lib/dates";
import { OUTBOX_CHANNEL_LABEL } from "@/lib/notifications/delivery/labels";
import { ResendButton } from "./resend-buttons";

export function OutboxList({ items, mode }: { items: OutboxListItem[]; mode: "failed" | "retrying" }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((m) => {
        const firstLine = m.lastError?.split("\n")[0] ?? "";
        return (
          <li
            key={m.id}
            className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:px-5"
            data-outbox-id={m.id}
          >
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-medium text-slate-900">
                <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                  {OUTBOX_CHANNEL_LABEL[m.channel]}
                </span>
                {m.subject}
              </p>
              <p className="mt-0.5 break-all text-slate-600">
                Đến: {m.recipient}
                {m.communeName ? ` · ${m.communeName}` : ""}
              </p>
              <p className="mt-0.5 text-xs text-slate-500">
                Tạo lúc {formatDateTime(m.createdAt)} · đã thử {m.attempts} lần, lần cuối {formatDateTime(m.lastAttemptAt)}
                {mode === "retrying" ? ` · thử lại lúc ${formatDateTime(m.nextAttemptAt)}` : ""}
              </p>
              {m.lastError ? (
                <details className="mt-1.5 text-xs">
                  <summary className="cursor-pointer text-red-800">Lỗi: {firstLine}</summary>
                  <pre className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-slate-800">
                    {m.lastError}
                  </pre>
                </details>
              ) : null}
            </div>
            {mode === "failed" ? <ResendButton messageId={m.id} label={m.subject} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
