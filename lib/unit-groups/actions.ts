"use server";
// Server actions of the unit-group section: each command through formAction (session, commune,
// permission, validation, transaction). A group's members change the tasks that name it, so the
// task pages are refreshed as well as the administration pages.
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { createUnitGroup, deleteUnitGroup, updateUnitGroup } from "./commands";

const pages = (input: { communeId: string }) => [routes.commune(input.communeId).admin.units(), routes.commune(input.communeId).tasks()];

export const createUnitGroupAction = formAction(createUnitGroup, { arrays: ["unitIds"], revalidate: pages });
export const updateUnitGroupAction = formAction(updateUnitGroup, { arrays: ["unitIds"], revalidate: pages });
export const deleteUnitGroupAction = formAction(deleteUnitGroup, { revalidate: pages });
