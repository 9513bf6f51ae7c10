"use client";
// Recharts is loaded only where a KPI chart is on screen (its own chunk, fetched after the page), so
// other pages do not pay for it. The placeholders keep the layout from jumping.
import dynamic from "next/dynamic";
import { deferUntilNear } from "@/components/ui/deferred-chart";

const sparkline = () => import("./sparkline-impl");

export const Sparkline = deferUntilNear(
  dynamic(sparkline, { ssr: false, loading: () => <div className="h-8 w-28" aria-hidden /> }),
  sparkline,
  "h-8 w-28",
);

export const TrendChart = dynamic(() => import("./trend-chart-impl"), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded bg-slate-50" aria-hidden />,
});
