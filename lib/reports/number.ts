// Report numbers ("05/BC-UBND", Nghị định 30/2020). The one place where a typed number becomes the
// number as printed: "060/bc – ubnd" and "60/BC-UBND" are one number, so the uniqueness key
// (Report.signedNumber) and the printed text are both this form. The decree writes numbers below 10
// with a leading zero ("05") and no other padding.

import { matchGroup } from "@/lib/must";

/** The number, "/BC-" and the issuer's abbreviation, in printed form. */
export const REPORT_NUMBER = /^(0[1-9]|[1-9]\d{1,3})\/BC-[\p{Lu}\dĐ][\p{Lu}\dĐ&.-]*$/u;

const DASHES = /[\u2010-\u2015\u2212]/g;

/** How a typed number is printed: no spaces, upper case, plain hyphens, "05" not "5" or "005". */
export function printedReportNumber(typed: string): string {
  const compact = typed.normalize("NFC").replace(/\s+/g, "").replace(DASHES, "-").toUpperCase();
  const m = /^(\d+)(\/.*)$/.exec(compact);
  return m ? `${matchGroup(m, 1).replace(/^0+/, "").padStart(2, "0")}${matchGroup(m, 2)}` : compact;
}
