import "server-only";
import type { z } from "zod";
import { getCurrentUser } from "../auth/session";
import { toPublicError } from "../errors";
import { executeAction, type ActionDef, type ActionResult } from "./safe-action";

/** Server actions call this: the user comes from the session, never from the client. */
export async function runAction<S extends z.ZodType, T>(def: ActionDef<S, T>, rawInput: unknown): Promise<ActionResult<T>> {
  let user;
  try {
    user = await getCurrentUser();
  } catch (err) {
    // Reading the session's user needs the database: while it is down the form gets a message
    // (and keeps what the user typed) instead of an error page.
    const pub = toPublicError(err);
    if (pub.code !== "UNAVAILABLE") throw err;
    return { ok: false, code: pub.code, message: pub.message };
  }
  return executeAction(def, user, rawInput);
}
