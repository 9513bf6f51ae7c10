import { describe, expect, it } from "vitest";
import { DEADLINE_STATUSES, type DeadlineStatus } from "@/lib/tasks/deadline-status";
import type { ReportFacts, UnitNote } from "@/lib/reports/compile";
import { confirmationLine, draftHeading, draftSections } from "@/lib/reports/draft-text";
import { recipientLines } from "@/lib/reports/format";
import { nextReportPeriod, reportPeriodFromKey } from "@/lib/reports/periods";
import type { ReportData, ReportTaskRow } from "@/lib/reports/types";
import { sampleReport } from "../support/report-document";

const DONE: DeadlineStatus[] = ["DONE_ON_TIME", "DONE_LATE"];

/** Totals as compile.ts freezes them, counted here from the rows. */
function totalsOf(tasks: ReportTaskRow[]): ReportData["totals"] {
  const byStatus = Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, tasks.filter((t) => t.status === s).length])) as Record<
    DeadlineStatus,
    number
  >;
  const sum = tasks.reduce((a, t) => a + t.progress, 0);
  return {
    tasks: tasks.length,
    done: tasks.filter((t) => DONE.includes(t.status)).length,
    averageProgress: tasks.length ? Math.round(sum / tasks.length) : 0,
    byStatus,
  };
}

/** "33,3": one decimal at most, decimal comma (numbers below 1000 only). */
const viPercent = (part: number, whole: number) => `${String(Math.round((part / whole) * 1000) / 10).replace(".", ",")}%`;

const lines = (text: string) => text.split("\n");

const DIFFICULTIES: UnitNote[] = [
  { taskCode: "2.1", unit: "Văn phòng HĐND-UBND", text: "Chưa được bố trí kinh phí nâng cấp" },
  { taskCode: "2.1", unit: "Văn phòng HĐND-UBND", text: "Thiết bị cũ không tương thích" },
  { taskCode: "1.1", unit: "Phòng Văn hóa - Xã hội", text: "Thiếu cán bộ chuyên trách" },
];
const PROPOSALS: UnitNote[] = [
  { taskCode: "2.1", unit: "Văn phòng HĐND-UBND", text: "Đề nghị tỉnh hỗ trợ kinh phí" },
  { taskCode: "", unit: "Công an xã", text: "Đề nghị tập huấn kỹ năng số" },
];

function sampleFacts(overrides: Partial<ReportFacts> = {}): ReportFacts {
  const data = sampleReport().data;
  const next = nextReportPeriod(reportPeriodFromKey(data.period.key)!);
  return {
    data,
    difficulties: DIFFICULTIES,
    proposals: PROPOSALS,
    reported: [
      {
        groupCode: "I",
        code: "1.1",
        title: "Ban hành quy chế chuyển đổi số",
        unit: "Phòng Văn hóa - Xã hội",
        text: "Đã ban hành Quy chế.",
      },
      { groupCode: "II", code: "2.1", title: "Nâng cấp mạng LAN", unit: "Văn phòng HĐND-UBND", text: "Đã khảo sát hiện trạng." },
      { groupCode: "II", code: "2.2", title: "Lắp camera giám sát", unit: "Công an xã", text: "Lắp 4/10 camera." },
    ],
    upcoming: [
      { code: "2.1", title: "Nâng cấp mạng LAN", lead: "Văn phòng HĐND-UBND", deadline: "30/11/2025", overdue: true },
      { code: "3.1", title: "Số hóa hồ sơ", lead: "", deadline: "10/01/2026", overdue: false },
    ],
    nextPeriodLabel: next.label,
    ...overrides,
  };
}

/** The sample with more tasks (new numbers everywhere), totals recounted. */
function biggerData(): ReportData {
  const base = sampleReport().data;
  const row = (code: string, status: DeadlineStatus, extra: Partial<ReportTaskRow> = {}): ReportTaskRow => ({
    groupCode: "III",
    groupTitle: "Dữ liệu số",
    code,
    title: `Nhiệm vụ thử ${code}`,
    leadUnits: "Công an xã",
    supportUnits: "",
    deadline: "31/10/2025",
    result: "",
    progress: DONE.includes(status) ? 100 : 10,
    status,
    statusLabel: status,
    ...extra,
  });
  const tasks = [
    ...base.tasks,
    row("3.1", "DONE_LATE"),
    row("3.2", "DONE_ON_TIME"),
    row("3.3", "OVERDUE", { leadUnits: "", result: "" }),
    row("3.4", "DUE_SOON"),
    row("3.5", "NOT_STARTED"),
    row("3.6", "NO_DEADLINE_UPDATED"),
    row("3.7", "NO_DEADLINE_NOT_UPDATED"),
  ];
  return {
    ...base,
    tasks,
    totals: totalsOf(tasks),
    units: [...base.units, { name: "Ban Chỉ huy Quân sự", tasks: 0, done: 0, overdue: 0, updated: 0, reported: true, reportedAt: "" }],
  };
}

describe("draftSections: assessment", () => {
  it("the sample's totals agree with its rows (so the checks below test the text, not the fixture)", () => {
    const data = sampleReport().data;
    expect(data.totals).toEqual(totalsOf(data.tasks));
  });

  it("writes the totals, the share done in vi-VN format, on-time/late and the open tasks by category", () => {
    for (const data of [sampleReport().data, biggerData()]) {
      const { tasks, done, averageProgress, byStatus: s } = totalsOf(data.tasks);
      const [first, second] = lines(draftSections(sampleFacts({ data })).assessment);
      expect(first).toBe(
        `Tổng số nhiệm vụ của Kế hoạch: ${tasks}; đã hoàn thành ${done} nhiệm vụ (${viPercent(done, tasks)}), ` +
          `trong đó đúng hạn ${s.DONE_ON_TIME}, quá hạn ${s.DONE_LATE}. Tiến độ bình quân: ${averageProgress}%.`,
      );
      expect(second).toBe(
        `Chưa hoàn thành ${tasks - done} nhiệm vụ: đang thực hiện trong hạn ${s.IN_PROGRESS}; sắp đến hạn ${s.DUE_SOON}; ` +
          `quá hạn ${s.OVERDUE}; không có hạn đã cập nhật ${s.NO_DEADLINE_UPDATED}, chưa cập nhật ${s.NO_DEADLINE_NOT_UPDATED}; ` +
          `chưa triển khai ${s.NOT_STARTED}.`,
      );
    }
  });

  it("spells the sample's numbers out", () => {
    const text = draftSections(sampleFacts()).assessment;
    expect(text).toContain("Tổng số nhiệm vụ của Kế hoạch: 3; đã hoàn thành 1 nhiệm vụ (33,3%), trong đó đúng hạn 1, quá hạn 0.");
    expect(text).toContain("Tiến độ bình quân: 53%.");
    expect(text).toContain("Chưa hoàn thành 2 nhiệm vụ: đang thực hiện trong hạn 1; sắp đến hạn 0; quá hạn 1;");
    const bigger = draftSections(sampleFacts({ data: biggerData() })).assessment;
    // 10 tasks, 3 done (1 on time in the sample + 3.1 late + 3.2 on time).
    expect(bigger).toContain("Tổng số nhiệm vụ của Kế hoạch: 10; đã hoàn thành 3 nhiệm vụ (30%), trong đó đúng hạn 2, quá hạn 1.");
    expect(bigger).toContain("quá hạn 2;");
  });

  it("names who confirmed their report and who did not, never a ratio", () => {
    const text = draftSections(sampleFacts()).assessment;
    expect(text).toContain("Đã xác nhận báo cáo: Phòng Văn hóa - Xã hội, Công an xã (báo cáo thay). Chưa xác nhận: Văn phòng HĐND-UBND.");
    expect(text).not.toMatch(/\d+\/\d+ đơn vị/u);
    const units = sampleReport().data.units;
    expect(confirmationLine(units.map((u) => ({ ...u, reported: false })))).toBe(
      "Chưa xác nhận: Phòng Văn hóa - Xã hội, Văn phòng HĐND-UBND, Công an xã.",
    );
    expect(confirmationLine(units.map((u) => ({ ...u, reported: true, onBehalf: false })))).toBe(
      "Đã xác nhận báo cáo: Phòng Văn hóa - Xã hội, Văn phòng HĐND-UBND, Công an xã.",
    );
    expect(confirmationLine([])).toBe("");
  });

  it("writes one line per KPI, with its value and period or 'chưa có số liệu'", () => {
    const text = lines(draftSections(sampleFacts()).assessment);
    const kpis = sampleReport().data.kpis;
    const met = kpis.filter((k) => k.statusLabel === "Đạt").length;
    expect(text).toContain(
      `Về chỉ tiêu: ${met}/${kpis.length} chỉ tiêu đã đạt; ${kpis.length - met} chỉ tiêu chưa đạt hoặc chưa có số liệu. Cụ thể:`,
    );
    expect(text).toContain(
      "- Tỷ lệ hồ sơ TTHC xử lý hoàn toàn trực tuyến: 81,2% (Tháng 12/2025); mục tiêu ≥ 80% đến 31/12/2025; đánh giá: đạt.",
    );
    expect(text).toContain("- Tỷ lệ số hóa tài liệu lưu trữ: chưa có số liệu; mục tiêu ≥ 30% đến 31/12/2025; đánh giá: chưa có số liệu.");
    expect(text.filter((l) => l.startsWith("- "))).toHaveLength(kpis.length);
  });

  it("a KPI whose latest value is too old to judge is given as the latest known value", () => {
    const data = sampleReport().data;
    const stale = {
      ...data.kpis[1]!,
      value: "12,5%",
      valuePeriod: "Tháng 08/2025",
      status: "STALE" as const,
      statusLabel: "Số liệu cũ: tháng 08/2025",
    };
    const text = lines(draftSections(sampleFacts({ data: { ...data, kpis: [data.kpis[0]!, stale] } })).assessment);
    expect(text).toContain(
      "- Tỷ lệ số hóa tài liệu lưu trữ: số liệu gần nhất 12,5% (Tháng 08/2025); mục tiêu ≥ 30% đến 31/12/2025; đánh giá: số liệu cũ: tháng 08/2025.",
    );
  });

  it("leaves out the units and KPI lines when there are none, and writes 0% of no task", () => {
    const base = sampleReport().data;
    const data: ReportData = { ...base, tasks: [], totals: totalsOf([]), kpis: [], units: [] };
    const s = draftSections(sampleFacts({ data, reported: [], upcoming: [] }));
    expect(lines(s.assessment)).toHaveLength(2);
    expect(s.assessment).toContain("Tổng số nhiệm vụ của Kế hoạch: 0; đã hoàn thành 0 nhiệm vụ (0%)");
    expect(s.assessment).not.toContain("đơn vị chủ trì");
    expect(s.assessment).not.toContain("Về chỉ tiêu");
    expect(s.overdue).toBe("Không có nhiệm vụ quá hạn.");
  });
});

describe("draftSections: results by group", () => {
  it("writes one line per group with done/total, then the tasks reported in that group", () => {
    const facts = sampleFacts({ data: biggerData() });
    const text = lines(draftSections(facts).results);
    const groups = [...new Map(facts.data.tasks.map((t) => [t.groupCode, t.groupTitle])).entries()];
    expect(groups.map(([c]) => c)).toEqual(["I", "II", "III"]);

    const headerAt = groups.map(([code, title]) => {
      const rows = facts.data.tasks.filter((t) => t.groupCode === code);
      const done = rows.filter((t) => DONE.includes(t.status)).length;
      const i = text.indexOf(`${code}. ${title}: hoàn thành ${done}/${rows.length} nhiệm vụ.`);
      expect(i, code).toBeGreaterThanOrEqual(0);
      return i;
    });
    expect(headerAt).toEqual([...headerAt].sort((a, b) => a - b));
    expect(text.filter((l) => !l.startsWith("- "))).toHaveLength(groups.length);

    groups.forEach(([code], g) => {
      const end = g + 1 < headerAt.length ? headerAt[g + 1] : text.length;
      const under = text.slice(headerAt[g]! + 1, end);
      const expected = facts.reported.filter((r) => r.groupCode === code).map((r) => `- Nhiệm vụ ${r.code} (${r.unit}): ${r.text}`);
      expect(under, code).toEqual(expected);
    });
  });

  it("writes the sample's groups", () => {
    expect(lines(draftSections(sampleFacts()).results)).toEqual([
      "I. Thể chế: hoàn thành 1/1 nhiệm vụ.",
      "- Nhiệm vụ 1.1 (Phòng Văn hóa - Xã hội): Đã ban hành Quy chế.",
      "II. Hạ tầng: hoàn thành 0/2 nhiệm vụ.",
      "- Nhiệm vụ 2.1 (Văn phòng HĐND-UBND): Đã khảo sát hiện trạng.",
      "- Nhiệm vụ 2.2 (Công an xã): Lắp 4/10 camera.",
    ]);
  });

  it("names a group without a code by its title alone", () => {
    const base = sampleReport().data;
    const tasks = base.tasks.map((t) => ({ ...t, groupCode: "", groupTitle: "Nhiệm vụ khác" }));
    const s = draftSections(sampleFacts({ data: { ...base, tasks, totals: totalsOf(tasks) }, reported: [] }));
    expect(s.results).toBe("Nhiệm vụ khác: hoàn thành 1/3 nhiệm vụ.");
  });
});

describe("draftSections: overdue tasks", () => {
  it("lists exactly the OVERDUE tasks, with the units' difficulties as the reason", () => {
    const data = biggerData();
    const text = lines(draftSections(sampleFacts({ data })).overdue);
    const overdue = data.tasks.filter((t) => t.status === "OVERDUE");
    expect(overdue.map((t) => t.code)).toEqual(["2.1", "3.3"]);
    expect(text).toHaveLength(overdue.length);
    overdue.forEach((t, i) => expect(text[i]?.startsWith(`- Nhiệm vụ ${t.code} ${t.title} (`)).toBe(true));
    expect(text[0]).toBe(
      "- Nhiệm vụ 2.1 Nâng cấp mạng LAN (Văn phòng HĐND-UBND; hạn 30/11/2025, đã được gia hạn từ 31/10/2025): Chưa được bố trí kinh phí nâng cấp; Thiết bị cũ không tương thích",
    );
    // A task without difficulties nor result nor lead unit.
    expect(text[1]).toBe("- Nhiệm vụ 3.3 Nhiệm vụ thử 3.3 (chưa giao đơn vị; hạn 31/10/2025): đơn vị chưa báo cáo nguyên nhân");
  });

  it("falls back to the reported result when no difficulty names the task", () => {
    const result = sampleReport().data.tasks.find((t) => t.code === "2.1")!.result;
    expect(result).not.toBe("");
    const s = draftSections(sampleFacts({ difficulties: DIFFICULTIES.filter((d) => d.taskCode !== "2.1") }));
    expect(s.overdue).toBe(
      `- Nhiệm vụ 2.1 Nâng cấp mạng LAN (Văn phòng HĐND-UBND; hạn 30/11/2025, đã được gia hạn từ 31/10/2025): ${result}`,
    );
  });

  it("says there is none when no task is overdue", () => {
    const base = sampleReport().data;
    const tasks = base.tasks.filter((t) => t.status !== "OVERDUE");
    const s = draftSections(sampleFacts({ data: { ...base, tasks, totals: totalsOf(tasks) } }));
    expect(s.overdue).toBe("Không có nhiệm vụ quá hạn.");
  });
});

describe("draftSections: difficulties and proposals", () => {
  it("writes one line per note with its unit and task code", () => {
    const s = draftSections(sampleFacts());
    expect(lines(s.difficulties)).toEqual(DIFFICULTIES.map((d) => `- ${d.text} (${d.unit}, nhiệm vụ ${d.taskCode})`));
    expect(lines(s.proposals)).toEqual([
      "- Đề nghị tỉnh hỗ trợ kinh phí (Văn phòng HĐND-UBND, nhiệm vụ 2.1)",
      "- Đề nghị tập huấn kỹ năng số (Công an xã)",
    ]);
  });

  it("writes the 'none' sentence when there is nothing", () => {
    const s = draftSections(sampleFacts({ difficulties: [], proposals: [] }));
    expect(s.difficulties).toBe("Không có khó khăn, vướng mắc được các đơn vị báo cáo trong kỳ.");
    expect(s.proposals).toBe("Không có đề xuất, kiến nghị.");
  });
});

describe("draftSections: priorities of the next period", () => {
  it("lists the upcoming tasks, urging the overdue ones, then the recurring tasks of the next period", () => {
    const facts = sampleFacts();
    expect(facts.nextPeriodLabel).toBe("Tháng 01/2026");
    expect(lines(draftSections(facts).priorities)).toEqual([
      "- Khẩn trương hoàn thành nhiệm vụ 2.1 Nâng cấp mạng LAN (Văn phòng HĐND-UBND; hạn 30/11/2025).",
      "- Hoàn thành nhiệm vụ 3.1 Số hóa hồ sơ (chưa giao đơn vị; hạn 10/01/2026).",
      "- Các đơn vị tiếp tục thực hiện các nhiệm vụ thường xuyên và cập nhật tiến độ tháng 01/2026 trên hệ thống.",
    ]);
  });

  it("keeps only the recurring line when nothing is due, naming the next period", () => {
    const next = nextReportPeriod(reportPeriodFromKey("Q-2025-4")!).label;
    expect(next).toBe("Quý I/2026");
    expect(draftSections(sampleFacts({ upcoming: [], nextPeriodLabel: next })).priorities).toBe(
      "- Các đơn vị tiếp tục thực hiện các nhiệm vụ thường xuyên và cập nhật tiến độ quý I/2026 trên hệ thống.",
    );
  });
});

describe("draftSections: intro and closing", () => {
  it("names the plan's number and date, the commune and the period's dates", () => {
    const facts = sampleFacts();
    const { plan, period } = facts.data;
    const d = (key: string) => key.split("-").reverse().join("/");
    expect(d(plan.issuedDate)).toBe("15/07/2025");
    expect(draftSections(facts).intro).toBe(
      `Thực hiện Kế hoạch số ${plan.number} ngày ${d(plan.issuedDate)} của Ủy ban nhân dân xã Hà Long về kế hoạch chuyển đổi số năm 2025, ` +
        `Ủy ban nhân dân xã Hà Long báo cáo kết quả thực hiện tháng 12/2025 (từ ngày ${d(period.start)} đến ngày ${d(period.end)}) như sau:`,
    );
    expect(draftSections(facts).intro).toContain("(từ ngày 15/11/2025 đến ngày 14/12/2025)");
  });

  it("leaves out a missing number and date", () => {
    const base = sampleReport().data;
    const data = { ...base, plan: { ...base.plan, number: "", issuedDate: "" } };
    expect(draftSections(sampleFacts({ data })).intro.startsWith("Thực hiện Kế hoạch của Ủy ban nhân dân xã Hà Long về ")).toBe(true);
  });

  it("closes with the period and the committee", () => {
    expect(draftSections(sampleFacts()).closing).toBe(
      "Trên đây là báo cáo kết quả thực hiện Kế hoạch chuyển đổi số tháng 12/2025 của Ủy ban nhân dân xã Hà Long./.",
    );
  });
});

describe("draftHeading", () => {
  it("takes the place from the commune, the chair as signer and the usual recipients", () => {
    const h = draftHeading(sampleReport().data, "Tỉnh Thanh Hóa", "Lê Thị Bình");
    expect(h.place).toBe("Hà Long");
    expect(h.summary).toBe("Kết quả thực hiện Kế hoạch chuyển đổi số tháng 12/2025");
    expect(h.signerMode).toBe("TM");
    expect(h.signerTitle).toBe("CHỦ TỊCH");
    expect(h.signerName).toBe("Lê Thị Bình");
    expect(h.number).toBe("");
    expect(h.issuedDate).toBe("");
    expect(h.recipients[0]).toBe("UBND tỉnh Thanh Hóa (để báo cáo)");
    expect(h.recipients[h.recipients.length - 1]).toBe("Lưu: VT, VHXH");
    expect(recipientLines(h.recipients).at(-1)).toBe("- Lưu: VT, VHXH.");
  });

  it("follows the commune, the period and the province", () => {
    const base = sampleReport().data;
    const data: ReportData = {
      ...base,
      commune: { id: "c2", name: "Phường Đông Sơn" },
      period: { ...base.period, label: reportPeriodFromKey("N-2026")!.label },
    };
    const h = draftHeading(data, "Thành phố Hà Nội", "Trần Văn Cường");
    expect(h.place).toBe("Đông Sơn");
    expect(h.summary).toBe("Kết quả thực hiện Kế hoạch chuyển đổi số 9 tháng năm 2026");
    expect(h.recipients[0]).toBe("UBND thành phố Hà Nội (để báo cáo)");
    expect(h.signerName).toBe("Trần Văn Cường");
  });
});
