import { describe, expect, it } from "vitest";
import { cleanFileName, inspectUpload, MAX_FILE_BYTES } from "@/lib/files/inspect";
import { EXE, JPG, makeDocx, makePlainZip, makeXlsx, makeZipBombDocx, PDF, PNG } from "../support/files";

describe("inspectUpload", () => {
  it.each([
    ["bao-cao.pdf", PDF, "application/pdf"],
    ["anh.png", PNG, "image/png"],
    ["anh chup.JPEG", JPG, "image/jpeg"],
  ])("accepts %s by its content", async (name, bytes, mime) => {
    expect(await inspectUpload(name, bytes)).toMatchObject({ ok: true, mimeType: mime });
  });

  it("accepts real DOCX and XLSX files", async () => {
    expect(await inspectUpload("ke-hoach.docx", await makeDocx())).toMatchObject({ ok: true, ext: "docx" });
    expect(await inspectUpload("so-lieu.xlsx", await makeXlsx())).toMatchObject({ ok: true, ext: "xlsx" });
  });

  it.each([
    ["an executable renamed to .pdf", "bao-cao.pdf", () => Promise.resolve(EXE), "không khớp với đuôi .pdf"],
    ["a PNG renamed to .pdf", "bao-cao.pdf", () => Promise.resolve(PNG), "không khớp với đuôi .pdf"],
    ["a plain zip renamed to .docx", "tai-lieu.docx", makePlainZip, "không phải là tệp Word"],
    ["an XLSX renamed to .docx", "tai-lieu.docx", makeXlsx, "không phải là tệp Word"],
    ["a zip bomb dressed as DOCX", "bom.docx", makeZipBombDocx, "bom nén"],
    ["an empty file", "rong.pdf", () => Promise.resolve(Buffer.alloc(0)), "rỗng"],
    ["a type not on the list", "script.js", () => Promise.resolve(Buffer.from("alert(1)")), "chỉ nhận PDF, DOCX, XLSX, JPG, PNG"],
    ["a file over 20 MB", "lon.pdf", () => Promise.resolve(Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES)])), "vượt quá 20 MB"],
  ])("refuses %s with a Vietnamese message", async (_what, name, bytes, message) => {
    const r = await inspectUpload(name, await bytes());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});

describe("cleanFileName", () => {
  it.each([
    ["../../etc/passwd.pdf", "passwd.pdf"],
    ["C:\\Users\\a\\Báo cáo tuần.pdf", "Báo cáo tuần.pdf"],
    ['a"b<c>|d.pdf', "abcd.pdf"],
    ["...hidden.png", "hidden.png"],
    ["\u0000\u001f", "tep-dinh-kem"],
    [`${"x".repeat(300)}.docx`, `${"x".repeat(145)}.docx`],
  ])("%j → %j", (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });
});
