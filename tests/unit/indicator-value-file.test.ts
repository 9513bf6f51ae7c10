import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { readValueFile, VALUE_FILE_MAX_BYTES, VALUE_FILE_MAX_ROWS, type RawValueRow } from "@/lib/indicators/value-file";
import { buildValueTemplate } from "@/lib/indicators/value-template";
import { EXE, makeDocx, PDF, PNG } from "../support/files";

type Cell = ExcelJS.CellValue;

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A one-sheet workbook whose rows start at row 1. */
const sheetOf = (rows: Cell[][], name = "Sheet1") =>
  xlsx((workbook) => {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells, i) => {
      sheet.getRow(i + 1).values = [null, ...cells];
    });
  });

function zip(entries: Record<string, Buffer | string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of Object.entries(entries)) z.addBuffer(Buffer.from(data), name);
    const chunks: Buffer[] = [];
    z.outputStream.on("data", (c: Buffer) => chunks.push(c));
    z.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    z.outputStream.on("error", reject);
    z.end();
  });
}

/** Deterministic bytes that look random: no two runs of the tests differ. */
function noise(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

const contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

function row(line: number, indicator: string, period: string, value = "", numerator = "", denominator = "", note = ""): RawValueRow {
  return { line, indicator, period, value, numerator, denominator, note };
}

async function rowsOf(fileName: string, bytes: Buffer) {
  const result = await readValueFile(fileName, bytes);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

async function refusal(fileName: string, bytes: Buffer): Promise<string> {
  const result = await readValueFile(fileName, bytes);
  if (result.ok) throw new Error(`accepted ${result.rows.length} rows`);
  return result.message;
}

const HEADER = ["Mã chỉ tiêu", "Kỳ", "Giá trị", "Tử số", "Mẫu số", "Ghi chú"];

describe("readValueFile: XLSX", () => {
  it("reads a plain sheet", async () => {
    const bytes = await sheetOf([HEADER, ["CT01", "11/2025", 120, null, null, "Bộ phận một cửa"], ["CT02", "11/2025", null, 45, 50, null]]);
    expect(await rowsOf("so-lieu.xlsx", bytes)).toEqual({
      ok: true,
      sheetName: "Sheet1",
      rows: [row(2, "CT01", "11/2025", "120", "", "", "Bộ phận một cửa"), row(3, "CT02", "11/2025", "", "45", "50")],
    });
  });

  it('prefers the sheet named "Số liệu" over the first one', async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet("Ghi chú").addRows([HEADER, ["SAI", "01/2020", 1]]);
      workbook.addWorksheet("Số liệu").addRows([HEADER, ["CT07", "10/2025", 3]]);
    });
    expect(await rowsOf("a.xlsx", bytes)).toEqual({ ok: true, sheetName: "Số liệu", rows: [row(2, "CT07", "10/2025", "3")] });
  });

  it("skips a hidden first sheet when there is no sheet named Số liệu", async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet("Cũ", { state: "hidden" }).addRows([HEADER, ["SAI", "01/2020", 1]]);
      workbook.addWorksheet("Tháng 11").addRows([HEADER, ["CT08", "11/2025", 4]]);
    });
    expect(await rowsOf("a.xlsx", bytes)).toEqual({ ok: true, sheetName: "Tháng 11", rows: [row(2, "CT08", "11/2025", "4")] });
  });

  it("finds the header on row 3 under a merged title and keeps spreadsheet row numbers", async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet("Báo cáo");
      sheet.getCell("A1").value = "BÁO CÁO SỐ LIỆU CHỈ TIÊU THÁNG 11/2025";
      sheet.mergeCells("A1:F1");
      sheet.getRow(3).values = [null, "STT", ...HEADER];
      sheet.getRow(4).values = [null, 1, "CT01", "11/2025", 7];
      sheet.getRow(6).values = [null, 2, "CT02", "11/2025", 8.25];
    });
    expect((await rowsOf("a.xlsx", bytes)).rows).toEqual([row(4, "CT01", "11/2025", "7"), row(6, "CT02", "11/2025", "8,25")]);
  });

  it.each([
    [
      "with diacritics, preferring the code column over the name column",
      ["Tên chỉ tiêu", "Mã chỉ tiêu", "Kỳ báo cáo", "Số liệu", "Nguồn số liệu"],
      ["Tỷ lệ hồ sơ", "CT01", "11/2025", 5, "Sở TT&TT"],
      row(2, "CT01", "11/2025", "5", "", "", "Sở TT&TT"),
    ],
    [
      "in capitals without diacritics",
      ["MA CHI TIEU", "THANG", "KET QUA", "TU SO", "MAU SO", "GHI CHU"],
      ["CT01", "11/2025", 5, 3, 4, "x"],
      row(2, "CT01", "11/2025", "5", "3", "4", "x"),
    ],
    [
      "with units, marks and doubled spaces",
      ["Mã (*)", "Kỳ số liệu:", "Giá trị (%)", "Tử  số", "MẪU SỐ", "Nguồn, ghi chú"],
      ["CT01", "11/2025", 5, 3, 4, "x"],
      row(2, "CT01", "11/2025", "5", "3", "4", "x"),
    ],
    [
      "with a name column as the indicator",
      ["Chỉ tiêu", "Tuần", "Kết quả"],
      ["Số hồ sơ", "Tuần 47/2025", 5],
      row(2, "Số hồ sơ", "Tuần 47/2025", "5"),
    ],
    [
      "in decomposed (NFD) Unicode",
      ["Mã chỉ tiêu".normalize("NFD"), "Kỳ".normalize("NFD"), "Giá trị".normalize("NFD")],
      ["CT01", "11/2025", 5],
      row(2, "CT01", "11/2025", "5"),
    ],
  ])("recognises headers %s", async (_what, header, data, expected) => {
    expect((await rowsOf("a.xlsx", await sheetOf([header, data]))).rows).toEqual([expected]);
  });

  it("writes cells as the person sees them", async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet("Số liệu");
      sheet.addRow(["Mã chỉ tiêu", "Kỳ", "Giá trị", "Tử số", "Mẫu số", "Nguồn"]);
      sheet.addRow([
        { richText: [{ text: "CT", font: { bold: true } }, { text: "05" }] },
        new Date(Date.UTC(2025, 10, 1)),
        81.5,
        1234567.25,
        0.1 + 0.2,
        true,
      ]);
      sheet.addRow([
        "  CT06 ",
        "11/2025",
        { formula: "D3*2", result: 163 },
        { formula: "1/0", result: { error: "#DIV/0!" } },
        { formula: "X1" },
      ]);
      sheet.addRow([
        "CT07",
        "11/2025",
        0.815,
        -12,
        1e-7,
        { text: { richText: [{ text: "Cổng " }, { text: "DVC" }] }, hyperlink: "https://dichvucong.gov.vn" },
      ]);
      sheet.getCell("C4").numFmt = "0.0%";
      sheet.addRow(["CT08", "11/2025", { formula: "C4", result: 0.5 }, 1e21, null, { text: "Báo cáo", hyperlink: "https://a.vn" }]);
      sheet.getCell("C5").numFmt = '0%;"âm "0%';
    });
    expect((await rowsOf("a.xlsx", bytes)).rows).toEqual([
      row(2, "CT05", "01/11/2025", "81,5", "1234567,25", "0,3", "TRUE"),
      row(3, "CT06", "11/2025", "163", "#DIV/0!", ""),
      row(4, "CT07", "11/2025", "81,5%", "-12", "0,0000001", "Cổng DVC"),
      row(5, "CT08", "11/2025", "50%", "1000000000000000000000", "", "Báo cáo"),
    ]);
  });

  it("skips empty rows and rows with text only in columns it does not read", async () => {
    const bytes = await sheetOf([
      ["STT", ...HEADER],
      [1, "CT01", "11/2025", 2],
      [],
      [2],
      [null, "   ", null],
      [3, "CT03", "11/2025", 4],
      [null, null, null, null, null, null, null, "Người lập"],
    ]);
    expect((await rowsOf("a.xlsx", bytes)).rows).toEqual([row(2, "CT01", "11/2025", "2"), row(6, "CT03", "11/2025", "4")]);
  });

  it("caps long cells at 2,000 characters and ignores columns beyond 50", async () => {
    const far: Cell[] = Array.from({ length: 49 }, () => null);
    const bytes = await sheetOf([
      [...HEADER.slice(0, 3), ...far.slice(3), "Ghi chú"],
      ["CT01", "11/2025", "ê".repeat(5000), ...far.slice(3), "bỏ qua"],
    ]);
    const { rows } = await rowsOf("a.xlsx", bytes);
    expect(rows).toEqual([row(2, "CT01", "11/2025", "ê".repeat(2000))]);
  });

  it("refuses a sheet with more data rows than allowed, and accepts exactly the limit", async () => {
    const data = (n: number) => Array.from({ length: n }, (_, i) => [`CT${i}`, "11/2025", i]);
    const atLimit = await rowsOf("a.xlsx", await sheetOf([HEADER, ...data(VALUE_FILE_MAX_ROWS)]));
    expect(atLimit.rows).toHaveLength(5000);
    expect(atLimit.rows[4999]).toEqual(row(5001, "CT4999", "11/2025", "4999"));
    expect(await refusal("a.xlsx", await sheetOf([HEADER, ...data(VALUE_FILE_MAX_ROWS + 1)]))).toBe(
      "Tệp có quá nhiều dòng: tối đa 5.000 dòng số liệu mỗi lần nhập.",
    );
  });

  it("refuses a workbook with a huge second sheet before modelling it", async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet("Số liệu").addRows([HEADER, ["CT01", "11/2025", 1]]);
      const other = workbook.addWorksheet("Nhật ký");
      for (let i = 0; i < 50_001; i += 1) other.addRow([i]);
    });
    expect(await refusal("a.xlsx", bytes)).toBe("Tệp có quá nhiều dòng: tối đa 5.000 dòng số liệu mỗi lần nhập.");
  });
});

describe("readValueFile: CSV", () => {
  it('reads ";" with a BOM and decimal commas, as Vietnamese Excel saves it', async () => {
    const text =
      "\ufeffMã chỉ tiêu;Tên chỉ tiêu;Kỳ;Giá trị;Tử số;Mẫu số;Nguồn, ghi chú\r\nCT01;Tỷ lệ hồ sơ;11/2025;81,5;;;UBND xã\r\nCT02;Số hồ sơ;11/2025;1.234;;;\r\n";
    expect(await rowsOf("so-lieu.csv", Buffer.from(text))).toEqual({
      ok: true,
      sheetName: null,
      rows: [row(2, "CT01", "11/2025", "81,5", "", "", "UBND xã"), row(3, "CT02", "11/2025", "1.234")],
    });
  });

  it('reads "," with quoted fields holding commas, quotes and line breaks, numbering rows as Excel shows them', async () => {
    const text = [
      "Mã chỉ tiêu,Kỳ,Giá trị,Ghi chú",
      'CT01,11/2025,"1,5","Nguồn: Sở TT&TT, UBND xã"',
      'CT02,11/2025,3,"dòng một',
      'dòng ""hai"""',
      "CT03,11/2025,4,",
    ].join("\n");
    expect((await rowsOf("a.csv", Buffer.from(text))).rows).toEqual([
      row(2, "CT01", "11/2025", "1,5", "", "", "Nguồn: Sở TT&TT, UBND xã"),
      row(3, "CT02", "11/2025", "3", "", "", 'dòng một\ndòng "hai"'),
      row(4, "CT03", "11/2025", "4"),
    ]);
  });

  it("reads tab-separated UTF-16 text (Excel's Unicode text) and skips empty lines", async () => {
    const text = "Báo cáo tháng 11\n\nMã chỉ tiêu\tKỳ\tTử số\tMẫu số\n\nCT09\tTuần 47/2025\t3\t4\n\t\t\n";
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect((await rowsOf("a.txt", bytes)).rows).toEqual([row(5, "CT09", "Tuần 47/2025", "", "3", "4")]);
  });

  it('picks ";" even when every row also holds one decimal comma', async () => {
    const text = "Mã chỉ tiêu;Kỳ;Giá trị\nCT01;11/2025;1,5\nCT02;11/2025;2,5\n";
    expect((await rowsOf("a.csv", Buffer.from(text))).rows).toEqual([row(2, "CT01", "11/2025", "1,5"), row(3, "CT02", "11/2025", "2,5")]);
  });

  it("reads a CSV even when it was renamed .xlsx: the bytes decide", async () => {
    expect((await rowsOf("a.xlsx", Buffer.from("Mã chỉ tiêu,Kỳ,Giá trị\nCT01,11/2025,9\n"))).rows).toEqual([
      row(2, "CT01", "11/2025", "9"),
    ]);
  });

  it("refuses more data rows than allowed", async () => {
    const lines = Array.from({ length: VALUE_FILE_MAX_ROWS + 1 }, (_, i) => `CT${i},11/2025,${i}`);
    expect(await refusal("a.csv", Buffer.from(["Mã chỉ tiêu,Kỳ,Giá trị", ...lines].join("\n")))).toBe(
      "Tệp có quá nhiều dòng: tối đa 5.000 dòng số liệu mỗi lần nhập.",
    );
  });

  it("refuses a quote that is never closed instead of swallowing the rest of the file", async () => {
    const text = 'Mã chỉ tiêu,Kỳ,Giá trị\nCT01,11/2025,1\nCT02,11/2025,"2\nCT03,11/2025,3\n';
    expect(await refusal("a.csv", Buffer.from(text))).toBe('Tệp CSV có dấu ngoặc kép (") không được đóng, từ dòng 3');
  });
});

describe("readValueFile: refusals", () => {
  const NOT_A_SPREADSHEET = "Tệp phải là bảng tính Excel (.xlsx) hoặc CSV";

  it.each([
    ["an empty file", "a.xlsx", () => Buffer.alloc(0), "Tệp rỗng"],
    ["a CSV holding only a BOM and blank lines", "a.csv", () => Buffer.from("\ufeff\r\n  \r\n"), "Tệp rỗng"],
    ["a PDF renamed .xlsx", "a.xlsx", () => PDF, NOT_A_SPREADSHEET],
    ["a PNG renamed .csv", "a.csv", () => PNG, NOT_A_SPREADSHEET],
    ["an executable renamed .csv", "a.csv", () => EXE, NOT_A_SPREADSHEET],
    ["a DOCX renamed .xlsx", "a.xlsx", makeDocx, NOT_A_SPREADSHEET],
    ["random binary", "a.xlsx", () => noise(4096), NOT_A_SPREADSHEET],
    [
      "an HTML table saved as .xls",
      "a.xls",
      () => Buffer.from("<html><table><tr><td>Mã chỉ tiêu</td></tr></table></html>"),
      `${NOT_A_SPREADSHEET}; tệp .xls (Excel 97–2003) cần mở bằng Excel và lưu lại dạng .xlsx`,
    ],
    [
      "a Windows-1258 CSV",
      "a.csv",
      () => Buffer.from("M\xe3 ch\xec ti\xeau;K\xfd;Gi\xe1 tr\xec\nCT01;11/2025;5\n", "latin1"),
      "Tệp CSV phải lưu với mã UTF-8",
    ],
    [
      "a CSV without the needed columns",
      "a.csv",
      () => Buffer.from("Tên;Số\nA;1\n"),
      "Không tìm thấy dòng tiêu đề (cần các cột: Mã chỉ tiêu, Kỳ, Giá trị hoặc Tử số/Mẫu số)",
    ],
    [
      "a header below row 10",
      "a.csv",
      () => Buffer.from(`${"Tiêu đề\n".repeat(10)}Mã chỉ tiêu,Kỳ,Giá trị\nCT01,11/2025,1\n`),
      "Không tìm thấy dòng tiêu đề (cần các cột: Mã chỉ tiêu, Kỳ, Giá trị hoặc Tử số/Mẫu số)",
    ],
    ["a file over 5 MB", "a.csv", () => Buffer.alloc(VALUE_FILE_MAX_BYTES + 1, "a"), "Tệp vượt quá 5 MB"],
    ["a truncated zip", "a.xlsx", async () => (await sheetOf([HEADER])).subarray(0, 300), "Tệp Excel bị hỏng hoặc không đọc được"],
    [
      "a workbook whose XML is broken",
      "a.xlsx",
      () => zip({ "[Content_Types].xml": contentTypes, "xl/workbook.xml": "<<<" }),
      "Tệp Excel bị hỏng hoặc không đọc được",
    ],
    [
      "a workbook without sheets",
      "a.xlsx",
      () => zip({ "[Content_Types].xml": contentTypes, "xl/workbook.xml": "<workbook/>" }),
      "Tệp Excel không có trang tính nào",
    ],
    [
      "a zip bomb dressed as XLSX",
      "a.xlsx",
      () =>
        zip({
          "[Content_Types].xml": contentTypes,
          "xl/workbook.xml": "<workbook/>",
          "xl/worksheets/sheet1.xml": Buffer.alloc(60 * 1024 * 1024, 0x20),
        }),
      "Tệp nén có kích thước giải nén bất thường (nghi là bom nén), không được chấp nhận.",
    ],
    [
      "an XLSX too big once inflated, though not a bomb",
      "a.xlsx",
      () =>
        zip({
          "[Content_Types].xml": contentTypes,
          "xl/workbook.xml": "<workbook/>",
          "xl/media/image1.bin": noise(400 * 1024),
          "xl/worksheets/sheet1.xml": Buffer.alloc(20 * 1024 * 1024, 0x20),
        }),
      "Bảng tính quá lớn; hãy chỉ giữ lại trang số liệu cần nhập rồi thử lại",
    ],
  ])("refuses %s", async (_what, name, bytes, message) => {
    expect(await refusal(name, await bytes())).toBe(message);
  });

  it("names the sheet when the chosen sheet is empty", async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet("Bìa").addRow(["Báo cáo"]);
      workbook.addWorksheet("Số liệu");
    });
    expect(await refusal("a.xlsx", bytes)).toBe('Trang tính "Số liệu" không có dữ liệu');
  });

  it("does not recognise a header that lies beyond column 50", async () => {
    const blanks: Cell[] = Array.from({ length: 49 }, () => null);
    const bytes = await sheetOf([
      ["STT", ...blanks, ...HEADER],
      [1, ...blanks, "CT01", "11/2025", 1],
    ]);
    expect(await refusal("a.xlsx", bytes)).toBe("Không tìm thấy dòng tiêu đề (cần các cột: Mã chỉ tiêu, Kỳ, Giá trị hoặc Tử số/Mẫu số)");
  });
});

describe("buildValueTemplate", () => {
  const indicators = [
    { code: "01", name: "Số hồ sơ tiếp nhận", unitLabel: "hồ sơ", ratio: false },
    {
      code: "CT02",
      name: "Tỷ lệ hồ sơ trực tuyến",
      unitLabel: "%",
      ratio: true,
      numeratorLabel: "Hồ sơ trực tuyến",
      denominatorLabel: "Tổng số hồ sơ",
    },
  ];

  it("is read back by readValueFile as one row per indicator", async () => {
    const bytes = await buildValueTemplate(indicators, { label: "Tháng 11/2025", key: "2025-11" });
    expect(await rowsOf("mau.xlsx", bytes)).toEqual({
      ok: true,
      sheetName: "Số liệu",
      rows: [row(2, "01", "11/2025"), row(3, "CT02", "11/2025")],
    });
  });

  it("keeps weekly keys as they are", async () => {
    const bytes = await buildValueTemplate([indicators[0]!], { label: "Tuần 47/2025", key: "2025-W47" });
    expect((await rowsOf("mau.xlsx", bytes)).rows).toEqual([row(2, "01", "2025-W47")]);
  });

  it("a row with its own period (a weekly indicator in a monthly sheet) keeps it", async () => {
    const bytes = await buildValueTemplate([indicators[0]!, { ...indicators[1]!, periodKey: "2025-W46" }], {
      label: "Tháng 11/2025",
      key: "2025-11",
    });
    expect((await rowsOf("mau.xlsx", bytes)).rows).toEqual([row(2, "01", "11/2025"), row(3, "CT02", "2025-W46")]);
  });

  it("lays the sheets out for people to fill in", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await buildValueTemplate(indicators, { label: "Tháng 11/2025", key: "2025-11" })).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Số liệu", "Hướng dẫn"]);

    const sheet = workbook.getWorksheet("Số liệu")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Mã chỉ tiêu",
      "Tên chỉ tiêu",
      "Kỳ",
      "Giá trị",
      "Tử số",
      "Mẫu số",
      "Nguồn, ghi chú",
    ]);
    expect(sheet.getCell("A1").font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("B2").value).toBe("Số hồ sơ tiếp nhận (hồ sơ)");
    expect([sheet.getCell("A2").numFmt, sheet.getCell("C2").numFmt, sheet.getCell("C3").numFmt]).toEqual(["@", "@", "@"]);
    expect(sheet.getCell("C2").value).toBe("11/2025");

    const grey = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    expect(sheet.getCell("D3").fill).toMatchObject(grey);
    expect(sheet.getCell("D3").note).toBe("Tính tự động từ tử số/mẫu số");
    expect(sheet.getCell("E3").note).toBe("Tử số: Hồ sơ trực tuyến");
    expect(sheet.getCell("F3").note).toBe("Mẫu số: Tổng số hồ sơ");
    expect(sheet.getCell("D2").fill).toEqual({ type: "pattern", pattern: "none" });
    expect(sheet.getCell("E2").fill).toMatchObject(grey);

    const guide = workbook.getWorksheet("Hướng dẫn")!;
    expect(guide.getCell("A1").value).toBe("Hướng dẫn nhập số liệu chỉ tiêu");
    expect(guide.getCell("A2").value).toBe("Kỳ số liệu của mẫu này: Tháng 11/2025.");
    expect(guide.getCell("A4").value).toBe("2. Cột Kỳ ghi dạng 11/2025 (tháng) hoặc Tuần 47/2025 (tuần); kỳ đã điền sẵn thì giữ nguyên.");
  });
});
