// "Now" for the scheduler, the reminder rules and the outbox, from one place: `npm run jobs -- --at …`
// and the tests set it; everything else reads the machine's clock through it.
let fixed: Date | null = null;

export function now(): Date {
  return fixed ? new Date(fixed) : new Date();
}

/** Freeze "now" at an instant (null: back to the machine's clock). */
export function setClock(at: Date | null): void {
  fixed = at ? new Date(at) : null;
}

const localTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "HH:MM" of an instant in Asia/Ho_Chi_Minh. */
export function localTimeOf(instant: Date): string {
  return localTime.format(instant);
}

/** The instant of a local day's "HH:MM" in Asia/Ho_Chi_Minh (UTC+7 all year: no daylight saving). */
export function localInstant(dayKey: string, time: string): Date {
  return new Date(`${dayKey}T${time}:00.000+07:00`);
}
