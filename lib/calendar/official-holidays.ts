// The official days off of 2025–2027 for civil servants (Bộ luật Lao động 2019, Điều 112: Tết Dương
// lịch 1 day, Tết Âm lịch 5 days, Giỗ Tổ Hùng Vương 10/3 âm lịch, 30/4, 1/5, Quốc khánh 2/9 and one
// adjacent day; a holiday on a weekend is made up on the next working day), with the Saturdays the
// government swapped with a bridge day as working days. Which rows follow a published decision and
// which follow the usual pattern (to be checked by the admin when the decision comes out) is listed
// in docs/notifications.md#ngày-nghỉ. Lunar dates: Tết 29/1/2025, 17/2/2026, 6/2/2027; Giỗ Tổ
// 7/4/2025, 26/4/2026, 16/4/2027.
import type { Db, Tx } from "../db";
import { holidayDate, type HolidayRow } from "./working-days";

const off = (date: string, name: string): HolidayRow => ({ date, name, workingDay: false });
const swappedWorkingDay = (date: string, name: string): HolidayRow => ({ date, name, workingDay: true });

const TET = "Tết Nguyên đán";
const BRIDGE = "Nghỉ hoán đổi";
const COMPENSATORY = "Nghỉ bù";

export const OFFICIAL_HOLIDAYS: readonly HolidayRow[] = [
  // 2025
  off("2025-01-01", "Tết Dương lịch"),
  off("2025-01-27", `${TET} (${BRIDGE.toLowerCase()}, làm bù thứ Bảy 08/02/2025)`),
  off("2025-01-28", `${TET} (29 tháng Chạp)`),
  off("2025-01-29", `${TET} (mùng 1)`),
  off("2025-01-30", `${TET} (mùng 2)`),
  off("2025-01-31", `${TET} (mùng 3)`),
  off("2025-02-01", `${TET} (mùng 4)`),
  swappedWorkingDay("2025-02-08", "Làm bù cho ngày 27/01/2025"),
  off("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
  swappedWorkingDay("2025-04-26", "Làm bù cho ngày 02/05/2025"),
  off("2025-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  off("2025-05-01", "Ngày Quốc tế Lao động"),
  off("2025-05-02", `${BRIDGE} (làm bù thứ Bảy 26/04/2025)`),
  off("2025-09-01", "Quốc khánh (ngày liền kề)"),
  off("2025-09-02", "Quốc khánh"),
  // 2026
  off("2026-01-01", "Tết Dương lịch"),
  off("2026-02-16", `${TET} (29 tháng Chạp)`),
  off("2026-02-17", `${TET} (mùng 1)`),
  off("2026-02-18", `${TET} (mùng 2)`),
  off("2026-02-19", `${TET} (mùng 3)`),
  off("2026-02-20", `${TET} (mùng 4)`),
  off("2026-04-26", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
  off("2026-04-27", `${COMPENSATORY} Giỗ Tổ Hùng Vương`),
  off("2026-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  off("2026-05-01", "Ngày Quốc tế Lao động"),
  off("2026-09-01", "Quốc khánh (ngày liền kề)"),
  off("2026-09-02", "Quốc khánh"),
  // 2027
  off("2027-01-01", "Tết Dương lịch"),
  off("2027-02-05", `${TET} (ngày cuối năm)`),
  off("2027-02-06", `${TET} (mùng 1)`),
  off("2027-02-07", `${TET} (mùng 2)`),
  off("2027-02-08", `${TET} (mùng 3)`),
  off("2027-02-09", `${TET} (mùng 4)`),
  off("2027-02-10", `${COMPENSATORY} ${TET}`),
  off("2027-02-11", `${COMPENSATORY} ${TET}`),
  off("2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
  off("2027-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  off("2027-05-01", "Ngày Quốc tế Lao động"),
  off("2027-05-03", `${COMPENSATORY} Ngày Quốc tế Lao động`),
  off("2027-09-02", "Quốc khánh"),
  off("2027-09-03", "Quốc khánh (ngày liền kề)"),
];

/**
 * Writes the official days off of each year that has no row yet (skipDuplicates as well, for two
 * workers starting at once). A year the table already has is left alone: a day the admin edited
 * keeps its edit and a day the admin deleted stays deleted, however often this runs (every worker
 * start, every seed). Returns how many rows were written.
 */
export async function ensureOfficialHolidays(db: Db | Tx): Promise<number> {
  const years = [...new Set(OFFICIAL_HOLIDAYS.map((h) => h.date.slice(0, 4)))];
  const present = await db.holiday.findMany({
    where: { OR: years.map((y) => ({ date: { gte: holidayDate(`${y}-01-01`), lte: holidayDate(`${y}-12-31`) } })) },
    select: { date: true },
  });
  const seeded = new Set(present.map((r) => r.date.toISOString().slice(0, 4)));
  const missing = OFFICIAL_HOLIDAYS.filter((h) => !seeded.has(h.date.slice(0, 4)));
  if (missing.length === 0) return 0;
  const res = await db.holiday.createMany({
    data: missing.map((h) => ({ date: holidayDate(h.date), name: h.name, workingDay: h.workingDay })),
    skipDuplicates: true,
  });
  return res.count;
}
