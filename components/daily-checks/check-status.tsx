// "Đã kiểm tra lúc 07:42 — Nguyễn Văn A (đã sửa 1 lần)": today's check in one line, for the form's
// header and the unit staff's banner.
import { localTimeOf } from "@/lib/jobs/clock";

export function checkedLine(check: { checkedAt: Date; revision: number; checkedBy: { fullName: string } }): string {
  const amended = check.revision > 1 ? ` (đã sửa ${check.revision - 1} lần)` : "";
  return `Đã kiểm tra lúc ${localTimeOf(check.checkedAt)} — ${check.checkedBy.fullName}${amended}`;
}
