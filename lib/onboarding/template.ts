// The onboarding file's template (Quản trị → Khởi tạo hàng loạt → Tải tệp mẫu): a sheet of communes,
// a sheet of accounts and a sheet of instructions with example rows. The headers are the ones
// parse.ts reads.
import ExcelJS from "exceljs";
import { ACCOUNT_SHEET, COMMUNE_SHEET } from "./parse";

export const COMMUNE_COLUMNS = ["Tỉnh/TP", "Tên xã/phường", "Loại (xã|phường)", "Mã ĐVHC"] as const;
export const ACCOUNT_COLUMNS = ["Mã ĐVHC của xã", "Họ và tên", "Đơn vị", "Vai trò", "Thư điện tử", "Điện thoại", "Tên đăng nhập"] as const;

export const TEMPLATE_FILE_NAME = "mau-khoi-tao-xa-phuong.xlsx";

const header = (sheet: ExcelJS.Worksheet, columns: readonly string[], widths: number[]) => {
  sheet.columns = columns.map((c, i) => ({ header: c, width: widths[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  // Codes keep their leading zeros ("06970"): the code columns are text.
};

/**
 * The workbook: empty data sheets (a file uploaded unchanged creates nothing) and an instructions
 * sheet with example rows to copy.
 */
export function onboardingTemplate(provinces: { name: string; adminCode: string | null }[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Theo dõi Kế hoạch Chuyển đổi số";
  const communes = wb.addWorksheet(COMMUNE_SHEET);
  header(communes, COMMUNE_COLUMNS, [26, 32, 18, 14]);
  communes.getColumn(4).numFmt = "@";
  const accounts = wb.addWorksheet(ACCOUNT_SHEET);
  header(accounts, ACCOUNT_COLUMNS, [16, 28, 34, 20, 28, 16, 20]);
  accounts.getColumn(1).numFmt = "@";

  const help = wb.addWorksheet("Hướng dẫn");
  help.getColumn(1).width = 110;
  const province = provinces[0];
  const example = province ? (province.adminCode ?? province.name) : "22";
  const lines: string[] = [
    "KHỞI TẠO XÃ, PHƯỜNG VÀ TÀI KHOẢN TỪ TỆP",
    "",
    `1. Trang “${COMMUNE_SHEET}”: mỗi dòng một xã, phường.`,
    "   Tỉnh/TP: tên hoặc mã ĐVHC của tỉnh đã tạo trong hệ thống. Loại: xã hoặc phường. Mã ĐVHC: chỉ gồm chữ số (giữ số 0 ở đầu).",
    "   Xã, phường mới được tạo kèm các đơn vị theo Mẫu đơn vị và các nhóm đơn vị có sẵn.",
    `2. Trang “${ACCOUNT_SHEET}”: mỗi dòng một tài khoản của xã, phường (xã trong tệp hoặc đã có trong hệ thống).`,
    "   Đơn vị: tên một đơn vị của xã (để trống với Chủ tịch). Vai trò: Chủ tịch | Văn hóa - Xã hội | Cán bộ đơn vị.",
    "   Tên đăng nhập: để trống thì hệ thống tự đặt (ví dụ chutich.x11311).",
    "3. Tải tệp lên, xem trước: mỗi dòng là Mới, Không đổi hoặc Lỗi. Còn dòng lỗi thì không ghi gì.",
    "4. Mật khẩu ban đầu không được cấp: mỗi tài khoản có một liên kết kích hoạt (dùng một lần, hạn 7 ngày),",
    "   gửi qua thư điện tử nếu đã cấu hình, nếu không thì in danh sách liên kết để trao tận tay.",
    "",
    "VÍ DỤ (chép sang hai trang trên rồi sửa):",
    `Xã, phường:  ${example} | Xã Tiên Yên | xã | 06970`,
    `Tài khoản:   06970 | Nguyễn Văn A | (để trống) | Chủ tịch | chutich@tienyen.gov.vn | 0912345678 | (để trống)`,
    `Tài khoản:   06970 | Trần Thị B | Phòng Văn hóa - Xã hội | Văn hóa - Xã hội | vhxh@tienyen.gov.vn | | `,
    `Tài khoản:   06970 | Lê Văn C | Phòng Kinh tế | Cán bộ đơn vị | | | ktc.tienyen`,
  ];
  for (const l of lines) help.addRow([l]);
  help.getRow(1).font = { bold: true, size: 13 };
  if (provinces.length) {
    help.addRow([]);
    help.addRow(["TỈNH ĐÃ CÓ TRONG HỆ THỐNG (tên — mã):"]).font = { bold: true };
    for (const p of provinces) help.addRow([`${p.name} — ${p.adminCode ?? "(chưa có mã)"}`]);
  }
  return wb;
}
