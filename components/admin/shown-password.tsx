// A password the portal generated for someone else, shown to the manager once (a commune account's
// reset, a province or admin account's temporary password).
import { Alert } from "@/components/ui/form";

export function ShownPassword({ label, username, password }: { label: string; username: string; password: string }) {
  return (
    <Alert tone="success">
      {label} <b>{username}</b>:{" "}
      <code data-testid="new-password" className="rounded bg-white px-1.5 py-0.5 font-mono text-base">
        {password}
      </code>
      <br />
      Mật khẩu chỉ hiển thị một lần: hãy chuyển trực tiếp cho người dùng.
    </Alert>
  );
}
