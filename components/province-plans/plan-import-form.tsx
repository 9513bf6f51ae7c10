"use client";
// Upload of the province's plan document: the importer reads it into a new working copy and the
// editor opens on it (the editor is the review: nothing reaches a commune before publishing).
import { useRouter } from "next/navigation";
import { Alert, buttonClass, Field, fileInputClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { importProvincePlanAction } from "@/lib/province-plans/actions";
import { routes } from "@/lib/routes";

export function PlanImportForm({ provinceId }: { provinceId: string }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(importProvincePlanAction, (data) =>
    router.push(routes.province(provinceId).plan(data.planId)),
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="province-plan-import-form">
      <input type="hidden" name="provinceId" value={provinceId} />
      <Field label="Tệp kế hoạch (.docx, .pdf có lớp chữ, hoặc .txt)" name="file" errors={errors?.file} hint="Tối đa 20 MB.">
        <input id="file" name="file" type="file" required accept=".docx,.pdf,.txt" className={fileInputClass} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Đang đọc văn bản…" : "Đọc văn bản và tạo bản soạn"}
        </button>
        {state && !state.ok && !errors?.file ? <Alert tone="error">{state.message}</Alert> : null}
      </div>
    </form>
  );
}
