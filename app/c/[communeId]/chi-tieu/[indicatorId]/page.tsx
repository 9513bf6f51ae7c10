import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TrendChart } from "@/components/indicators/charts";
import { IndicatorBadge, IndicatorProgress } from "@/components/indicators/indicator-badge";
import { ValueHistory } from "@/components/indicators/value-history";
import { IndicatorValueForm } from "@/components/indicators/value-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { canEnterIndicatorValue, canManageIndicators, canViewCommune } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDate, formatDateKey, formatDateTime, localDateKey } from "@/lib/dates";
import { entryPeriods } from "@/lib/indicators/entry-periods";
import { FREQUENCY_LABEL } from "@/lib/indicators/periods";
import { getIndicator } from "@/lib/indicators/queries";
import { COMPARISON_SYMBOL } from "@/lib/indicators/status";
import { milestonesOf } from "@/lib/indicators/summary";
import { formatValue } from "@/lib/format/number";
import { MEASURE_LABEL, targetText } from "@/lib/indicators/vocabulary";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Chỉ tiêu" };

export default async function IndicatorPage({ params }: PageProps<"/c/[communeId]/chi-tieu/[indicatorId]">) {
  const { communeId, indicatorId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewCommune);
  const data = await getIndicator(commune.communeId, indicatorId);
  if (!data) notFound();
  const { indicator: i, summary: s, history, currentRevisions, tasks, lastEntry, catalogName } = data;
  const to = routes.commune(commune.communeId);
  const mayEnter = canEnterIndicatorValue(user, { ...commune, responsibleUnitId: i.responsibleUnitId });
  const today = localDateKey(new Date());
  const { periods, defaultPeriod } = entryPeriods(i, i.plan.periodStart, today, currentRevisions);
  const milestones = milestonesOf(i);
  const points = s.trend.map((t) => ({ label: t.label.replace(/^Tháng /, "T"), value: t.value, expected: t.expected }));
  const facts: [string, React.ReactNode][] = [
    ["Chỉ tiêu", milestones.map((m) => `${targetText(i.comparison, m.target, i.unit, i.name)} đến ${formatDateKey(m.dueDate)}`).join("; ")],
    [
      "Giá trị ban đầu",
      i.baselineValue !== null && i.baselineDate
        ? `${formatValue(i.baselineValue, i.unit)} (${formatDate(i.baselineDate, "date-only")})`
        : "Chưa ghi (lộ trình tính từ 0)",
    ],
    ["Cách đo", i.measure === "RATIO" ? `${i.numeratorLabel} / ${i.denominatorLabel} × 100` : MEASURE_LABEL[i.measure]],
    ["Tần suất cập nhật", FREQUENCY_LABEL[i.frequency]],
    ["Đơn vị chịu trách nhiệm", i.responsibleUnit?.name ?? "Chưa giao"],
    [
      "Kế hoạch",
      <Link key="p" href={to.plan(i.plan.id)} className="text-brand-800 hover:underline">
        {i.plan.title}
      </Link>,
    ],
  ];

  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="Đường dẫn">
        <Link href={to.indicators()} className="hover:underline">
          Chỉ tiêu
        </Link>{" "}
        / <span className="text-slate-700">{i.code}</span>
      </nav>
      <PageHeader
        title={i.name}
        description={catalogName ? `${i.code} · chỉ tiêu chuẩn: ${catalogName}` : i.code}
        actions={canManageIndicators(user, commune) ? <LinkButton href={to.editIndicator(i.id)}>Sửa chỉ tiêu</LinkButton> : null}
      />
      <div className="grid gap-5 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Tình trạng" description={s.reason} actions={<IndicatorBadge status={s.status} label={s.label} />} />
          <div className="flex flex-wrap items-center gap-6 px-4 py-3 sm:px-5">
            <div>
              <p className="text-xs uppercase tracking-wide text-slate-500">Hiện tại</p>
              <p className="text-2xl font-bold tabular-nums text-slate-900" data-testid="current-value">
                {s.latest ? formatValue(s.latest.value, i.unit) : "—"}
              </p>
              {s.latest ? <p className="text-xs text-slate-500">đến {formatDateKey(s.latest.periodEnd)}</p> : null}
            </div>
            <div>
              <p className="text-xs uppercase tracking-wide text-slate-500">Cần đạt</p>
              <p className="text-2xl font-bold tabular-nums text-slate-900">
                {COMPARISON_SYMBOL[i.comparison]} {formatValue(s.milestone.target, i.unit)}
              </p>
              <p className="text-xs text-slate-500">hạn {formatDateKey(s.milestone.dueDate)}</p>
            </div>
            <IndicatorProgress status={s.status} percent={s.progress} />
          </div>
          <div className="px-2 pb-4 sm:px-4">
            {points.length ? (
              <TrendChart
                points={points}
                target={s.milestone.target}
                unitSuffix={i.unit === "PERCENT" ? "%" : ""}
                domainMax={i.unit === "PERCENT" ? 100 : undefined}
              />
            ) : (
              <p className="px-2 text-sm text-slate-500">Chưa có số liệu để vẽ biểu đồ.</p>
            )}
          </div>
        </Card>
        <Card>
          <CardHeader title="Thông tin chỉ tiêu" />
          <dl className="space-y-2 px-4 py-3 text-sm sm:px-5">
            {facts.map(([k, v]) => (
              <div key={k}>
                <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{k}</dt>
                <dd className="text-slate-900">{v}</dd>
              </div>
            ))}
            {i.method ? (
              <div>
                <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Cách tính, nguồn số liệu</dt>
                <dd className="text-slate-700">{i.method}</dd>
              </div>
            ) : null}
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Nhiệm vụ liên quan</dt>
              <dd>
                {tasks.length ? (
                  <ul className="list-disc pl-4">
                    {tasks.map((t) => (
                      <li key={t.id}>
                        <Link href={to.task(t.id)} className="text-brand-800 hover:underline">
                          {t.code}. {t.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-500">Chưa gắn nhiệm vụ</span>
                )}
              </dd>
            </div>
            {i.sourceText ? (
              <div>
                <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Trích văn bản kế hoạch</dt>
                <dd className="italic text-slate-600">“{i.sourceText}”</dd>
              </div>
            ) : null}
          </dl>
        </Card>
      </div>
      {mayEnter ? (
        <Card className="mt-5">
          <CardHeader
            title="Nhập số liệu"
            description="Mỗi kỳ một số liệu; nhập lại cho kỳ đã có là điều chỉnh (nêu lý do, số cũ vẫn được lưu)."
          />
          <div className="px-4 py-4 sm:px-5">
            <IndicatorValueForm
              communeId={commune.communeId}
              indicatorId={i.id}
              unit={i.unit}
              measure={i.measure}
              numeratorLabel={i.numeratorLabel}
              denominatorLabel={i.denominatorLabel}
              periods={periods}
              defaultPeriod={defaultPeriod}
            />
          </div>
        </Card>
      ) : null}
      <Card className="mt-5">
        <CardHeader
          title="Lịch sử số liệu"
          description={lastEntry ? `Cập nhật lần cuối ${formatDateTime(lastEntry.at)} bởi ${lastEntry.by}` : "Chưa có số liệu"}
        />
        <ValueHistory rows={history} unit={i.unit} ratio={i.measure === "RATIO"} />
      </Card>
    </>
  );
}
