import { randomUUID } from "node:crypto";

/** An id made by the app before the row exists (file names, rows linked before insert): 32 hex chars. */
export function createId(): string {
  return randomUUID().replaceAll("-", "");
}
