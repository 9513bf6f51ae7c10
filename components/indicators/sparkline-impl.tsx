"use client";
import { Line, LineChart, YAxis } from "recharts";
import { useNearViewport } from "@/components/ui/use-near-viewport";
import type { ChartPoint } from "./charts";

export default function SparklineImpl({ points, domainMax }: { points: ChartPoint[]; domainMax?: number }) {
  const { ref, near } = useNearViewport<HTMLSpanElement>();
  if (points.length < 2) return <span className="text-xs text-slate-400">—</span>;
  // Drawn when scrolled near (see useNearViewport); the box keeps the sparkline's size meanwhile.
  if (!near) return <span ref={ref} className="inline-block h-8 w-28" aria-hidden />;
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
