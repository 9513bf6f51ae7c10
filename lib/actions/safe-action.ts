// The one path every server action takes: session → commune (the tenant, loaded once) → the action's
// named permission → zod → work in a transaction → error mapping. Authorization comes before
// validation, and a commune the user may not see is "not found" (ids of other tenants reveal
// nothing). Row-level checks (whose task, whose KPI) stay in `run`, where the row is loaded.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb, type Db, type Tx } from "../db";
import { AppError, ERROR_MESSAGES, toPublicError, type ErrorCode } from "../errors";
import { canViewCommune, canViewProvince, type CommuneScope, type Viewer } from "../auth/permissions";
import type { AuditAction } from "../audit/labels";
import { writeAudit } from "../audit/write";
import { loadCommuneScope, type CommuneInfo } from "../communes/scope";
import { loadProvinceScope, type ProvinceInfo } from "../communes/province-scope";
import type { Prisma } from "../generated/prisma/client";
import { id } from "../validation/fields";

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

/** One audit line in the action's transaction; the actor and the commune are the context's. */
export type Audit = (action: AuditAction, entity: { type: string; id: string }, data?: Prisma.InputJsonValue) => Promise<void>;

export type ActionContext<I, C extends CommuneInfo | null = CommuneInfo> = {
  user: Viewer;
  input: I;
  /** The commune the action writes into, resolved and checked by the wrapper (null for user-scoped actions). */
  commune: C;
  tx: Tx;
  audit: Audit;
  /** Undo work done outside the database (files written) if the transaction does not commit. */
  onRollback: (undo: () => Promise<void>) => void;
};

/** An action inside one commune: the input's `communeId` names it. */
export type CommuneActionDef<S extends z.ZodType, T> = {
  name: string;
  scope?: "commune";
  schema: S;
  /** A named check of lib/auth/permissions.ts, made on the resolved commune before the input is parsed. */
  permission: (v: Viewer, c: CommuneScope) => boolean;
  run: (ctx: ActionContext<z.output<S>, CommuneInfo>) => Promise<T>;
};

/** An action about the user's own things or the whole country (no commune in its input). */
export type UserActionDef<S extends z.ZodType, T> = {
  name: string;
  scope: "user";
  /** Allowed while the account must still change an admin-set password ("Đổi mật khẩu" itself). */
  beforePasswordChange?: boolean;
  schema: S;
  permission: (v: Viewer) => boolean;
  run: (ctx: ActionContext<z.output<S>, null>) => Promise<T>;
};

/**
 * An action on a province's own things (its plans): the input's `provinceId` names it. A province the
 * user may not see is "not found"; one they see but may not act on is "forbidden". Audit lines carry
 * no commune.
 */
export type ProvinceActionDef<S extends z.ZodType, T> = {
  name: string;
  scope: "province";
  schema: S;
  permission: (v: Viewer, provinceId: string) => boolean;
  run: (ctx: ActionContext<z.output<S>, null> & { province: ProvinceInfo }) => Promise<T>;
  /**
   * Work that must follow the commit, in transactions of its own (publishing a province plan applies
   * it to each commune separately): given the committed result, returns the action's final result.
   */
  afterCommit?: (data: T, ctx: { db: Db; user: Viewer; input: z.output<S>; province: ProvinceInfo }) => Promise<T>;
};

export type ActionDef<S extends z.ZodType, T> = CommuneActionDef<S, T> | UserActionDef<S, T> | ProvinceActionDef<S, T>;

export function defineAction<S extends z.ZodType, T>(def: ProvinceActionDef<S, T>): ProvinceActionDef<S, T>;
export function defineAction<S extends z.ZodType, T>(def: UserActionDef<S, T>): UserActionDef<S, T>;
export function defineAction<S extends z.ZodType, T>(def: CommuneActionDef<S, T>): CommuneActionDef<S, T>;
export function defineAction<S extends z.ZodType, T>(def: ActionDef<S, T>): ActionDef<S, T> {
  return def;
}

function fail(code: ErrorCode, extra: Partial<ActionFailure> = {}): ActionFailure {
  return { ok: false, code, message: extra.message ?? ERROR_MESSAGES[code], ...extra };
}

const failFrom = (err: unknown) => {
  const pub = toPublicError(err);
  return pub.expected ? fail(pub.code, { message: pub.message, fieldErrors: pub.fieldErrors, details: pub.details }) : null;
};

/**
 * The commune named by the raw input, checked for the user: a malformed id is a validation error of
 * its field; a missing commune or one the user may not see is "not found"; one they see but may not
 * act on is "forbidden". The database being down answers UNAVAILABLE like any other step.
 */
async function resolveCommune(
  db: Db,
  user: Viewer,
  rawInput: unknown,
  permission: (v: Viewer, c: CommuneScope) => boolean,
): Promise<CommuneInfo | ActionFailure> {
  const raw = typeof rawInput === "object" && rawInput !== null ? (rawInput as Record<string, unknown>).communeId : undefined;
  const communeId = id.safeParse(raw);
  if (!communeId.success) {
    return fail("VALIDATION", { fieldErrors: { communeId: communeId.error.issues.map((i) => i.message) } });
  }
  let commune: CommuneInfo | null;
  try {
    commune = await loadCommuneScope(db, communeId.data);
  } catch (err) {
    const failure = failFrom(err);
    if (failure) return failure;
    console.error(`[action] loading commune ${communeId.data} for user ${user.id}`, err);
    return fail("INTERNAL");
  }
  if (!commune || !canViewCommune(user, commune)) return fail("NOT_FOUND");
  if (!permission(user, commune)) return fail("FORBIDDEN");
  return commune;
}

/** The province named by the raw input, checked for the user (as resolveCommune does for a commune). */
async function resolveProvince(
  db: Db,
  user: Viewer,
  rawInput: unknown,
  permission: (v: Viewer, provinceId: string) => boolean,
): Promise<ProvinceInfo | ActionFailure> {
  const raw = typeof rawInput === "object" && rawInput !== null ? (rawInput as Record<string, unknown>).provinceId : undefined;
  const provinceId = id.safeParse(raw);
  if (!provinceId.success) {
    return fail("VALIDATION", { fieldErrors: { provinceId: provinceId.error.issues.map((i) => i.message) } });
  }
  let province: ProvinceInfo | null;
  try {
    province = await loadProvinceScope(db, provinceId.data);
  } catch (err) {
    const failure = failFrom(err);
    if (failure) return failure;
    console.error(`[action] loading province ${provinceId.data} for user ${user.id}`, err);
    return fail("INTERNAL");
  }
  if (!province || !canViewProvince(user, province.provinceId)) return fail("NOT_FOUND");
  if (!permission(user, province.provinceId)) return fail("FORBIDDEN");
  return province;
}

/** Runs an action for a given user (server actions pass the session user; tests pass their own). */
export async function executeAction<S extends z.ZodType, T>(
  def: ActionDef<S, T>,
  user: Viewer | null,
  rawInput: unknown,
  db: Db = getDb(),
): Promise<ActionResult<T>> {
  return (await executeWithInput(def, user, rawInput, db)).result;
}

/** executeAction, also giving back the validated input of a success (forms refresh pages from it). */
export async function executeWithInput<S extends z.ZodType, T>(
  def: ActionDef<S, T>,
  user: Viewer | null,
  rawInput: unknown,
  db: Db = getDb(),
): Promise<{ result: ActionResult<T>; input?: z.output<S> }> {
  const result = (r: ActionResult<T>, input?: z.output<S>) => ({ result: r, input });
  if (!user) return result(fail("UNAUTHENTICATED"));
  if (user.mustChangePassword && !(def.scope === "user" && def.beforePasswordChange)) {
    return result(fail("FORBIDDEN", { message: "Bạn cần đổi mật khẩu được cấp trước khi làm việc tiếp." }));
  }
  let commune: CommuneInfo | null = null;
  let province: ProvinceInfo | null = null;
  if (def.scope === "user") {
    if (!def.permission(user)) return result(fail("FORBIDDEN"));
  } else if (def.scope === "province") {
    const resolved = await resolveProvince(db, user, rawInput, def.permission);
    if ("ok" in resolved) return result(resolved);
    province = resolved;
  } else {
    const resolved = await resolveCommune(db, user, rawInput, def.permission);
    if ("ok" in resolved) return result(resolved);
    commune = resolved;
  }

  const parsed = def.schema.safeParse(rawInput);
  if (!parsed.success) {
    return result(fail("VALIDATION", { fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> }));
  }
  // The schema reads the same field the commune was resolved from (trimmed alike): never another one.
  if (commune && (parsed.data as { communeId?: unknown }).communeId !== commune.communeId) return result(fail("NOT_FOUND"));
  if (province && (parsed.data as { provinceId?: unknown }).provinceId !== province.provinceId) return result(fail("NOT_FOUND"));

  const undo: (() => Promise<void>)[] = [];
  try {
    const data = await db.$transaction(
      (tx) => {
        const audit: Audit = (action, entity, auditData) =>
          writeAudit(tx, {
            communeId: commune?.communeId ?? null,
            actorId: user.id,
            action,
            entityType: entity.type,
            entityId: entity.id,
            data: auditData,
          });
        const base = { user, input: parsed.data, tx, audit, onRollback: (f: () => Promise<void>) => void undo.push(f) };
        if (def.scope === "user") return def.run({ ...base, commune: null });
        if (def.scope === "province") return province ? def.run({ ...base, commune: null, province }) : notFound();
        return commune ? def.run({ ...base, commune }) : notFound();
      },
      { timeout: 60_000 },
    );
    if (def.scope === "province" && def.afterCommit && province) {
      return result({ ok: true, data: await def.afterCommit(data, { db, user, input: parsed.data, province }) }, parsed.data);
    }
    return result({ ok: true, data }, parsed.data);
  } catch (err) {
    await Promise.allSettled(undo.map((f) => f()));
    const failure = failFrom(err);
    if (failure) return result(failure);
    const requestId = randomUUID().slice(0, 8);
    console.error(`[action ${def.name}] request ${requestId} user ${user.id}`, err);
    return result(fail("INTERNAL", { message: `${ERROR_MESSAGES.INTERNAL} (Mã lỗi: ${requestId})`, requestId }));
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
