/** "+3" / "−2" / "không đổi" since the previous period, green when it is good news, red when bad. */
export function Delta({ change, worseWhenUp = false, suffix = "" }: { change: number; worseWhenUp?: boolean; suffix?: string }) {
  if (change === 0) return <span className="text-xs text-slate-500">không đổi</span>;
  const good = change > 0 !== worseWhenUp;
  const sign = change > 0 ? "+" : "−";
  return (
    <span className={`text-xs font-semibold ${good ? "text-green-700" : "text-red-700"}`} title="So với cuối kỳ trước">
      {sign}
      {Math.abs(change)}
      {suffix}
    </span>
  );
}
