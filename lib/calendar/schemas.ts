// Input of the holiday table's forms (Ngày nghỉ lễ), shared by the actions and the forms.
import { z } from "zod";
import "../validation/messages";
import { checkbox, isoDay, str } from "../validation/fields";

export const HOLIDAY_NAME_MAX = 120;

export const holidaySaveSchema = z.object({
  /** "create" adds a day (refused when the day is already in the table); "update" renames or re-kinds one. */
  mode: z.enum(["create", "update"], { message: "Thao tác không hợp lệ" }),
  date: isoDay,
  name: str().trim().min(1, "Nhập tên ngày nghỉ").max(HOLIDAY_NAME_MAX, `Tên ngày nghỉ: tối đa ${HOLIDAY_NAME_MAX} ký tự`),
  /** A Saturday or Sunday the government made a working day (làm bù). */
  workingDay: checkbox,
});

export const holidayDeleteSchema = z.object({ date: isoDay });
