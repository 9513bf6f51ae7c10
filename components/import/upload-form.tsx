"use client";
import { useRouter } from "next/navigation";
import { Alert, buttonClass, fileInputClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { uploadPlanAction } from "@/lib/import/actions";
import { routes } from "@/lib/routes";

export function UploadPlanForm({ communeId, plans }: { communeId: string; plans: { id: string; title: string }[] }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction<{ importId: string }>(uploadPlanAction, (d) =>
    router.push(routes.commune(communeId).planImport(d.importId)),
  );
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="upload-plan">
      <input type="hidden" name="communeId" value={communeId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <div>
        <label htmlFor="file" className="mb-1 block text-sm font-medium text-slate-700">
          Văn bản kế hoạch
        </label>
        <input id="file" name="file" type="file" accept=".docx,.pdf,.txt" required className={fileInputClass} />
        <p className="mt-1 text-xs text-slate-500">Word (.docx), PDF có lớp chữ hoặc văn bản .txt; tối đa 20 MB.</p>
      </div>
      {plans.length ? (
        <div>
          <label htmlFor="planId" className="mb-1 block text-sm font-medium text-slate-700">
            Dùng cho
          </label>
          <select
            id="planId"
            name="planId"
            defaultValue=""
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Tạo kế hoạch mới</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                Cập nhật kế hoạch đã có: {p.title}
              </option>
            ))}
          </select>
          <p className="mt-1 text-xs text-slate-500">
            Khi cập nhật kế hoạch đã có, bước sau cho thấy những gì sẽ thay đổi trước khi áp dụng.
          </p>
        </div>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang đọc văn bản…" : "Đọc văn bản"}
      </button>
    </form>
  );
}
