import type { SeedCommune } from "./types";

// Transcribed from the plan of UBND phường Thạch Khôi. Its sections III (Nội dung) and IV (Giải pháp)
// name no unit and no deadline; the units are given their work in "VI. TỔ CHỨC THỰC HIỆN", one numbered
// item per unit with "-" bullets. Each numbered item is a group and each bullet a task; the plan does
// not number the bullets, so "2.3" means the third bullet of item 2. The plan gives no deadlines.

export const thachKhoi: SeedCommune = {
  key: "thach-khoi",
  name: "Phường Thạch Khôi",
  kind: "WARD",
  chairName: "Trần Đức Minh",
  units: [
    { name: "Văn phòng HĐND và UBND", shortName: "VP HĐND-UBND", kind: "OFFICE" },
    { name: "Phòng Văn hóa - Xã hội", shortName: "Phòng VH-XH", kind: "OFFICE" },
    { name: "Phòng Kinh tế, Hạ tầng và Đô thị", shortName: "Phòng KT-HT-ĐT", kind: "OFFICE" },
    { name: "Trung tâm Phục vụ hành chính công", shortName: "TT PVHCC", kind: "CENTER" },
    { name: "Trung tâm Văn hóa, Thể thao và Truyền thông", shortName: "TT VHTT-TT", kind: "CENTER" },
    { name: "Công an phường", shortName: "Công an", kind: "POLICE" },
    { name: "Ủy ban MTTQ Việt Nam", shortName: "UB MTTQ", kind: "MASS_ORG" },
    { name: "Các Tổ công nghệ số cộng đồng", shortName: "Tổ CNSCĐ", kind: "OTHER" },
  ],
  plan: {
    title: "Ứng dụng công nghệ thông tin và Chuyển đổi số trong hoạt động của cơ quan nhà nước phường Thạch Khôi 6 tháng cuối năm 2025",
    issuer: "UBND phường Thạch Khôi",
    parentRefs:
      "Kế hoạch số 215/KH-UBND ngày 25/8/2025 của Ủy ban nhân dân thành phố Hải Phòng; Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị; Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ; Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ; Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ; Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ; Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ; Quyết định số 964/QĐ-TTg ngày 10/8/2022 của Thủ tướng Chính phủ; Quyết định số 292/QĐ-BKHCN ngày 25/3/2025 của Bộ trưởng Bộ Khoa học và Công nghệ; Nghị định số 82/2024/NĐ-CP ngày 10/7/2024 của Chính phủ",
    periodStart: "2025-07-01",
    periodEnd: "2025-12-31",
    signerName: "Phạm Ngọc Sơn",
    signerTitle: "Phó Chủ tịch",
    groups: [
      {
        code: "1",
        title: "Đề nghị Ủy ban MTTQ Việt Nam phường",
        tasks: [
          {
            code: "1.1",
            title: "Tăng cường công tác thông tin tuyên truyền mục tiêu, nhiệm vụ, giải pháp thực hiện chuyển đổi số",
            description:
              "Tăng cường công tác thông tin truyên truyền, phổ biến sâu rộng mục tiêu, nhiệm vụ, giải pháp thực hiện chuyển đổi số gắn với thực hiện Chủ đề năm 2025 của phường và thành phố.",
            lead: ["Ủy ban MTTQ Việt Nam"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "1.2",
            title: "Phối hợp triển khai thực hiện, hoàn thành các nội dung trong Kế hoạch Chuyển đổi số phường 6 tháng cuối năm 2025",
            description:
              "Phối hợp cùng các phòng, cơ quan, đơn vị triển khai thực hiện, hoàn thành các nội dung trong Kế hoạch Chuyển đổi số phường 6 tháng cuối năm 2025.",
            lead: ["Ủy ban MTTQ Việt Nam"],
            support: [],
            supportText: "Các phòng, cơ quan, đơn vị",
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
      {
        code: "2",
        title: "Phòng Văn hóa - Xã hội",
        tasks: [
          {
            code: "2.1",
            title: "Tham mưu chỉ đạo, tổ chức thực hiện Kế hoạch; kiểm tra, đánh giá, tổng hợp, báo cáo kết quả",
            description:
              "Tham mưu cho UBND phường chỉ đạo, tổ chức thực hiện Kế hoạch này đồng thời kiểm tra, đánh giá kết quả triển khai và tổng hợp, tham mưu báo cáo UBND phường và thành phố.",
            lead: ["Phòng Văn hóa - Xã hội"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "2.2",
            title: "Tổ chức tập huấn cho các Tổ công nghệ số cộng đồng tại địa phương",
            description:
              "Phối hợp với Sở Khoa học và Công nghệ, các đơn vị, doanh nghiệp tổ chức tập huấn cho các Tổ công nghệ số cộng đồng tại địa phương.",
            lead: ["Phòng Văn hóa - Xã hội"],
            support: [],
            supportText: "Sở Khoa học và Công nghệ, các đơn vị, doanh nghiệp",
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "2.3",
            title: "Số hóa các hệ thống thông tin chuyên ngành, chuẩn hóa dữ liệu các lĩnh vực Nội vụ, Y tế, Giáo dục và Đào tạo, Lao động",
            description:
              "Thực hiện số hóa các hệ thống thông tin chuyên ngành, đồng thời chuẩn hóa dữ liệu để tích hợp, kết nối với tỉnh, chia sẻ với Kho dữ liệu quốc gia phục vụ công tác lãnh đạo, chỉ đạo, điều hành theo chỉ đạo hướng dẫn của thành phố về các lĩnh vực: Nội vụ, Y tế, Giáo dục và Đào tạo, Lao động, Thường binh & Xã hội.",
            lead: ["Phòng Văn hóa - Xã hội"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "2.4",
            title: "Tăng cường công tác thông tin, truyền thông về ứng dụng CNTT, chuyển đổi số",
            description:
              "Tăng cường công tác thông tin, truyền thông, nâng cao nhận thức về đẩy mạnh ứng dụng CNTT, chuyển đổi số đáp ứng yêu cầu phát triển bền vững.",
            lead: ["Phòng Văn hóa - Xã hội"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
      {
        code: "3",
        title: "Văn phòng HĐND & UBND phường",
        tasks: [
          {
            code: "3.1",
            title: "Khai thác, sử dụng hiệu quả các cơ sở dữ liệu dùng chung; quản lý vận hành hệ thống quản lý và điều hành văn bản",
            description:
              "Chủ trì khai thác, sử dụng hiệu quả, các cơ sở dữ liệu dùng chung phục vụ công tác chỉ đạo điều hành của UBND phường. Tiếp tục nâng cao, quản lý vận hành hệ thống quản lý và điều hành văn bản, theo dõi, đôn đốc các đơn vị gửi, nhận văn bản theo đúng quy định.",
            lead: ["Văn phòng HĐND và UBND"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "3.2",
            title: "Duy trì vận hành hệ thống hội nghị trực tuyến của UBND phường",
            description: "Duy trì vận hành hệ thống hội nghị trực tuyến họp trực tuyến của UBND phường đảm bảo thông suốt, ổn định.",
            lead: ["Văn phòng HĐND và UBND"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "3.3",
            title: "Hướng dẫn, hỗ trợ các đơn vị về thủ tục chứng thư số và mail công vụ",
            description:
              "Hướng dẫn, hỗ trợ các đơn vị về thủ tục hồ sơ đề nghị thu hồi, cấp mới, thay đổi thông tin chứng thư số cho các cá nhân, tổ chức và mail công vụ.",
            lead: ["Văn phòng HĐND và UBND"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "3.4",
            title: "Hướng dẫn hỗ trợ, cấp mới, khóa các tài khoản người dùng các phần mềm",
            description:
              "Tham mưu hướng dẫn hỗ trợ, cấp mới, khóa các tài khoản người dùng các phần mềm Quản lý văn bản điều hành, Tài khoản mail công vụ, Hệ thống kết nối, Hệ thống báo cáo.",
            lead: ["Văn phòng HĐND và UBND"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "3.5",
            title: "Đầu mối tiếp nhận phản ánh kiến nghị của người dân, doanh nghiệp trên hệ thống kết nối",
            description: "Đầu mối tiếp nhận các phản ánh kiến nghị của người dân, doanh nghiệp trên hệ thống kết nối của thành phố.",
            lead: ["Văn phòng HĐND và UBND"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
      {
        code: "4",
        title: "Phòng Kinh tế, Hạ tầng và Đô thị",
        tasks: [
          {
            code: "4.1",
            title: "Tham mưu xây dựng, bố trí nguồn kinh phí thực hiện các nhiệm vụ theo Kế hoạch",
            description:
              "Tham mưu cho UBND phường xây dựng, bố trí nguồn kinh phí đảm bảo việc triển khai, thực hiện các nhiệm vụ theo Kế hoạch; rà soát, tham mưu đề xuất bổ sung nguồn kinh phí trong năm 2025 triển khai thực hiện.",
            lead: ["Phòng Kinh tế, Hạ tầng và Đô thị"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "4.2",
            title: "Số hóa các hệ thống thông tin chuyên ngành, chuẩn hóa dữ liệu các lĩnh vực Tài nguyên & Môi trường, Quản lý đô thị",
            description:
              "Thực hiện số hóa các hệ thống thông tin chuyên ngành, đồng thời chuẩn hóa dữ liệu để tích hợp, kết nối với tỉnh, chia sẻ với Kho dữ liệu quốc gia phục vụ công tác lãnh đạo, chỉ đạo, điều hành theo chỉ đạo hướng dẫn của thành phố về các lĩnh vực: Tài nguyên & Môi trường, Quản lý đô thị,…",
            lead: ["Phòng Kinh tế, Hạ tầng và Đô thị"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
      {
        code: "5",
        title: "Trung tâm Phục vụ hành chính công",
        tasks: [
          {
            code: "5.1",
            title:
              "Triển khai đồng bộ dịch vụ công trực tuyến; hướng dẫn, hỗ trợ người dân, tổ chức thực hiện TTHC trên môi trường điện tử",
            description:
              "Triển khai thực hiện đồng bộ các dịch vụ công trực tuyến; hướng dẫn, hỗ trợ người dân, tổ chức thực hiện TTHC trên môi trường điện tử; tiếp nhận và xử lý phản ánh, kiến nghị về chất lượng phục vụ. Thực hiện ứng dụng công nghệ thông tin, cải tiến quy trình, góp phần thúc đẩy chuyển đổi số, đổi mới sáng tạo trong công tác cải cách thủ tục hành chính.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "5.2",
            title: "Tổ chức tập huấn, bồi dưỡng cho cán bộ, công chức, viên chức, nhân viên làm việc tại đơn vị",
            description:
              "Phối hợp với cơ quan, đơn vị liên quan để tổ chức tập huấn, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ cho cán bộ, công chức, viên chức, nhân viên làm việc tại đơn vị, đặc biệt là các kiến thức liên quan đến công tác chuyển đổi số, ứng dụng công nghệ thông tin trong việc tiếp nhận số hóa hồ sơ giải quyết thủ tục hành chính.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Cơ quan, đơn vị liên quan",
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "5.3",
            title: "Đề xuất giải pháp đổi mới, cải tiến nâng cao chất lượng phục vụ; thông tin, tuyên truyền về hoạt động của Trung tâm",
            description:
              "Đề xuất các giải pháp đổi mới, cải tiến nhằm nâng cao chất lượng, hiệu quả phục vụ, tạo thuận lợi cho tổ chức, cá nhân trong thực hiện thủ tục hành chính; tổ chức hoặc phối hợp tổ chức thông tin, tuyên truyền về hoạt động của Trung tâm phục vụ hành chính công theo cơ chế một cửa, một cửa liên thông.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "5.4",
            title: "Đẩy mạnh công tác chuyển đổi số trong lĩnh vực Thủ tục hành chính",
            description:
              "Đẩy mạnh công tác chuyển đổi số trong lĩnh vực Thủ tục hành chính góp phần tiếp tục cải thiện và nâng cao chỉ số cải cách hành chính; Tiếp tục tăng cường phối hợp cùng các đơn vị liên quan trong hoạt động hỗ trợ tổ chức, công dân giao dịch, giải quyết thủ tục hành chính trên môi trường điện tử.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị liên quan",
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
      {
        code: "6",
        title: "Công an phường",
        tasks: [
          {
            code: "6.1",
            title: "Đảm bảo an toàn an ninh thông tin cho các hệ thống thông tin trong các cơ quan quản lý nhà nước của phường",
            description: "Đảm bảo an toàn an ninh thông tin cho các hệ thống thông tin trong các cơ quan quản lý nhà nước của phường.",
            lead: ["Công an phường"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "6.2",
            title: "Triển khai các giải pháp bảo đảm an ninh mạng, an toàn thông tin, phòng chống tội phạm sử dụng công nghệ cao",
            description:
              "Chủ trì, phối hợp với các đơn vị liên quan triển khai các giải pháp bảo đảm an ninh mạng, an toàn thông tin, phòng chống tội phạm sử dụng công nghệ cao. Phối hợp chặt chẽ trong việc kết nối, xác thực và bảo đảm an toàn, an ninh cho việc khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư.",
            lead: ["Công an phường"],
            support: [],
            supportText: "Các đơn vị liên quan",
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
      {
        code: "7",
        title: "Trung tâm Văn hóa, Thể thao và Truyền thông",
        tasks: [
          {
            code: "7.1",
            title: "Tăng cường xây dựng tin, bài thông tin tuyên truyền nhiệm vụ, mục tiêu và nội dung kế hoạch",
            description:
              "Tăng cường xây dựng tin, bài thông tin tuyên truyền nhiệm vụ, mục tiêu và nội dung kế hoạch này trên các phương tiện truyền thông của phường. Tăng cường công tác thông tin tuyên truyền về ứng dụng CNTT, chuyển đổi số, cải cách hành chính, dịch vụ hành chính công trên trang thông tin điện tử, Fanpage Facbook, hệ thống loa truyền thanh,… của phường.",
            lead: ["Trung tâm Văn hóa, Thể thao và Truyền thông"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "7.2",
            title: "Vận hành, đăng tải các tin, bài về ứng dụng CNTT lên Cổng thông tin điện tử của phường",
            description:
              "Vận hành, đăng tải các tin, bài về ứng dụng CNTT trong hoạt động của các cơ quan nhà nước lên Cổng thông tin điện tử của phường.",
            lead: ["Trung tâm Văn hóa, Thể thao và Truyền thông"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
      {
        code: "8",
        title: "Các Tổ công nghệ số cộng đồng trên địa bàn phường",
        tasks: [
          {
            code: "8.1",
            title: "Tuyên truyền, phổ biến phong trào “Bình dân học vụ số” tới từng hộ gia đình",
            description:
              "Tăng cường tuyên truyền, phổ biến mục đích, ý nghĩa, nội dung của phong trào “Bình dân học vụ số” tới từng hộ gia đình; vận động người dân trên địa bàn tham gia các hoạt động triển khai Phong trào đảm bảo thiết thực, hiệu quả và các chương trình khác.",
            lead: ["Các Tổ công nghệ số cộng đồng"],
            support: [],
            deadline: { kind: "NONE", text: "" },
          },
        ],
      },
    ],
  },
};
