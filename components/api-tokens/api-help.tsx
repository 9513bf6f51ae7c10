// What a token is for and where the API is described, above the lists of both pages.
import { routes } from "@/lib/routes";

export function ApiHelp({ apiBase }: { apiBase: string }) {
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>
        Khóa kết nối cho phép hệ thống khác (hệ thống một cửa, kho dữ liệu của tỉnh…) đọc dữ liệu của cổng qua API, hoặc gửi số liệu chỉ
        tiêu thay cho nhập tay. Mỗi khóa hành động với quyền của tài khoản sở hữu; mọi lần dùng được ghi vào nhật ký thao tác.
      </p>
      <p>
        Địa chỉ API: <code className="break-all font-mono text-xs">{apiBase}</code>. Gửi khóa trong tiêu đề{" "}
        <code className="font-mono text-xs">Authorization: Bearer &lt;khóa&gt;</code>.{" "}
        <a href={routes.apiDocs()} className="font-medium text-brand-700 underline">
          Tài liệu API
        </a>{" "}
        ·{" "}
        <a href={routes.openApi()} className="font-medium text-brand-700 underline">
          openapi.json
        </a>{" "}
        · hướng dẫn chi tiết: <code className="font-mono text-xs">docs/api.md</code>
      </p>
    </div>
  );
}
