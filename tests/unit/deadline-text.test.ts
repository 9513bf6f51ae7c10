import { describe, expect, it } from "vitest";
import { parseDeadlineText, type ParsedDeadline } from "@/lib/tasks/deadline-text";

const rows: [string, ParsedDeadline][] = [
  ["31/12/2025", { kind: "FIXED", dueDate: "2025-12-31" }],
  ["Trước ngày 20/12/2025", { kind: "FIXED", dueDate: "2025-12-19" }],
  ["trước 01/01/2026", { kind: "FIXED", dueDate: "2025-12-31" }],
  ["Hoàn thành trong tháng 9/2025", { kind: "FIXED", dueDate: "2025-09-30" }],
  ["Quý IV/2025", { kind: "FIXED", dueDate: "2025-12-31" }],
  ["Đến năm 2026 hoàn thành 100%", { kind: "FIXED", dueDate: "2026-12-31" }],
  ["Thường xuyên", { kind: "RECURRING", dueDate: null }],
  ["Nhiệm vụ thường xuyên", { kind: "RECURRING", dueDate: null }],
  ["Triển khai thực hiện ngay và thường xuyên", { kind: "RECURRING", dueDate: null }],
  ["Thực hiện định kỳ (tuần, tháng)", { kind: "RECURRING", dueDate: null }],
  ["Sau khi thành phố có hướng dẫn", { kind: "CONDITIONAL", dueDate: null }],
  ["Theo hướng dẫn của Sở Nội vụ", { kind: "CONDITIONAL", dueDate: null }],
  ["Ngay sau khi UBND thành phố công bố TTHC", { kind: "CONDITIONAL", dueDate: null }],
  ["", { kind: "NONE", dueDate: null }],
  ["31/02/2025", { kind: "NONE", dueDate: null }],
  ["  Trước   ngày\n 20/12/2025 ", { kind: "FIXED", dueDate: "2025-12-19" }],
];

describe("parseDeadlineText", () => {
  it.each(rows)("%j", (text, expected) => {
    expect(parseDeadlineText(text)).toEqual(expected);
  });
});
