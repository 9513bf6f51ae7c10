"use client";
// A file picker that uploads each picked file at once (POST /api/uploads, lib/uploads/receive.ts)
// with its progress, shows the server's refusals beside the file and lets a file be removed (an
// uploaded one is deleted on the server too, DELETE /api/uploads/<id>). The form then sends only the
// uploaded files' ids (hidden inputs). Without JavaScript the native input keeps its name and the
// form posts the files themselves; once the page runs, the input is unnamed so no file is ever sent
// twice.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { fileInputClass } from "@/components/ui/form";
import { routes } from "@/lib/routes";

const MAX_BYTES = 20 * 1024 * 1024;

type Picked = { key: number; name: string; progress: number; id?: string; refused?: string; xhr?: XMLHttpRequest };

export type UploadPickerProps = {
  communeId: string;
  /** The native input's id and name (posted only without JavaScript). */
  id: string;
  name: string;
  /** The hidden inputs' name for the uploaded files' ids. */
  idsName: string;
  max: number;
  accept: string;
  capture?: "environment";
  inputClassName?: string;
  /** True while a file is still uploading: the form's submit button waits. */
  onUploading?: (busy: boolean) => void;
};

const noSubscription = () => () => {};

function refusalOf(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: string; files?: string[] };
    return body.files?.join(" ") || body.error || "Không tải được tệp lên.";
  } catch {
    return xhr.status === 0 ? "Mất kết nối khi tải tệp lên. Hãy chọn lại tệp." : "Không tải được tệp lên.";
  }
}

export function UploadPicker({ communeId, id, name, idsName, max, accept, capture, inputClassName, onUploading }: UploadPickerProps) {
  const [picked, setPicked] = useState<Picked[]>([]);
  // False in the server's HTML (a browser without JavaScript posts the named input), true once hydrated.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const nextKey = useRef(0);
  const busy = picked.some((p) => !p.id && !p.refused);
  const report = useRef(onUploading);
  const live = useRef(picked);
  useEffect(() => {
    report.current = onUploading;
    live.current = picked;
  });
  useEffect(() => report.current?.(busy), [busy]);
  // A picker that goes away mid-upload (a fault set back to "đạt") stops its uploads and holds nothing.
  useEffect(
    () => () => {
      live.current.forEach((p) => p.xhr?.abort());
      report.current?.(false);
    },
    [],
  );

  const change = (key: number, patch: Partial<Picked>) => setPicked((all) => all.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const start = (file: File) => {
    const key = nextKey.current++;
    if (file.size > MAX_BYTES) return { key, name: file.name, progress: 0, refused: `Tệp "${file.name}" vượt quá 20 MB.` };
    const xhr = new XMLHttpRequest();
    xhr.open("POST", routes.uploads(communeId));
    xhr.upload.onprogress = (e) => e.lengthComputable && change(key, { progress: Math.floor((e.loaded / e.total) * 100) });
    xhr.onload = () => {
      if (xhr.status !== 200) return change(key, { refused: refusalOf(xhr), xhr: undefined });
      const uploaded = (JSON.parse(xhr.responseText) as { files: { id: string }[] }).files[0];
      change(key, uploaded ? { id: uploaded.id, progress: 100, xhr: undefined } : { refused: "Không tải được tệp lên.", xhr: undefined });
    };
    xhr.onerror = () => change(key, { refused: refusalOf(xhr), xhr: undefined });
    const body = new FormData();
    body.append("files", file);
    xhr.send(body);
    return { key, name: file.name, progress: 0, xhr };
  };

  const kept = picked.filter((p) => !p.refused).length;
  return (
    <div>
      <input
        id={id}
        name={scripted ? undefined : name}
        type="file"
        multiple={max > 1}
        accept={accept}
        capture={capture}
        className={inputClassName ?? fileInputClass}
        onChange={(e) => {
          if (!scripted) return;
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = ""; // picked files live in the list below; the input can pick more
          const room = Math.max(0, max - kept);
          const over = files.slice(room).map((f) => ({
            key: nextKey.current++,
            name: f.name,
            progress: 0,
            refused: `Chỉ được gửi tối đa ${max} tệp một lần.`,
          }));
          setPicked((all) => [...all, ...files.slice(0, room).map(start), ...over]);
        }}
      />
      {picked.length ? (
        <ul className="mt-2 space-y-1 text-sm" data-testid="upload-list">
          {picked.map((p) => (
            <li key={p.key} className="flex flex-wrap items-center gap-2" data-testid="upload-item">
              <span className="min-w-0 break-all text-slate-800">{p.name}</span>
              {p.refused ? (
                <span className="text-xs text-red-700" role="alert">
                  {p.refused}
                </span>
              ) : p.id ? (
                <span className="text-xs text-emerald-700">Đã tải lên</span>
              ) : (
                <span className="text-xs text-slate-600" aria-live="polite">
                  Đang tải lên {p.progress}%
                  <progress className="ml-2 h-2 w-24 align-middle" max={100} value={p.progress} />
                </span>
              )}
              <button
                type="button"
                className="text-xs text-slate-600 underline hover:text-red-700"
                onClick={() => {
                  p.xhr?.abort();
                  // An uploaded file is freed at once (it would otherwise count against the quota
                  // until the day-old sweep). Best effort: a failure leaves it to that sweep.
                  if (p.id) void fetch(routes.upload(p.id), { method: "DELETE", keepalive: true }).catch(() => undefined);
                  setPicked((all) => all.filter((x) => x.key !== p.key));
                }}
              >
                Bỏ tệp
              </button>
              {p.id ? <input type="hidden" name={idsName} value={p.id} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
