// Quản trị → Đơn vị → "Nhóm đơn vị": every group of the commune with its members and how many tasks
// name it. Built-in groups are read-only (their members follow the units' kinds); the standing
// office edits and deletes its own groups in place and adds new ones below.
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import type { UnitOption } from "@/components/ui/unit-picker";
import type { UnitGroupRow } from "@/lib/unit-groups/queries";
import { DeleteUnitGroupButton, UnitGroupForm } from "./unit-group-form";

const BADGE = "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium";

function GroupItem({
  communeId,
  group,
  units,
  canManage,
}: {
  communeId: string;
  group: UnitGroupRow;
  units: UnitOption[];
  canManage: boolean;
}) {
  const builtin = group.kind !== "CUSTOM";
  return (
    <li className="space-y-2 px-4 py-3 sm:px-5" data-testid="unit-group">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 className="font-medium text-slate-900">{group.name}</h3>
        <span className="text-sm text-slate-600">
          {group.taskCount > 0 ? `Được giao cho ${group.taskCount} nhiệm vụ` : "Chưa giao cho nhiệm vụ nào"}
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {builtin ? (
          <span className={`${BADGE} bg-slate-100 text-slate-700`}>Tự động theo loại đơn vị</span>
        ) : (
          <span className={`${BADGE} bg-brand-50 text-brand-800`}>Nhóm do Văn phòng xác định</span>
        )}
        <span className="text-xs text-slate-500">{group.members.length} đơn vị</span>
      </div>
      <p className="text-sm text-slate-700">
        {group.members.length > 0 ? group.members.map((m) => m.name).join("; ") : "Chưa có đơn vị thành viên."}
      </p>
      {builtin ? (
        <p className="text-xs text-slate-500">
          Thành viên tự cập nhật khi thêm đơn vị, đổi loại đơn vị hoặc ngừng hoạt động đơn vị; nhóm này không sửa, không xóa được.
        </p>
      ) : canManage ? (
        <details className="group rounded-md border border-slate-200">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700 hover:underline">Sửa hoặc xóa nhóm</summary>
          <div className="space-y-4 border-t border-slate-200 p-3">
            <UnitGroupForm
              communeId={communeId}
              units={units}
              group={{ id: group.id, name: group.name, version: group.version, unitIds: group.members.map((m) => m.id) }}
            />
            <DeleteUnitGroupButton communeId={communeId} group={group} taskCount={group.taskCount} />
          </div>
        </details>
      ) : null}
    </li>
  );
}

export function UnitGroupsSection({
  communeId,
  groups,
  units,
  canManage,
}: {
  communeId: string;
  groups: UnitGroupRow[];
  units: { id: string; name: string }[];
  canManage: boolean;
}) {
  const options = units.map((u) => ({ value: u.id, label: u.name }));
  return (
    <Card>
      <CardHeader
        title="Nhóm đơn vị"
        description="Giao nhiệm vụ cho cả nhóm (ví dụ “Các phòng chuyên môn thuộc UBND”): mỗi đơn vị thành viên thấy nhiệm vụ và báo cáo phần việc của mình."
      />
      {groups.length === 0 ? (
        <EmptyState>Chưa có nhóm đơn vị nào.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200">
          {groups.map((g) => (
            <GroupItem key={g.id} communeId={communeId} group={g} units={options} canManage={canManage} />
          ))}
        </ul>
      )}
      {canManage ? (
        <div className="border-t border-slate-200 p-4 sm:p-5">
          <h3 className="mb-3 text-sm font-semibold text-slate-900">Thêm nhóm đơn vị</h3>
          <UnitGroupForm communeId={communeId} units={options} />
        </div>
      ) : null}
    </Card>
  );
}
