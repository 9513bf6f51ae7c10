"use server";
import { formAction } from "../actions/form-action";
import { archivePlan, restorePlan, updatePlanDetails } from "./commands";
import { routes } from "../routes";

// An archived or restored plan leaves or rejoins every page of the commune.
const communePages = (input: { communeId: string }) => routes.commune(input.communeId).dashboard();

export const archivePlanAction = formAction(archivePlan, { revalidate: communePages });
export const restorePlanAction = formAction(restorePlan, { revalidate: communePages });
export const updatePlanDetailsAction = formAction(updatePlanDetails, { revalidate: communePages });
