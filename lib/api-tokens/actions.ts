"use server";
// Server actions of Quản trị → Kết nối hệ thống: each command through formAction, refreshing the
// token list. The new token goes back to the form once (the result), never into a page or the cache.
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { createAnyApiToken, createApiToken, revokeAnyApiToken, revokeApiToken } from "./commands";

const communePage = (input: { communeId: string }) => routes.commune(input.communeId).admin.apiTokens();
const adminPage = () => routes.apiTokens();

export const createApiTokenAction = formAction(createApiToken, { revalidate: communePage });
export const revokeApiTokenAction = formAction(revokeApiToken, { revalidate: communePage });
export const createAnyApiTokenAction = formAction(createAnyApiToken, { revalidate: adminPage });
export const revokeAnyApiTokenAction = formAction(revokeAnyApiToken, { revalidate: adminPage });
