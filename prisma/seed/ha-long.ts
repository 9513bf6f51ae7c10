import type { SeedCommune } from "./types";

// Transcribed from the plan of UBND xã Hà Long. Its section IV.2 only counts the tasks per pillar
// (10 + 11 + 6 + 15 + 4 + 4 + 7); the task table itself is not in the document text. The units are
// given their work in "VI. TỔ CHỨC THỰC HIỆN", items 1–9, which are the tasks below. The plan gives
// no deadlines and carries no number or issue date.

export const haLong: SeedCommune = {
  key: "ha-long",
  name: "Xã Hà Long",
  kind: "COMMUNE",
  chairName: "Lê Thị Hương",
  units: [
    { name: "Văn phòng HĐND và UBND", shortName: "VP HĐND-UBND", kind: "OFFICE" },
    { name: "Phòng Văn hóa - Xã hội", shortName: "Phòng VH-XH", kind: "OFFICE" },
    { name: "Phòng Kinh tế", shortName: "Phòng KT", kind: "OFFICE" },
    { name: "Trung tâm Phục vụ hành chính công", shortName: "TT PVHCC", kind: "CENTER" },
    { name: "Trung tâm Cung ứng dịch vụ công", shortName: "TT CƯDVC", kind: "CENTER" },
    { name: "Công an xã", shortName: "Công an", kind: "POLICE" },
    { name: "Ban Chỉ đạo xã", shortName: "BCĐ", kind: "OTHER" },
    { name: "Ủy ban MTTQ Việt Nam", shortName: "UB MTTQ", kind: "MASS_ORG" },
    { name: "Các tổ chức chính trị - xã hội", shortName: "Đoàn thể", kind: "MASS_ORG" },
    { name: "Trạm Y tế", shortName: "Trạm Y tế", kind: "OTHER" },
    { name: "Các trường học", shortName: "Các trường", kind: "OTHER" },
    { name: "Các thôn", shortName: "Các thôn", kind: "VILLAGE" },
  ],
  plan: {
    title:
      "Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị trên địa bàn xã Hà Long",
    issuer: "UBND xã Hà Long",
    parentRefs:
      "Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương; Kế hoạch số 285-KH/TW ngày 27/6/2025 của Ban Thường vụ Tỉnh ủy",
    periodStart: "2025-07-01",
    periodEnd: "2025-12-31",
    signerName: "Hoàng Anh Tuấn",
    signerTitle: "Chủ tịch",
    groups: [
      {
        code: "VI",
        title: "Tổ chức thực hiện",
        tasks: [
          {
            code: "1",
            title: "Trách nhiệm của Ban chỉ đạo cấp xã: chỉ đạo toàn diện việc triển khai Kế hoạch",
            description:
              "Là cơ quan chỉ đạo cao nhất của xã, chịu trách nhiệm chỉ đạo toàn diện việc triển khai Kế hoạch. Trực tiếp cho ý kiến chỉ đạo, quyết định các chủ trương, cơ chế, chính sách lớn; tháo gỡ kịp thời những khó khăn, vướng mắc trong quá trình tổ chức thực hiện.",
            lead: ["Ban Chỉ đạo xã"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "2",
            title: "Thường trực Ban chỉ đạo: tham mưu chỉ đạo, điều hành quá trình tổ chức thực hiện Kế hoạch; kế hoạch truyền thông",
            description:
              "Thường trực ban chỉ đạo chịu trách nhiệm tham mưu chỉ đạo, điều hành trực tiếp quá trình tổ chức thực hiện Kế hoạch. Tổ chức giao ban định kỳ với thường trực Tổ giúp việc và các cơ quan liên quan trong việc hướng dẫn, đôn đốc, kiểm tra, giám sát tiến độ, tháo gỡ khó khăn, vướng mắc bảo đảm Kế hoạch được triển khai đồng bộ, thống nhất, hiệu quả trong hệ thống chính trị của xã. Chủ trì, phối hợp với các cơ quan liên quan xây dựng và tổ chức thực hiện kế hoạch truyền thông thống nhất đồng bộ trên các phương tiện thông tin đại chúng về mục tiêu, nội dung, tiến độ và kết quả triển khai Kế hoạch; tuyên truyền phổ biến rộng rãi để nâng cao nhận thức tạo sự đồng thuận và huy động sự tham gia tích cực của toàn xã hội trong quá trình triển khai Kế hoạch.",
            lead: ["Phòng Văn hóa - Xã hội"],
            support: [],
            supportText: "Các cơ quan liên quan",
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "3",
            title: "Theo dõi, đôn đốc, kiểm tra việc thực hiện kế hoạch; định kỳ tổng hợp, báo cáo Ban Chỉ đạo",
            description:
              "Chịu trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện kế hoạch tại các cơ quan. Định kỳ tổng hợp, xây dựng báo cáo trình Ban Chỉ đạo; tiếp nhận và tham mưu xử lý đề xuất kiến nghị. Đôn đốc, phối hợp xây dựng Báo cáo các nhiệm vụ liên quan đến chuyển đổi số của cơ quan theo kế hoạch.",
            lead: ["Văn phòng HĐND và UBND"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "4",
            title: "Đôn đốc các nhiệm vụ cải cách thủ tục hành chính, chuyển đổi số gắn với Đề án 06; đầu mối xây dựng CSDL cốt lõi",
            description:
              "Chịu trách nhiệm đôn đốc các nhiệm vụ liên quan đến cải cách thủ tục hành chính, chuyển đổi số gắn với đề án 06 theo Kế hoạch. Là đầu mối phối hợp với các đơn vị thuộc Công an tỉnh, Bộ Công an trong việc xây dựng các cơ sở dữ liệu cốt lõi, bảo đảm an ninh, an toàn và phát triển các ứng dụng định danh công dân.",
            lead: ["Công an xã"],
            support: [],
            supportText: "Các đơn vị thuộc Công an tỉnh, Bộ Công an",
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "5",
            title: "Tuyên truyền sâu rộng về mục tiêu, ý nghĩa, kết quả thực hiện kế hoạch trên địa bàn",
            description:
              "Tích cực, chủ động vào cuộc, tuyên truyền sâu rộng về mục tiêu, ý nghĩa tình hình, kết quả thực hiện các nội dung liên quan điến triển khai, thực hiện kế hoạch trên địa bàn, tạo sự đồng thuận và sức mạnh của toàn xã hội để nhân dân nắm bắt cùng thực hiện.",
            lead: ["Trung tâm Cung ứng dịch vụ công"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "6",
            title: "Thực hiện hiệu quả Kế hoạch số 02-KH/BCĐTW và Kế hoạch số 285-KH/TW, phục vụ tốt doanh nghiệp và người dân",
            description:
              "Tập trung thực hiện hiệu quả kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả, đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị, Kế hoạch số 285-KH/TW ngày 27/6/2025 của Ban Thường vụ Tỉnh ủy đáp ứng yêu cầu phục vụ tôt doanh nghiệp, tổ chức, cá nhân và người dân trên địa bàn.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "7",
            title: "Bí thư, trưởng thôn cập nhật, tuyên truyền cho người dân hưởng ứng thực hiện kế hoạch",
            description:
              "Bí thư, trưởng thôn cập nhật, tuyên truyền cho người dân trên địa bàn thôn vào cuộc, hưởng ứng tích cực thực hiện kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả, đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị, Kế hoạch số 285-KH/TW ngày 27/6/2025 của Ban Thường vụ Tỉnh ủy.",
            lead: ["Các thôn"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "8",
            title: "Trạm y tế thực hiện sổ sức khỏe điện tử đạt 100%; các trường thúc đẩy chuyển đổi số, hồ sơ số cho mỗi học sinh",
            description:
              "Trạm y tế thực hiện tốt sổ sức khỏe điện tử đạt 100%; Tuyên truyền, tư vấn, khám chữa bệnh trên zalo và facebook của trạm y tế Hà Bắc cho nhân dân về chăm sóc sức khỏe ban đầu, trên các nền tảng số. Đảm bảo 30% dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa. Các trường triển khai thực hiện đảm bảo các mục tiêu về hỗ trợ, thúc đẩy chuyển đổi số, thanh toán không dùng tiền mặt trong các trường học, đảm bảo mỗi học sinh đều có hồ sơ số về việc học tập cá nhân; Triển khai cho 100% phụ huynh học sinh sử dụng phần mềm edu, ralo. Ứng dụng hệ thống phần mềm quản lý giáo dục trong các cơ sở giáo dục.",
            lead: ["Trạm Y tế", "Các trường học"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "9",
            title: "Tuyên truyền sâu rộng đến đoàn viên, hội viên và nhân dân về mục tiêu, ý nghĩa của kế hoạch",
            description:
              "Trên cơ sở nội dung của Kế hoạch, chủ động vào cuộc, tuyên truyền sâu rộng đến đoàn viên, hội viên và nhân dân về mục tiêu, ý nghĩa trong việc triển khai thực hiện các nội dung của kế hoạch; Xác định chuyển đổi số là sự chung tay vào cuộc của cả hệ thống chính trị.",
            lead: ["Ủy ban MTTQ Việt Nam", "Các tổ chức chính trị - xã hội"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
    ],
  },
};
