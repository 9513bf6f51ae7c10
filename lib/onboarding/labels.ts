// Words of the onboarding preview shared by the page (a client component), the checks and the CLI.
import type { Role } from "../generated/prisma/enums";

export type RowState = "new" | "unchanged" | "error";
export type OnboardRole = Extract<Role, "CHAIR" | "COORDINATOR" | "UNIT_STAFF">;

export const ROLE_LABEL: Record<OnboardRole, string> = {
  CHAIR: "Chủ tịch",
  COORDINATOR: "Văn hóa - Xã hội",
  UNIT_STAFF: "Cán bộ đơn vị",
};

/** Whether an account of this role belongs to a unit of the commune: the chair does not, unit staff must. */
export const ROLE_UNIT: Record<OnboardRole, "none" | "optional" | "required"> = {
  CHAIR: "none",
  COORDINATOR: "optional",
  UNIT_STAFF: "required",
};
