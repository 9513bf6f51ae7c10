// The one path every server action takes: session → role check → zod → work in a transaction →
// error mapping. Tenant checks happen inside `run`, on rows loaded with the tenant filter, using
// the named checks of lib/auth/permissions.ts.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb, type Db, type Tx } from "../db";
import { AppError, ERROR_MESSAGES, toPublicError, type ErrorCode } from "../errors";
import type { Viewer } from "../auth/permissions";

export type ActionFailure = {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** Extra facts for the form, e.g. the current state of a task after a conflict. */
  details?: Record<string, unknown>;
  requestId?: string;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export type ActionContext<I> = {
  user: Viewer;
  input: I;
  tx: Tx;
  /** Undo work done outside the database (files written) if the transaction does not commit. */
  onRollback: (undo: () => Promise<void>) => void;
};

export type ActionDef<S extends z.ZodType, T> = {
  name: string;
  schema: S;
  /** Coarse role check made before the input is even parsed. */
  allow: (user: Viewer) => boolean;
  run: (ctx: ActionContext<z.output<S>>) => Promise<T>;
};

export function defineAction<S extends z.ZodType, T>(def: ActionDef<S, T>): ActionDef<S, T> {
  return def;
}

function fail(code: ErrorCode, extra: Partial<ActionFailure> = {}): ActionFailure {
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

  const undo: (() => Promise<void>)[] = [];
  try {
    const data = await db.$transaction((tx) => def.run({ user, input: parsed.data, tx, onRollback: (f) => undo.push(f) }), {
      timeout: 60_000,
    });
    return { ok: true, data };
  } catch (err) {
    await Promise.allSettled(undo.map((f) => f()));
    const pub = toPublicError(err);
    if (pub.expected) return fail(pub.code, { message: pub.message, fieldErrors: pub.fieldErrors, details: pub.details });
    const requestId = randomUUID().slice(0, 8);
    console.error(`[action ${def.name}] request ${requestId} user ${user.id}`, err);
    return fail("INTERNAL", { message: `${ERROR_MESSAGES.INTERNAL} (Mã lỗi: ${requestId})`, requestId });
  }
}

/** Throws the error that says "no such row for you" (same answer for missing and other tenant). */
export function notFound(): never {
  throw new AppError("NOT_FOUND");
}

type FormValue = string | File;

/**
 * FormData → plain object for zod: repeated keys become arrays; empty strings stay strings; a file
 * input left empty (a nameless, empty File) is dropped. Keys listed in `arrays` are always arrays.
 */
export function formDataToObject(form: FormData, arrays: string[] = []): Record<string, FormValue | FormValue[]> {
  const out: Record<string, FormValue | FormValue[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next.js's own fields
    // An empty file input arrives as a nameless empty file (named "" or "undefined" by the decoder).
    const values = form.getAll(key).filter((v) => typeof v === "string" || v.size > 0 || (!!v.name && v.name !== "undefined"));
    out[key] = arrays.includes(key) || values.length > 1 ? values : (values[0] ?? "");
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}
