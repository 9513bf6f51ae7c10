"use client";
// Which communes a task or KPI is handed to: "Tất cả xã, phường" or a ticked list of the province's
// communes (react-aria checkboxes: keyboard and screen readers alike). Posted as `targetAll` and
// one `targetCommuneIds` per ticked commune; the server checks every id belongs to the province.
import { useState } from "react";
import { Checkbox, CheckboxGroup, Label } from "react-aria-components";
import { foldText } from "@/lib/text";

type Props = {
  communes: { id: string; name: string }[];
  targetAll: boolean;
  targetCommuneIds: string[];
  errors?: string[];
};

const box =
  "flex size-4 shrink-0 items-center justify-center rounded border border-slate-400 bg-white text-white group-data-[selected]:border-brand-700 group-data-[selected]:bg-brand-700 group-data-[focus-visible]:ring-2 group-data-[focus-visible]:ring-brand-600/40";

function Tick() {
  return (
    <svg viewBox="0 0 12 10" aria-hidden className="size-3 fill-none stroke-current stroke-2">
      <polyline points="1 5 4.5 8.5 11 1" />
    </svg>
  );
}

export function PlanTargets({ communes, targetAll, targetCommuneIds, errors }: Props) {
  const [all, setAll] = useState(targetAll);
  const [chosen, setChosen] = useState<string[]>(targetCommuneIds);
  const [filter, setFilter] = useState("");
  const shown = filter ? communes.filter((c) => foldText(c.name).includes(foldText(filter.trim()))) : communes;
  return (
    <fieldset className="rounded-md border border-slate-200 p-3" data-testid="plan-targets">
      <legend className="px-1 text-sm font-medium text-slate-700">Giao cho</legend>
      <Checkbox
        isSelected={all}
        onChange={setAll}
        name="targetAll"
        value="on"
        className="group flex items-center gap-2 text-sm font-medium"
      >
        <span className={box}>{all ? <Tick /> : null}</span>
        Tất cả xã, phường của tỉnh ({communes.length})
      </Checkbox>
      {!all ? (
        <div className="mt-3">
          {communes.length > 8 ? (
            <input
              type="search"
              aria-label="Tìm xã, phường"
              placeholder="Tìm xã, phường…"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className="mb-2 w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
          ) : null}
          <CheckboxGroup value={chosen} onChange={setChosen} isInvalid={!!errors?.length} className="space-y-1">
            <Label className="text-xs text-slate-600">
              Chọn xã, phường ({chosen.length} đã chọn{chosen.length === 0 ? ": chưa giao cho xã nào" : ""})
            </Label>
            <div className="grid max-h-56 gap-1 overflow-y-auto sm:grid-cols-2">
              {shown.map((c) => (
                <Checkbox key={c.id} value={c.id} className="group flex items-center gap-2 text-sm">
                  {({ isSelected }) => (
                    <>
                      <span className={box}>{isSelected ? <Tick /> : null}</span>
                      {c.name}
                    </>
                  )}
                </Checkbox>
              ))}
            </div>
          </CheckboxGroup>
          {/* The ticked communes hidden by the search are still posted. */}
          {chosen.map((id) => (
            <input key={id} type="hidden" name="targetCommuneIds" value={id} />
          ))}
        </div>
      ) : null}
      {errors?.length ? <p className="mt-1 text-xs text-red-700">{errors[0]}</p> : null}
    </fieldset>
  );
}
