"use client";
// Quản trị → Cài đặt → Lịch nhắc tự động: when the scheduled reminders of the commune go out.
import { Alert, Field, Select, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateCommuneScheduleAction } from "@/lib/communes/actions";
import type { ScheduleSettings } from "@/lib/communes/settings";
import { WEEKDAY_LABEL } from "@/lib/reports/periods";

const WEEKDAYS = Object.entries(WEEKDAY_LABEL) as [string, string][];

export function ScheduleForm({ communeId, schedule }: { communeId: string; schedule: ScheduleSettings }) {
  const { state, onSubmit, pending } = useFormAction(updateCommuneScheduleAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const time = (name: keyof ScheduleSettings, label: string, hint?: string) => (
    <Field label={label} name={name} errors={errors?.[name]} hint={hint}>
      <div className="w-28">
        {/* Text, not type="time": the native field shows "09:00 PM" on an English browser. */}
        <TextInput
          name={name}
          inputMode="numeric"
          placeholder="GG:PP"
          maxLength={5}
          defaultValue={String(schedule[name])}
          invalid={!!errors?.[name]}
        />
      </div>
    </Field>
  );
  const number = (name: keyof ScheduleSettings, label: string, min: number, max: number, hint: string) => (
    <Field label={label} name={name} errors={errors?.[name]} hint={hint}>
      <div className="w-28">
        <TextInput
          name={name}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          defaultValue={String(schedule[name])}
          invalid={!!errors?.[name]}
        />
      </div>
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="schedule-form">
      <input type="hidden" name="communeId" value={communeId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã lưu lịch nhắc.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {time("reminderTime", "Giờ gửi nhắc hằng ngày", "Chỉ gửi vào ngày làm việc (bỏ qua cuối tuần và ngày nghỉ lễ).")}
        <Field
          label="Nhắc trước hạn (số ngày)"
          name="deadlineReminderDays"
          errors={errors?.deadlineReminderDays}
          hint="Ví dụ: 7, 3, 1 — tối đa 5 mốc, mỗi mốc từ 1 đến 30 ngày. Để trống nếu không nhắc."
        >
          <div className="w-40">
            <TextInput
              name="deadlineReminderDays"
              defaultValue={schedule.deadlineReminderDays.join(", ")}
              invalid={!!errors?.deadlineReminderDays}
            />
          </div>
        </Field>
        {number(
          "periodReminderWorkingDays",
          "Nhắc trước khi hết kỳ báo cáo (ngày làm việc)",
          0,
          10,
          "Từ 0 đến 10; 0 là nhắc vào ngày cuối kỳ.",
        )}
        {number("directionReminderDays", "Nhắc ý kiến chỉ đạo chưa tiếp nhận sau (ngày)", 1, 14, "Từ 1 đến 14 ngày.")}
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          name="overdueDigest"
          defaultChecked={schedule.overdueDigest}
          className="mt-0.5 size-4 rounded border-slate-300"
        />
        <span>
          Gửi tổng hợp nhiệm vụ quá hạn
          <span className="block text-xs text-slate-500">Hằng ngày cho đơn vị chủ trì, hằng tuần cho Chủ tịch.</span>
        </span>
      </label>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Tổng hợp tuần cho Chủ tịch</legend>
        <Field label="Ngày gửi" name="chairDigestWeekday" errors={errors?.chairDigestWeekday}>
          <div className="w-40">
            <Select
              name="chairDigestWeekday"
              defaultValue={String(schedule.chairDigestWeekday)}
              options={WEEKDAYS}
              invalid={!!errors?.chairDigestWeekday}
            />
          </div>
        </Field>
        {time("chairDigestTime", "Giờ gửi")}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold text-slate-800">Giờ ngừng gửi thư điện tử</legend>
        <p className="text-xs text-slate-500 sm:col-span-2">
          Thư phát sinh trong khoảng này được gửi khi hết giờ ngừng; thông báo trên cổng vẫn hiện ngay. Hai giờ bằng nhau là không ngừng
          gửi.
        </p>
        {time("quietStart", "Từ")}
        {time("quietEnd", "Đến")}
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : "Lưu lịch nhắc"}
      </button>
    </form>
  );
}
