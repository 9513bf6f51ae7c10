"use client";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import type { StackedBar, StackSeries } from "./chart-data";

/** Horizontal bars stacked by status; a click on a segment opens the tasks it counts. */
export default function StatusBarsImpl({ bars, series }: { bars: StackedBar[]; series: StackSeries[] }) {
  const router = useRouter();
  const data = bars.map((b) => ({ label: b.label, title: b.title, hrefs: b.hrefs, ...b.values }));
  const height = Math.max(160, 48 + bars.length * 34);
  return (
    <ChartFrame height={height}>
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={96} tick={{ fontSize: 11 }} interval={0} />
        <Tooltip labelFormatter={(_, items) => String(items?.[0]?.payload?.title ?? "")} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="status"
            fill={s.color}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(entry) => {
              const href = (entry as { payload?: { hrefs?: Record<string, string> } }).payload?.hrefs?.[s.key];
              if (href) router.push(href);
            }}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
