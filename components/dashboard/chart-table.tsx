/**
 * A chart with its table alternative: the chart is hidden from screen readers, the table holds the
 * same numbers (and links); it is folded on screen and printed open.
 */
export function ChartWithTable({
  title,
  summary,
  chart,
  table,
}: {
  title: string;
  summary: string;
  chart: React.ReactNode;
  table: React.ReactNode;
}) {
  return (
    <figure className="m-0">
      <figcaption className="sr-only">{`${title}: ${summary}`}</figcaption>
      <div className="print-chart">{chart}</div>
      <details className="chart-table mt-2 text-sm">
        <summary className="no-print cursor-pointer text-brand-700 hover:underline">Xem dạng bảng</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
