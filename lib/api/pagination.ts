// Cursor pagination of the API's lists. A cursor is the id of the last row of the page (opaque to
// clients): rows are read in id order after it, so rows inserted while a client pages through appear
// once or not at all, and no existing row is skipped or repeated (keyset pagination, no OFFSET).
import { z } from "zod";
import { isIdShaped } from "../ids";

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), "utf8").toString("base64url");
}

/** The id a cursor points after, or null when it is not one of ours. */
export function decodeCursor(cursor: string): string | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const after = (parsed as { after?: unknown })?.after;
    return typeof after === "string" && isIdShaped(after) ? after : null;
  } catch {
    return null;
  }
}

/** The query parameters every list takes. */
export const pageQuerySchema = z.object({
  cursor: z
    .string()
    .max(200)
    .refine((c) => decodeCursor(c) !== null, {
      message: "Con trỏ trang (cursor) không hợp lệ: hãy dùng giá trị nextCursor của trang trước.",
    })
    .optional()
    .meta({ description: "Giá trị `nextCursor` của trang trước." }),
  limit: z.coerce
    .number({ error: "Số dòng mỗi trang (limit) phải là một số nguyên." })
    .int({ error: "Số dòng mỗi trang (limit) phải là một số nguyên." })
    .min(1, { error: "Số dòng mỗi trang (limit) ít nhất là 1." })
    .max(MAX_PAGE_SIZE, { error: `Số dòng mỗi trang (limit) nhiều nhất là ${MAX_PAGE_SIZE}.` })
    .default(DEFAULT_PAGE_SIZE),
  updatedSince: z
    .string()
    .datetime({ offset: true, error: "updatedSince phải là thời điểm ISO 8601, ví dụ 2026-11-30T00:00:00+07:00." })
    .transform((s) => new Date(s))
    .optional()
    .meta({ description: "Chỉ trả về các dòng thay đổi từ thời điểm này (ISO 8601)." }),
  format: z.enum(["json", "csv"], { error: "format chỉ nhận json hoặc csv." }).default("json"),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

/** The schema of a page of items: `data` and the cursor of the next page (null on the last). */
export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() }).meta({ id });
}

/**
 * Cuts a page out of rows read with `take: limit + 1` in id order: the extra row only says that
 * there is a next page.
 */
export function toPage<T extends { id: string }>(rows: T[], limit: number): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  const more = rows.length > limit;
  return { data, nextCursor: more && data.length ? encodeCursor(data[data.length - 1]!.id) : null };
}

/** The Prisma where-part of a cursor: rows after it in id order. */
export function afterCursor(cursor: string | undefined): { id?: { gt: string } } {
  const after = cursor ? decodeCursor(cursor) : null;
  return after ? { id: { gt: after } } : {};
}

/**
 * The ORM arguments of a page of a list: its own filters, changed since `updatedSince` (every listed
 * model has `updatedAt`), after the cursor in id order, and one row more than the page (see toPage).
 */
export function keysetArgs<W extends object>(query: { cursor?: string; limit: number; updatedSince?: Date }, ...filters: W[]) {
  const since = query.updatedSince ? [{ updatedAt: { gte: query.updatedSince } } as unknown as W] : [];
  return {
    where: { AND: [...filters, ...since, afterCursor(query.cursor) as W] },
    orderBy: { id: "asc" as const },
    take: query.limit + 1,
  };
}
