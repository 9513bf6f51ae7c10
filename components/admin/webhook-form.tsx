"use client";
// Quản trị → Cài đặt → Webhook: a JSON POST per event to a bridge (Zalo OA, Telegram), signed with a
// secret the server makes. The secret is shown here once, right after it is made ("Tạo khóa mới" or
// the first save), and never again: after a reload only its date is shown.
import { useState } from "react";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { removeCommuneWebhookAction, rotateWebhookSecretAction, updateCommuneWebhookAction } from "@/lib/communes/actions";
import { formatDateTime } from "@/lib/dates";
import { ALL_KINDS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";

type Props = { communeId: string; url: string | null; kinds: NotificationKind[]; secretCreatedAt: string | null };

function NewSecret({ secret }: { secret: string }) {
  return (
    <div role="status" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-semibold">Khóa bí mật mới: chép ngay, khóa chỉ hiện một lần này.</p>
      <code data-testid="webhook-secret" className="block break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900">
        {secret}
      </code>
      <p className="text-xs">Bên nhận dùng khóa này để kiểm tra chữ ký HMAC-SHA256 (tiêu đề X-CDS-Signature) của mỗi lần gửi.</p>
    </div>
  );
}

export function WebhookForm({ communeId, url, kinds, secretCreatedAt }: Props) {
  const [secret, setSecret] = useState<string | null>(null);
  const save = useFormAction(updateCommuneWebhookAction, (d) => setSecret(d.secret));
  const rotate = useFormAction(rotateWebhookSecretAction, (d) => setSecret(d.secret));
  const remove = useFormAction(removeCommuneWebhookAction, () => setSecret(null));
  const confirmRotate = useConfirm({
    title: "Tạo khóa bí mật mới?",
    message: "Khóa cũ hết hiệu lực ngay: bên nhận phải cập nhật khóa mới thì mới kiểm tra được chữ ký.",
    action: "Tạo khóa mới",
    tone: "primary",
  });
  const confirmRemove = useConfirm({
    title: "Gỡ webhook?",
    message: "Xã/phường sẽ không gửi thông báo tới địa chỉ này nữa; các tin đang chờ gửi bị hủy và khóa bí mật bị xóa.",
    action: "Gỡ webhook",
  });
  const errors = save.state && !save.state.ok ? save.state.fieldErrors : undefined;
  const failure = [save.state, rotate.state, remove.state].find((s) => s && !s.ok);
  // The latest answer wins over the page's props until the page is refreshed.
  const created = remove.state?.ok
    ? null
    : rotate.state?.ok
      ? rotate.state.data.secretCreatedAt
      : save.state?.ok
        ? save.state.data.secretCreatedAt
        : secretCreatedAt;
  return (
    <div className="space-y-4">
      {failure && !failure.ok ? <Alert tone="error">{failure.message}</Alert> : null}
      {remove.state?.ok ? <Alert tone="success">Đã gỡ webhook.</Alert> : null}
      {save.state?.ok ? <Alert tone="success">Đã lưu webhook.</Alert> : null}
      {secret ? <NewSecret secret={secret} /> : null}
      <form onSubmit={save.onSubmit} noValidate className="space-y-4" data-testid="webhook-form">
        <input type="hidden" name="communeId" value={communeId} />
        <Field
          label="Địa chỉ nhận (URL)"
          name="webhookUrl"
          errors={errors?.webhookUrl}
          hint="https://… của máy nhận bên ngoài; địa chỉ trong mạng nội bộ chỉ dùng được khi quản trị máy chủ cho phép. Không ghi tên đăng nhập, mật khẩu trong địa chỉ."
        >
          <TextInput
            name="webhookUrl"
            type="url"
            inputMode="url"
            defaultValue={url ?? ""}
            placeholder="https://cau-noi-zalo.example.vn/webhook"
            invalid={!!errors?.webhookUrl}
          />
        </Field>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">Loại thông báo gửi đi</legend>
          <p className="mb-2 text-xs text-slate-500">Không chọn loại nào là gửi mọi loại.</p>
          {errors?.webhookKinds ? <p className="mb-2 text-xs text-red-700">{errors.webhookKinds[0]}</p> : null}
          <div className="grid gap-1.5 sm:grid-cols-2">
            {ALL_KINDS.map((k) => (
              <label key={k} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="webhookKinds"
                  value={k}
                  defaultChecked={kinds.includes(k)}
                  className="mt-0.5 size-4 rounded border-slate-300"
                />
                {NOTIFICATION_KINDS[k].label}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={save.pending} className={buttonClass.primary}>
          {save.pending ? "Đang lưu…" : "Lưu webhook"}
        </button>
      </form>
      {url || created ? (
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <p className="text-sm text-slate-700" data-testid="webhook-secret-state">
            {created ? `Đã có khóa bí mật, tạo lúc ${formatDateTime(new Date(created))}.` : "Chưa có khóa bí mật."}
          </p>
          <form onSubmit={confirmRotate.onSubmit(rotate.submitForm)}>
            <input type="hidden" name="communeId" value={communeId} />
            <button type="submit" disabled={rotate.pending} className={buttonClass.secondary}>
              Tạo khóa mới
            </button>
          </form>
          <form onSubmit={confirmRemove.onSubmit(remove.submitForm)}>
            <input type="hidden" name="communeId" value={communeId} />
            <button type="submit" disabled={remove.pending} className={buttonClass.secondary}>
              Gỡ webhook
            </button>
          </form>
          {confirmRotate.dialog}
          {confirmRemove.dialog}
        </div>
      ) : null}
    </div>
  );
}
