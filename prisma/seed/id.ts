import { randomUUID } from "node:crypto";

/** App-generated ids for rows the seed links before inserting (Prisma's cuid() is client-side too). */
export function createId(): string {
  return randomUUID().replaceAll("-", "");
}
