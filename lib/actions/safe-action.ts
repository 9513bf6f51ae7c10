// The one path every server action takes: session → role check → zod → work in a transaction →
// error mapping. Tenant checks happen inside `run`, on rows loaded with the tenant filter, using
// the named checks of lib/auth/permissions.ts.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb, type Db, type Tx } from "../db";
import { AppError, ERROR_MESSAGES, toPublicError, type ErrorCode } from "../errors";
import type { Viewer } from "../auth/permissions";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]>; requestId?: string };

export type ActionDef<S extends z.ZodType, T> = {
  name: string;
  schema: S;
  /** Coarse role check made before the input is even parsed. */
  allow: (user: Viewer) => boolean;
  run: (ctx: { user: Viewer; input: z.output<S>; tx: Tx }) => Promise<T>;
};

export function defineAction<S extends z.ZodType, T>(def: ActionDef<S, T>): ActionDef<S, T> {
  return def;
}

function fail(code: ErrorCode, extra: Partial<Extract<ActionResult<never>, { ok: false }>> = {}): ActionResult<never> {
  return { ok: false, code, message: extra.message ?? ERROR_MESSAGES[code], ...extra };
}

/** Runs an action for a given user (server actions pass the session user; tests pass their own). */
export async function executeAction<S extends z.ZodType, T>(
  def: ActionDef<S, T>,
  user: Viewer | null,
  rawInput: unknown,
  db: Db = getDb(),
): Promise<ActionResult<T>> {
  if (!user) return fail("UNAUTHENTICATED");
  if (!def.allow(user)) return fail("FORBIDDEN");

  const parsed = def.schema.safeParse(rawInput);
  if (!parsed.success) {
    return fail("VALIDATION", { fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> });
  }

  try {
    const data = await db.$transaction((tx) => def.run({ user, input: parsed.data, tx }));
    return { ok: true, data };
  } catch (err) {
    const pub = toPublicError(err);
    if (pub.expected) return fail(pub.code, { message: pub.message, fieldErrors: pub.fieldErrors });
    const requestId = randomUUID().slice(0, 8);
    console.error(`[action ${def.name}] request ${requestId} user ${user.id}`, err);
    return fail("INTERNAL", { message: `${ERROR_MESSAGES.INTERNAL} (Mã lỗi: ${requestId})`, requestId });
  }
}

/** Throws the error that says "no such row for you" (same answer for missing and other tenant). */
export function notFound(): never {
  throw new AppError("NOT_FOUND");
}

/** FormData → plain object for zod: repeated keys become arrays; empty strings stay strings. */
export function formDataToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next.js's own fields
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return out;
}
