"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { formatNumber } from "@/lib/format/number";
import type { ChartPoint } from "./chart-types";

export default function TrendChartImpl({
  points,
  target,
  unitSuffix,
  domainMax,
}: {
  points: ChartPoint[];
  target: number;
  unitSuffix: string;
  domainMax?: number;
}) {
  return (
    <ChartFrame height={256} decorative={false}>
      <LineChart data={points} margin={{ top: 10, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} domain={[0, domainMax ?? "auto"]} width={40} />
        <Tooltip formatter={(v) => (typeof v === "number" ? `${formatNumber(v)}${unitSuffix}` : String(v))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={target} stroke="#16a34a" strokeDasharray="6 4" label={{ value: "Chỉ tiêu", fontSize: 11, fill: "#15803d" }} />
        <Line
          name="Lộ trình"
          type="linear"
          dataKey="expected"
          stroke="#94a3b8"
          strokeDasharray="4 4"
          dot={false}
          isAnimationActive={false}
          connectNulls
        />
        <Line name="Số liệu" type="monotone" dataKey="value" stroke="#1d4ed8" strokeWidth={2} isAnimationActive={false} connectNulls />
      </LineChart>
    </ChartFrame>
  );
}
