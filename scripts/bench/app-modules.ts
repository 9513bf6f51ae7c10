// The app's lib modules, loaded together (query-ratio.ts's withSides, once DATABASE_URL is set),
// and their type, which the hand-written side (raw-queries.ts) uses too.

export async function loadApp() {
  const [commune, filters, dates, indicators, summary, periods, actionLists, deadline, tasks, detail, db] = await Promise.all([
    import("../../lib/dashboard/commune"),
    import("../../lib/dashboard/filters"),
    import("../../lib/dates"),
    import("../../lib/dashboard/indicators"),
    import("../../lib/indicators/summary"),
    import("../../lib/indicators/periods"),
    import("../../lib/dashboard/action-lists"),
    import("../../lib/tasks/deadline-status"),
    import("../../lib/tasks/queries"),
    import("../../lib/tasks/detail"),
    import("../../lib/db"),
  ]);
  return { commune, filters, dates, indicators, summary, periods, actionLists, deadline, tasks, detail, db };
}
export type App = Awaited<ReturnType<typeof loadApp>>;
