"use client";
// Editing a province or admin account: name, role, province, coordinator flag, contacts, active.
// Locking an account ends its sessions at once; the server refuses locking or demoting oneself and
// locking the last active admin.
import { useState } from "react";
import { Alert, Field, Select, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { isAdminRole, roleBelongsToProvince } from "@/lib/auth/permissions";
import { updateSystemAccountAction } from "@/lib/system-accounts/actions";
import type { ProvinceOption, SystemAccountRow } from "@/lib/system-accounts/queries";
import type { SystemRole } from "@/lib/system-accounts/schemas";
import { SYSTEM_ROLE_OPTIONS } from "./labels";

export function EditAccountForm({ account, provinces, self }: { account: SystemAccountRow; provinces: ProvinceOption[]; self: boolean }) {
  const { state, onSubmit, pending } = useFormAction(updateSystemAccountAction);
  const [role, setRole] = useState<SystemRole>(isAdminRole(account.role) ? "ADMIN" : "PROVINCE");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const fid = (name: string) => `${account.id}-${name}`;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={`Sửa tài khoản ${account.username}`}>
      <input type="hidden" name="userId" value={account.id} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã lưu thay đổi.</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Họ và tên" name={fid("fullName")} errors={errors?.fullName}>
          <TextInput id={fid("fullName")} name="fullName" defaultValue={account.fullName} maxLength={200} invalid={!!errors?.fullName} />
        </Field>
        <Field label="Vai trò" name={fid("role")} errors={errors?.role}>
          {self ? (
            <>
              <input type="hidden" name="role" value={role} />
              <p className="py-2 text-sm text-slate-600">Quản trị hệ thống (không tự đổi được)</p>
            </>
          ) : (
            <Select
              id={fid("role")}
              name="role"
              value={role}
              onChange={(e) => setRole(e.target.value as SystemRole)}
              options={SYSTEM_ROLE_OPTIONS}
            />
          )}
        </Field>
        {roleBelongsToProvince(role) ? (
          <Field label="Tỉnh, thành phố" name={fid("provinceId")} errors={errors?.provinceId}>
            <Select id={fid("provinceId")} name="provinceId" defaultValue={account.provinceId ?? ""} invalid={!!errors?.provinceId}>
              <option value="">— Chọn tỉnh, thành phố —</option>
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <div />
        )}
        <Field label="Email" name={fid("email")} errors={errors?.email}>
          <TextInput
            id={fid("email")}
            name="email"
            type="email"
            defaultValue={account.email ?? ""}
            maxLength={200}
            invalid={!!errors?.email}
          />
        </Field>
        <Field label="Điện thoại" name={fid("phone")} errors={errors?.phone}>
          <TextInput
            id={fid("phone")}
            name="phone"
            type="tel"
            defaultValue={account.phone ?? ""}
            maxLength={30}
            invalid={!!errors?.phone}
          />
        </Field>
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {roleBelongsToProvince(role) ? (
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="provinceCoordinator"
              defaultChecked={account.provinceCoordinator}
              className="size-4 rounded border-slate-300"
            />
            Điều phối kế hoạch tỉnh
          </label>
        ) : null}
        {self ? (
          <input type="hidden" name="active" value="on" />
        ) : (
          <label className="flex items-center gap-2">
            <input type="checkbox" name="active" defaultChecked={account.active} className="size-4 rounded border-slate-300" />
            Tài khoản đang hoạt động (bỏ chọn: khóa và đăng xuất khỏi mọi thiết bị)
          </label>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : "Lưu thay đổi"}
      </button>
    </form>
  );
}
