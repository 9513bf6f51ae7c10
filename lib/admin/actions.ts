"use server";
// Server actions of the administration pages: each command through formAction (session, commune,
// permission, validation, transaction), refreshing the administration pages on success.
import { formAction } from "../actions/form-action";
import { createUnit, createUser, resetPassword, updateUnit, updateUser } from "./commands";
import { routes } from "../routes";

const adminPages = (input: { communeId: string }) => routes.commune(input.communeId).admin.units();

export const createUnitAction = formAction(createUnit, { revalidate: adminPages });
export const updateUnitAction = formAction(updateUnit, { revalidate: adminPages });
export const createUserAction = formAction(createUser, { revalidate: adminPages });
export const updateUserAction = formAction(updateUser, { revalidate: adminPages });
// Nothing on the pages changes: the new password is shown once, in the form.
export const resetPasswordAction = formAction(resetPassword);
