"use server";
// Server actions of Quản trị → Tỉnh, xã, phường and → Mẫu đơn vị (ADMIN), refreshing those pages.
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { createCommune, createProvince, saveUnitTemplate, updateCommune, updateProvince } from "./commands";

const tenantsPage = () => routes.tenants();

export const createProvinceAction = formAction(createProvince, { revalidate: tenantsPage });
export const updateProvinceAction = formAction(updateProvince, { revalidate: tenantsPage });
export const createCommuneAction = formAction(createCommune, { revalidate: tenantsPage });
export const updateCommuneAction = formAction(updateCommune, { revalidate: tenantsPage });
export const saveUnitTemplateAction = formAction(saveUnitTemplate, { revalidate: () => routes.unitTemplate() });
