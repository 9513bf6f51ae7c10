import { randomUUID } from "node:crypto";

/** An id made by the app before the row exists (file names, rows linked before insert): 32 hex chars. */
export function createId(): string {
  return randomUUID().replaceAll("-", "");
}

/**
 * Whether a value from a URL or a file name can be one of our ids (cuid or createId: lowercase
 * letters and digits). Anything else is no row: answered without a query, and never a path.
 */
export function isIdShaped(value: string): boolean {
  return /^[a-z0-9]{10,64}$/.test(value);
}
