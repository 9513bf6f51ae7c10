"use server";
// Server actions of the KPI pages: each command through formAction (session, commune, permission,
// validation, transaction), refreshing the commune's pages on success.
import { formAction } from "../actions/form-action";
import { createCatalogEntry, saveCatalogEntry } from "./catalog-commands";
import { saveKpiNationalCode } from "./national-code-commands";
import { deleteIndicator, enterIndicatorValue, importIndicatorValues, saveIndicator } from "./commands";
import { routes } from "../routes";

const communePages = (input: { communeId: string }) => routes.commune(input.communeId).dashboard();

export const saveIndicatorAction = formAction(saveIndicator, { arrays: ["taskIds"], revalidate: communePages });
export const deleteIndicatorAction = formAction(deleteIndicator, { revalidate: communePages });
export const enterIndicatorValueAction = formAction(enterIndicatorValue, { arrays: ["files", "uploadIds"], revalidate: communePages });
export const importIndicatorValuesAction = formAction(importIndicatorValues, { revalidate: communePages });
export const saveCatalogEntryAction = formAction(saveCatalogEntry, { revalidate: () => "/danh-muc-chi-tieu" });
export const createCatalogEntryAction = formAction(createCatalogEntry, { revalidate: () => "/danh-muc-chi-tieu" });
export const saveKpiNationalCodeAction = formAction(saveKpiNationalCode, { revalidate: () => routes.kpiNationalCodes() });
