"use server";
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { applyPending, publishPlan } from "./publish-commands";

// A publication changes the province's plan pages and every receiving commune's pages.
const pages = (input: { provinceId: string; planId: string }, data: { communeIds: string[] }) => [
  routes.province(input.provinceId).plans(),
  ...data.communeIds.map((c) => routes.commune(c).dashboard()),
];

export const publishPlanAction = formAction(publishPlan, { revalidate: pages });
export const applyPendingAction = formAction(applyPending, { revalidate: pages });
