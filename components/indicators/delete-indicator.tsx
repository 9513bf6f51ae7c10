"use client";
import { useRouter } from "next/navigation";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { deleteIndicatorAction } from "@/lib/indicators/actions";
import { routes } from "@/lib/routes";

export function DeleteIndicatorButton({ communeId, indicatorId, version }: { communeId: string; indicatorId: string; version: number }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(deleteIndicatorAction, () => router.push(routes.commune(communeId).indicators()));
  return (
    <form
      onSubmit={(e) => {
        if (!window.confirm("Xóa chỉ tiêu này khỏi kế hoạch?")) e.preventDefault();
        else onSubmit(e);
      }}
      className="space-y-3"
    >
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <input type="hidden" name="version" value={version} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <button type="submit" className={buttonClass.danger} disabled={pending}>
        Xóa chỉ tiêu
      </button>
    </form>
  );
}
