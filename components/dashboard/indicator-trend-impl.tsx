"use client";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { formatPercent } from "@/lib/format/number";
import type { IndicatorLine, IndicatorTrendRow } from "./chart-data";

/** Percent KPIs over the last periods, one line each. */
export default function IndicatorTrendImpl({ rows, lines }: { rows: IndicatorTrendRow[]; lines: IndicatorLine[] }) {
  return (
    <ChartFrame height={256}>
      <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(v) => (typeof v === "number" ? formatPercent(v, 1) : String(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {lines.map((l) => (
          <Line
            key={l.key}
            dataKey={l.key}
            name={l.name}
            stroke={l.color}
            strokeWidth={2}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
