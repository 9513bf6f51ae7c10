"use client";
import { Line, LineChart, YAxis } from "recharts";
import type { ChartPoint } from "./chart-types";

export default function SparklineImpl({ points, domainMax }: { points: ChartPoint[]; domainMax?: number }) {
  if (points.length < 2) return <span className="text-xs text-slate-400">—</span>;
  return (
    <LineChart
      accessibilityLayer={false}
      width={112}
      height={32}
      data={points}
      margin={{ top: 4, right: 2, bottom: 4, left: 2 }}
      aria-hidden
    >
      <YAxis hide domain={[0, domainMax ?? "auto"]} />
      <Line type="monotone" dataKey="value" stroke="#1d4ed8" strokeWidth={2} dot={false} isAnimationActive={false} />
    </LineChart>
  );
}
