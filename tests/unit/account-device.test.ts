// The sessions list's device names and the enrolment banner's wording.
import { describe, expect, it } from "vitest";
import { describeDevice } from "@/lib/accounts/device";
import { enrolBannerText } from "@/lib/accounts/banner";

describe("describeDevice", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Chrome trên Windows",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Safari trên iPhone",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Edge trên Windows",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
      "Safari trên macOS",
    ],
    ["Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox trên Linux"],
    [
      "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
      "Samsung Internet trên Android",
    ],
    [
      "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "Chrome trên Android",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1",
      "Chrome trên iPhone",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/134.0 Chrome/128.0.0.0 CocCoc/134 Safari/537.36",
      "Cốc Cốc trên Windows",
    ],
    ["curl/8.5.0", "Thiết bị không xác định"],
    ["", "Thiết bị không xác định"],
    [null, "Thiết bị không xác định"],
  ])("%s → %s", (ua, expected) => {
    expect(describeDevice(ua)).toBe(expected);
  });
});

describe("enrolBannerText", () => {
  it("counts the days down, says when it is the last day and when the time is up; nothing when nothing is due", () => {
    expect(enrolBannerText(null)).toBeNull();
    expect(enrolBannerText(14)).toMatch(/^Còn 14 ngày để bật xác thực hai bước/);
    expect(enrolBannerText(2)).toMatch(/^Còn 2 ngày/);
    expect(enrolBannerText(1)).toMatch(/^Hôm nay là ngày cuối/);
    expect(enrolBannerText(0)).toMatch(/^Đã đến hạn/);
    expect(new Set([enrolBannerText(2), enrolBannerText(1), enrolBannerText(0)]).size).toBe(3);
  });
});
