import "server-only";
import type { z } from "zod";
import { getCurrentUser } from "../auth/session";
import { executeAction, type ActionDef, type ActionResult } from "./safe-action";

/** Server actions call this: the user comes from the session, never from the client. */
export async function runAction<S extends z.ZodType, T>(def: ActionDef<S, T>, rawInput: unknown): Promise<ActionResult<T>> {
  return executeAction(def, await getCurrentUser(), rawInput);
}
