"use server";
// Server actions of the holiday table (Ngày nghỉ lễ).
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { deleteHoliday, saveHoliday } from "./commands";

const yearPage = (input: { date: string }) => routes.holidays(Number(input.date.slice(0, 4)));

export const saveHolidayAction = formAction(saveHoliday, { revalidate: yearPage });

export const deleteHolidayAction = formAction(deleteHoliday, { revalidate: yearPage });
