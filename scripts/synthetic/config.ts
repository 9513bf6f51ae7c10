// What to generate and how its people are named. Shared by the generator, its CLI and the benchmark,
// which logs in as these accounts.
import { localDateKey } from "../../lib/dates";

export type SyntheticConfig = {
  provinces: number;
  communesPerProvince: number;
  tasksPerCommune: number;
  /** Months of history before `today` (plan start, first updates, first KPI periods). */
  months: number;
  seed: string;
  /** Local day (Asia/Ho_Chi_Minh) the data is made for: statuses are right on that day. */
  today: string;
  /** The instant no row may be later than: noon of `today`, or the real time when today is real. */
  now: Date;
};

export type Scale = "province" | "national";

/** The two sizes the benchmark measures: one province, and the whole country (34 provinces). */
export const SCALES: Record<Scale, Pick<SyntheticConfig, "provinces" | "communesPerProvince" | "tasksPerCommune" | "months">> = {
  province: { provinces: 1, communesPerProvince: 100, tasksPerCommune: 80, months: 12 },
  national: { provinces: 34, communesPerProvince: 98, tasksPerCommune: 80, months: 12 },
};

export const SYNTHETIC_PASSWORD = "Demo@2025";

/**
 * `today` given → noon that day in Vietnam, so that the same arguments give the same rows; not
 * given → the real day and time, so that nothing lies in the future when the portal reads it.
 */
export function resolveToday(today?: string): { today: string; now: Date } {
  if (today) return { today, now: new Date(`${today}T12:00:00+07:00`) };
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  return { today: localDateKey(now), now };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Digits of commune numbers: at least 3 ("s001"), more when there are more than 999 communes. */
export function communeDigits(cfg: Pick<SyntheticConfig, "provinces" | "communesPerProvince">): number {
  return Math.max(3, String(cfg.provinces * cfg.communesPerProvince).length);
}

/** 1-based number of a commune across the whole country. */
export function communeNumber(cfg: Pick<SyntheticConfig, "communesPerProvince">, provinceIndex: number, communeIndex: number): number {
  return provinceIndex * cfg.communesPerProvince + communeIndex + 1;
}

/** "s001" for commune 1: the suffix of every login of that commune. */
export function communeTag(cfg: Pick<SyntheticConfig, "provinces" | "communesPerProvince">, provinceIndex: number, communeIndex: number) {
  return `s${pad(communeNumber(cfg, provinceIndex, communeIndex), communeDigits(cfg))}`;
}

export const provinceTag = (provinceIndex: number) => `s${pad(provinceIndex + 1, 2)}`;

/** Logins the benchmark needs, by role, for commune `communeIndex` of province `provinceIndex`. */
export function syntheticLogins(cfg: Pick<SyntheticConfig, "provinces" | "communesPerProvince">, provinceIndex = 0, communeIndex = 0) {
  const tag = communeTag(cfg, provinceIndex, communeIndex);
  return {
    province: `tinh.${provinceTag(provinceIndex)}`,
    chair: `chutich.${tag}`,
    coordinator: `vhxh.${tag}`,
    /** Staff of the Trung tâm Phục vụ hành chính công, the unit that leads the most tasks. */
    staff: `tthcc.${tag}`,
  };
}
