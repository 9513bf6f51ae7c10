"use client";
// "Báo sự cố": what (a checklist item or free text), since when, impact, severity, photos. Opened
// from a fault of the daily check it comes prefilled with the item (a critical one: khẩn cấp). What
// was typed stays when the server refuses it; a success opens the new incident's page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EvidenceInput, UPLOADING_LABEL } from "@/components/tasks/file-input";
import { Alert, Field, Select, TextArea, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import type { IncidentSeverity } from "@/lib/generated/prisma/enums";
import { reportIncidentAction } from "@/lib/incidents/actions";
import { SEVERITY_HINT, SEVERITY_LABEL } from "@/lib/incidents/labels";
import { MAX_COUNTERS_DOWN, MAX_INCIDENT_AGE_DAYS, SEVERITIES } from "@/lib/incidents/limits";
import { routes } from "@/lib/routes";

export type ChecklistChoice = { id: string; name: string; area: string; critical: boolean };

export function ReportIncidentForm({
  communeId,
  items,
  item,
  startedAt,
}: {
  communeId: string;
  items: ChecklistChoice[];
  /** The item the form was opened for (?hang-muc=), if it is one of `items`. */
  item: ChecklistChoice | null;
  /** "Now" as the datetime-local field wants it ("2026-12-05T08:15"). */
  startedAt: string;
}) {
  const router = useRouter();
  const [uploading, setUploading] = useState(false);
  const { state, onSubmit, pending } = useFormAction<{ incidentId: string; code: string }>(reportIncidentAction, (data) =>
    router.push(routes.commune(communeId).incident(data.incidentId)),
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const defaultSeverity: IncidentSeverity = item?.critical ? "URGENT" : "NORMAL";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="report-incident-form">
      <input type="hidden" name="communeId" value={communeId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Field
        label="Hạng mục bị lỗi"
        name="checkItemId"
        errors={errors?.checkItemId}
        hint="Chọn nếu sự cố là một hạng mục của kiểm tra đầu giờ"
      >
        <Select name="checkItemId" defaultValue={item?.id ?? ""} invalid={!!errors?.checkItemId}>
          <option value="">Không thuộc danh mục (nhập nội dung bên dưới)</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.area ? `${i.area} · ${i.name}` : i.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Sự cố" name="title" errors={errors?.title} hint="Để trống khi đã chọn hạng mục: sự cố mang tên hạng mục">
        <TextInput name="title" defaultValue={item?.name ?? ""} maxLength={200} invalid={!!errors?.title} />
      </Field>
      <Field label="Mô tả" name="description" errors={errors?.description}>
        <TextArea name="description" rows={3} invalid={!!errors?.description} />
      </Field>
      <Field label="Xảy ra từ" name="startedAt" errors={errors?.startedAt} hint={`Trong ${MAX_INCIDENT_AGE_DAYS} ngày gần đây`}>
        <TextInput name="startedAt" type="datetime-local" defaultValue={startedAt} invalid={!!errors?.startedAt} />
      </Field>
      <fieldset>
        <legend className="mb-1 block text-sm font-medium text-slate-700">Mức độ</legend>
        <div className="space-y-2">
          {SEVERITIES.map((s) => (
            <label
              key={s}
              className="flex items-start gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="severity" value={s} defaultChecked={s === defaultSeverity} className="mt-0.5" />
              <span>
                <span className={`font-semibold ${s === "URGENT" ? "text-red-800" : "text-slate-900"}`}>{SEVERITY_LABEL[s]}</span>
                <span className="block text-xs text-slate-600">{SEVERITY_HINT[s]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors?.severity ? <p className="mt-1 text-xs text-red-700">{errors.severity[0]}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Số quầy không hoạt động" name="countersDown" errors={errors?.countersDown}>
          <TextInput
            name="countersDown"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_COUNTERS_DOWN}
            defaultValue="0"
            invalid={!!errors?.countersDown}
          />
        </Field>
        <Field label="Số hồ sơ ước bị ảnh hưởng" name="dossiersAffected" errors={errors?.dossiersAffected} hint="Không bắt buộc">
          <TextInput name="dossiersAffected" type="number" inputMode="numeric" min={0} invalid={!!errors?.dossiersAffected} />
        </Field>
      </div>
      <Field label="Dịch vụ không thực hiện được" name="servicesAffected" errors={errors?.servicesAffected}>
        <TextArea name="servicesAffected" rows={2} maxLength={500} invalid={!!errors?.servicesAffected} />
      </Field>
      <EvidenceInput communeId={communeId} id="files" errors={errors?.files} onUploading={setUploading} />
      <button type="submit" disabled={pending || uploading} className={`${buttonClass.primary} w-full sm:w-auto`}>
        {uploading ? UPLOADING_LABEL : pending ? "Đang gửi…" : "Báo sự cố"}
      </button>
    </form>
  );
}
