"use client";
import { useRouter } from "next/navigation";
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { formatPercent } from "@/lib/format/number";
import type { ScatterPoint } from "./chart-data";

/**
 * Communes placed by the two headline KPIs, with the national targets as lines: the ones bottom-left
 * need help on both. A click opens that commune's dashboard.
 */
export default function KeyIndicatorScatterImpl({
  points,
  xLabel,
  yLabel,
  xTarget,
  yTarget,
}: {
  points: ScatterPoint[];
  xLabel: string;
  yLabel: string;
  xTarget: number;
  yTarget: number;
}) {
  const router = useRouter();
  return (
    <ChartFrame height={288}>
      <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          name={xLabel}
          domain={[0, 100]}
          unit="%"
          tick={{ fontSize: 11 }}
          label={{ value: xLabel, position: "bottom", fontSize: 11 }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={yLabel}
          domain={[0, 100]}
          unit="%"
          tick={{ fontSize: 11 }}
          width={64}
          label={{ value: yLabel, angle: -90, position: "insideLeft", fontSize: 11, style: { textAnchor: "middle" } }}
        />
        <ReferenceLine x={xTarget} stroke="#16a34a" strokeDasharray="6 4" />
        <ReferenceLine y={yTarget} stroke="#16a34a" strokeDasharray="6 4" />
        <Tooltip
          cursor={{ strokeDasharray: "3 3" }}
          content={({ payload }) => {
            const p = payload?.[0]?.payload as ScatterPoint | undefined;
            return p ? (
              <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs shadow">
                <div className="font-medium">{p.name}</div>
                <div>
                  {xLabel}: {formatPercent(p.x)}
                </div>
                <div>
                  {yLabel}: {formatPercent(p.y)}
                </div>
              </div>
            ) : null;
          }}
        />
        <Scatter
          data={points}
          fill="#1d5bd8"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => {
            const href = (entry as { payload?: ScatterPoint }).payload?.href;
            if (href) router.push(href);
          }}
        />
      </ScatterChart>
    </ChartFrame>
  );
}
