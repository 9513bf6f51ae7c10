"use client";
import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { Alert, Field, Select, TextInput, buttonClass } from "@/components/ui/form";
import { createUserAction, updateUserAction, type ShownActivation } from "@/lib/admin/actions";
import { ActivationNotice } from "./account-access-forms";
import { roleNeedsUnit, type CommuneRole as Role } from "@/lib/auth/permissions";

type User = {
  id: string;
  username: string;
  fullName: string;
  officialName: string | null;
  email: string | null;
  role: Role;
  unitId: string | null;
  active: boolean;
};

const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: "UNIT_STAFF", label: "Cán bộ đơn vị" },
  { value: "COORDINATOR", label: "Phòng Văn hóa - Xã hội (điều phối)" },
  { value: "CHAIR", label: "Lãnh đạo UBND (Chủ tịch, Phó Chủ tịch)" },
];

export function UserForm({ communeId, units, user }: { communeId: string; units: { id: string; name: string }[]; user?: User }) {
  const { state, onSubmit, pending } = useFormAction(user ? updateUserAction : createUserAction);
  const [role, setRole] = useState<Role>(user?.role ?? "UNIT_STAFF");
  // A new account: a password typed here (changed at first sign-in) or an activation link (nothing typed).
  const [access, setAccess] = useState<"password" | "activation">("password");
  const activation = !user && state?.ok ? (state.data as { activation?: ShownActivation | null }).activation : null;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const formKey = !user && state?.ok ? state.data.id : "form";
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="communeId" value={communeId} />
      {user ? <input type="hidden" name="userId" value={user.id} /> : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{user ? "Đã lưu thay đổi." : "Đã tạo tài khoản."}</Alert> : null}
      {activation ? <ActivationNotice a={activation} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {user ? (
          <div>
            <p className="mb-1 text-sm font-medium text-slate-700">Tên đăng nhập</p>
            <p className="py-2 font-mono text-sm">{user.username}</p>
          </div>
        ) : (
          <Field label="Tên đăng nhập" name="username" errors={errors?.username} hint="Chữ không dấu, số và . _ -">
            <TextInput name="username" autoComplete="off" required maxLength={50} invalid={!!errors?.username} />
          </Field>
        )}
        <Field label="Họ và tên" name="fullName" errors={errors?.fullName}>
          <TextInput name="fullName" defaultValue={user?.fullName} required maxLength={200} invalid={!!errors?.fullName} />
        </Field>
        <Field
          label="Tên người ký trên văn bản"
          name="officialName"
          errors={errors?.officialName}
          hint="Họ tên đầy đủ ghi dưới chữ ký (Lãnh đạo UBND), ví dụ: Nguyễn Văn Thành"
        >
          <TextInput name="officialName" defaultValue={user?.officialName ?? ""} maxLength={200} invalid={!!errors?.officialName} />
        </Field>
        <Field label="Email" name="email" errors={errors?.email}>
          <TextInput name="email" type="email" defaultValue={user?.email ?? ""} maxLength={200} invalid={!!errors?.email} />
        </Field>
        <Field label="Vai trò" name="role" errors={errors?.role}>
          <Select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} invalid={!!errors?.role}>
            {ROLE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={roleNeedsUnit(role) ? "Đơn vị" : "Đơn vị (không bắt buộc)"} name="unitId" errors={errors?.unitId}>
          <Select name="unitId" defaultValue={user?.unitId ?? ""} invalid={!!errors?.unitId}>
            <option value="">— Chọn đơn vị —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        {user ? (
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={user.active} className="size-4 rounded border-slate-300" />
            Tài khoản đang hoạt động
          </label>
        ) : (
          <fieldset className="space-y-2 sm:col-span-2">
            <legend className="mb-1 text-sm font-medium text-slate-700">Cấp quyền truy cập</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="access" value="password" checked={access === "password"} onChange={() => setAccess("password")} />
              Đặt mật khẩu tạm (người dùng phải đổi khi đăng nhập lần đầu)
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="access"
                value="activation"
                checked={access === "activation"}
                onChange={() => setAccess("activation")}
              />
              Gửi liên kết kích hoạt (người dùng tự đặt mật khẩu; gửi qua email nếu có, nếu không thì in)
            </label>
            {access === "password" ? (
              <div className="max-w-sm pt-1">
                <Field label="Mật khẩu ban đầu" name="password" errors={errors?.password} hint="Ít nhất 8 ký tự, có chữ và số">
                  <TextInput name="password" type="password" autoComplete="new-password" required invalid={!!errors?.password} />
                </Field>
              </div>
            ) : null}
          </fieldset>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : user ? "Lưu thay đổi" : "Tạo tài khoản"}
      </button>
    </form>
  );
}
