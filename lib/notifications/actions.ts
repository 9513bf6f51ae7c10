"use server";
import { formAction } from "../actions/form-action";
import { markNotificationsRead } from "./commands";

// The bell is in the header of every page.
export const markNotificationsReadAction = formAction(markNotificationsRead, { revalidate: () => "/" });
