"use client";
// Create or edit a custom unit group (name + member units), and delete one. A stale edit (someone
// changed the group since the page was loaded) is refused with the group's current state; what was
// typed stays in the form, and the person chooses to save theirs over it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, TextInput, buttonClass } from "@/components/ui/form";
import { UnitPicker, type UnitOption } from "@/components/ui/unit-picker";
import { useFormAction } from "@/components/ui/use-form-action";
import { createUnitGroupAction, deleteUnitGroupAction, updateUnitGroupAction } from "@/lib/unit-groups/actions";

type Group = { id: string; name: string; version: number; unitIds: string[] };
type ConflictDetails = { version: number; name: string; members: string[] };

export function UnitGroupForm({ communeId, units, group }: { communeId: string; units: UnitOption[]; group?: Group }) {
  const [version, setVersion] = useState(group?.version ?? 0);
  const { state, onSubmit, pending, setState } = useFormAction<{ id: string; version?: number }>(
    group ? updateUnitGroupAction : createUnitGroupAction,
    (d) => (d.version === undefined ? undefined : setVersion(d.version)),
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const conflict = state && !state.ok && state.code === "CONFLICT" && state.details ? (state.details as ConflictDetails) : null;
  // After a successful create the form starts empty again (new key); an edit keeps its values.
  const formKey = !group && state?.ok ? state.data.id : "form";
  const prefix = group ? `group-${group.id}` : "new-group";
  return (
    <form
      key={formKey}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={group ? `Sửa nhóm ${group.name}` : "Thêm nhóm đơn vị"}
    >
      <input type="hidden" name="communeId" value={communeId} />
      {group ? (
        <>
          <input type="hidden" name="groupId" value={group.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      {conflict && state && !state.ok ? (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>{state.message}</p>
          <p>
            Hiện tại: <strong>{conflict.name}</strong> — {conflict.members.join("; ") || "chưa có đơn vị"}.
          </p>
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => {
              setVersion(conflict.version);
              setState(null);
            }}
          >
            Dùng nội dung tôi đã nhập (lưu đè khi bấm Lưu)
          </button>
        </div>
      ) : state && !state.ok ? (
        <Alert tone="error">{state.message}</Alert>
      ) : null}
      {state?.ok ? <Alert tone="success">{group ? "Đã lưu nhóm đơn vị." : "Đã thêm nhóm đơn vị."}</Alert> : null}
      {/* Several of these forms share the page: the label names its own input, not the field "name". */}
      <div>
        <label htmlFor={`${prefix}-name`} className="mb-1 block text-sm font-medium text-slate-700">
          Tên nhóm
        </label>
        <TextInput
          id={`${prefix}-name`}
          name="name"
          defaultValue={group?.name}
          required
          maxLength={200}
          invalid={!!errors?.name}
          aria-describedby={errors?.name ? `${prefix}-name-error` : undefined}
          placeholder="Ví dụ: Các đơn vị quản lý, vận hành nền tảng số"
        />
        {errors?.name ? (
          <p id={`${prefix}-name-error`} className="mt-1 text-xs text-red-700">
            {errors.name[0]}
          </p>
        ) : null}
      </div>
      <div>
        <UnitPicker label="Đơn vị thành viên" name="unitIds" options={units} defaultValues={group?.unitIds} invalid={!!errors?.unitIds} />
        {errors?.unitIds ? <p className="mt-1 text-xs text-red-700">{errors.unitIds[0]}</p> : null}
      </div>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : group ? "Lưu nhóm" : "Thêm nhóm"}
      </button>
    </form>
  );
}

export function DeleteUnitGroupButton({
  communeId,
  group,
  taskCount,
}: {
  communeId: string;
  group: Omit<Group, "unitIds">;
  taskCount: number;
}) {
  const router = useRouter();
  const { state, submitForm, pending } = useFormAction(deleteUnitGroupAction, () => router.refresh());
  const confirm = useConfirm({
    title: `Xóa nhóm “${group.name}”?`,
    message:
      taskCount > 0
        ? `Nhóm đang được giao cho ${taskCount} nhiệm vụ: cần bỏ nhóm khỏi các nhiệm vụ đó trước khi xóa.`
        : "Nhóm chưa được giao cho nhiệm vụ nào. Các đơn vị thành viên không bị ảnh hưởng.",
    action: "Xóa nhóm",
  });
  return (
    <form onSubmit={confirm.onSubmit(submitForm)} className="space-y-2">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="groupId" value={group.id} />
      <input type="hidden" name="version" value={group.version} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <button type="submit" disabled={pending} className={buttonClass.danger}>
        {pending ? "Đang xóa…" : "Xóa nhóm"}
      </button>
      {confirm.dialog}
    </form>
  );
}
