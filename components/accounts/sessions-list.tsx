"use client";
// The account's signed-in browsers: end one (that browser is signed out at its next request, the
// session row being gone) or every other one at once.
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, buttonClass } from "@/components/ui/form";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { useFormAction } from "@/components/ui/use-form-action";
import { endOtherSessionsAction, endOwnSessionAction } from "@/lib/accounts/own-actions";

export type SessionRow = { id: string; device: string; ipAddress: string | null; signedInAt: string; lastSeenAt: string; current: boolean };

function EndSessionButton({ session }: { session: SessionRow }) {
  const { state, submitForm, pending } = useFormAction(endOwnSessionAction);
  const confirm = useConfirm({
    title: "Đăng xuất thiết bị này?",
    message: `${session.device} sẽ phải đăng nhập lại.`,
    action: "Đăng xuất thiết bị",
  });
  return (
    <form onSubmit={confirm.onSubmit(submitForm)}>
      <input type="hidden" name="sessionId" value={session.id} />
      <button type="submit" disabled={pending} className="text-sm font-medium text-red-700 hover:underline">
        {pending ? "Đang đăng xuất…" : "Đăng xuất"}
      </button>
      {state && !state.ok ? <p className="text-xs text-red-700">{state.message}</p> : null}
      {confirm.dialog}
    </form>
  );
}

export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const others = sessions.filter((s) => !s.current).length;
  const all = useFormAction(endOtherSessionsAction);
  const confirm = useConfirm({
    title: "Đăng xuất tất cả thiết bị khác?",
    message: `${others} phiên khác sẽ kết thúc; thiết bị đang dùng vẫn đăng nhập.`,
    action: "Đăng xuất tất cả thiết bị khác",
  });
  return (
    <div className="space-y-3">
      <Table minWidth={560}>
        <TableHead columns={["Thiết bị", "Địa chỉ IP", "Đăng nhập lúc", "Dùng gần nhất", ""]} />
        <TableBody>
          {sessions.map((s) => (
            <tr key={s.id} data-testid="session-row">
              <Td>
                <span className="font-medium">{s.device}</span>
                {s.current ? <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800">Phiên này</span> : null}
              </Td>
              <Td className="font-mono text-xs">{s.ipAddress ?? "—"}</Td>
              <Td className="text-xs">{s.signedInAt}</Td>
              <Td className="text-xs">{s.lastSeenAt}</Td>
              <Td>{s.current ? null : <EndSessionButton session={s} />}</Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {all.state?.ok ? <Alert tone="success">Đã đăng xuất {all.state.data.sessionsEnded} phiên khác.</Alert> : null}
      {all.state && !all.state.ok ? <Alert tone="error">{all.state.message}</Alert> : null}
      {others > 0 ? (
        <form onSubmit={confirm.onSubmit(all.submitForm)}>
          <input type="hidden" name="currentSessionId" value={sessions.find((s) => s.current)?.id ?? ""} />
          <button type="submit" disabled={all.pending} className={buttonClass.secondary}>
            {all.pending ? "Đang đăng xuất…" : "Đăng xuất tất cả thiết bị khác"}
          </button>
          {confirm.dialog}
        </form>
      ) : null}
    </div>
  );
}
