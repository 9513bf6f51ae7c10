"use client";
// A task's or KPI's buttons in the editor: delete (never published), withdraw / restore (published;
// the next publication applies it). Each posts the copy's version the page was drawn with.
import { useRouter } from "next/navigation";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import {
  deleteProvinceIndicatorAction,
  deleteProvinceTaskAction,
  restoreProvinceTaskAction,
  withdrawProvinceIndicatorAction,
  withdrawProvinceTaskAction,
} from "@/lib/province-plans/actions";

type Item = { kind: "task"; id: string; code: string } | { kind: "indicator"; id: string; code: string };
type Props = { provinceId: string; planId: string; version: number; item: Item; published: boolean; withdrawn: boolean };

const small = "rounded px-2 py-1 text-xs font-medium hover:underline disabled:opacity-50";

export function AuthoringRowActions({ provinceId, planId, version, item, published, withdrawn }: Props) {
  const router = useRouter();
  const isTask = item.kind === "task";
  const action = !published
    ? isTask
      ? deleteProvinceTaskAction
      : deleteProvinceIndicatorAction
    : isTask
      ? withdrawn
        ? restoreProvinceTaskAction
        : withdrawProvinceTaskAction
      : withdrawProvinceIndicatorAction;
  const { state, submitForm, pending } = useFormAction(action, () => router.refresh());
  const noun = isTask ? "nhiệm vụ" : "chỉ tiêu";
  const label = !published ? "Xóa" : withdrawn ? "Giao lại" : `Rút ${noun}`;
  const confirm = useConfirm(
    !published
      ? {
          title: `Xóa ${noun} ${item.code}?`,
          message: `${noun[0]!.toUpperCase()}${noun.slice(1)} chưa ban hành nên được xóa hẳn khỏi bản soạn.`,
          action: "Xóa",
          tone: "danger",
        }
      : withdrawn
        ? {
            title: `Giao lại ${noun} ${item.code}?`,
            message: "Lần ban hành tới, các xã, phường sẽ thực hiện lại.",
            action: "Giao lại",
            tone: "primary",
          }
        : {
            title: `Rút ${noun} ${item.code}?`,
            message: "Lần ban hành tới, các xã, phường sẽ thấy “không còn thực hiện”; tiến độ và báo cáo đã có vẫn được giữ.",
            action: `Rút ${noun}`,
            tone: "danger",
          },
  );
  return (
    <form onSubmit={confirm.onSubmit(submitForm)} className="inline">
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name={isTask ? "taskId" : "indicatorId"} value={item.id} />
      <button
        type="submit"
        disabled={pending}
        className={`${small} ${published && !withdrawn ? "text-amber-800" : !published ? "text-red-700" : "text-brand-700"}`}
      >
        {label}
      </button>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {confirm.dialog}
    </form>
  );
}
