"use client";
// Quản trị → Cài đặt: the commune's own settings (today the maximum number of deadline extensions).
import { MAX_EXTENSIONS_LIMIT } from "@/lib/communes/schemas";
import { useFormAction } from "@/components/ui/use-form-action";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { updateCommuneSettingsAction } from "@/lib/communes/actions";

export function CommuneSettingsForm({ communeId, maxDeadlineExtensions }: { communeId: string; maxDeadlineExtensions: number }) {
  const { state, onSubmit, pending } = useFormAction(updateCommuneSettingsAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" noValidate data-testid="settings-form">
      <input type="hidden" name="communeId" value={communeId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã lưu cài đặt.</Alert> : null}
      <Field
        label="Số lần gia hạn tối đa cho một nhiệm vụ"
        name="maxDeadlineExtensions"
        errors={errors?.maxDeadlineExtensions}
        hint="Từ 0 đến 10. Đơn vị chủ trì không gửi được đề nghị gia hạn khi nhiệm vụ đã được gia hạn đủ số lần này; 0 là không cho gia hạn."
      >
        <div className="w-28">
          <TextInput
            name="maxDeadlineExtensions"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_EXTENSIONS_LIMIT}
            defaultValue={String(maxDeadlineExtensions)}
            invalid={!!errors?.maxDeadlineExtensions}
          />
        </div>
      </Field>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : "Lưu cài đặt"}
      </button>
    </form>
  );
}
