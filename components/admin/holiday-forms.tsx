"use client";
// Ngày nghỉ lễ: adding a day, and per row editing its name and kind or deleting it.
import { useState } from "react";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { DateField } from "@/components/ui/date-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { deleteHolidayAction, saveHolidayAction } from "@/lib/calendar/actions";
import { HOLIDAY_NAME_MAX } from "@/lib/calendar/schemas";
import type { HolidayRow } from "@/lib/calendar/working-days";
import { formatDateKey } from "@/lib/dates";

function WorkingDayBox({ defaultChecked }: { defaultChecked?: boolean }) {
  return (
    <label className="flex items-start gap-2 text-sm text-slate-800">
      <input type="checkbox" name="workingDay" defaultChecked={defaultChecked} className="mt-0.5 size-4 rounded border-slate-300" />
      <span>
        Ngày làm việc bù
        <span className="block text-xs text-slate-500">Thứ Bảy hoặc Chủ nhật phải đi làm để bù cho ngày nghỉ hoán đổi.</span>
      </span>
    </label>
  );
}

export function AddHolidayForm({ defaultDate }: { defaultDate: string }) {
  // A successful add clears the form by remounting it.
  const [round, setRound] = useState(0);
  const { state, onSubmit, pending } = useFormAction(saveHolidayAction, () => setRound((r) => r + 1));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form key={round} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="add-holiday-form">
      <input type="hidden" name="mode" value="create" />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã thêm ngày {formatDateKey(state.data.date)}.</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <DateField name="date" label="Ngày" defaultValue={defaultDate} errors={errors?.date} />
        <Field label="Tên ngày nghỉ" name="name" errors={errors?.name}>
          <TextInput name="name" maxLength={HOLIDAY_NAME_MAX} placeholder="Ví dụ: Nghỉ bù Quốc khánh" invalid={!!errors?.name} />
        </Field>
      </div>
      <WorkingDayBox />
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang thêm…" : "Thêm ngày"}
      </button>
    </form>
  );
}

export function HolidayRowForms({ row }: { row: HolidayRow }) {
  const save = useFormAction(saveHolidayAction);
  const remove = useFormAction(deleteHolidayAction);
  const confirm = useConfirm({
    title: `Xóa ngày ${formatDateKey(row.date)}?`,
    message: `«${row.name}» sẽ không còn trong bảng: nhắc việc và cách đếm ngày làm việc coi ngày này như ngày thường.`,
    action: "Xóa ngày",
  });
  const errors = save.state && !save.state.ok ? save.state.fieldErrors : undefined;
  const failure = [save.state, remove.state].find((s) => s && !s.ok);
  return (
    <div className="space-y-3">
      {failure && !failure.ok ? <Alert tone="error">{failure.message}</Alert> : null}
      {save.state?.ok ? <Alert tone="success">Đã lưu.</Alert> : null}
      <form onSubmit={save.onSubmit} noValidate className="space-y-3">
        <input type="hidden" name="mode" value="update" />
        <input type="hidden" name="date" value={row.date} />
        <Field label="Tên ngày nghỉ" name={`name-${row.date}`} errors={errors?.name}>
          <TextInput id={`name-${row.date}`} name="name" defaultValue={row.name} maxLength={HOLIDAY_NAME_MAX} invalid={!!errors?.name} />
        </Field>
        <WorkingDayBox defaultChecked={row.workingDay} />
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={save.pending} className={buttonClass.primary}>
            Lưu
          </button>
          <button
            type="button"
            disabled={remove.pending}
            className={buttonClass.secondary}
            onClick={() => {
              const form = new FormData();
              form.set("date", row.date);
              confirm.ask(() => remove.submitForm(form));
            }}
          >
            Xóa ngày
          </button>
        </div>
      </form>
      {confirm.dialog}
    </div>
  );
}
