// Words of the province and admin accounts' forms (the roles as the admin reads them).
import type { SystemRole } from "@/lib/system-accounts/schemas";

export const SYSTEM_ROLE_OPTIONS: [SystemRole, string][] = [
  ["PROVINCE", "Cấp tỉnh (Sở KH&CN, UBND tỉnh)"],
  ["ADMIN", "Quản trị hệ thống"],
];
