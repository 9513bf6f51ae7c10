// A commune's own settings. No row means the defaults (the foundation created none for existing
// communes), so every reader goes through readCommuneSettings rather than the table.
import { z } from "zod";
import "../validation/messages";
import { getDb, type Db, type Tx } from "../db";
import { id } from "../validation/fields";

export const DEFAULT_SETTINGS = { maxDeadlineExtensions: 2 } as const;

export const MAX_EXTENSIONS_LIMIT = 10;

export type CommuneSettingsValues = { maxDeadlineExtensions: number };

export async function readCommuneSettings(db: Db | Tx, communeId: string): Promise<CommuneSettingsValues> {
  const row = await db.communeSettings.findUnique({ where: { communeId }, select: { maxDeadlineExtensions: true } });
  return row ?? { ...DEFAULT_SETTINGS };
}

/** The settings page's read. */
export const getCommuneSettings = (communeId: string) => readCommuneSettings(getDb(), communeId);

export const communeSettingsSchema = z.object({
  communeId: id,
  maxDeadlineExtensions: z.coerce
    .number({ message: "Nhập số lần gia hạn tối đa" })
    .int("Số lần gia hạn phải là số nguyên")
    .min(0, `Số lần gia hạn tối đa từ 0 đến ${MAX_EXTENSIONS_LIMIT}`)
    .max(MAX_EXTENSIONS_LIMIT, `Số lần gia hạn tối đa từ 0 đến ${MAX_EXTENSIONS_LIMIT}`),
});
