// Demo accounts used by the end-to-end tests (seeded by prisma/seed/demo.ts).
export const PASSWORD = "Demo@2025";

export const ACCOUNTS = {
  admin: "admin",
  province: "tinh.haiphong",
  provinceCoordinator: "kehoach.haiphong",
  chair: "chutich.haian",
  coordinator: "vhxh.haian",
  staffOffice: "vanphong.haian",
  staffCenter: "tthcc.haian",
  otherCommuneCoordinator: "vhxh.thachkhoi",
} as const;

export type AccountKey = keyof typeof ACCOUNTS;

export const stateFile = (key: AccountKey) => `tests/e2e/.auth/${key}.json`;
