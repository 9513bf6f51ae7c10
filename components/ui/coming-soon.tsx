import { Card, PageHeader } from "./card";

/** Honest placeholder for a section whose feature has not been built yet. */
export function ComingSoon({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <PageHeader title={title} />
      <Card className="p-6">
        <p className="text-sm font-semibold text-slate-800">Chức năng đang được xây dựng</p>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{children}</p>
      </Card>
    </>
  );
}
