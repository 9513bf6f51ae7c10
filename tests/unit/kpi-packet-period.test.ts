// Which KPI period a reporting period's packet reports (lib/indicators/periods.ts lastKpiPeriodIn).
import { describe, expect, it } from "vitest";
import { lastKpiPeriodIn } from "@/lib/indicators/periods";
import { reportPeriodFromKey } from "@/lib/reports/periods";

const report = (key: string) => reportPeriodFromKey(key)!;

describe("lastKpiPeriodIn", () => {
  it("a monthly KPI in a month's packet: that very month", () => {
    expect(lastKpiPeriodIn(report("M-2026-11"), "MONTHLY")?.key).toBe("2026-11");
    expect(lastKpiPeriodIn(report("M-2026-01"), "MONTHLY")?.key).toBe("2026-01");
  });

  it("a weekly KPI: the last ISO week ending on or before the report period's last day", () => {
    // Tháng 11/2026 ends on Saturday 14/11/2026: the week of 09–15/11 has not ended, 02–08/11 (W45) has.
    expect(lastKpiPeriodIn(report("M-2026-11"), "WEEKLY")).toMatchObject({ key: "2026-W45", end: "2026-11-08" });
    // Tháng 06/2026 ends on Sunday 14/06/2026: its own week (W24) counts.
    expect(lastKpiPeriodIn(report("M-2026-06"), "WEEKLY")).toMatchObject({ key: "2026-W24", end: "2026-06-14" });
  });

  it("a quarter reports its last month; a week in which no month ends reports nothing monthly", () => {
    expect(lastKpiPeriodIn(report("Q-2026-4"), "MONTHLY")?.key).toBe("2026-12");
    expect(lastKpiPeriodIn({ start: "2026-11-16", end: "2026-11-22" }, "MONTHLY")).toBeNull();
  });
});
