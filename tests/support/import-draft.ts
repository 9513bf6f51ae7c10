// A plan import's draft as the review screen sends it back: the valid starting point of the
// property tests of the import schemas and actions.
export const TASK_DRAFT = {
  code: "1.1",
  group: "1",
  title: "Xây dựng kho dữ liệu dùng chung",
  description: "Triển khai kho dữ liệu dùng chung của phường.",
  leadUnits: ["Văn phòng HĐND và UBND"],
  supportUnits: ["Trung tâm Phục vụ hành chính công"],
  supportText: null,
  deadline: { kind: "DATE", date: "2025-12-31", text: "Tháng 12/2025" },
  expectedOutput: "Kho dữ liệu",
  sourceLines: [10, 14],
};

export const PLAN_DRAFT = {
  commune: "phường Hải An",
  issuer: "UBND phường Hải An",
  title: "Kế hoạch chuyển đổi số năm 2025",
  number: "123/KH-UBND",
  issuedDate: "2025-03-01",
  parentRefs: ["Kế hoạch số 01/KH-UBND của UBND thành phố"],
  periodStart: "2025-01-01",
  periodEnd: "2025-12-31",
  signerName: "Nguyễn Văn A",
  signerTitle: "CHỦ TỊCH",
  groups: [{ code: "1", title: "Chính quyền số" }],
  tasks: [TASK_DRAFT],
  indicators: [
    {
      name: "Tỷ lệ hồ sơ trực tuyến",
      target: 80,
      unit: "%",
      comparison: ">=",
      dueDate: "2025-12-31",
      catalogCode: null,
      sourceText: "Phấn đấu 80% hồ sơ trực tuyến",
    },
  ],
  warnings: [],
};
