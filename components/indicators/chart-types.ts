// The data shape the indicator charts share, apart from charts.tsx: the *-impl.tsx chunks need the
// type and charts.tsx loads them, so keeping it in charts.tsx made a (type-only) import cycle.

export type ChartPoint = { label: string; value: number | null; expected?: number | null };
