// The table of official days off (Ngày nghỉ lễ): the system administrator adds, edits and deletes
// days for the whole country; every scheduled reminder and working-day count reads it.
import { defineAction } from "../actions/safe-action";
import { canManageHolidays } from "../auth/permissions";
import { formatDateKey } from "../dates";
import { AppError } from "../errors";
import { holidayDeleteSchema, holidaySaveSchema } from "./schemas";
import { holidayDate } from "./working-days";

export const saveHoliday = defineAction({
  name: "holidays.save",
  // The table belongs to no commune.
  scope: "user",
  schema: holidaySaveSchema,
  permission: canManageHolidays,
  async run(ctx) {
    const { input, tx } = ctx;
    const date = holidayDate(input.date);
    const existing = await tx.holiday.findUnique({ where: { date }, select: { name: true, workingDay: true } });
    const after = { name: input.name, workingDay: input.workingDay };
    if (input.mode === "create") {
      if (existing)
        throw new AppError(
          "DUPLICATE",
          `Ngày ${formatDateKey(input.date)} đã có trong bảng (${existing.name}). Hãy sửa dòng đó thay vì thêm mới.`,
          {
            date: ["Ngày này đã có trong bảng"],
          },
        );
      await tx.holiday.create({ data: { date, ...after } });
    } else {
      if (!existing) throw new AppError("NOT_FOUND", `Ngày ${formatDateKey(input.date)} không có trong bảng ngày nghỉ.`);
      await tx.holiday.update({ where: { date }, data: after });
    }
    await ctx.audit("holidays.save", { type: "Holiday", id: input.date }, { day: input.date, before: existing, after });
    return { date: input.date };
  },
});

export const deleteHoliday = defineAction({
  name: "holidays.delete",
  scope: "user",
  schema: holidayDeleteSchema,
  permission: canManageHolidays,
  async run(ctx) {
    const { input, tx } = ctx;
    const date = holidayDate(input.date);
    const existing = await tx.holiday.findUnique({ where: { date }, select: { name: true, workingDay: true } });
    if (!existing) throw new AppError("NOT_FOUND", `Ngày ${formatDateKey(input.date)} không có trong bảng ngày nghỉ.`);
    await tx.holiday.delete({ where: { date } });
    await ctx.audit("holidays.delete", { type: "Holiday", id: input.date }, { day: input.date, before: existing });
    return { date: input.date };
  },
});
