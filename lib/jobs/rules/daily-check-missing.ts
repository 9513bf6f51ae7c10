// "Chưa kiểm tra đầu giờ hôm nay": on a working day, a commune whose one-stop centre has not submitted
// the start-of-day check (lib/daily-checks) a quarter of an hour after it was due hears of it: the
// centre's own staff (whoever may run the check and works in the centre), or the standing office when
// the centre has no account yet. A commune without a centre is not asked for a check and hears nothing.
import { canRunDailyCheck, type Viewer } from "../../auth/permissions";
import { loadServiceCentre } from "../../daily-checks/centre";
import { CHECK_DUE_TIME } from "../../daily-checks/day";
import { dateFromKey, formatDateKey } from "../../dates";
import { standingOfficeOf } from "../../notifications/recipients";
import { routes } from "../../routes";
import type { Rule } from "../schedule";

/**
 * 08:15: the check is due at 08:00 (CHECK_DUE_TIME); a quarter of an hour of grace lets a check
 * finished a few minutes late go through without a message, while the morning is still early enough
 * to check before the counters get busy.
 */
export const DAILY_CHECK_REMINDER_TIME = minutesAfter(CHECK_DUE_TIME, 15);

function minutesAfter(time: string, minutes: number): string {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

export const dailyCheckMissing: Rule = {
  name: "daily-check-missing",
  slot: ({ today, time, calendar }) => (calendar.isWorkingDay(today) && time >= DAILY_CHECK_REMINDER_TIME ? today : null),

  async plan({ tx, today, commune }) {
    const centre = await loadServiceCentre(tx, commune.id);
    if (!centre) return [];
    if ((await tx.dailyCheck.count({ where: { communeId: commune.id, day: dateFromKey(today) } })) > 0) return [];

    const scope = { communeId: commune.id, provinceId: commune.provinceId, centreUnitId: centre.unitId };
    const accounts: Viewer[] = await tx.user.findMany({
      where: { communeId: commune.id, unitId: centre.unitId, active: true },
      select: { id: true, role: true, provinceId: true, communeId: true, unitId: true },
    });
    const staff = accounts.filter((u) => canRunDailyCheck(u, scope)).map((u) => u.id);
    const userIds = staff.length > 0 ? staff : await standingOfficeOf(tx, commune);
    if (userIds.length === 0) return [];
    return [
      {
        kind: "DAILY_CHECK_MISSING",
        userIds,
        title: "Chưa kiểm tra đầu giờ hôm nay",
        body: `${centre.name} chưa gửi kết quả kiểm tra đầu giờ ngày ${formatDateKey(today)} (hạn ${CHECK_DUE_TIME}).`,
        href: routes.commune(commune.id).dailyCheck(),
        topic: `daily-check:${today}`,
        dedupeKey: `daily-check:${today}`,
      },
    ];
  },
};
