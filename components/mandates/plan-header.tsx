"use client";
// A received province plan's head: the commune plan that holds its tasks, moving them into another
// plan (asked first: every task and KPI moves), and "Đã xem" on the last version's changes.
import Link from "next/link";
import { useState } from "react";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, Select, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { acknowledgeMandateChangesAction, moveMandatePlanAction } from "@/lib/mandates/actions";

export function MovePlanForm(props: {
  communeId: string;
  provincePlanId: string;
  current: { id: string; label: string; href: string };
  plans: { id: string; label: string }[];
  canManage: boolean;
}) {
  const { communeId, provincePlanId, current, plans, canManage } = props;
  const others = plans.filter((p) => p.id !== current.id);
  const [target, setTarget] = useState(others[0]?.id ?? "");
  const { state, submitForm, pending } = useFormAction<{ taskCount: number; indicatorCount: number; renumbered: string[] }>(
    moveMandatePlanAction,
  );
  const confirm = useConfirm({
    title: "Chuyển nhiệm vụ sang kế hoạch khác",
    message: `Mọi nhiệm vụ và chỉ tiêu của kế hoạch tỉnh này chuyển sang “${others.find((p) => p.id === target)?.label ?? ""}”, kể cả các phiên bản sau. Báo cáo đã lập vẫn giữ nguyên.`,
    action: "Chuyển",
  });
  return (
    <div className="space-y-2 text-sm">
      <p>
        Nhiệm vụ nằm trong:{" "}
        <Link href={current.href} className="font-medium text-brand-700 hover:underline">
          {current.label}
        </Link>
      </p>
      {canManage && others.length > 0 ? (
        <form onSubmit={confirm.onSubmit(submitForm)} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="communeId" value={communeId} />
          <input type="hidden" name="provincePlanId" value={provincePlanId} />
          <label className="min-w-0 flex-1 sm:max-w-sm">
            <span className="mb-1 block text-xs text-slate-600">Chuyển sang kế hoạch khác</span>
            <Select
              name="targetPlanId"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              options={others.map((p) => [p.id, p.label])}
            />
          </label>
          <button type="submit" className={buttonClass.secondary} disabled={pending}>
            Chuyển
          </button>
        </form>
      ) : null}
      {confirm.dialog}
      {state?.ok ? (
        <Alert tone="success">
          Đã chuyển {state.data.taskCount} nhiệm vụ và {state.data.indicatorCount} chỉ tiêu
          {state.data.renumbered.length ? `; đổi mã chỉ tiêu ${state.data.renumbered.join(", ")} để không trùng` : ""}.
        </Alert>
      ) : state ? (
        <Alert tone="error">{state.message}</Alert>
      ) : null}
    </div>
  );
}

export function AcknowledgeButton({
  communeId,
  provincePlanId,
  appliedVersion,
}: {
  communeId: string;
  provincePlanId: string;
  appliedVersion: number;
}) {
  const { state, onSubmit, pending } = useFormAction(acknowledgeMandateChangesAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="provincePlanId" value={provincePlanId} />
      <input type="hidden" name="appliedVersion" value={appliedVersion} />
      <button type="submit" className={buttonClass.secondary} disabled={pending} data-testid="acknowledge">
        Đã xem
      </button>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
