// Schemas shared by the v1 resources: path ids and the small shapes several responses repeat.
import { z } from "zod";

export const communeIdParam = z.string().meta({ description: "Mã (id) của xã, phường.", example: "cmf0hai4n000001" });
export const provinceIdParam = z.string().meta({ description: "Mã (id) của tỉnh, thành phố." });

export const communeParams = z.object({ communeId: communeIdParam });

/** A unit as the API names it (lead and helping units, the KPI's responsible unit). */
export const unitRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: "UnitRef" });

/** An instant, ISO 8601 in UTC ("2026-11-30T01:15:00.000Z"). */
export const instant = z.string().meta({ format: "date-time" });
/** A local calendar day ("2026-12-31"). */
export const day = z.string().meta({ format: "date", example: "2026-12-31" });
