"use client";
import { useState } from "react";

/** A chart's numbers as a table: column titles, then rows of a header cell and value cells (with links). */
export type TableModel = {
  columns: string[];
  rows: { key: string; header: string; cells: { text: string; href?: string }[] }[];
};

/**
 * A chart with its table alternative. The chart is hidden from screen readers; the caption says what
 * it shows and the table, built when the user opens it, holds the same numbers and links. Built on
 * demand because the numbers are already on the page as the chart's data: sending them a second time
 * as rendered rows made the dashboard's HTML several times larger.
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
  table: TableModel;
}) {
  const [open, setOpen] = useState(false);
  return (
    <figure className="m-0">
      <figcaption className="sr-only">{`${title}: ${summary}`}</figcaption>
      <div className="print-chart">{chart}</div>
      <details className="chart-table mt-2 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="no-print cursor-pointer text-brand-700 hover:underline">Xem dạng bảng</summary>
        {open ? (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left text-xs">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={c} scope="col" className={`px-2 py-1.5 ${i ? "text-right" : ""}`}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {table.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row" className="px-2 py-1.5 font-normal">
                      {r.header}
                    </th>
                    {r.cells.map((c, i) => (
                      <td key={i} className="px-2 py-1.5 text-right tabular-nums">
                        {c.href ? (
                          <a className="text-brand-700 hover:underline" href={c.href}>
                            {c.text}
                          </a>
                        ) : (
                          c.text
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </details>
    </figure>
  );
}
