// Input of the admin's "Gửi lại" buttons on the page "Thư chưa gửi được".
import { z } from "zod";
import { id } from "../../validation/fields";

export const resendSchema = z.object({ messageId: id });

/** "Gửi lại tất cả": every FAILED message, nothing to choose. */
export const resendAllSchema = z.object({});
