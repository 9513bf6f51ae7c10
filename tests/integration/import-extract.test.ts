import { describe, expect, it } from "vitest";
import { extractPlanText, MAX_PLAN_BYTES } from "@/lib/import/extract-text";
import { PNG } from "../support/files";
import { docxFromText, pdfFromText, planText, PLAN_FILES, scannedPdf } from "../support/documents";

const words = (s: string) => s.replace(/\s+/g, " ").trim();

describe("extractPlanText reads the three real plans in every format", () => {
  it.each(PLAN_FILES)(
    "%s as DOCX, PDF and TXT gives the same words, line breaks kept",
    async (name) => {
      const source = planText(name);
      for (const [format, bytes] of [
        ["txt", Buffer.from(source, "utf8")],
        ["docx", await docxFromText(source)],
        ["pdf", await pdfFromText(source)],
      ] as const) {
        const r = await extractPlanText(`${name}.${format}`, bytes);
        expect(r.ok, format).toBe(true);
        if (!r.ok) continue;
        expect(r.format).toBe(format);
        expect(words(r.text)).toBe(words(source));
        expect(r.text.split("\n").length, format).toBeGreaterThan(100);
      }
    },
    60_000,
  );
});

describe("extractPlanText refuses what is not a readable plan document, in Vietnamese", () => {
  it.each([
    ["an empty file", "rong.docx", async () => Buffer.alloc(0), "rỗng"],
    [
      "a file over 20 MB",
      "lon.pdf",
      async () => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(MAX_PLAN_BYTES)]),
      "vượt quá 20 MB",
    ],
    ["a corrupt PDF", "hong.pdf", async () => Buffer.from("%PDF-1.7\nthis is not really a pdf"), "PDF bị hỏng"],
    ["a scanned PDF without text", "scan.pdf", scannedPdf, "không có lớp chữ"],
    ["a zip that is not Word", "sai.docx", async () => Buffer.from("PK\u0003\u0004garbage"), "Word (.docx) bị hỏng"],
    [
      "a password-protected Word file",
      "mat-khau.docx",
      async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      "có mật khẩu",
    ],
    ["an image", "anh.png", async () => PNG, "Không nhận ra định dạng"],
    ["a DOCX without text", "trong.docx", () => docxFromText("   "), "không có nội dung chữ"],
  ])(
    "%s",
    async (_what, name, bytes, message) => {
      const r = await extractPlanText(name, await bytes());
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(message);
    },
    30_000,
  );
});
