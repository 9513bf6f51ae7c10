import type { SeedCommune } from "./types";

// Transcribed from the plan of UBND phường Hải An (section IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM).
// The document carries no number or issue date. Items a)–f) of 4.5 share the lead, helper and
// deadline written once after them; so do 3.3, 3.4 and 3.5.

export const haiAn: SeedCommune = {
  key: "hai-an",
  name: "Phường Hải An",
  kind: "WARD",
  chairName: "Nguyễn Văn Thành",
  units: [
    { name: "Văn phòng HĐND và UBND", shortName: "VP HĐND-UBND", kind: "OFFICE" },
    { name: "Phòng Văn hóa - Xã hội", shortName: "Phòng VH-XH", kind: "OFFICE" },
    { name: "Phòng Kinh tế, Hạ tầng và Đô thị", shortName: "Phòng KT-HT-ĐT", kind: "OFFICE" },
    { name: "Trung tâm Phục vụ hành chính công", shortName: "TT PVHCC", kind: "CENTER" },
    { name: "Trung tâm Sự nghiệp công", shortName: "TT SNC", kind: "CENTER" },
    { name: "Công an phường", shortName: "Công an", kind: "POLICE" },
  ],
  plan: {
    title:
      "Thực hiện Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị trên địa bàn phường Hải An",
    issuer: "UBND phường Hải An",
    parentRefs:
      "Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
    periodStart: "2025-07-01",
    periodEnd: "2025-12-31",
    signerName: "Cao Huy Hiếu",
    signerTitle: "Chủ tịch",
    groups: [
      {
        code: "1",
        title: "Về thể chế",
        tasks: [
          {
            code: "1.1",
            title: "Kế hoạch hành động",
            description: "Xây dựng và ban hành kế hoạch hoặc văn bản hướng dẫn chi tiết để triển khai Kế hoạch 02 trên địa bàn.",
            lead: ["Phòng Văn hóa - Xã hội"],
            support: ["Trung tâm Phục vụ hành chính công"],
            supportGroups: ["Các phòng thuộc UBND phường"],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "1.2",
            title: "Công bố danh mục thủ tục hành chính mới",
            description:
              "Thực hiện rà soát và công bố, niêm yết công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của phường sau khi sắp xếp đơn vị hành chính mới.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportGroups: ["Các phòng thuộc Uỷ ban nhân dân phường"],
            supportText: "Các đơn vị khác có liên quan",
            deadline: { kind: "NONE", text: "" },
          },
          {
            code: "1.3",
            title: "Mã định danh và con dấu",
            description:
              "Thực hiện việc cập nhật con dấu, tiêu đề, mã định danh điện tử của cơ quan phường theo đơn vị hành chính mới (sau sáp nhập/thay đổi tên gọi).",
            lead: ["Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "1.4",
            title: "Xây dựng các kịch bản, phương án hướng dẫn, hỗ trợ người dân trong giải quyết thủ tục hành chính",
            description: "Tổ chức xây dựng các kịch bản, phương án hướng dẫn, hỗ trợ người dân trong giải quyết thủ tục hành chính.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
        ],
      },
      {
        code: "2",
        title: "Về dữ liệu",
        tasks: [
          {
            code: "2.1",
            title: "Cập nhật và làm sạch dữ liệu",
            description:
              "Thực hiện rà soát, làm sạch và cập nhật dữ liệu trong các cơ sở dữ liệu chuyên ngành tại phường (như CSDL dân cư, hộ tịch, đất đai…) theo địa giới hành chính mới. Dữ liệu phải “đúng - đủ - sạch - sống - thống nhất - dùng chung” để phục vụ chuyển đổi số.",
            leadGroups: ["Các phòng của UBND phường"],
            lead: ["Công an phường"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "2.2",
            title: "Kết nối cơ sở dữ liệu quốc gia",
            description:
              "Tổ chức khai thác các CSDL quốc gia (như CSDL Quốc gia về Dân cư, CSDL Hộ tịch…) một cách thông suốt, trực tuyến phục vụ giải quyết thủ tục cho người dân và doanh nghiệp.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "2.3",
            title: "Cập nhật dữ liệu cán bộ, công chức",
            description:
              "Thực hiện rà soát, cập nhật danh sách và hồ sơ cán bộ, công chức của phường vào Hệ thống quản lý cán bộ, công chức (phần mềm nhân sự dùng chung của thành phố/Trung ương).",
            lead: ["Phòng Văn hóa - Xã hội"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "2.4",
            title: "Số hóa hồ sơ và lưu trữ",
            description:
              "Ứng dụng hiệu quả hệ thống Quản lý văn bản và điều hành Hpnet-Office, tỷ lệ hồ sơ, tài liệu công việc của UBND phường được tạo lập và xử lý hoàn toàn trên môi trường điện tử đạt 100%.",
            leadGroups: ["Các phòng thuộc UBND phường"],
            lead: ["Trung tâm Phục vụ hành chính công", "Trung tâm Sự nghiệp công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "2.5",
            title: "Số hóa tài liệu lưu trữ",
            description:
              "Tiến hành số hóa tài liệu lưu trữ (hồ sơ giấy cũ) của phường đảm bảo theo quy định; ưu tiên số hóa hồ sơ có giá trị lịch sử cao, hành chính quan trọng. Hoàn thành mục tiêu số hóa đến năm 2026 (100%).",
            lead: ["Phòng Văn hóa - Xã hội"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: {
              kind: "RECURRING",
              text: "Triển khai thực hiện ngay và thường xuyên. Đến năm 2026 hoàn thành 100%",
            },
          },
        ],
      },
      {
        code: "3",
        title: "Về nền tảng, ứng dụng phục vụ người dân, doanh nghiệp và hoạt động trong các cơ quan hệ thống chính trị",
        tasks: [
          {
            code: "3.1",
            title: "Kết nối Cổng Dịch vụ công quốc gia",
            description:
              "Phối hợp thực hiện kết nối, tích hợp hệ thống Một cửa điện tử của phường (Hệ thống thông tin giải quyết TTHC) với Cổng Dịch vụ công quốc gia.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "3.2",
            title: "Nâng cấp hệ thống nội bộ",
            description:
              "Phối hợp cấu hình các hệ thống thông tin nội bộ của phường theo mô hình mới (đơn vị hành chính mới, chính quyền hai cấp): Hệ thống thư điện tử công vụ; Hệ thống quản lý văn bản và hồ sơ công việc; Hệ thống họp trực tuyến; Cổng thông tin điện tử phường.",
            lead: ["Văn phòng HĐND và UBND"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "3.3.a",
            title: "Hệ thống văn bản điện tử",
            description:
              "Hệ thống văn bản điện tử: Xử lý tất cả văn bản, hồ sơ công việc trên môi trường điện tử (trừ văn bản mật) đảm bảo đạt tỷ lệ 100%.",
            leadGroups: ["Các phòng thuộc UBND phường"],
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "3.3.b",
            title: "Hệ thống hội nghị trực tuyến",
            description:
              "Hệ thống hội nghị trực tuyến: Trang bị và sử dụng hệ thống họp trực tuyến để tham gia các cuộc họp chỉ đạo, điều hành với cấp trên theo mô hình mới đảm bảo theo quy định.",
            lead: ["Văn phòng HĐND và UBND"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "3.4.a",
            title: "Ứng dụng hiệu quả hệ thống thông tin giải quyết thủ tục hành chính thành phố, dịch vụ công quốc gia",
            description:
              "Ứng dụng hiệu quả hệ thống thông tin giải quyết thủ tục hành chính thành phố, dịch vụ công quốc gia, cuối năm 2025, tối thiểu 80% hồ sơ TTHC được xử lý trực tuyến hoàn toàn.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "3.4.b",
            title: "Hoạt động Bộ phận một cửa liên tục",
            description:
              "Hoạt động Bộ phận một cửa liên tục: Trung tâm Phục vụ hành chính công của phường hoạt động liên tục, bố trí trụ sở, trang thiết bị, nhân lực, vận hành ổn định theo mô hình chính quyền cấp mới.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "3.4.c",
            title: "Kiểm tra hạ tầng hàng ngày",
            description:
              "Kiểm tra hạ tầng hàng ngày: Hàng ngày, cán bộ Trung tâm Phục vụ hành chính công của phường thực hiện kiểm tra đầu giờ đối với kết nối Internet, máy tính, máy in, máy quét, hệ thống phần mềm đảm bảo ổn định, thông suốt.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "3.5.a",
            title: "Triển khai các giải pháp bảo đảm an toàn, an ninh thông tin cho hệ thống CNTT của phường",
            description: "Triển khai các giải pháp bảo đảm an toàn, an ninh thông tin cho hệ thống CNTT của phường.",
            lead: ["Công an phường"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "3.5.b",
            title: "Phân công cán bộ phụ trách an ninh mạng của phường",
            description: "Phân công cán bộ phụ trách an ninh mạng của phường.",
            lead: ["Công an phường"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
        ],
      },
      {
        code: "4",
        title: "Về bồi dưỡng, tập huấn và tuyên truyền",
        tasks: [
          {
            code: "4.1",
            title: "Tập huấn cán bộ",
            description:
              "Cử cán bộ, công chức tham gia tập huấn về các quy trình nghiệp vụ mới và kỹ năng vận hành hệ thống mới sau sáp nhập.",
            leadGroups: ["Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin"],
            lead: ["Phòng Văn hóa - Xã hội"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "4.2",
            title: "Thông báo đến người dân",
            description:
              "Tổ chức thông tin tuyên truyền để hướng dẫn người dân về những thay đổi thủ tục hành chính sau sáp nhập và cách thức sử dụng dịch vụ công trực tuyến.",
            lead: ["Trung tâm Phục vụ hành chính công", "Trung tâm Sự nghiệp công"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "4.3",
            title: "Tuyên truyền về chuyển đổi số",
            description:
              "Tổ chức tuyên truyền về chuyển đổi số để thông báo, hướng dẫn người dân về dịch vụ công trực tuyến, sử dụng ứng dụng số… trên hệ thống phát thanh và các hình thức phù hợp khác.",
            lead: ["Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công", "Trung tâm Sự nghiệp công"],
            support: [],
            supportText: "Các đơn vị có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "4.4",
            title: "Hỗ trợ người dân",
            description:
              "Triển khai hỗ trợ người dân yếu thế (người cao tuổi, người khuyết tật, người không có Internet/điện thoại thông minh) thực hiện thủ tục hành chính sau sáp nhập.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: { kind: "RECURRING", text: "Triển khai thực hiện ngay và thường xuyên" },
          },
          {
            code: "4.5.a",
            title: "Trách nhiệm người đứng đầu",
            description:
              "Trách nhiệm người đứng đầu: Chủ tịch UBND phường chịu trách nhiệm trước cấp trên về tiến độ, chất lượng, hiệu quả các nhiệm vụ chuyển đổi số ở địa phương.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: {
              kind: "RECURRING",
              text: "Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu",
            },
          },
          {
            code: "4.5.b",
            title: "Thành lập Ban Chỉ đạo hoặc Tổ công tác chuyển đổi số cấp phường",
            description:
              "Thành lập Ban Chỉ đạo hoặc Tổ công tác chuyển đổi số cấp phường để chỉ đạo thống nhất các nhiệm vụ chuyển đổi số tại địa phương.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: {
              kind: "RECURRING",
              text: "Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu",
            },
          },
          {
            code: "4.5.c",
            title: "Thành lập “Đội hỗ trợ chuyển đổi số phản ứng nhanh” (Tổ ứng cứu công nghệ)",
            description:
              "Thành lập “Đội hỗ trợ chuyển đổi số phản ứng nhanh” (hay còn gọi là Tổ ứng cứu công nghệ) để kịp thời hỗ trợ cán bộ và người dân trong quá trình chuyển đổi số.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: {
              kind: "RECURRING",
              text: "Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu",
            },
          },
          {
            code: "4.5.d",
            title: "Thành lập các Tổ công nghệ số cộng đồng tại các tổ dân phố trên địa bàn",
            description: "Thành lập các Tổ công nghệ số cộng đồng tại các tổ dân phố trên địa bàn.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: {
              kind: "RECURRING",
              text: "Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu",
            },
          },
          {
            code: "4.5.đ",
            title: "Cơ chế báo cáo sự cố",
            description:
              "Cơ chế báo cáo sự cố: Khi xảy ra sự cố CNTT, thực hiện đúng quy trình báo cáo nhanh qua kênh liên lạc (nhóm chat Zalo, đường dây nóng, ứng dụng) để nhận hỗ trợ từ tổ cấp trên.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: {
              kind: "RECURRING",
              text: "Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu",
            },
          },
          {
            code: "4.5.e",
            title: "Cập nhật lên hệ thống giám sát",
            description:
              "Cập nhật lên hệ thống giám sát: Tiến hành cập nhật đầy đủ thông tin nhiệm vụ, tiến độ, kết quả thực hiện các nhiệm vụ được giao trong Kế hoạch 02 lên Hệ thống thông tin giám sát, đánh giá việc triển khai (theo hướng dẫn của Văn phòng Trung ương Đảng).",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: {
              kind: "RECURRING",
              text: "Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu",
            },
          },
          {
            code: "4.5.f",
            title: "Báo cáo định kỳ",
            description:
              "Báo cáo định kỳ: Thực hiện chế độ báo cáo định kỳ (tuần, tháng) về kết quả triển khai chuyển đổi số lên UBND cấp trên hoặc cơ quan được phân công.",
            lead: ["Trung tâm Phục vụ hành chính công"],
            support: [],
            supportText: "Các đơn vị khác có liên quan",
            deadline: {
              kind: "RECURRING",
              text: "Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu",
            },
          },
        ],
      },
    ],
  },
};
