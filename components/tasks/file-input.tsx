"use client";
import { UploadPicker } from "@/components/files/upload-picker";

const MAX_FILES = 10;
const ACCEPT = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png";

/**
 * Evidence picker: each file is uploaded as soon as it is picked (components/files/upload-picker.tsx)
 * and the form sends the ids; `onUploading` holds the form's submit button meanwhile.
 */
export function EvidenceInput({
  communeId,
  errors,
  onUploading,
  id = "files",
}: {
  communeId: string;
  errors?: string[];
  onUploading: (busy: boolean) => void;
  /** Unique on the page: the task page can hold the progress form and the extension request together. */
  id?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        Tài liệu minh chứng
      </label>
      <UploadPicker
        communeId={communeId}
        id={id}
        name="files"
        idsName="uploadIds"
        max={MAX_FILES}
        accept={ACCEPT}
        onUploading={onUploading}
      />
      <p className="mt-1 text-xs text-slate-500">PDF, DOCX, XLSX, JPG, PNG; tối đa 20 MB mỗi tệp, 10 tệp mỗi lần.</p>
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

/** The submit button's words while a picked file is still uploading. */
export const UPLOADING_LABEL = "Đang tải tệp lên…";
