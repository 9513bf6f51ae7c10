"use client";
// One open item of the period-closing form: the task (or the unit's part of it) as it stands, and
// either "không thay đổi so với kỳ trước" with an optional note or a real progress report.
import Link from "next/link";
import { DateField } from "@/components/ui/date-field";
import { Field, Select, TextArea, TextInput } from "@/components/ui/form";
import { ToneBadge } from "@/components/ui/status-badge";
import { formatPercent } from "@/lib/format/number";
import { WORK_STATUS_LABEL } from "@/lib/tasks/status-meta";

export type WorkStatusKey = keyof typeof WORK_STATUS_LABEL;

/** An item as the page hands it to the form (dates already written out). */
export type CloseItem = {
  taskId: string;
  code: string;
  title: string;
  href: string;
  part: boolean;
  workStatus: WorkStatusKey;
  progress: number;
  version: number;
  /** "dd/MM/yyyy HH:mm" of the report already made in the period, null when none. */
  updatedAt: string | null;
  last: { at: string; author: string; result: string; unchanged: boolean; onBehalf: boolean } | null;
};

export const ROW_FIELDS = ["mode", "note", "workStatus", "progress", "completedDate", "result", "difficulties", "proposals"] as const;
export type RowField = (typeof ROW_FIELDS)[number];
export type RowValues = Record<RowField, string>;

const excerpt = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);

export function CloseRow({
  item,
  index,
  values,
  errors,
  conflict,
  onChange,
}: {
  item: CloseItem;
  index: number;
  values: RowValues | null;
  errors: Partial<Record<RowField, string[]>>;
  conflict: boolean;
  onChange: (field: RowField, value: string) => void;
}) {
  const id = (f: string) => `r${index}-${f}`;
  const update = values?.mode === "update";
  const state = `${WORK_STATUS_LABEL[item.workStatus]} · ${formatPercent(item.progress)}`;
  return (
    <li
      className={`px-4 py-3 sm:px-5 ${conflict ? "bg-red-50 ring-2 ring-inset ring-red-400" : ""}`}
      data-item={item.code}
      id={`muc-${item.taskId}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <Link href={item.href} className="font-medium text-brand-700 hover:underline">
          {item.code} {item.title}
        </Link>
        <span className="text-xs text-slate-600">
          {item.part ? "Phần việc của đơn vị: " : ""}
          {state}
        </span>
      </div>
      <p className="mt-0.5 text-xs text-slate-500">
        {item.last
          ? `Cập nhật gần nhất ${item.last.at} · ${item.last.author}${item.last.onBehalf ? " (Văn phòng báo cáo thay)" : ""}: ${excerpt(item.last.result) || "—"}`
          : "Chưa có cập nhật nào."}
      </p>
      {item.updatedAt || !values ? (
        <p className="mt-2">
          <ToneBadge tone="green" label={`Đã cập nhật trong kỳ${item.updatedAt ? ` (${item.updatedAt})` : ""}`} />
        </p>
      ) : (
        <fieldset className="mt-2 space-y-3">
          <legend className="sr-only">Báo cáo kỳ này cho nhiệm vụ {item.code}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            <label className="inline-flex items-center gap-2">
              <input
                type="radio"
                name={id("mode")}
                value="unchanged"
                checked={!update}
                onChange={() => onChange("mode", "unchanged")}
                className="size-4"
              />
              Không thay đổi so với kỳ trước
            </label>
            <label className="inline-flex items-center gap-2">
              <input
                type="radio"
                name={id("mode")}
                value="update"
                checked={update}
                onChange={() => onChange("mode", "update")}
                className="size-4"
              />
              Cập nhật mới
            </label>
          </div>
          {!update ? (
            <TextInput
              name={id("note")}
              aria-label={`Ghi chú cho nhiệm vụ ${item.code} (không bắt buộc)`}
              placeholder="Ghi chú (không bắt buộc)"
              maxLength={1000}
              value={values.note}
              onChange={(e) => onChange("note", e.target.value)}
              invalid={!!errors.note}
            />
          ) : (
            <UpdateFields id={id} values={values} errors={errors} onChange={onChange} />
          )}
          {errors.note ? <p className="text-xs text-red-700">{errors.note[0]}</p> : null}
        </fieldset>
      )}
    </li>
  );
}

function UpdateFields({
  id,
  values,
  errors,
  onChange,
}: {
  id: (f: string) => string;
  values: RowValues;
  errors: Partial<Record<RowField, string[]>>;
  onChange: (field: RowField, value: string) => void;
}) {
  const done = values.workStatus === "DONE";
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Tình trạng thực hiện" name={id("workStatus")} errors={errors.workStatus}>
          <Select name={id("workStatus")} value={values.workStatus} onChange={(e) => onChange("workStatus", e.target.value)}>
            {(Object.keys(WORK_STATUS_LABEL) as WorkStatusKey[]).map((s) => (
              <option key={s} value={s}>
                {WORK_STATUS_LABEL[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Tiến độ (%)" name={id("progress")} errors={errors.progress}>
          <TextInput
            name={id("progress")}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={done ? "100" : values.progress}
            disabled={done}
            onChange={(e) => onChange("progress", e.target.value)}
            invalid={!!errors.progress}
          />
        </Field>
        {done ? (
          <DateField
            label="Ngày hoàn thành"
            name={id("completedDate")}
            value={values.completedDate}
            onChange={(day) => onChange("completedDate", day)}
            errors={errors.completedDate}
          />
        ) : null}
      </div>
      <Field label="Kết quả thực hiện trong kỳ" name={id("result")} errors={errors.result}>
        <TextArea
          name={id("result")}
          rows={3}
          value={values.result}
          invalid={!!errors.result}
          onChange={(e) => onChange("result", e.target.value)}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Khó khăn, vướng mắc" name={id("difficulties")} errors={errors.difficulties}>
          <TextArea
            name={id("difficulties")}
            rows={2}
            value={values.difficulties}
            invalid={!!errors.difficulties}
            onChange={(e) => onChange("difficulties", e.target.value)}
          />
        </Field>
        <Field label="Đề xuất, kiến nghị" name={id("proposals")} errors={errors.proposals}>
          <TextArea
            name={id("proposals")}
            rows={2}
            value={values.proposals}
            invalid={!!errors.proposals}
            onChange={(e) => onChange("proposals", e.target.value)}
          />
        </Field>
      </div>
    </div>
  );
}
