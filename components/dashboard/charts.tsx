"use client";
// Recharts is fetched only on the dashboards, as its own chunk after the page has rendered: the
// numbers and the table alternatives are already on screen, so a slow line waits for nothing.
import dynamic from "next/dynamic";

const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div className={`${height} w-full animate-pulse rounded bg-slate-50`} aria-hidden />;
  };

export const StatusBarsChart = dynamic(() => import("./status-bars-impl"), { ssr: false, loading: placeholder("h-72") });
export const CompletionsChart = dynamic(() => import("./completions-impl"), { ssr: false, loading: placeholder("h-56") });
export const KpiTrendChart = dynamic(() => import("./kpi-trend-impl"), { ssr: false, loading: placeholder("h-64") });
export const KeyKpiScatter = dynamic(() => import("./key-kpi-scatter-impl"), { ssr: false, loading: placeholder("h-72") });
