// Durations in words: "45 phút", "2 giờ 15 phút", "3 ngày 4 giờ". Working time is counted in
// minutes of office hours (lib/calendar/working-time.ts); a working day there is 8 hours, so
// working durations are shown in hours only ("12 giờ 30 phút làm việc"), never as days.

/** Minutes as hours and minutes: "2 giờ 15 phút", "45 phút", "3 giờ". */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} phút`;
  return rest === 0 ? `${h} giờ` : `${h} giờ ${rest} phút`;
}

/** Calendar time between two instants: "45 phút", "5 giờ 10 phút", "2 ngày 3 giờ". */
export function formatElapsed(from: Date, to: Date): string {
  const minutes = Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 24 * 60) return formatMinutes(minutes);
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  return hours === 0 ? `${days} ngày` : `${days} ngày ${hours} giờ`;
}
