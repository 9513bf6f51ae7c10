// Wording of synthetic reports, directions and people, as commune staff write them. Sentences carry
// figures ("{p}%", "{n} hồ sơ") so that no two reports of a task read the same.
import type { Rng } from "./prng";

const fill = (template: string, rng: Rng, progress: number) =>
  template.replaceAll("{p}", String(progress)).replace(/\{n\}/g, () => String(rng.int(3, 240)));

const START = [
  "Đã xây dựng kế hoạch triển khai chi tiết, phân công cán bộ phụ trách từng nội dung.",
  "Đã tổ chức họp triển khai, giao nhiệm vụ cụ thể cho từng bộ phận.",
  "Đã rà soát hiện trạng, lập danh mục các công việc cần thực hiện.",
  "Đã ban hành văn bản hướng dẫn và gửi các đơn vị liên quan.",
];

const MIDDLE = [
  "Đang triển khai theo kế hoạch, đã hoàn thành khoảng {p}% khối lượng công việc.",
  "Đã cập nhật, chuẩn hóa {n} hồ sơ trên hệ thống; tiếp tục rà soát, bổ sung.",
  "Đã tổ chức {n} lượt hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
  "Đã số hóa {n} hồ sơ, tài liệu; đang kiểm tra chất lượng dữ liệu.",
  "Đã phối hợp với các đơn vị rà soát, hoàn thiện dữ liệu; đạt khoảng {p}% khối lượng.",
  "Đã đăng {n} tin, bài tuyên truyền trên hệ thống phát thanh và trang thông tin điện tử.",
  "Đã tập huấn cho {n} lượt cán bộ, công chức về kỹ năng số.",
  "Tiếp tục triển khai; đã xử lý {n} hồ sơ trực tuyến trong kỳ.",
];

const RECURRING = [
  "Duy trì thực hiện thường xuyên; trong kỳ đã tiếp nhận và xử lý {n} hồ sơ.",
  "Thực hiện đầy đủ theo kế hoạch; kiểm tra hạ tầng hằng ngày, hệ thống hoạt động ổn định.",
  "Duy trì thực hiện; đã cập nhật {n} bản ghi dữ liệu trong tuần.",
  "Đã thực hiện báo cáo định kỳ đúng thời hạn; không phát sinh sự cố.",
  "Tiếp tục tuyên truyền, hướng dẫn; trong kỳ hỗ trợ {n} lượt người dân.",
];

const DONE = [
  "Đã hoàn thành nhiệm vụ theo kế hoạch; kết quả đã báo cáo Phòng Văn hóa - Xã hội.",
  "Hoàn thành nhiệm vụ; đã ban hành văn bản và lưu hồ sơ minh chứng.",
  "Đã hoàn thành 100% khối lượng công việc, sản phẩm đã được nghiệm thu.",
  "Hoàn thành; đã cập nhật kết quả lên hệ thống giám sát của cấp trên.",
];

const PAUSED = [
  "Tạm dừng do chờ hướng dẫn chuyên môn của cấp trên.",
  "Tạm dừng do chưa được bố trí kinh phí thực hiện.",
  "Tạm dừng để điều chỉnh phương án theo chỉ đạo của UBND.",
];

const DIFFICULTIES = [
  "Hạ tầng mạng tại bộ phận một cửa chưa ổn định, thường xuyên gián đoạn.",
  "Thiếu cán bộ có chuyên môn công nghệ thông tin.",
  "Kinh phí thực hiện chưa được bố trí đầy đủ.",
  "Một bộ phận người dân, nhất là người cao tuổi, còn hạn chế kỹ năng sử dụng thiết bị số.",
  "Dữ liệu cũ chưa thống nhất giữa các phần mềm chuyên ngành.",
  "Thiết bị máy tính, máy quét đã cũ, tốc độ xử lý chậm.",
];

const PROPOSALS = [
  "Đề nghị UBND bố trí kinh phí nâng cấp thiết bị.",
  "Đề nghị cấp trên tổ chức tập huấn chuyên sâu cho cán bộ phụ trách.",
  "Đề nghị Phòng Văn hóa - Xã hội hướng dẫn thống nhất biểu mẫu báo cáo.",
  "Kiến nghị bổ sung 01 biên chế cán bộ công nghệ thông tin.",
];

const CONTRIBUTIONS = [
  "Đơn vị đã cử cán bộ phối hợp rà soát dữ liệu theo đề nghị của đơn vị chủ trì.",
  "Đã cung cấp số liệu, tài liệu liên quan cho đơn vị chủ trì tổng hợp.",
  "Đã phối hợp tuyên truyền {n} lượt tại các thôn, tổ dân phố.",
  "Đã góp ý dự thảo văn bản; thống nhất với nội dung đơn vị chủ trì đề xuất.",
];

const DIRECTIVES = [
  "Đề nghị đơn vị khẩn trương hoàn thành, báo cáo kết quả trước cuộc họp giao ban tuần tới.",
  "Yêu cầu đơn vị chủ trì làm rõ nguyên nhân chậm tiến độ và đề xuất giải pháp khắc phục.",
  "Giao đơn vị tập trung nguồn lực, bảo đảm hoàn thành đúng thời hạn.",
  "Đề nghị phối hợp chặt chẽ với Trung tâm Phục vụ hành chính công để tháo gỡ vướng mắc.",
  "Lưu ý cập nhật tiến độ hằng tuần, kèm tài liệu minh chứng.",
];

const RETURN_COMMENTS = [
  "Báo cáo chưa nêu rõ kết quả cụ thể, đề nghị bổ sung số liệu.",
  "Đề nghị đính kèm tài liệu minh chứng.",
  "Tỷ lệ tiến độ chưa khớp với kết quả nêu trong báo cáo, đề nghị rà soát lại.",
];

export type Phase = "start" | "middle" | "recurring" | "done" | "paused";

const RESULT_BY_PHASE: Record<Phase, string[]> = { start: START, middle: MIDDLE, recurring: RECURRING, done: DONE, paused: PAUSED };

export const resultText = (rng: Rng, phase: Phase, progress: number) => fill(rng.pick(RESULT_BY_PHASE[phase]), rng, progress);
export const difficultyText = (rng: Rng) => rng.pick(DIFFICULTIES);
export const proposalText = (rng: Rng) => rng.pick(PROPOSALS);
export const contributionText = (rng: Rng) => fill(rng.pick(CONTRIBUTIONS), rng, 0);
export const directiveText = (rng: Rng) => rng.pick(DIRECTIVES);
export const returnComment = (rng: Rng) => rng.pick(RETURN_COMMENTS);

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh"];
const MIDDLE_NAMES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Thu", "Xuân", "Hoài", "Anh"];
const GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hiếu", "Hoa", "Hùng", "Khánh", "Lan", "Linh", "Long"];
const GIVEN_MORE = ["Mai", "Minh", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến"];

export const personName = (rng: Rng) => `${rng.pick(FAMILY)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(rng.chance(0.5) ? GIVEN : GIVEN_MORE)}`;
