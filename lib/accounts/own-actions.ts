"use server";
// Server actions of "Tài khoản của tôi": each command through formAction (session, permission,
// validation, transaction). The account pages are refreshed after a change.
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { disableTwoFactor, enableTwoFactor, endOtherSessions, endOwnSession, newRecoveryCodes, updateOwnProfile } from "./own-commands";

// The header shows the name on every page: the whole app is refreshed after a profile change.
export const updateOwnProfileAction = formAction(updateOwnProfile, { revalidate: () => "/" });
const accountPage = () => routes.account();
export const endOwnSessionAction = formAction(endOwnSession, { revalidate: accountPage });
export const endOtherSessionsAction = formAction(endOtherSessions, { revalidate: accountPage });
// No refresh of the setup page: it would render "already on" in place of the recovery codes, which
// are shown once. Pages are rendered per request, so the banner is gone from the next one.
export const enableTwoFactorAction = formAction(enableTwoFactor);
export const newRecoveryCodesAction = formAction(newRecoveryCodes, { revalidate: accountPage });
export const disableTwoFactorAction = formAction(disableTwoFactor, { revalidate: accountPage });
