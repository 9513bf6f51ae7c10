// What the settings page shows of a commune's settings: everything except the webhook's secret,
// of which it shows only when it was made (the secret was shown once, when it was made).
import { getDb } from "../db";
import type { NotificationKind } from "../generated/prisma/enums";
import { readCommuneSettings, type ScheduleSettings } from "./settings";

export type SettingsView = {
  maxDeadlineExtensions: number;
  schedule: ScheduleSettings;
  webhook: { url: string | null; kinds: NotificationKind[]; secretCreatedAt: Date | null };
};

export async function settingsView(communeId: string): Promise<SettingsView> {
  const db = getDb();
  const { maxDeadlineExtensions, webhookUrl, webhookKinds, webhookSecret: _secret, ...schedule } = await readCommuneSettings(db, communeId);
  const row = await db.communeSettings.findUnique({ where: { communeId }, select: { webhookSecretCreatedAt: true } });
  return {
    maxDeadlineExtensions,
    schedule,
    webhook: { url: webhookUrl, kinds: webhookKinds, secretCreatedAt: row?.webhookSecretCreatedAt ?? null },
  };
}
