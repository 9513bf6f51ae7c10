// The countdown banner of accounts that must enrol a second factor (lib/accounts/second-factor.ts
// daysLeftToEnrol): its wording, apart from the page so that it can be tested.

/** The banner's sentence for `daysLeft` whole days (null: no banner). */
export function enrolBannerText(daysLeft: number | null): string | null {
  if (daysLeft === null) return null;
  if (daysLeft <= 0) {
    return "Đã đến hạn bật xác thực hai bước. Hãy bật ngay: lần đăng nhập tới, anh/chị phải bật xong mới vào được cổng.";
  }
  if (daysLeft === 1) {
    return "Hôm nay là ngày cuối để bật xác thực hai bước. Từ lần đăng nhập tới, anh/chị phải bật xong mới vào được cổng.";
  }
  return `Còn ${daysLeft} ngày để bật xác thực hai bước cho tài khoản. Sau thời hạn này, anh/chị phải bật xong mới đăng nhập được.`;
}
