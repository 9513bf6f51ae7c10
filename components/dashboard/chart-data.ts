// Shapes the dashboard hands to its charts (plain data, so server pages can pass it to the client).
import type { Tone } from "@/lib/tasks/status-meta";

/** SVG colours of the status tones (the same hues as the badges' dots). */
export const TONE_HEX: Record<Tone, string> = {
  green: "#16a34a",
  orange: "#f97316",
  blue: "#2563eb",
  amber: "#f59e0b",
  red: "#dc2626",
  teal: "#0d9488",
  purple: "#9333ea",
  gray: "#94a3b8",
};

/** One bar of a stacked chart: a label and, per series key, a value and where clicking it leads. */
export type StackedBar = { label: string; title: string; values: Record<string, number>; hrefs: Record<string, string> };
export type StackSeries = { key: string; label: string; color: string };

export type WeekBar = { label: string; range: string; n: number; href: string };

export type IndicatorLine = { key: string; name: string; color: string };
export type IndicatorTrendRow = { label: string } & Record<string, number | string | null>;

export type ScatterPoint = { name: string; x: number; y: number; href: string };
