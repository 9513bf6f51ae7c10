"use server";
// Server action of Quản trị → Bảo mật, refreshing the page (the pending list's deadlines move).
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { setTwoFactorGrace } from "./commands";

export const setTwoFactorGraceAction = formAction(setTwoFactorGrace, { revalidate: () => routes.securitySettings() });
