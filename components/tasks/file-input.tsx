"use client";
import { useState } from "react";
import { fileInputClass } from "@/components/ui/form";

const MAX_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 10;
const ACCEPT = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png";

/** Evidence picker with the limits checked before anything is sent (the server checks again). */
export function EvidenceInput({
  errors,
  onProblem,
  id = "files",
}: {
  errors?: string[];
  onProblem: (message: string | null) => void;
  /** Unique on the page: the task page can hold the progress form and the extension request together. */
  id?: string;
}) {
  const [names, setNames] = useState<string[]>([]);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        Tài liệu minh chứng
      </label>
      <input
        id={id}
        name="files"
        type="file"
        multiple
        accept={ACCEPT}
        className={fileInputClass}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          setNames(files.map((f) => f.name));
          const tooBig = files.filter((f) => f.size > MAX_BYTES).map((f) => f.name);
          if (files.length > MAX_FILES) onProblem(`Chỉ được gửi tối đa ${MAX_FILES} tệp một lần.`);
          else if (tooBig.length) onProblem(`Tệp vượt quá 20 MB: ${tooBig.join(", ")}.`);
          else onProblem(null);
        }}
      />
      <p className="mt-1 text-xs text-slate-500">
        PDF, DOCX, XLSX, JPG, PNG; tối đa 20 MB mỗi tệp, 10 tệp mỗi lần. {names.length ? `Đã chọn: ${names.join(", ")}` : ""}
      </p>
      {errors?.length ? (
        <ul className="mt-1 space-y-0.5 text-xs text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
