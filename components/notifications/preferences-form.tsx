"use client";
// "Cài đặt thông báo": how e-mail arrives (each at once, one daily digest, none) and, per kind, which
// channels carry it. A ticked box means "receive"; the form sends the kinds NOT wanted (the stored
// mute lists). Kinds that carry a duty always reach the bell: their box is ticked and disabled.
import { useState } from "react";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { ALL_KINDS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { EMAIL_MODES, EMAIL_MODE_LABEL, type EmailModeValue } from "@/lib/notifications/schemas";

const GROUPS = [...new Set(ALL_KINDS.map((k) => NOTIFICATION_KINDS[k].group))];

const MODE_HINT: Record<EmailModeValue, string> = {
  INSTANT: "Mỗi thông báo là một thư, gửi ngay (trừ giờ ngừng gửi thư).",
  DAILY_DIGEST: "Các thông báo trong ngày gom vào một thư gửi buổi sáng.",
  OFF: "Chỉ xem trên cổng thông tin (chuông thông báo).",
};

type Props = { emailMode: EmailModeValue; emailMuted: NotificationKind[]; inAppMuted: NotificationKind[]; hasEmail: boolean };

export function PreferencesForm(props: Props) {
  const { state, onSubmit, pending } = useFormAction(saveNotificationPreferencesAction);
  const [mode, setMode] = useState<EmailModeValue>(props.emailMode);
  const [emailMuted, setEmailMuted] = useState(new Set(props.emailMuted));
  const [inAppMuted, setInAppMuted] = useState(new Set(props.inAppMuted));
  const toggle = (set: Set<NotificationKind>, update: (s: Set<NotificationKind>) => void, kind: NotificationKind, receive: boolean) => {
    const next = new Set(set);
    if (receive) next.delete(kind);
    else next.add(kind);
    update(next);
  };
  const emailOff = mode === "OFF" || !props.hasEmail;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="preferences-form">
      {state && !state.ok ? <Alert tone="error">{errors?.inAppMuted?.[0] ?? state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã lưu cài đặt thông báo.</Alert> : null}
      {[...emailMuted].map((k) => (
        <input key={`e-${k}`} type="hidden" name="emailMuted" value={k} />
      ))}
      {[...inAppMuted].map((k) => (
        <input key={`a-${k}`} type="hidden" name="inAppMuted" value={k} />
      ))}

      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-800">Nhận thư điện tử</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {EMAIL_MODES.map((m) => (
            <label
              key={m}
              className="flex cursor-pointer gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="emailMode" value={m} checked={mode === m} onChange={() => setMode(m)} className="mt-0.5" />
              <span>
                <span className="block font-medium text-slate-900">{EMAIL_MODE_LABEL[m]}</span>
                <span className="block text-xs text-slate-600">{MODE_HINT[m]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Loại thông báo và kênh nhận</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Loại thông báo
              </th>
              {/* Short words on a phone, so that both boxes fit beside the label without scrolling. */}
              <th scope="col" className="w-16 px-1 py-2 text-center font-semibold sm:w-32 sm:px-3">
                <span className="sm:hidden">Cổng</span>
                <span className="hidden sm:inline">Trên cổng thông tin</span>
              </th>
              <th scope="col" className="w-16 px-1 py-2 text-center font-semibold sm:w-32 sm:px-3">
                <span className="sm:hidden">Thư</span>
                <span className="hidden sm:inline">Thư điện tử</span>
              </th>
            </tr>
          </thead>
          {GROUPS.map((group) => (
            <tbody key={group} className="divide-y divide-slate-100">
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={3}
                  className="bg-white px-2 pb-1 pt-4 text-xs sm:px-3 font-semibold uppercase tracking-wide text-brand-800"
                >
                  {group}
                </th>
              </tr>
              {ALL_KINDS.filter((k) => NOTIFICATION_KINDS[k].group === group).map((k) => {
                const info = NOTIFICATION_KINDS[k];
                const inApp = info.mandatoryInApp || !inAppMuted.has(k);
                // A kind turned off in the bell is off altogether (notify() writes no mail for it).
                const noEmail = emailOff || !inApp;
                return (
                  <tr key={k} data-kind={k}>
                    <th scope="row" className="px-2 py-2 font-normal text-slate-800 sm:px-3">
                      {info.label}
                      {info.mandatoryInApp ? (
                        <span id={`why-${k}`} className="block text-xs text-slate-500">
                          Luôn báo trên cổng thông tin vì cần anh/chị xử lý
                        </span>
                      ) : null}
                    </th>
                    <td className="px-1 py-2 text-center sm:px-3">
                      <input
                        type="checkbox"
                        aria-label={`${info.label}: trên cổng thông tin`}
                        aria-describedby={info.mandatoryInApp ? `why-${k}` : undefined}
                        checked={inApp}
                        disabled={info.mandatoryInApp}
                        onChange={(e) => toggle(inAppMuted, setInAppMuted, k, e.target.checked)}
                        className="size-4"
                      />
                    </td>
                    <td className="px-1 py-2 text-center sm:px-3">
                      <input
                        type="checkbox"
                        aria-label={`${info.label}: thư điện tử`}
                        checked={!noEmail && !emailMuted.has(k)}
                        disabled={noEmail}
                        onChange={(e) => toggle(emailMuted, setEmailMuted, k, e.target.checked)}
                        className="size-4"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
      <p className="text-xs text-slate-500">Bỏ chọn &quot;Trên cổng thông tin&quot; là tắt hẳn loại thông báo đó, kể cả thư.</p>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : "Lưu cài đặt thông báo"}
      </button>
    </form>
  );
}
