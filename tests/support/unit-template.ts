// The standard units template the migration inserts (truncateAll empties it): tests put it back.
import type { Db } from "@/lib/db";

export const STANDARD_TEMPLATE = [
  { name: "Văn phòng HĐND và UBND", wardName: null, shortName: "VP HĐND-UBND", kind: "OFFICE" },
  { name: "Phòng Kinh tế", wardName: "Phòng Kinh tế, Hạ tầng và Đô thị", shortName: "Phòng KT", kind: "OFFICE" },
  { name: "Phòng Văn hóa - Xã hội", wardName: null, shortName: "Phòng VH-XH", kind: "OFFICE" },
  { name: "Trung tâm Phục vụ hành chính công", wardName: null, shortName: "TT PVHCC", kind: "CENTER" },
  { name: "Công an xã", wardName: "Công an phường", shortName: "Công an", kind: "POLICE" },
  { name: "Ban Chỉ huy Quân sự xã", wardName: "Ban Chỉ huy Quân sự phường", shortName: "BCH Quân sự", kind: "OTHER" },
  { name: "Ủy ban MTTQ Việt Nam xã", wardName: "Ủy ban MTTQ Việt Nam phường", shortName: "UB MTTQ", kind: "MASS_ORG" },
] as const;

export async function restoreUnitTemplate(db: Db): Promise<void> {
  await db.unitTemplateEntry.deleteMany({});
  await db.unitTemplateEntry.createMany({ data: STANDARD_TEMPLATE.map((t, i) => ({ ...t, sortOrder: i + 1 })) });
}
