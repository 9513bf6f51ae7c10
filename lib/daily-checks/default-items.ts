// The checklist a commune starts with, from the plans' wording (Hải An §3.4 c: "kiểm tra đầu giờ đối
// với kết nối Internet, máy tính, máy in, máy quét, hệ thống phần mềm đảm bảo ổn định, thông suốt")
// and what a one-stop centre's counters run on. The standing office edits it afterwards
// (lib/daily-checks/checklist-commands.ts); this list is only the first version.
import type { Tx } from "../db";
import { createId } from "../ids";

export type DefaultItem = { area: string; name: string; hint: string; critical?: boolean };

export const DEFAULT_CHECKLIST: readonly DefaultItem[] = [
  {
    area: "Hạ tầng chung",
    name: "Kết nối Internet",
    hint: "Truy cập được Cổng dịch vụ công và các hệ thống, tốc độ bình thường",
    critical: true,
  },
  { area: "Hạ tầng chung", name: "Hệ thống xếp hàng, lấy số tự động", hint: "Cấp số, gọi số và màn hình hiển thị hoạt động" },
  { area: "Hạ tầng chung", name: "Camera, loa (nếu có)", hint: "Ghi hình và phát thanh bình thường" },
  { area: "Quầy tiếp nhận", name: "Máy tính tại các quầy", hint: "Khởi động, đăng nhập được" },
  { area: "Quầy tiếp nhận", name: "Máy in", hint: "In thử được phiếu hẹn" },
  { area: "Quầy tiếp nhận", name: "Máy quét (scan)", hint: "Quét thử được hồ sơ" },
  { area: "Quầy tiếp nhận", name: "Thiết bị ký số (USB token, SIM ký số)", hint: "Ký thử được văn bản" },
  { area: "Phần mềm", name: "Hệ thống một cửa điện tử", hint: "Tiếp nhận, luân chuyển hồ sơ được", critical: true },
  { area: "Phần mềm", name: "Tài khoản Cổng dịch vụ công", hint: "Đăng nhập, xem hồ sơ trực tuyến được" },
  { area: "Phần mềm", name: "Hệ thống quản lý văn bản và điều hành", hint: "Nhận, gửi văn bản được" },
];

/**
 * The commune's checklist, created from the defaults the first time anyone needs it (a commune
 * created after this feature, or one whose office has not opened the page yet). Idempotent: a
 * commune with any item, archived or not, is left as it is.
 */
export async function ensureChecklist(tx: Tx, communeId: string): Promise<void> {
  // Serialised per commune: two first visits at once create one list.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`checklist:${communeId}`}))`;
  if ((await tx.checkItem.count({ where: { communeId } })) > 0) return;
  await tx.checkItem.createMany({
    data: DEFAULT_CHECKLIST.map((item, i) => ({
      id: createId(),
      communeId,
      ...item,
      critical: item.critical ?? false,
      sortOrder: (i + 1) * 10,
    })),
  });
}
