"use client";
// The plan's heading in the import review: title, issuer, number, dates (dd/mm/yyyy whatever the
// browser's language), signer and the documents it implements.
import type { Dispatch, SetStateAction } from "react";
import { DateField } from "@/components/ui/date-field";
import type { PlanDraft } from "@/lib/import/types";

export const reviewInputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/20";
const input = reviewInputClass;

export function PlanHeadingFields({ draft, setDraft }: { draft: PlanDraft; setDraft: Dispatch<SetStateAction<PlanDraft>> }) {
  return (
    <>
      {(
        [
          ["title", "Tên kế hoạch"],
          ["issuer", "Cơ quan ban hành"],
          ["number", "Số, ký hiệu"],
          ["signerName", "Người ký"],
          ["signerTitle", "Chức vụ người ký"],
        ] as const
      ).map(([key, label]) => (
        <label key={key} className={`text-sm ${key === "title" ? "sm:col-span-2" : ""}`}>
          <span className="mb-1 block font-medium text-slate-700">{label}</span>
          <input className={input} value={draft[key] ?? ""} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value || null }))} />
        </label>
      ))}
      {(
        [
          ["issuedDate", "Ngày ban hành"],
          ["periodStart", "Thực hiện từ"],
          ["periodEnd", "Đến"],
        ] as const
      ).map(([key, label]) => (
        <DateField
          key={key}
          name={`plan-${key}`}
          label={label}
          value={draft[key] ?? ""}
          onChange={(day) => setDraft((d) => ({ ...d, [key]: day || null }))}
        />
      ))}
      <label className="text-sm sm:col-span-2">
        <span className="mb-1 block font-medium text-slate-700">Căn cứ, thực hiện (mỗi dòng một văn bản)</span>
        <textarea
          className={input}
          rows={2}
          value={draft.parentRefs.join("\n")}
          onChange={(e) => setDraft((d) => ({ ...d, parentRefs: e.target.value.split("\n").filter((l) => l.trim()) }))}
        />
      </label>
    </>
  );
}
