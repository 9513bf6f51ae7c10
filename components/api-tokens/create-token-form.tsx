"use client";
// "Tạo khóa kết nối": whose token (an active account), what it is for, its scope and its expiry.
// On success the form is replaced by the one-time panel until the person asks for another token.
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, Field, Select, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createAnyApiTokenAction, createApiTokenAction } from "@/lib/api-tokens/actions";
import { API_SCOPE_LABEL, API_SCOPE_NAME } from "@/lib/api-tokens/labels";
import type { OwnerOption } from "@/lib/api-tokens/queries";
import { OneTimeToken } from "./one-time-token";

const SCOPE_HELP = {
  READ: "Đọc xã, phường, kế hoạch, nhiệm vụ, chỉ tiêu, báo cáo trong phạm vi của tài khoản.",
  INDICATORS_WRITE:
    "Như trên, và gửi số liệu chỉ tiêu từ hệ thống nguồn. Chỉ cấp cho tài khoản được nhập số liệu chỉ tiêu (không cấp cho lãnh đạo UBND, tài khoản cấp tỉnh).",
} as const;

/** `communeId`: the commune's page (its accounts); without it, the admin's page (any account). */
export function CreateTokenForm({ communeId, owners, apiBase }: { communeId?: string; owners: OwnerOption[]; apiBase: string }) {
  const { state, onSubmit, pending, setState } = useFormAction(communeId ? createApiTokenAction : createAnyApiTokenAction);
  const [ownerId, setOwnerId] = useState("");
  const [scope, setScope] = useState<"READ" | "INDICATORS_WRITE">("READ");
  const mayWrite = owners.find((o) => o.id === ownerId)?.mayWrite ?? false;
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  if (state?.ok)
    return (
      <div className="space-y-3">
        <OneTimeToken made={state.data} apiBase={apiBase} />
        <button type="button" className={buttonClass.secondary} onClick={() => setState(null)}>
          Tôi đã lưu khóa, tạo khóa khác
        </button>
      </div>
    );
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {communeId ? <input type="hidden" name="communeId" value={communeId} /> : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Tài khoản sử dụng khóa"
          name="userId"
          errors={errors?.userId}
          hint="Khóa làm được đúng những gì tài khoản này được làm."
        >
          <Select
            name="userId"
            value={ownerId}
            onChange={(e) => {
              setOwnerId(e.target.value);
              if (!owners.find((o) => o.id === e.target.value)?.mayWrite) setScope("READ");
            }}
            invalid={!!errors?.userId}
            required
          >
            <option value="">Chọn tài khoản…</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Tên khóa" name="name" errors={errors?.name} hint='Khóa dùng cho việc gì, ví dụ "Hệ thống một cửa tỉnh".'>
          <TextInput name="name" required minLength={3} maxLength={100} invalid={!!errors?.name} />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">Quyền</legend>
        <div className="space-y-2">
          {(["READ", "INDICATORS_WRITE"] as const).map((s) => {
            const disabled = s === "INDICATORS_WRITE" && !mayWrite;
            return (
              <label key={s} className={`flex gap-2 text-sm ${disabled ? "text-slate-400" : "text-slate-800"}`}>
                <input
                  type="radio"
                  name="scope"
                  value={s}
                  checked={scope === s}
                  disabled={disabled}
                  onChange={() => setScope(s)}
                  aria-describedby={`scope-${s}-help`}
                  className="mt-1"
                />
                <span>
                  <span className="font-medium">
                    {API_SCOPE_LABEL[s]} <code className="text-xs">({API_SCOPE_NAME[s]})</code>
                  </span>
                  <span id={`scope-${s}-help`} className="block text-xs text-slate-500">
                    {SCOPE_HELP[s]}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
        {errors?.scope?.length ? <p className="mt-1 text-xs text-red-700">{errors.scope[0]}</p> : null}
      </fieldset>
      <div className="max-w-xs">
        <DateField
          name="expires"
          label="Hết hạn sau ngày (không bắt buộc)"
          errors={errors?.expires}
          hint="Khóa dùng được đến hết ngày này; từ ngày mai đến tối đa 3 năm. Để trống: không hết hạn."
        />
      </div>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Đang tạo…" : "Tạo khóa kết nối"}
      </button>
    </form>
  );
}
