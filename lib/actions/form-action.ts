import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getCurrentUser } from "../auth/session";
import { toPublicError } from "../errors";
import { executeWithInput, formDataToObject, type ActionDef, type ActionResult } from "./safe-action";

type FormActionOptions<S extends z.ZodType, T> = {
  /** Form keys that are always lists (multi-selects, file inputs). */
  arrays?: string[];
  /** The page(s) to refresh after a success, from the validated input and the result. */
  revalidate?: (input: z.output<S>, data: T) => string | string[];
};

/** What React's useActionState (and components/ui/use-form-action.ts) call: (previous state, form) → result. */
export type FormAction<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

/** The session's user, or the failure the form shows when the database cannot say who it is. */
async function sessionUser() {
  try {
    return { user: await getCurrentUser() };
  } catch (err) {
    // Reading the session's user needs the database: while it is down the form gets a message
    // (and keeps what the user typed) instead of an error page.
    const pub = toPublicError(err);
    if (pub.code !== "UNAVAILABLE") throw err;
    return { failure: { ok: false as const, code: pub.code, message: pub.message } };
  }
}

/**
 * A server action of a form: the user comes from the session, never from the client; the command
 * runs through executeAction; on success the pages computed from the validated input are refreshed
 * (layout-wide, so every page under the path sees the change).
 */
export function formAction<S extends z.ZodType, T>(def: ActionDef<S, T>, options: FormActionOptions<S, T> = {}): FormAction<T> {
  return async (_prev: unknown, form: FormData): Promise<ActionResult<T>> => {
    const session = await sessionUser();
    if (session.failure) return session.failure;
    const { result, input } = await executeWithInput(def, session.user ?? null, formDataToObject(form, options.arrays));
    if (!result.ok) return result;
    if (options.revalidate && input !== undefined) {
      const paths = options.revalidate(input, result.data);
      for (const path of Array.isArray(paths) ? paths : [paths]) revalidatePath(path, "layout");
    }
    return result;
  };
}
