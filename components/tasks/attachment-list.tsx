// Evidence files of a report or a request: each a download link with its size.
import { formatFileSize } from "@/lib/format/number";
import { routes } from "@/lib/routes";

export function AttachmentList({ files, className = "" }: { files: { id: string; fileName: string; size: number }[]; className?: string }) {
  if (files.length === 0) return null;
  return (
    <ul className={`space-y-0.5 ${className}`}>
      {files.map((a) => (
        <li key={a.id}>
          <a href={routes.file(a.id)} className="text-brand-700 underline">
            {a.fileName}
          </a>{" "}
          <span className="text-xs text-slate-500">({formatFileSize(a.size)})</span>
        </li>
      ))}
    </ul>
  );
}
