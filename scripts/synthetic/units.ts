// The units of a synthetic commune: the offices, centres, police and mass organisations that the
// three real plans (prisma/seed/*.ts) give tasks to, named as a ward or a commune names them.

export type CommuneKind = "WARD" | "COMMUNE";
type UnitKind = "OFFICE" | "CENTER" | "POLICE" | "MASS_ORG" | "VILLAGE" | "OTHER";

export type SyntheticUnit = {
  /** Login prefix of the unit's staff account ("tthcc" → tthcc.s001). */
  key: string;
  kind: UnitKind;
  name: (commune: CommuneKind) => string;
  shortName: string;
  /** Names the demo plans use for this unit (lead/support units in prisma/seed/*.ts). */
  aliases: string[];
};

const byKind = (ward: string, commune: string) => (k: CommuneKind) => (k === "WARD" ? ward : commune);
const same = (name: string) => () => name;

export const SYNTHETIC_UNITS: readonly SyntheticUnit[] = [
  { key: "vanphong", kind: "OFFICE", name: same("Văn phòng HĐND và UBND"), shortName: "VP HĐND-UBND", aliases: [] },
  { key: "vanhoa", kind: "OFFICE", name: same("Phòng Văn hóa - Xã hội"), shortName: "Phòng VH-XH", aliases: [] },
  {
    key: "kinhte",
    kind: "OFFICE",
    name: byKind("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế"),
    shortName: "Phòng Kinh tế",
    aliases: ["Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế"],
  },
  { key: "tthcc", kind: "CENTER", name: same("Trung tâm Phục vụ hành chính công"), shortName: "TT PVHCC", aliases: [] },
  {
    key: "ttdvc",
    kind: "CENTER",
    name: byKind("Trung tâm Sự nghiệp công", "Trung tâm Cung ứng dịch vụ công"),
    shortName: "TT Dịch vụ công",
    aliases: ["Trung tâm Sự nghiệp công", "Trung tâm Cung ứng dịch vụ công", "Trung tâm Văn hóa, Thể thao và Truyền thông"],
  },
  {
    key: "congan",
    kind: "POLICE",
    name: byKind("Công an phường", "Công an xã"),
    shortName: "Công an",
    aliases: ["Công an phường", "Công an xã"],
  },
  { key: "mttq", kind: "MASS_ORG", name: same("Ủy ban MTTQ Việt Nam"), shortName: "UB MTTQ", aliases: [] },
  { key: "doanthe", kind: "MASS_ORG", name: same("Các tổ chức chính trị - xã hội"), shortName: "Đoàn thể", aliases: [] },
  { key: "yte", kind: "OTHER", name: same("Trạm Y tế"), shortName: "Trạm Y tế", aliases: [] },
  { key: "truonghoc", kind: "OTHER", name: same("Các trường học"), shortName: "Các trường", aliases: [] },
  {
    key: "thon",
    kind: "VILLAGE",
    name: byKind("Các tổ dân phố", "Các thôn"),
    shortName: "Thôn, TDP",
    aliases: ["Các thôn", "Các tổ dân phố", "Các Tổ công nghệ số cộng đồng"],
  },
  {
    key: "bcd",
    kind: "OTHER",
    name: byKind("Ban Chỉ đạo phường", "Ban Chỉ đạo xã"),
    shortName: "BCĐ",
    aliases: ["Ban Chỉ đạo phường", "Ban Chỉ đạo xã"],
  },
];

/** The unit the standing office (COORDINATOR) belongs to. */
export const COORDINATOR_UNIT_KEY = "vanhoa";

const keyByName = new Map<string, string>();
for (const u of SYNTHETIC_UNITS) {
  for (const name of [u.name("WARD"), u.name("COMMUNE"), ...u.aliases]) keyByName.set(name, u.key);
}

/** Synthetic unit key of a unit named in a demo plan; throws on a name no unit answers to. */
export function unitKeyOf(demoName: string): string {
  const key = keyByName.get(demoName);
  if (!key) throw new Error(`Dữ liệu tổng hợp: không có đơn vị tương ứng với "${demoName}"`);
  return key;
}
