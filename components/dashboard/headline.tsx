import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Headline as HeadlineData } from "@/lib/dashboard/commune";
import { Delta } from "./delta";
import { formatPercent } from "@/lib/format/number";

function Tile({ label, href, children, testId }: { label: string; href?: string; children: React.ReactNode; testId: string }) {
  const body = (
    <>
      <p className="text-sm text-slate-600">{label}</p>
      <div className="mt-1">{children}</div>
    </>
  );
  return (
    <Card className="p-4">
      {href ? (
        <Link prefetch={false} href={href} className="block hover:text-brand-800" data-testid={testId}>
          {body}
        </Link>
      ) : (
        <div data-testid={testId}>{body}</div>
      )}
    </Card>
  );
}

/** Overall completion: tasks done of total, the average progress, and the change since the previous period. */
export function Headline({
  now,
  before,
  allHref,
  doneHref,
  overdueHref,
}: {
  now: HeadlineData;
  before: HeadlineData;
  allHref: string;
  doneHref: string;
  overdueHref: string;
}) {
  const share = now.total ? Math.round((now.done / now.total) * 100) : 0;
  return (
    <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Tile label="Tổng số nhiệm vụ" href={allHref} testId="headline-total">
        <span className="text-3xl font-bold">{now.total}</span> <Delta change={now.total - before.total} />
      </Tile>
      <Tile label="Đã hoàn thành" href={doneHref} testId="headline-done">
        <span className="text-3xl font-bold text-green-700">{now.done}</span>
        <span className="ml-1 text-base font-medium text-slate-500">
          / {now.total} ({formatPercent(share)})
        </span>{" "}
        <Delta change={now.done - before.done} />
      </Tile>
      <Tile label="Tiến độ bình quân" testId="headline-progress">
        <span className="text-3xl font-bold">{formatPercent(now.progress)}</span>{" "}
        <Delta change={now.progress - before.progress} suffix=" điểm %" />
        <div className="mt-2 h-2 rounded-full bg-slate-100" aria-hidden>
          <div className="h-2 rounded-full bg-brand-600" style={{ width: `${now.progress}%` }} />
        </div>
      </Tile>
      <Tile label="Quá hạn" href={overdueHref} testId="headline-overdue">
        <span className={`text-3xl font-bold ${now.counts.OVERDUE ? "text-red-700" : ""}`}>{now.counts.OVERDUE}</span>{" "}
        <Delta change={now.counts.OVERDUE - before.counts.OVERDUE} worseWhenUp />
      </Tile>
    </div>
  );
}
