"use client";
// Which lead units have confirmed "đã báo cáo" for the period, with a reminder for those that have not.
import { Alert, buttonClass } from "@/components/ui/form";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { ToneBadge } from "@/components/ui/status-badge";
import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { remindUnitsAction } from "@/lib/reports/actions";

export type SubmissionRow = {
  unitId: string;
  name: string;
  accounts: number;
  tasks: number;
  open: number;
  updated: number;
  confirmed: string | null;
  confirmedBy: string | null;
  /** Confirmed by the standing office for a unit without an account. */
  onBehalf: boolean;
  /** The closing form for this unit when the viewer may report on its behalf. */
  reportForHref: string | null;
  reminded: string | null;
};

export function SubmissionTable({
  rows,
  communeId,
  planId,
  periodKey,
  canRemind,
}: {
  rows: SubmissionRow[];
  communeId: string;
  planId: string;
  periodKey: string;
  canRemind: boolean;
}) {
  const { state, onSubmit, pending } = useFormAction(remindUnitsAction);
  const pendingUnits = rows.filter((r) => !r.confirmed && r.accounts > 0);
  const done = state?.ok ? state.data : null;
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="periodKey" value={periodKey} />
      <Table minWidth={720}>
        <TableHead
          columns={[
            ...(canRemind ? [["Chọn", "w-12"] as [string, string]] : []),
            "Đơn vị chủ trì",
            ["Nhiệm vụ chưa xong đã cập nhật trong kỳ", "text-right"],
            "Xác nhận đã báo cáo",
            "Nhắc gần nhất",
          ]}
        />
        <TableBody>
          {rows.map((r) => (
            <tr key={r.unitId} data-unit={r.name}>
              {canRemind ? (
                <Td>
                  {r.confirmed || r.accounts === 0 ? null : (
                    <input
                      type="checkbox"
                      name="unitIds"
                      value={r.unitId}
                      defaultChecked
                      aria-label={`Nhắc ${r.name}`}
                      className="size-4"
                    />
                  )}
                </Td>
              ) : null}
              <Td className="font-medium text-slate-900">
                {r.name}
                {r.accounts === 0 ? (
                  <span className="block text-xs font-normal text-amber-700">Chưa có tài khoản cán bộ: không nhắc được</span>
                ) : null}
              </Td>
              <Td className="text-right tabular-nums">
                {r.updated}/{r.open}
                <span className="block text-xs text-slate-500">{r.tasks} nhiệm vụ chủ trì</span>
              </Td>
              <Td>
                {r.confirmed ? (
                  <>
                    <ToneBadge tone="green" label="Đã báo cáo" />
                    <span className="block text-xs text-slate-500">
                      {r.confirmed} · {r.confirmedBy}
                    </span>
                    {r.onBehalf ? <span className="block text-xs font-medium text-slate-700">Văn phòng báo cáo thay</span> : null}
                  </>
                ) : (
                  <>
                    <ToneBadge tone="red" label="Chưa báo cáo" />
                    {r.reportForHref ? (
                      <Link href={r.reportForHref} className="block text-xs text-brand-700 underline">
                        Báo cáo thay
                      </Link>
                    ) : null}
                  </>
                )}
              </Td>
              <Td className="text-xs text-slate-600">{r.reminded ?? "—"}</Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {canRemind ? (
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 px-4 py-3">
          <button type="submit" className={buttonClass.primary} disabled={pending || pendingUnits.length === 0}>
            {pending ? "Đang gửi…" : "Nhắc các đơn vị đã chọn"}
          </button>
          <span className="text-xs text-slate-500">
            Thông báo hiện ở đầu trang của cán bộ đơn vị; thư điện tử được gửi theo cài đặt nhận thông báo của từng người.
          </span>
          {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
          {done ? (
            <Alert tone="success">
              Đã nhắc {done.units} đơn vị ({done.notified} tài khoản).
              {done.withoutAccount.length ? ` Chưa có tài khoản: ${done.withoutAccount.join(", ")}.` : ""}
            </Alert>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
