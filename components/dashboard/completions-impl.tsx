"use client";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import type { WeekBar } from "./chart-data";

export default function CompletionsImpl({ weeks }: { weeks: WeekBar[] }) {
  const router = useRouter();
  return (
    <ChartFrame height={224}>
      <BarChart accessibilityLayer={false} data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip labelFormatter={(_, items) => String(items?.[0]?.payload?.range ?? "")} />
        <Bar
          dataKey="n"
          name="Nhiệm vụ hoàn thành"
          fill="#16a34a"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => {
            const href = (entry as { payload?: WeekBar }).payload?.href;
            if (href) router.push(href);
          }}
        />
      </BarChart>
    </ChartFrame>
  );
}
