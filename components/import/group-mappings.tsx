"use client";
// The review's unit groups: what each collective wording of the document becomes (one decision per
// wording, shared by the tasks that use it), and, on each task, the wording beside its source line.
import type { Dispatch, SetStateAction } from "react";
import { mappingOf } from "@/lib/import/group-mappings";
import type { GroupMapping, GroupPhrase, GroupTarget, PlanDraft, TaskDraft } from "@/lib/import/types";
import { fittingUnits, keyTerms, tidyGroupName } from "@/lib/units/group-wording";
import { reviewInputClass as input } from "./review-heading";

export type ReviewGroup = { id: string; name: string; kind: string; memberIds: string[] };
type Unit = { id: string; name: string };

/** "nhóm Các phòng chuyên môn thuộc UBND phường (3 đơn vị)", "tạo nhóm “…” (2 đơn vị)", "ghi bằng lời". */
export function targetLabel(target: GroupTarget | undefined, groups: readonly ReviewGroup[]): string {
  if (!target || target.kind === "NONE") return "không dùng nhóm (ghi bằng lời)";
  if (target.kind === "NEW") return `tạo nhóm “${target.name}” (${target.memberIds?.length ?? 0} đơn vị)`;
  const group = target.kind === "EXISTING" ? groups.find((g) => g.id === target.groupId) : groups.find((g) => g.kind === target.builtin);
  return group ? `nhóm ${group.name} (${group.memberIds.length} đơn vị)` : "nhóm không còn trong danh sách";
}

function selectValue(target: GroupTarget, groups: readonly ReviewGroup[]): string {
  if (target.kind === "NEW") return "new";
  if (target.kind === "NONE") return "none";
  if (target.kind === "EXISTING") return `group:${target.groupId}`;
  return `group:${groups.find((g) => g.kind === target.builtin)?.id ?? ""}`;
}

function MappingEditor({
  mapping,
  tasks,
  groups,
  units,
  onChange,
}: {
  mapping: GroupMapping;
  tasks: string[];
  groups: readonly ReviewGroup[];
  units: readonly Unit[];
  onChange: (target: GroupTarget) => void;
}) {
  const t = mapping.target;
  const choose = (value: string) => {
    if (value === "none") onChange({ kind: "NONE" });
    else if (value === "new") {
      const terms = keyTerms(mapping.wording);
      onChange({ kind: "NEW", name: tidyGroupName(mapping.wording), keyTerms: terms, memberIds: fittingUnits(terms, units) });
    } else onChange({ kind: "EXISTING", groupId: value.slice("group:".length) });
  };
  return (
    <li className="rounded-md border border-slate-200 p-3" data-group-mapping={mapping.wording}>
      <p>
        <span className="font-medium">“{mapping.wording}”</span>{" "}
        <span className="text-xs text-slate-500">(nhiệm vụ {tasks.join(", ")})</span>
      </p>
      <label className="mt-1 block">
        <span className="text-xs text-slate-500">Thành</span>
        <select
          className={input}
          aria-label={`Nhóm cho “${mapping.wording}”`}
          value={selectValue(t, groups)}
          onChange={(e) => choose(e.target.value)}
        >
          {groups.map((g) => (
            <option key={g.id} value={`group:${g.id}`}>
              Nhóm {g.name} ({g.memberIds.length} đơn vị)
            </option>
          ))}
          <option value="new">Tạo nhóm mới…</option>
          <option value="none">Không dùng nhóm (ghi bằng lời)</option>
        </select>
      </label>
      {t.kind === "NEW" ? (
        <fieldset className="mt-2">
          <label className="block">
            <span className="text-xs text-slate-500">Tạo nhóm</span>
            <input
              className={input}
              aria-label={`Tên nhóm mới cho “${mapping.wording}”`}
              value={t.name}
              onChange={(e) => onChange({ ...t, name: e.target.value })}
            />
          </label>
          <legend className="sr-only">Đơn vị của nhóm “{t.name}”</legend>
          <p className="mt-1 text-xs text-slate-500">
            gồm ({t.memberIds?.length ?? 0} đơn vị; đánh dấu sẵn các đơn vị có tên khớp với cách ghi, nếu có):
          </p>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {units.map((u) => {
              const checked = t.memberIds?.includes(u.id) ?? false;
              return (
                <label key={u.id} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      onChange({
                        ...t,
                        memberIds: checked ? (t.memberIds ?? []).filter((id) => id !== u.id) : [...(t.memberIds ?? []), u.id],
                      })
                    }
                  />
                  {u.name}
                </label>
              );
            })}
          </div>
        </fieldset>
      ) : null}
    </li>
  );
}

/** The plan's collective wordings and what each becomes, editable. */
export function GroupMappingsEditor({
  draft,
  setDraft,
  groups,
  units,
}: {
  draft: PlanDraft;
  setDraft: Dispatch<SetStateAction<PlanDraft>>;
  groups: readonly ReviewGroup[];
  units: readonly Unit[];
}) {
  const usedBy = (m: GroupMapping) =>
    draft.tasks.filter((t) => [...t.leadGroups, ...t.supportGroups].some((p) => mappingOf([m], p))).map((t) => t.code);
  const used = draft.groupMappings.filter((m) => usedBy(m).length > 0);
  if (used.length === 0) return null;
  const setTarget = (key: string, target: GroupTarget) =>
    setDraft((d) => ({ ...d, groupMappings: d.groupMappings.map((m) => (m.key === key ? { ...m, target } : m)) }));
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="import-group-mappings">
      <h2 className="font-medium text-slate-700">Nhóm đơn vị theo cách ghi của văn bản ({used.length})</h2>
      <p className="text-xs text-slate-500">
        Mỗi cách ghi chung (“Các phòng thuộc UBND phường”…) được giao cho một nhóm đơn vị: mọi đơn vị của nhóm cùng chủ trì hoặc phối hợp.
      </p>
      <ul className="mt-2 space-y-2">
        {used.map((m) => (
          <MappingEditor
            key={m.key}
            mapping={m}
            tasks={usedBy(m)}
            groups={groups}
            units={units}
            onChange={(target) => setTarget(m.key, target)}
          />
        ))}
      </ul>
    </section>
  );
}

/** On a task: each collective wording, its source line, and the group it becomes. */
export function TaskGroupLines({
  task,
  mappings,
  groups,
  source,
}: {
  task: TaskDraft;
  mappings: readonly GroupMapping[];
  groups: readonly ReviewGroup[];
  source: readonly string[];
}) {
  const rows = [
    ...task.leadGroups.map((p) => ({ side: "Chủ trì", p })),
    ...task.supportGroups.map((p) => ({ side: "Phối hợp", p })),
  ] satisfies { side: string; p: GroupPhrase }[];
  if (rows.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 rounded bg-slate-50 p-2 text-xs" data-testid="task-group-lines">
      {rows.map(({ side, p }) => (
        <li key={`${side}-${p.text}`} className="grid gap-0.5 sm:grid-cols-[1fr_1fr] sm:gap-3">
          <span className="text-slate-500">
            Dòng {p.line + 1}: <span className="font-mono">{source[p.line]?.trim()}</span>
          </span>
          <span>
            {side}: <b>{p.text}</b> → {targetLabel(mappingOf(mappings, p)?.target, groups)}
          </span>
        </li>
      ))}
    </ul>
  );
}
