"use client";
// Upload → preview (nothing written) → "Khởi tạo". The apply step sends the same file(s) again: the
// server re-reads and re-checks them, so what is written is what the preview showed, checked against
// the data at that moment. After applying, the new accounts' activation links are listed once, for
// printing (those e-mailed say so); initial passwords do not exist.
import { useState } from "react";
import { Alert, Field, buttonClass, fileInputClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDateTime } from "@/lib/dates";
import { onboardAction } from "@/lib/onboarding/actions";
import type { OnboardingPlan } from "@/lib/onboarding/check";
import { ROLE_LABEL, type RowState } from "@/lib/onboarding/labels";
import type { OnboardResponse } from "@/lib/onboarding/commands";
import { routes } from "@/lib/routes";
import { COMMUNE_KIND_LABEL } from "@/lib/tenants/schemas";

const STATE: Record<RowState, { label: string; cls: string }> = {
  new: { label: "Mới", cls: "text-green-800" },
  unchanged: { label: "Không đổi", cls: "text-slate-500" },
  error: { label: "Lỗi", cls: "text-red-700 font-semibold" },
};

export function OnboardingForm() {
  const [formKey, setFormKey] = useState(0);
  const { state, submitForm, pending, setState } = useFormAction<OnboardResponse>(onboardAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const plan: OnboardingPlan | null = state?.ok
    ? state.data
    : state && !state.ok && state.details?.communes
      ? (state.details as unknown as OnboardingPlan)
      : null;
  const applied = state?.ok && state.data.applied ? state.data : null;

  function send(form: HTMLFormElement, mode: "preview" | "apply") {
    const data = new FormData(form);
    data.set("mode", mode);
    submitForm(data);
  }

  return (
    <div className="space-y-5">
      <form
        key={formKey}
        className="space-y-4 print:hidden"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send(e.currentTarget, "preview");
        }}
        data-testid="onboarding-form"
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Tệp khởi tạo (.xlsx, hoặc .csv xã, phường)" name="file" errors={errors?.file}>
            <input id="file" name="file" type="file" accept=".xlsx,.csv" onChange={() => setState(null)} className={fileInputClass} />
          </Field>
          <Field label="Tệp CSV tài khoản (chỉ khi dùng CSV)" name="accountsFile" errors={errors?.accountsFile}>
            <input
              id="accountsFile"
              name="accountsFile"
              type="file"
              accept=".csv"
              onChange={() => setState(null)}
              className={fileInputClass}
            />
          </Field>
        </div>
        <p className="text-sm text-slate-600">
          Trang “Xã, phường”: Tỉnh/TP, Tên xã/phường, Loại (xã|phường), Mã ĐVHC. Trang “Tài khoản”: Mã ĐVHC của xã, Họ và tên, Đơn vị, Vai
          trò, Thư điện tử, Điện thoại, Tên đăng nhập (để trống thì tự đặt).{" "}
          <a href={routes.onboardingTemplate()} download className="text-brand-800 underline">
            Tải tệp mẫu
          </a>
        </p>
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        {plan && !applied ? <PlanTables plan={plan} /> : null}
        <div className="flex flex-wrap gap-3">
          {!applied ? (
            <button type="submit" className={buttonClass.secondary} disabled={pending}>
              {pending ? "Đang đọc tệp…" : "Xem trước"}
            </button>
          ) : null}
          {state?.ok && !applied && plan && plan.counts.error === 0 && plan.counts.new > 0 ? (
            <button type="button" className={buttonClass.primary} disabled={pending} onClick={(e) => send(e.currentTarget.form!, "apply")}>
              Khởi tạo
            </button>
          ) : null}
          {applied ? (
            <button type="button" className={buttonClass.secondary} onClick={() => (setState(null), setFormKey((k) => k + 1))}>
              Khởi tạo tệp khác
            </button>
          ) : null}
        </div>
      </form>
      {applied ? <AppliedView result={applied} /> : null}
    </div>
  );
}

function PlanTables({ plan }: { plan: OnboardingPlan }) {
  const { counts } = plan;
  return (
    <div className="space-y-4">
      <p className="text-sm" role="status">
        {plan.communes.length} dòng xã, phường và {plan.accounts.length} dòng tài khoản: {counts.new} mới, {counts.unchanged} không đổi,{" "}
        <span className={counts.error ? "font-semibold text-red-700" : ""}>{counts.error} lỗi</span>
        {counts.error ? " — sửa các dòng lỗi trong tệp rồi xem trước lại; chưa có gì được ghi." : ""}
      </p>
      <div className="rounded-md border border-slate-200">
        <h3 className="border-b border-slate-200 px-3 py-2 text-sm font-semibold">Xã, phường</h3>
        <Table minWidth={720}>
          <TableHead columns={["Dòng", "Tỉnh", "Xã, phường", "Loại", "Mã ĐVHC", "Kết quả kiểm tra"]} />
          <TableBody>
            {plan.communes.map((r) => (
              <tr key={r.line} data-testid="onboarding-commune-row" data-state={r.state}>
                <Td className="tabular-nums">{r.line}</Td>
                <Td>{r.provinceName ?? r.province}</Td>
                <Td className="font-medium">{r.name}</Td>
                <Td>{r.kind ? COMMUNE_KIND_LABEL[r.kind] : "—"}</Td>
                <Td className="tabular-nums">{r.adminCode}</Td>
                <Td>
                  <StateCell state={r.state} errors={r.errors} />
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      </div>
      {plan.accounts.length ? (
        <div className="rounded-md border border-slate-200">
          <h3 className="border-b border-slate-200 px-3 py-2 text-sm font-semibold">Tài khoản</h3>
          <Table minWidth={860}>
            <TableHead columns={["Dòng", "Họ và tên", "Xã, phường", "Đơn vị", "Vai trò", "Tên đăng nhập", "Kết quả kiểm tra"]} />
            <TableBody>
              {plan.accounts.map((r) => (
                <tr key={r.line} data-testid="onboarding-account-row" data-state={r.state}>
                  <Td className="tabular-nums">{r.line}</Td>
                  <Td className="font-medium">
                    {r.fullName}
                    {r.email ? <div className="text-xs text-slate-500">{r.email}</div> : null}
                  </Td>
                  <Td>{r.communeName ?? r.communeCode}</Td>
                  <Td>{r.unit || "—"}</Td>
                  <Td>{r.role ? ROLE_LABEL[r.role] : "—"}</Td>
                  <Td className="font-mono text-xs">{r.username || "—"}</Td>
                  <Td>
                    <StateCell state={r.state} errors={r.errors} />
                  </Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}

function StateCell({ state, errors }: { state: RowState; errors: string[] }) {
  return (
    <>
      <span className={STATE[state].cls}>{STATE[state].label}</span>
      {errors.length ? (
        <ul className="text-xs text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function AppliedView({ result }: { result: OnboardResponse }) {
  const emailed = result.links.filter((l) => l.emailed).length;
  return (
    <section className="space-y-3" aria-label="Kết quả khởi tạo">
      <div className="print:hidden">
        <Alert tone="success">
          Đã khởi tạo {result.createdCommunes.length} xã, phường và {result.links.length} tài khoản
          {result.links.length
            ? `; ${emailed} liên kết kích hoạt đã gửi qua thư điện tử, ${result.links.length - emailed} cần in và trao tận tay`
            : ""}
          . Danh sách này chỉ hiện một lần: hãy in hoặc lưu lại ngay.
        </Alert>
      </div>
      {result.links.length ? (
        <>
          <h2 className="text-base font-semibold">Liên kết kích hoạt tài khoản (dùng một lần)</h2>
          <table className="w-full border-collapse text-left text-sm" data-testid="activation-links">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="py-1 pr-3">Họ và tên</th>
                <th className="py-1 pr-3">Xã, phường</th>
                <th className="py-1 pr-3">Tên đăng nhập</th>
                <th className="py-1 pr-3">Liên kết kích hoạt</th>
                <th className="py-1 pr-3">Hết hạn</th>
              </tr>
            </thead>
            <tbody>
              {result.links.map((l) => (
                <tr key={l.userId} className="border-b border-slate-200 align-top" data-testid="activation-row" data-username={l.username}>
                  <td className="py-1 pr-3">{l.fullName}</td>
                  <td className="py-1 pr-3">{l.communeName}</td>
                  <td className="py-1 pr-3 font-mono">{l.username}</td>
                  <td className="break-all py-1 pr-3">
                    <a href={l.link} className="font-mono text-xs text-brand-800 underline">
                      {l.link}
                    </a>
                    {l.emailed ? <div className="text-xs text-green-800">Đã gửi thư tới {l.email}</div> : null}
                  </td>
                  <td className="whitespace-nowrap py-1 pr-3">{formatDateTime(new Date(l.expiresAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className={`${buttonClass.secondary} print:hidden`} onClick={() => window.print()}>
            In danh sách
          </button>
        </>
      ) : null}
    </section>
  );
}
