// A commune's own settings. No row means the defaults (the foundation created none for existing
// communes), so every reader goes through readCommuneSettings rather than the table.
import { getDb, type Db, type Tx } from "../db";

export const DEFAULT_SETTINGS = { maxDeadlineExtensions: 2 } as const;

export type CommuneSettingsValues = { maxDeadlineExtensions: number };

export async function readCommuneSettings(db: Db | Tx, communeId: string): Promise<CommuneSettingsValues> {
  const row = await db.communeSettings.findUnique({ where: { communeId }, select: { maxDeadlineExtensions: true } });
  return row ?? { ...DEFAULT_SETTINGS };
}

/** The settings page's read. */
export const getCommuneSettings = (communeId: string) => readCommuneSettings(getDb(), communeId);
