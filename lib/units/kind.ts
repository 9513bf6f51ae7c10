import type { UnitKind } from "@/lib/generated/prisma/enums";
import { foldText } from "@/lib/text";

/** The kind of a unit a plan names but the commune does not have yet, from its name. */
export function guessUnitKind(name: string): Exclude<UnitKind, "PROVINCE" | "COMMUNE" | "WARD"> {
  const n = foldText(name);
  if (/\bcong an\b/.test(n)) return "POLICE";
  if (/\btrung tam\b/.test(n)) return "CENTER";
  if (/\b(thon|to dan pho|khu pho)\b/.test(n)) return "VILLAGE";
  if (/\b(mat tran|mttq|hoi|doan thanh nien|cong doan|doan the)\b/.test(n)) return "MASS_ORG";
  if (/\b(phong|van phong)\b/.test(n)) return "OFFICE";
  return "OTHER";
}
