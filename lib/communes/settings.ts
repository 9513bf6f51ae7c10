// A commune's own settings. No row means the defaults written here (the same as the schema's
// column defaults), so every reader goes through readCommuneSettings rather than the table.
import { getDb, type Db, type Tx } from "../db";
import type { NotificationKind } from "../generated/prisma/enums";

export type ScheduleSettings = {
  /** "HH:MM" local: when the day's scheduled reminders go out (working days only). */
  reminderTime: string;
  deadlineReminderDays: number[];
  overdueDigest: boolean;
  periodReminderWorkingDays: number;
  /** ISO weekday, 1 = Monday. */
  chairDigestWeekday: number;
  chairDigestTime: string;
  directionReminderDays: number;
  quietStart: string;
  quietEnd: string;
};

export type WebhookSettings = { webhookUrl: string | null; webhookSecret: string | null; webhookKinds: NotificationKind[] };

export type CommuneSettingsValues = {
  maxDeadlineExtensions: number;
  /** The one-stop centre's unit as the office picked it (read through lib/daily-checks/centre.ts). */
  serviceCentreUnitId: string | null;
} & ScheduleSettings &
  WebhookSettings;

export const DEFAULT_SETTINGS: CommuneSettingsValues = {
  maxDeadlineExtensions: 2,
  serviceCentreUnitId: null,
  reminderTime: "07:30",
  deadlineReminderDays: [7, 3, 1],
  overdueDigest: true,
  periodReminderWorkingDays: 2,
  chairDigestWeekday: 1,
  chairDigestTime: "07:30",
  directionReminderDays: 2,
  quietStart: "21:00",
  quietEnd: "06:30",
  webhookUrl: null,
  webhookSecret: null,
  webhookKinds: [],
};

const select = {
  maxDeadlineExtensions: true,
  serviceCentreUnitId: true,
  reminderTime: true,
  deadlineReminderDays: true,
  overdueDigest: true,
  periodReminderWorkingDays: true,
  chairDigestWeekday: true,
  chairDigestTime: true,
  directionReminderDays: true,
  quietStart: true,
  quietEnd: true,
  webhookUrl: true,
  webhookSecret: true,
  webhookKinds: true,
} as const;

/** A fresh copy of the defaults (its arrays are not shared with the constant). */
const defaults = (): CommuneSettingsValues => ({
  ...DEFAULT_SETTINGS,
  deadlineReminderDays: [...DEFAULT_SETTINGS.deadlineReminderDays],
  webhookKinds: [],
});

export async function readCommuneSettings(db: Db | Tx, communeId: string): Promise<CommuneSettingsValues> {
  const row = await db.communeSettings.findUnique({ where: { communeId }, select });
  return row ?? defaults();
}

/** Settings of many communes at once (the scheduler): communes without a row get the defaults. */
export async function readSettingsOf(db: Db | Tx, communeIds: readonly string[]): Promise<Map<string, CommuneSettingsValues>> {
  const rows = await db.communeSettings.findMany({ where: { communeId: { in: [...communeIds] } }, select: { communeId: true, ...select } });
  const byId = new Map(rows.map(({ communeId, ...r }) => [communeId, r]));
  return new Map(communeIds.map((id) => [id, byId.get(id) ?? defaults()]));
}

/** The settings page's read. */
export const getCommuneSettings = (communeId: string) => readCommuneSettings(getDb(), communeId);
