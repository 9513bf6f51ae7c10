"use server";
// Server actions of Quản trị → Tỉnh, xã, phường and → Mẫu đơn vị (ADMIN), refreshing those pages.
import { formAction } from "../actions/form-action";
import { getDb } from "../db";
import { routes } from "../routes";
import { createCommune, createProvince, saveUnitTemplate, updateCommune, updateProvince } from "./commands";
import { handDownProvincePlans } from "./hand-down";

const tenantsPage = () => routes.tenants();
const createCommuneForm = formAction(createCommune, { revalidate: tenantsPage });

export const createProvinceAction = formAction(createProvince, { revalidate: tenantsPage });
export const updateProvinceAction = formAction(updateProvince, { revalidate: tenantsPage });
/** A new commune, then (after the commit) the province's published plans handed down to it. */
export async function createCommuneAction(prev: unknown, form: FormData) {
  const result = await createCommuneForm(prev, form);
  if (result.ok) await handDownProvincePlans(getDb());
  return result;
}
export const updateCommuneAction = formAction(updateCommune, { revalidate: tenantsPage });
export const saveUnitTemplateAction = formAction(saveUnitTemplate, { revalidate: () => routes.unitTemplate() });
