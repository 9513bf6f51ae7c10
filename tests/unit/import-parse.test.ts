import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/import/parse-plan";
import type { PlanDraft, TaskDraft } from "@/lib/import/types";
import { matchUnit } from "@/lib/units/match";
import { parseImportDeadline, toStoredDeadlineKind, type ImportDeadline } from "@/lib/tasks/deadline-text";
import { haLong } from "@/prisma/seed/ha-long";
import { haiAn } from "@/prisma/seed/hai-an";
import { thachKhoi } from "@/prisma/seed/thach-khoi";
import type { SeedCommune, SeedTask } from "@/prisma/seed/types";

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../prisma/seed/plans/${name}`, import.meta.url)), "utf8");
}

function seedTasks(commune: SeedCommune): SeedTask[] {
  return commune.plan.groups.flatMap((g) => g.tasks);
}

/** Written unit names → the commune's canonical names; an unmatched name stays visible in the diff. */
function canonical(names: string[], commune: SeedCommune): string[] {
  const units = commune.units.map((u) => ({ ...u, id: u.name }));
  return names.map((n) => matchUnit(n, units)?.name ?? `(không khớp) ${n}`);
}

function taskOf(draft: PlanDraft, code: string): TaskDraft {
  const task = draft.tasks.find((t) => t.code === code);
  if (!task) throw new Error(`no task ${code}`);
  return task;
}

describe("parsePlanText: Hải An (tasks with fields), against prisma/seed/hai-an.ts", () => {
  const text = fixture("phuong-hai-an.txt");
  const draft = parsePlanText(text);
  const expected = seedTasks(haiAn);

  it("reads the plan's particulars", () => {
    expect(draft.commune).toBe("phường Hải An");
    expect(draft.issuer).toBe(haiAn.plan.issuer);
    expect(draft.title).toBe(haiAn.plan.title);
    expect(draft.number).toBeNull();
    expect(draft.issuedDate).toBeNull();
    expect(draft.parentRefs.join("; ")).toBe(haiAn.plan.parentRefs);
    expect([draft.periodStart, draft.periodEnd]).toEqual([haiAn.plan.periodStart, haiAn.plan.periodEnd]);
    expect([draft.signerName, draft.signerTitle]).toEqual([haiAn.plan.signerName, haiAn.plan.signerTitle]);
  });

  it("finds the four groups", () => {
    expect(draft.groups).toEqual(haiAn.plan.groups.map((g) => ({ code: g.code, title: g.title })));
  });

  it("finds exactly the 29 tasks, with their codes and groups", () => {
    expect(draft.tasks.map((t) => t.code)).toEqual(expected.map((t) => t.code));
    expect(draft.tasks.length).toBe(29);
    for (const group of haiAn.plan.groups) for (const t of group.tasks) expect(taskOf(draft, t.code).group, t.code).toBe(group.code);
  });

  describe.each(expected.map((t) => [t.code, t] as const))("task %s", (code, seed) => {
    const task = taskOf(draft, code);
    // 4.1 names no unit: the transcription's lead is the standing office the plan falls back to when no unit fits its group wording.
    it("lead units and group wording", () => {
      expect(canonical(task.leadUnits, haiAn)).toEqual(code === "4.1" ? [] : seed.lead);
      expect(task.leadGroups.map((p) => p.text)).toEqual(seed.leadGroups ?? []);
    });
    it("support units, group wording and free wording", () => {
      expect(canonical(task.supportUnits, haiAn)).toEqual(seed.support);
      expect(task.supportGroups.map((p) => p.text)).toEqual(seed.supportGroups ?? []);
      expect(task.supportText).toBe(seed.supportText ?? null);
    });
    it("deadline kind and wording", () => {
      expect(toStoredDeadlineKind(task.deadline.kind)).toBe(seed.deadline.kind);
      expect(task.deadline.text).toBe(seed.deadline.text);
      expect(task.deadline.date).toBe(seed.deadline.kind === "FIXED" ? seed.deadline.dueDate : null);
    });
    it("description", () => expect(task.description).toBe(seed.description));
    it("points at its source lines", () => {
      const lines = text.split(/\r\n|\r|\n/);
      const marker = code.split(".").at(-1) ?? code;
      expect(lines[task.sourceLines[0]]).toMatch(new RegExp(`^\\s*(${code.replace(/\./g, "\\.")}\\.|${marker}\\))`));
      expect(task.sourceLines[1]).toBeGreaterThanOrEqual(task.sourceLines[0]);
    });
  });

  it("takes the heading or the item's label as the title", () => {
    const labelled = expected.filter((t) => !["3.4.a", "4.5.b", "4.5.c"].includes(t.code));
    for (const seed of labelled) expect(taskOf(draft, seed.code).title, seed.code).toBe(seed.title);
  });

  it("applies fields written once after items a), b), c) to each item", () => {
    for (const code of ["3.4.a", "3.4.b", "3.4.c"]) {
      expect(taskOf(draft, code).leadUnits).toEqual(["Trung tâm Phục vụ hành chính công"]);
      expect(taskOf(draft, code).sourceLines[1]).toBe(373);
    }
    for (const code of ["4.5.a", "4.5.b", "4.5.c", "4.5.d", "4.5.đ", "4.5.e", "4.5.f"])
      expect(taskOf(draft, code).deadline.text).toBe("Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu");
    // 3.3's items each have their own fields.
    expect(canonical(taskOf(draft, "3.3.a").leadUnits, haiAn)).toEqual(["Trung tâm Phục vụ hành chính công"]);
    expect(canonical(taskOf(draft, "3.3.b").leadUnits, haiAn)).toEqual(["Văn phòng HĐND và UBND"]);
  });

  it("tells “start now, then recurring” from plain recurring", () => {
    expect(draft.tasks.filter((t) => t.code !== "1.2").every((t) => t.deadline.kind === "IMMEDIATE_RECURRING")).toBe(true);
  });

  // Judgment calls of the transcription, made explicit.
  it("1.2 has no deadline in the document: NONE with an empty wording and a warning", () => {
    expect(taskOf(draft, "1.2").deadline).toEqual({ kind: "NONE", date: null, text: "" });
    expect(draft.warnings).toContain("Nhiệm vụ 1.2: không tìm thấy thời gian hoàn thành");
  });

  it("collective lead wording next to named units maps to the built-in offices group, beside its source line", () => {
    const lines = text.split(/\r\n|\r|\n/);
    for (const code of ["2.1", "2.4", "3.3.a"]) {
      const task = taskOf(draft, code);
      expect(task.description, code).not.toContain("Chủ trì thực hiện");
      const [phrase] = task.leadGroups;
      expect(lines[phrase?.line ?? -1], code).toMatch(/Chủ trì thực hiện: Các phòng (của|thuộc) UBND phường/);
      expect(draft.warnings.some((w) => w.startsWith(`Nhiệm vụ ${code}:`))).toBe(false);
    }
    expect(draft.groupMappings.filter((m) => m.target.kind === "BUILTIN").map((m) => m.wording)).toEqual([
      "Các phòng thuộc UBND phường",
      "Các phòng thuộc Uỷ ban nhân dân phường",
      "Các phòng của UBND phường",
    ]);
    expect(new Set(draft.groupMappings.map((m) => m.target.kind === "BUILTIN" && m.target.builtin))).toEqual(new Set(["OFFICES", false]));
  });

  it("4.1's lead (“Các đơn vị chủ trì quản lý, vận hành…”) is a proposed group, with a warning; the standing office is kept for the fallback", () => {
    const task = taskOf(draft, "4.1");
    expect(task.leadUnits).toEqual([]);
    expect(task.leadGroups).toEqual([{ text: "Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin", line: 396 }]);
    const mapping = draft.groupMappings.find((m) => m.wording === task.leadGroups[0]?.text);
    expect(mapping?.target).toMatchObject({
      kind: "NEW",
      name: "Các đơn vị quản lý, vận hành nền tảng số, hệ thống thông tin",
      memberIds: null,
    });
    expect(draft.standingOffice).toBe("Phòng Văn hóa - Xã hội");
    expect(draft.warnings.some((w) => w.startsWith("Nhiệm vụ 4.1:") && w.includes("đề xuất tạo nhóm"))).toBe(true);
  });

  it("collective helpers map to a group; “các đơn vị có liên quan” stays the support wording (1.1)", () => {
    const task = taskOf(draft, "1.1");
    expect(task.supportUnits).toEqual(["Trung tâm phục vụ hành chính công"]);
    expect(task.supportGroups.map((p) => p.text)).toEqual(["Các phòng thuộc UBND phường"]);
    expect(task.supportText).toBe("Các đơn vị có liên quan");
  });

  it("warns only about what it could not read (1.2's deadline) and the group it proposes (4.1)", () => {
    expect(draft.warnings).toHaveLength(2);
  });
});

describe("parsePlanText: Thạch Khôi (work assigned per unit), against prisma/seed/thach-khoi.ts", () => {
  const draft = parsePlanText(fixture("phuong-thach-khoi.txt"));
  const expected = seedTasks(thachKhoi);

  it("reads the plan's particulars", () => {
    expect(draft.commune).toBe("phường Thạch Khôi");
    expect(draft.title).toBe(thachKhoi.plan.title);
    expect(draft.parentRefs.join("; ")).toBe(thachKhoi.plan.parentRefs);
    expect([draft.periodStart, draft.periodEnd]).toEqual(["2025-07-01", "2025-12-31"]);
    expect([draft.signerName, draft.signerTitle]).toEqual(["Phạm Ngọc Sơn", "Phó Chủ tịch"]);
  });

  it("makes each unit of “Tổ chức thực hiện” a group and each of its duties a task", () => {
    expect(draft.groups.map((g) => g.code)).toEqual(thachKhoi.plan.groups.map((g) => g.code));
    expect(draft.groups.map((g) => g.title)).toEqual(thachKhoi.plan.groups.map((g) => g.title));
    expect(draft.tasks.map((t) => t.code)).toEqual(expected.map((t) => t.code));
  });

  it("gives every task the lead of its unit, the helpers its text names and its text", () => {
    for (const seed of expected) {
      const task = taskOf(draft, seed.code);
      expect(canonical(task.leadUnits, thachKhoi), seed.code).toEqual(seed.lead);
      expect(task.supportUnits, seed.code).toEqual([]);
      expect(task.supportText, seed.code).toBe(seed.supportText ?? null);
      expect(task.description, seed.code).toBe(seed.description);
    }
  });

  it("spot checks: descriptions, helpers named in the text, no deadlines", () => {
    expect(taskOf(draft, "3.1").description).toBe(expected.find((t) => t.code === "3.1")?.description);
    expect(taskOf(draft, "8.1").description).toBe(expected.find((t) => t.code === "8.1")?.description);
    expect(taskOf(draft, "2.2").supportText).toBe("Sở Khoa học và Công nghệ, các đơn vị, doanh nghiệp");
    expect(taskOf(draft, "6.2").supportText).toBe("Các đơn vị liên quan");
    expect(taskOf(draft, "2.1").supportText).toBeNull();
    expect(draft.tasks.every((t) => t.deadline.kind === "NONE" && t.deadline.text === "")).toBe(true);
  });

  it("says where the tasks came from and that deadlines are missing", () => {
    expect(draft.warnings.some((w) => w.includes("Tổ chức thực hiện"))).toBe(true);
    expect(draft.warnings).toContain("Kế hoạch không ghi thời hạn cho các nhiệm vụ; cần nhập thời hạn khi rà soát");
  });
});

describe("parsePlanText: Hà Long (task list missing, duties per unit), against prisma/seed/ha-long.ts", () => {
  const draft = parsePlanText(fixture("xa-ha-long.txt"));
  const expected = seedTasks(haLong);

  it("reads the plan's particulars", () => {
    expect(draft.commune).toBe("xã Hà Long");
    expect(draft.issuer).toBe("UBND xã Hà Long");
    expect(draft.title).toBe(haLong.plan.title);
    expect(draft.parentRefs.join("; ")).toBe(haLong.plan.parentRefs);
    expect([draft.periodStart, draft.periodEnd]).toEqual(["2025-07-01", "2025-12-31"]);
    expect([draft.signerName, draft.signerTitle]).toEqual(["Hoàng Anh Tuấn", "Chủ tịch"]);
  });

  it("makes each unit's paragraph one task in the section's group", () => {
    expect(draft.groups).toEqual([{ code: "VI", title: "Tổ chức thực hiện" }]);
    expect(draft.tasks.map((t) => t.code)).toEqual(expected.map((t) => t.code));
    expect(draft.tasks.every((t) => t.group === "VI")).toBe(true);
  });

  it("matches the leads, including two units in one heading", () => {
    for (const seed of expected) {
      const leads = canonical(taskOf(draft, seed.code).leadUnits, haLong);
      expect([...leads].sort(), seed.code).toEqual([...seed.lead].sort());
    }
  });

  it("spot checks: descriptions, helpers", () => {
    expect(taskOf(draft, "2").description).toBe(expected.find((t) => t.code === "2")?.description);
    expect(taskOf(draft, "6").description).toBe(expected.find((t) => t.code === "6")?.description);
    for (const seed of expected) expect(taskOf(draft, seed.code).supportText, seed.code).toBe(seed.supportText ?? null);
  });

  it("cannot restore a full stop the PDF text lost (task 8: “… từ xa Các trường …”)", () => {
    expect(taskOf(draft, "8").description).toContain("khám chữa bệnh từ xa Các trường triển khai");
  });

  it("warns that the counted task list (57 tasks) is not in the text", () => {
    expect(draft.warnings.some((w) => w.includes("57 nhiệm vụ"))).toBe(true);
  });
});

describe("parsePlanText: numbered “1.”…“n.” tasks without groups, header with number and date", () => {
  const text = [
    "ỦY BAN NHÂN DÂN",
    "XÃ TÂN PHÚ",
    "Số: 45 /KH-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Tân Phú, ngày 05 tháng 8 năm 2025",
    "KẾ HOẠCH",
    "Chuyển đổi số trên địa bàn xã Tân Phú năm 2025",
    "Căn cứ Kế hoạch số 215/KH-UBND ngày 25/8/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số;",
    "I. MỤC TIÊU",
    "- Đến năm 2026, 100% văn bản được ký số.",
    "II. NHIỆM VỤ",
    "1. Rà soát thủ tục hành chính",
    "- Chủ trì: Văn phòng HĐND-UBND, Công an xã",
    "- Phối hợp: TTPVHCC; Phòng VH-XH và các đơn vị có liên quan",
    "- Thời gian thực hiện: Trước ngày 20/12/2025",
    "2. Ban hành quy chế",
    "- Chủ trì: Phòng Văn hóa - Xã hội",
    "- Thời gian thực hiện: Sau khi thành phố có hướng dẫn",
    "3. Báo cáo",
    "Chủ trì: Phòng Văn hóa - Xã hội",
    "Thời hạn: Định kỳ hằng tháng",
    "4. Lưu trữ",
    "- Chủ trì thực hiện: Văn phòng HĐND và UBND",
    "- Thời gian hoàn thành: 31/12/2025",
    "- Sản phẩm: Kho lưu trữ số",
    "5. Tập huấn",
    "- Phối hợp thực hiện: Các đơn vị có liên quan",
    "- Thời gian hoàn thành: Khi thuận tiện",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Văn hóa - Xã hội",
    "Là cơ quan thường trực của kế hoạch.",
    "Nơi nhận:",
    "- Như trên;",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn An",
  ].join("\r\n");
  const draft = parsePlanText(text);
  const units = haiAn.units.map((u) => ({ ...u, id: u.name }));

  it("reads the header", () => {
    expect(draft.commune).toBe("xã Tân Phú");
    expect(draft.number).toBe("45/KH-UBND");
    expect(draft.issuedDate).toBe("2025-08-05");
    expect(draft.title).toBe("Chuyển đổi số trên địa bàn xã Tân Phú năm 2025");
    expect(draft.parentRefs).toEqual(["Kế hoạch số 215/KH-UBND ngày 25/8/2025 của Ủy ban nhân dân tỉnh"]);
    expect([draft.periodStart, draft.periodEnd]).toEqual(["2025-01-01", "2025-12-31"]);
    expect([draft.signerName, draft.signerTitle]).toEqual(["Nguyễn Văn An", "Phó Chủ tịch"]);
  });

  it("reads tasks without groups, units separated by “,” “;” and “và”", () => {
    expect(draft.groups).toEqual([]);
    expect(draft.tasks.map((t) => [t.code, t.group, t.title])).toEqual([
      ["1", null, "Rà soát thủ tục hành chính"],
      ["2", null, "Ban hành quy chế"],
      ["3", null, "Báo cáo"],
      ["4", null, "Lưu trữ"],
      ["5", null, "Tập huấn"],
    ]);
    const first = taskOf(draft, "1");
    expect(first.leadUnits.map((n) => matchUnit(n, units)?.name)).toEqual(["Văn phòng HĐND và UBND", "Công an phường"]);
    expect(first.supportUnits.map((n) => matchUnit(n, units)?.name)).toEqual([
      "Trung tâm Phục vụ hành chính công",
      "Phòng Văn hóa - Xã hội",
    ]);
    expect(first.supportText).toBe("Các đơn vị có liên quan");
    expect(taskOf(draft, "4").expectedOutput).toBe("Kho lưu trữ số");
  });

  it("reads each deadline kind", () => {
    expect(draft.tasks.map((t) => [t.deadline.kind, t.deadline.date])).toEqual([
      ["BEFORE_DATE", "2025-12-19"],
      ["CONDITIONAL", null],
      ["PERIODIC", null],
      ["DATE", "2025-12-31"],
      ["NONE", null],
    ]);
  });

  it("warns about a missing lead and an unreadable deadline, without inventing a lead", () => {
    expect(taskOf(draft, "5").leadUnits).toEqual([]);
    expect(draft.warnings).toContain("Nhiệm vụ 5: không tìm thấy đơn vị chủ trì");
    expect(draft.warnings).toContain("Nhiệm vụ 5: không đọc được thời hạn “Khi thuận tiện”");
  });

  it("reads a target with its own year", () => {
    expect(draft.indicators).toEqual([
      expect.objectContaining({ target: 100, unit: "%", catalogCode: "VAN_BAN_KY_SO", dueDate: "2026-12-31" }),
    ]);
  });
});

describe("parseImportDeadline", () => {
  const rows: [string, ImportDeadline][] = [
    ["31/12/2025", { kind: "DATE", date: "2025-12-31" }],
    ["Trước ngày 20/12/2025", { kind: "BEFORE_DATE", date: "2025-12-19" }],
    ["Quý IV/2025", { kind: "DATE", date: "2025-12-31" }],
    ["Thường xuyên", { kind: "RECURRING", date: null }],
    ["Triển khai thực hiện ngay và thường xuyên", { kind: "IMMEDIATE_RECURRING", date: null }],
    ["Triển khai thực hiện ngay, thường xuyên, định kỳ hoặc khi có yêu cầu", { kind: "IMMEDIATE_RECURRING", date: null }],
    ["Thực hiện định kỳ (tuần, tháng)", { kind: "PERIODIC", date: null }],
    ["Báo cáo hằng tháng", { kind: "PERIODIC", date: null }],
    ["Ngay sau khi UBND thành phố công bố TTHC", { kind: "CONDITIONAL", date: null }],
    ["Theo hướng dẫn của Sở Nội vụ", { kind: "CONDITIONAL", date: null }],
    ["Khi thuận tiện", { kind: "NONE", date: null }],
    ["", { kind: "NONE", date: null }],
  ];
  it.each(rows)("%j", (text, expected) => expect(parseImportDeadline(text)).toEqual(expected));

  it("maps each import kind to the kind a task stores", () => {
    expect(
      (["DATE", "BEFORE_DATE", "RECURRING", "IMMEDIATE_RECURRING", "PERIODIC", "CONDITIONAL", "NONE"] as const).map(toStoredDeadlineKind),
    ).toEqual(["FIXED", "FIXED", "RECURRING", "RECURRING", "RECURRING", "CONDITIONAL", "NONE"]);
  });
});

// Deterministic PRNG (mulberry32) so that a failing input can be reproduced.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  "KẾ HOẠCH",
  "I. MỤC TIÊU",
  "II. NHIỆM VỤ",
  "VI. TỔ CHỨC THỰC HIỆN",
  "1.",
  "1. ",
  "2.1. ",
  "3.3",
  "a) ",
  "đ)",
  "- ",
  "+ ",
  "- Chủ trì thực hiện:",
  "Chủ trì:",
  "- Phối hợp:",
  "Thời gian hoàn thành:",
  "Thời hạn:",
  "Sản phẩm:",
  "Trước ngày 20/12/2025",
  "31/02/2025",
  "ngay và thường xuyên",
  "Sau khi",
  "UBND phường Hải An",
  "ỦY BAN NHÂN DÂN",
  "XÃ",
  "Số: 12/KH-UBND",
  "ngày 05 tháng 13 năm 2025",
  "Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của",
  "từ ngày 01/7/2025 đến ngày",
  "100%",
  "ít nhất 30%",
  "12 cơ sở dữ liệu",
  "số 06 nhóm thủ tục",
  "Các đơn vị có liên quan",
  "Văn phòng HĐND và UBND",
  ";",
  ",",
  " và ",
  "&",
  "(",
  ")",
  "“",
  "”",
  "./.",
  "Nơi nhận:",
  "Trên đây là",
  "TM. UỶ BAN NHÂN DÂN",
  "CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "Nguyễn Văn An",
  "\n",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\t",
  " ",
  "  ",
  "\u00a0",
  "\ufeff",
  "12",
  "2025-07-11T11:24:37+0700",
  "____",
];

function randomText(next: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(next() * 120);
  for (let i = 0; i < count; i += 1) {
    if (next() < 0.2) parts.push(String.fromCharCode(Math.floor(next() * 0xffff)));
    else parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!); // next() < 1, so the index is in range
  }
  return parts.join(next() < 0.5 ? "" : " ");
}

const DEADLINE_KINDS = ["DATE", "BEFORE_DATE", "RECURRING", "IMMEDIATE_RECURRING", "PERIODIC", "CONDITIONAL", "NONE"];

function expectWellFormed(draft: PlanDraft, input: string): void {
  const lineCount = input.split(/\r\n|\r|\n/).length;
  expect(typeof draft.title).toBe("string");
  expect(Array.isArray(draft.warnings)).toBe(true);
  for (const task of draft.tasks) {
    expect(task.code.length).toBeGreaterThan(0);
    expect(DEADLINE_KINDS).toContain(task.deadline.kind);
    expect(task.sourceLines[0]).toBeGreaterThanOrEqual(0);
    expect(task.sourceLines[1]).toBeLessThan(lineCount);
    expect(task.sourceLines[0]).toBeLessThanOrEqual(task.sourceLines[1]);
  }
  for (const indicator of draft.indicators) expect(Number.isFinite(indicator.target)).toBe(true);
}

describe("parsePlanText never throws", () => {
  it("on empty or blank text, and says so", () => {
    for (const input of ["", "   ", "\n\n\n", "\r\n"]) {
      const draft = parsePlanText(input);
      expect(draft.tasks).toEqual([]);
      expect(draft.warnings).toContain("Không tìm thấy nhiệm vụ nào trong văn bản");
    }
  });

  it("on 400 generated strings", () => {
    const next = prng(20250701);
    for (let i = 0; i < 400; i += 1) {
      const input = randomText(next);
      let draft: PlanDraft | undefined;
      expect(() => (draft = parsePlanText(input)), JSON.stringify(input)).not.toThrow();
      if (draft) expectWellFormed(draft, input);
    }
  });

  it("on the Hải An text truncated at 50 points", () => {
    const text = fixture("phuong-hai-an.txt");
    const full = new Set(parsePlanText(text).tasks.map((t) => t.code));
    for (let i = 0; i <= 50; i += 1) {
      const prefix = text.slice(0, Math.round((text.length * i) / 50));
      const draft = parsePlanText(prefix);
      expectWellFormed(draft, prefix);
      expect(draft.tasks.length).toBeLessThanOrEqual(full.size);
      // A truncated document may end on a group heading that then reads as a task; all others are real.
      for (const task of draft.tasks.slice(0, -1)) expect(full.has(task.code), task.code).toBe(true);
    }
  });
});
