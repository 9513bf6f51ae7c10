// The standard units of a new commune (the two-level government's usual structure) that the units
// template starts from. They are written on first use, not by the migration: a migration that wrote
// rows would leave a freshly migrated database non-empty, and `npm run db:restore` loads a backup only
// into an empty one. The admin then edits the list (Quản trị → Mẫu đơn vị); it is never empty again
// (the editor keeps at least one unit).
import type { Db, Tx } from "../db";
import type { UnitKind } from "../generated/prisma/enums";

export const STANDARD_TEMPLATE: readonly { name: string; wardName: string | null; shortName: string; kind: UnitKind }[] = [
  { name: "Văn phòng HĐND và UBND", wardName: null, shortName: "VP HĐND-UBND", kind: "OFFICE" },
  { name: "Phòng Kinh tế", wardName: "Phòng Kinh tế, Hạ tầng và Đô thị", shortName: "Phòng KT", kind: "OFFICE" },
  { name: "Phòng Văn hóa - Xã hội", wardName: null, shortName: "Phòng VH-XH", kind: "OFFICE" },
  { name: "Trung tâm Phục vụ hành chính công", wardName: null, shortName: "TT PVHCC", kind: "CENTER" },
  { name: "Công an xã", wardName: "Công an phường", shortName: "Công an", kind: "POLICE" },
  { name: "Ban Chỉ huy Quân sự xã", wardName: "Ban Chỉ huy Quân sự phường", shortName: "BCH Quân sự", kind: "OTHER" },
  { name: "Ủy ban MTTQ Việt Nam xã", wardName: "Ủy ban MTTQ Việt Nam phường", shortName: "UB MTTQ", kind: "MASS_ORG" },
];

/**
 * Writes the standard template when the table is empty (the first use). Fixed ids and skipDuplicates:
 * two first readers at once write it once.
 */
export async function ensureUnitTemplate(db: Db | Tx): Promise<void> {
  if ((await db.unitTemplateEntry.count()) > 0) return;
  await db.unitTemplateEntry.createMany({
    data: STANDARD_TEMPLATE.map((t, i) => ({ id: `standardtemplate${i + 1}`, ...t, sortOrder: i + 1 })),
    skipDuplicates: true,
  });
}
