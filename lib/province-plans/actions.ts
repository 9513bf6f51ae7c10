"use server";
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import {
  createProvincePlan,
  deleteProvinceTask,
  editProvincePlan,
  restoreProvinceTask,
  saveProvinceTask,
  withdrawProvinceTask,
} from "./commands";
import { deleteProvinceIndicator, saveProvinceIndicator, withdrawProvinceIndicator } from "./indicator-commands";
import { importProvincePlan } from "./import-commands";

// A change of the working copy shows on the plan's pages and on the province's list of plans.
const plansOf = (input: { provinceId: string }) => routes.province(input.provinceId).plans();
const targetArrays = { arrays: ["targetCommuneIds"], revalidate: plansOf };

export const createProvincePlanAction = formAction(createProvincePlan, { revalidate: plansOf });
export const editProvincePlanAction = formAction(editProvincePlan, { revalidate: plansOf });
export const saveProvinceTaskAction = formAction(saveProvinceTask, targetArrays);
export const deleteProvinceTaskAction = formAction(deleteProvinceTask, { revalidate: plansOf });
export const withdrawProvinceTaskAction = formAction(withdrawProvinceTask, { revalidate: plansOf });
export const restoreProvinceTaskAction = formAction(restoreProvinceTask, { revalidate: plansOf });
export const saveProvinceIndicatorAction = formAction(saveProvinceIndicator, targetArrays);
export const deleteProvinceIndicatorAction = formAction(deleteProvinceIndicator, { revalidate: plansOf });
export const withdrawProvinceIndicatorAction = formAction(withdrawProvinceIndicator, { revalidate: plansOf });
export const importProvincePlanAction = formAction(importProvincePlan, { revalidate: plansOf });
