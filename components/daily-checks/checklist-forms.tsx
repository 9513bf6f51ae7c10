"use client";
// The checklist page's forms: add or edit an item, the one-button moves (up, down, archive, restore)
// and the centre's unit. Each refusal is shown next to its form, with what was typed kept.
import { useState } from "react";
import { Alert, buttonClass, Field, Select, TextInput } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/safe-action";
import {
  archiveCheckItemAction,
  moveCheckItemAction,
  restoreCheckItemAction,
  saveCheckItemAction,
  setServiceCentreAction,
} from "@/lib/daily-checks/actions";

type Item = { id: string; area: string; name: string; hint: string; critical: boolean };

export const CRITICAL_HINT = "Hỏng thì có thể phải dừng tiếp nhận hồ sơ: báo sự cố khẩn cấp";

export function ItemForm({ communeId, item, areas, onDone }: { communeId: string; item?: Item; areas: string[]; onDone?: () => void }) {
  const [key, setKey] = useState(0);
  const { state, onSubmit, pending } = useFormAction(saveCheckItemAction, () => {
    setKey((k) => k + 1);
    onDone?.();
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const prefix = item ? `item-${item.id}-` : "new-item-";
  return (
    <form key={key} onSubmit={onSubmit} className="space-y-3" aria-label={item ? `Sửa hạng mục ${item.name}` : "Thêm hạng mục"}>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="itemId" value={item?.id ?? ""} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Khu vực (quầy, phòng)" name={`${prefix}area`} errors={errors?.area} hint="Để trống nếu là của cả Trung tâm">
          <TextInput name="area" id={`${prefix}area`} list={`${prefix}areas`} defaultValue={item?.area ?? ""} maxLength={80} />
        </Field>
        <datalist id={`${prefix}areas`}>
          {areas.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <Field label="Tên hạng mục" name={`${prefix}name`} errors={errors?.name}>
          <TextInput name="name" id={`${prefix}name`} defaultValue={item?.name ?? ""} maxLength={120} required invalid={!!errors?.name} />
        </Field>
      </div>
      <Field label="Thế nào là bình thường" name={`${prefix}hint`} errors={errors?.hint}>
        <TextInput name="hint" id={`${prefix}hint`} defaultValue={item?.hint ?? ""} maxLength={300} />
      </Field>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="critical" defaultChecked={item?.critical ?? false} className="mt-0.5 size-4" />
        <span>
          Hạng mục thiết yếu
          <span className="block text-xs text-slate-500">{CRITICAL_HINT}</span>
        </span>
      </label>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {item ? "Lưu hạng mục" : "Thêm hạng mục"}
        </button>
        {item && onDone ? (
          <button type="button" className={buttonClass.secondary} onClick={onDone}>
            Hủy
          </button>
        ) : null}
      </div>
    </form>
  );
}

type ButtonAction = (prev: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

/** One button posting one item's id (and a direction for moves). */
function ItemButton({
  action,
  communeId,
  itemId,
  label,
  fields = {},
}: {
  action: ButtonAction;
  communeId: string;
  itemId: string;
  label: string;
  fields?: Record<string, string>;
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="inline">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="itemId" value={itemId} />
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50" disabled={pending}>
        {label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="ml-1 text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function ItemRow({
  communeId,
  item,
  areas,
  first,
  last,
}: {
  communeId: string;
  item: Item;
  areas: string[];
  first: boolean;
  last: boolean;
}) {
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <li className="px-4 py-3 sm:px-5">
        <ItemForm communeId={communeId} item={item} areas={areas} onDone={() => setEditing(false)} />
      </li>
    );
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 px-4 py-2.5 sm:px-5">
      <div className="min-w-0">
        <p className="text-sm font-medium text-slate-900">
          {item.name}
          {item.critical ? <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs text-red-800">Thiết yếu</span> : null}
        </p>
        {item.hint ? <p className="text-xs text-slate-500">{item.hint}</p> : null}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        {!first ? (
          <ItemButton action={moveCheckItemAction} communeId={communeId} itemId={item.id} label="Lên" fields={{ direction: "up" }} />
        ) : null}
        {!last ? (
          <ItemButton action={moveCheckItemAction} communeId={communeId} itemId={item.id} label="Xuống" fields={{ direction: "down" }} />
        ) : null}
        <button
          type="button"
          className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50"
          onClick={() => setEditing(true)}
        >
          Sửa
        </button>
        <ItemButton action={archiveCheckItemAction} communeId={communeId} itemId={item.id} label="Bỏ khỏi danh mục" />
      </div>
    </li>
  );
}

export function RestoreButton({ communeId, itemId }: { communeId: string; itemId: string }) {
  return <ItemButton action={restoreCheckItemAction} communeId={communeId} itemId={itemId} label="Dùng lại" />;
}

export function CentrePicker({
  communeId,
  units,
  current,
}: {
  communeId: string;
  units: { id: string; name: string }[];
  current: string | null;
}) {
  const { state, onSubmit, pending } = useFormAction(setServiceCentreAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="communeId" value={communeId} />
      <Field
        label="Đơn vị Trung tâm Phục vụ hành chính công"
        name="unitId"
        errors={state && !state.ok ? state.fieldErrors?.unitId : undefined}
        hint="Cán bộ của đơn vị này thực hiện kiểm tra đầu giờ và xử lý sự cố CNTT (cùng Văn phòng thường trực)."
      >
        <Select name="unitId" defaultValue={current ?? ""}>
          <option value="">(Chưa chọn)</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã lưu đơn vị thực hiện kiểm tra đầu giờ.</Alert> : null}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        Lưu đơn vị
      </button>
    </form>
  );
}
