"use client";
// "Tạo tài khoản cấp tỉnh, quản trị": the account, and how its first password reaches the person: an
// activation link (e-mailed when possible, else shown once to hand over) or a temporary password the
// admin types, which must be changed at the first sign-in.
import { useState } from "react";
import { Alert, Field, Select, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { roleBelongsToProvince } from "@/lib/auth/permissions";
import { createSystemAccountAction } from "@/lib/system-accounts/actions";
import type { ProvinceOption } from "@/lib/system-accounts/queries";
import type { SystemRole } from "@/lib/system-accounts/schemas";
import { ActivationOutcomePanel } from "./activation-outcome";
import { SYSTEM_ROLE_OPTIONS } from "./labels";

export function CreateAccountForm({ provinces, emailReady }: { provinces: ProvinceOption[]; emailReady: boolean }) {
  const { state, onSubmit, pending, setState } = useFormAction(createSystemAccountAction);
  const [role, setRole] = useState<SystemRole>("PROVINCE");
  const [first, setFirst] = useState<"LINK" | "PASSWORD">("LINK");
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  if (state?.ok) {
    const { activation, username } = state.data;
    return (
      <div className="space-y-3">
        {activation ? (
          <ActivationOutcomePanel outcome={activation} />
        ) : (
          <Alert tone="success">
            Đã tạo tài khoản <b>{username}</b>. Người dùng phải đổi mật khẩu tạm khi đăng nhập lần đầu.
          </Alert>
        )}
        <button type="button" className={buttonClass.secondary} onClick={() => setState(null)}>
          Tạo tài khoản khác
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Tạo tài khoản cấp tỉnh, quản trị">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Tên đăng nhập" name="username" errors={errors?.username} hint="Chữ không dấu, số và . _ -, ví dụ tinh.quangninh">
          <TextInput name="username" autoComplete="off" required maxLength={50} invalid={!!errors?.username} />
        </Field>
        <Field label="Họ và tên" name="fullName" errors={errors?.fullName} hint="Tên người hoặc cơ quan dùng tài khoản">
          <TextInput name="fullName" required maxLength={200} invalid={!!errors?.fullName} />
        </Field>
        <Field label="Vai trò" name="role" errors={errors?.role}>
          <Select
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as SystemRole)}
            options={SYSTEM_ROLE_OPTIONS}
            invalid={!!errors?.role}
          />
        </Field>
        {roleBelongsToProvince(role) ? (
          <Field label="Tỉnh, thành phố" name="provinceId" errors={errors?.provinceId}>
            <Select name="provinceId" defaultValue="" invalid={!!errors?.provinceId}>
              <option value="">— Chọn tỉnh, thành phố —</option>
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <p className="self-end pb-2 text-sm text-slate-600">Tài khoản quản trị làm việc với mọi tỉnh, không thuộc tỉnh nào.</p>
        )}
        <Field
          label="Email"
          name="email"
          errors={errors?.email}
          hint={emailReady ? "Liên kết kích hoạt được gửi tới địa chỉ này" : undefined}
        >
          <TextInput name="email" type="email" maxLength={200} invalid={!!errors?.email} />
        </Field>
        <Field label="Điện thoại" name="phone" errors={errors?.phone}>
          <TextInput name="phone" type="tel" maxLength={30} invalid={!!errors?.phone} />
        </Field>
      </div>
      {roleBelongsToProvince(role) ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="provinceCoordinator" className="mt-0.5 size-4 rounded border-slate-300" />
          <span>
            Điều phối kế hoạch tỉnh
            <span className="block text-xs text-slate-500">
              Soạn, ban hành kế hoạch của tỉnh cho các xã, phường; không đánh dấu: chỉ xem.
            </span>
          </span>
        </label>
      ) : null}
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">Mật khẩu đầu tiên</legend>
        <div className="space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="firstPassword"
              value="LINK"
              checked={first === "LINK"}
              onChange={() => setFirst("LINK")}
              className="mt-1"
            />
            <span>
              Liên kết kích hoạt
              <span className="block text-xs text-slate-500">
                {emailReady
                  ? "Gửi qua email nếu có địa chỉ; nếu không, liên kết hiện một lần để in hoặc sao chép. Người dùng tự đặt mật khẩu (hạn 7 ngày)."
                  : "Chưa cấu hình máy chủ thư: liên kết hiện một lần để in hoặc sao chép. Người dùng tự đặt mật khẩu (hạn 7 ngày)."}
              </span>
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="firstPassword"
              value="PASSWORD"
              checked={first === "PASSWORD"}
              onChange={() => setFirst("PASSWORD")}
              className="mt-1"
            />
            <span>
              Mật khẩu tạm do tôi đặt
              <span className="block text-xs text-slate-500">Người dùng phải đổi mật khẩu khi đăng nhập lần đầu.</span>
            </span>
          </label>
        </div>
        {errors?.firstPassword?.length ? <p className="mt-1 text-xs text-red-700">{errors.firstPassword[0]}</p> : null}
      </fieldset>
      {first === "PASSWORD" ? (
        <div className="max-w-sm">
          <Field label="Mật khẩu tạm" name="password" errors={errors?.password} hint="Ít nhất 8 ký tự, có chữ và số">
            <TextInput name="password" type="password" autoComplete="new-password" required invalid={!!errors?.password} />
          </Field>
        </div>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang tạo…" : "Tạo tài khoản"}
      </button>
    </form>
  );
}
