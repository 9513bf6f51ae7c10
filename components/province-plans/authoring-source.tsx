// Beside an imported plan: what the importer could not read with confidence, and the document's text,
// so the person corrects the tasks against what the province actually wrote.
import { Card, CardHeader } from "@/components/ui/card";

export function AuthoringSource({ fileName, text, warnings }: { fileName: string | null; text: string | null; warnings: string[] }) {
  return (
    <Card>
      <CardHeader title="Văn bản đã nhập" description={fileName ?? undefined} />
      {warnings.length ? (
        <div className="border-b border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="province-plan-warnings">
          <p className="font-medium">Cần kiểm tra ({warnings.length})</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {text ? (
        <details className="px-4 py-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Xem nội dung văn bản</summary>
          <pre className="mt-2 max-h-[32rem] overflow-auto whitespace-pre-wrap font-sans text-xs leading-relaxed text-slate-700">
            {text}
          </pre>
        </details>
      ) : null}
    </Card>
  );
}
