export const UNIT_KIND_LABEL = {
  OFFICE: "Phòng, văn phòng",
  CENTER: "Trung tâm",
  POLICE: "Công an",
  MASS_ORG: "Mặt trận, đoàn thể",
  VILLAGE: "Thôn, tổ dân phố",
  OTHER: "Khác",
} as const;
