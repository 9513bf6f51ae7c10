"use client";
// The ten recovery codes, shown once: to print or copy and keep apart from the phone.
import { useState } from "react";
import { Alert, buttonClass } from "@/components/ui/form";

export function RecoveryCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-3" data-testid="recovery-codes">
      <Alert tone="info">
        Mã khôi phục chỉ hiển thị <strong>một lần</strong>. Hãy in hoặc chép lại và cất giữ riêng với điện thoại: mỗi mã dùng được một lần
        để đăng nhập khi không có ứng dụng xác thực.
      </Alert>
      <ol className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 bg-white p-3 font-mono text-base sm:grid-cols-5">
        {codes.map((c) => (
          <li key={c} data-testid="recovery-code">
            {c}
          </li>
        ))}
      </ol>
      <div className="no-print flex flex-wrap gap-2">
        <button type="button" className={buttonClass.secondary} onClick={() => window.print()}>
          In mã khôi phục
        </button>
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => void navigator.clipboard?.writeText(codes.join("\n")).then(() => setCopied(true))}
        >
          {copied ? "Đã chép" : "Chép mã khôi phục"}
        </button>
      </div>
    </div>
  );
}
