"use client";
// Recharts is fetched only on the dashboards, as its own chunk, and only when a chart comes near the
// viewport (components/ui/deferred-chart.tsx): the numbers and the table alternatives are already on
// screen, so a slow line or an old phone waits for nothing.
import dynamic from "next/dynamic";
import { deferUntilNear } from "@/components/ui/deferred-chart";

const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div className={`${height} w-full animate-pulse rounded bg-slate-50`} aria-hidden />;
  };

const statusBars = () => import("./status-bars-impl");
const completions = () => import("./completions-impl");
const indicatorTrend = () => import("./indicator-trend-impl");
const keyIndicatorScatter = () => import("./key-indicator-scatter-impl");

export const StatusBarsChart = deferUntilNear(dynamic(statusBars, { ssr: false, loading: placeholder("h-72") }), statusBars, "h-72 w-full");
export const CompletionsChart = deferUntilNear(
  dynamic(completions, { ssr: false, loading: placeholder("h-56") }),
  completions,
  "h-56 w-full",
);
export const IndicatorTrendChart = deferUntilNear(
  dynamic(indicatorTrend, { ssr: false, loading: placeholder("h-64") }),
  indicatorTrend,
  "h-64 w-full",
);
export const KeyIndicatorScatter = deferUntilNear(
  dynamic(keyIndicatorScatter, { ssr: false, loading: placeholder("h-72") }),
  keyIndicatorScatter,
  "h-72 w-full",
);
