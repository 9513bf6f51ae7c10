"use client";
// "Ban hành phiên bản N": a note, a confirmation, then what happened in each commune; and "Áp dụng
// tiếp" for the communes that did not receive the latest version (a failure, or a commune added).
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, buttonClass, Field, TextArea } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/safe-action";
import { applyPendingAction, publishPlanAction } from "@/lib/province-plans/publish-actions";
import type { PublishResult } from "@/lib/province-plans/publish-commands";

type Props = {
  provinceId: string;
  planId: string;
  version: number;
  publishedVersion: number;
  changeCount: number;
  targetedCount: number;
};

function Outcome({ state, action }: { state: ActionResult<PublishResult> | null; action: string }) {
  if (!state) return null;
  if (!state.ok) return <Alert tone="error">{state.message}</Alert>;
  const { version, applied, failed } = state.data;
  return (
    <div className="grid gap-2" data-testid="publish-outcome">
      <Alert tone={failed.length > 0 ? "info" : "success"}>
        {action} phiên bản {version}: {applied} xã, phường đã nhận{failed.length > 0 ? `, ${failed.length} chưa nhận được` : ""}.
      </Alert>
      {failed.length > 0 ? (
        <ul className="grid gap-1 text-sm text-red-800">
          {failed.map((f) => (
            <li key={f.communeId}>
              {f.commune}: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function PublishForm(props: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  // The note belongs to the version just published: the next one starts empty.
  const { state, submitForm, pending } = useFormAction(publishPlanAction, () => {
    form.current?.reset();
    router.refresh();
  });
  const next = props.publishedVersion + 1;
  const confirm = useConfirm({
    title: `Ban hành phiên bản ${next}?`,
    message: `${props.changeCount} thay đổi sẽ được gửi tới ${props.targetedCount} xã, phường; mỗi xã, phường nhận được ngay và được thông báo. Phiên bản đã ban hành không sửa được.`,
    action: `Ban hành phiên bản ${next}`,
    tone: "primary",
  });
  const disabled = pending || props.changeCount === 0;
  return (
    <form ref={form} onSubmit={confirm.onSubmit(submitForm)} className="grid gap-3" data-testid="publish-form">
      <input type="hidden" name="provinceId" value={props.provinceId} />
      <input type="hidden" name="planId" value={props.planId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="publishedVersion" value={props.publishedVersion} />
      <Field label="Ghi chú phiên bản (không bắt buộc)" name="note" errors={state && !state.ok ? state.fieldErrors?.note : undefined}>
        <TextArea name="note" rows={2} placeholder="Ví dụ: Điều chỉnh thời hạn nhiệm vụ 2.1 theo Công văn số …" />
      </Field>
      <div>
        <button type="submit" className={buttonClass.primary} disabled={disabled}>
          {pending ? "Đang ban hành…" : `Ban hành phiên bản ${next}`}
        </button>
      </div>
      <Outcome state={state} action="Đã ban hành" />
      {confirm.dialog}
    </form>
  );
}

export function ApplyPendingForm({ provinceId, planId, pendingCount }: { provinceId: string; planId: string; pendingCount: number }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(applyPendingAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} className="grid gap-2" data-testid="apply-pending-form">
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="planId" value={planId} />
      <p className="text-sm text-slate-700">{pendingCount} xã, phường chưa nhận phiên bản mới nhất.</p>
      <div>
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {pending ? "Đang áp dụng…" : "Áp dụng tiếp cho các xã chưa nhận"}
        </button>
      </div>
      <Outcome state={state} action="Đã áp dụng" />
    </form>
  );
}
