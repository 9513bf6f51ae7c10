"use client";
// Name shown in the portal, and the name and title printed under signatures (the report's signer block).
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateOwnProfileAction } from "@/lib/accounts/own-actions";

export function ProfileForm({ profile }: { profile: { fullName: string; officialName: string | null; jobTitle: string | null } }) {
  const { state, onSubmit, pending } = useFormAction(updateOwnProfileAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Thông tin cá nhân" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã lưu thông tin cá nhân.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Họ và tên" name="fullName" errors={errors?.fullName} hint="Tên hiển thị trên cổng.">
          <TextInput name="fullName" defaultValue={profile.fullName} required maxLength={200} invalid={!!errors?.fullName} />
        </Field>
        <Field
          label="Họ tên trên văn bản"
          name="officialName"
          errors={errors?.officialName}
          hint="In dưới chữ ký, ví dụ: Nguyễn Văn Thành."
        >
          <TextInput name="officialName" defaultValue={profile.officialName ?? ""} maxLength={200} invalid={!!errors?.officialName} />
        </Field>
        <Field label="Chức vụ" name="jobTitle" errors={errors?.jobTitle} hint="In ở khối chữ ký, ví dụ: Chủ tịch, Phó Chủ tịch.">
          <TextInput name="jobTitle" defaultValue={profile.jobTitle ?? ""} maxLength={100} invalid={!!errors?.jobTitle} />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : "Lưu thông tin"}
      </button>
    </form>
  );
}
