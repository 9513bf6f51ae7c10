// What "Cài đặt thông báo" shows: the user's own choices (the defaults when they never saved), the
// address mail goes to, and the quiet hours of their commune (set by the standing office).
import "server-only";
import { readCommuneSettings } from "../communes/settings";
import { getDb } from "../db";
import type { NotificationKind } from "./kinds";
import type { EmailModeValue } from "./schemas";

export type PreferencesView = {
  emailMode: EmailModeValue;
  emailMuted: NotificationKind[];
  inAppMuted: NotificationKind[];
  email: string | null;
  /** The commune's quiet hours; null for accounts above the communes (province, admin). */
  quiet: { start: string; end: string } | null;
};

export async function preferencesOf(userId: string): Promise<PreferencesView> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, communeId: true, notificationPreference: { select: { emailMode: true, emailMuted: true, inAppMuted: true } } },
  });
  const settings = user.communeId ? await readCommuneSettings(db, user.communeId) : null;
  const pref = user.notificationPreference;
  return {
    emailMode: pref?.emailMode ?? "INSTANT",
    emailMuted: pref?.emailMuted ?? [],
    inAppMuted: pref?.inAppMuted ?? [],
    email: user.email,
    quiet: settings ? { start: settings.quietStart, end: settings.quietEnd } : null,
  };
}

/** The sentence about quiet hours (equal times mean none). */
export function quietHoursText(quiet: { start: string; end: string } | null): string | null {
  if (!quiet) return null;
  if (quiet.start === quiet.end) return "Xã/phường không đặt giờ ngừng gửi thư: thư được gửi ngay.";
  return `Không gửi thư từ ${quiet.start} đến ${quiet.end}; thư trong giờ này được gửi lúc ${quiet.end}.`;
}
