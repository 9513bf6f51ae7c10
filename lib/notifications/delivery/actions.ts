"use server";
import { formAction } from "../../actions/form-action";
import { routes } from "../../routes";
import { resendAllFailed, resendOutboxMessage } from "./commands";

// The page's list and the badge beside "Thư chưa gửi được" in the admin's menu.
const refresh = () => [routes.failedMessages(), routes.provinceOverview()];

export const resendOutboxMessageAction = formAction(resendOutboxMessage, { revalidate: refresh });
export const resendAllFailedAction = formAction(resendAllFailed, { revalidate: refresh });
