"use client";
// The new token, shown once right after it is created: copy it now, it is never shown again (only its
// hash is stored). With a curl call against this portal's own address, to try it at once.
import { useEffect, useRef, useState } from "react";
import { Alert, buttonClass } from "@/components/ui/form";
import type { NewToken } from "@/lib/api-tokens/commands";
import { expiryText } from "@/lib/api-tokens/expiry";
import { API_SCOPE_LABEL } from "@/lib/api-tokens/labels";

export function OneTimeToken({ made, apiBase }: { made: NewToken; apiBase: string }) {
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the panel, so that a keyboard or screen-reader user lands on the token.
  useEffect(() => heading.current?.focus(), [made.id]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(made.token);
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  }
  const curl = `curl -H "Authorization: Bearer ${made.token}" ${apiBase}/communes`;
  return (
    <section
      aria-labelledby="new-token-title"
      className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
      data-testid="new-token-panel"
    >
      <h3 id="new-token-title" ref={heading} tabIndex={-1} className="text-base font-semibold text-amber-950 focus:outline-none">
        Khóa kết nối mới: {made.ownerName} ({made.ownerUsername})
      </h3>
      <p className="text-sm font-medium text-amber-950">Khóa chỉ hiển thị một lần, hãy lưu lại ngay.</p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor="new-token" className="sr-only">
          Khóa kết nối
        </label>
        <input
          id="new-token"
          readOnly
          value={made.token}
          data-testid="new-token"
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <button type="button" onClick={copy} className={`${buttonClass.primary} shrink-0 whitespace-nowrap`}>
          Sao chép
        </button>
      </div>
      {copied === "ok" ? <Alert tone="success">Đã sao chép khóa vào bộ nhớ tạm.</Alert> : null}
      {copied === "failed" ? <Alert tone="error">Trình duyệt không cho sao chép: hãy chọn khóa trong ô trên rồi nhấn Ctrl+C.</Alert> : null}
      <p className="text-sm text-slate-700">
        Quyền: {API_SCOPE_LABEL[made.scope]}; {expiryText(made.expires)}.
      </p>
      <div>
        <p className="mb-1 text-sm text-slate-700">Thử ngay:</p>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{curl}</pre>
      </div>
    </section>
  );
}
