// The onboarding file reader on workbooks and CSV files built here: both sheets under the template's
// headers (found below a title row too), codes kept as text, empty rows skipped, and clear messages.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readOnboardingFiles } from "@/lib/onboarding/parse";
import { onboardingTemplate } from "@/lib/onboarding/template";
import { csv, onboardingXlsx } from "../support/onboarding-file";
import { ACCOUNT_COLUMNS, COMMUNE_COLUMNS } from "@/lib/onboarding/template";

const read = (bytes: Buffer, name = "t.xlsx", extra?: Buffer) =>
  readOnboardingFiles({ name, bytes }, extra ? { name: "tai-khoan.csv", bytes: extra } : null);

describe("readOnboardingFiles", () => {
  it("reads both sheets of a workbook", async () => {
    const bytes = await onboardingXlsx(
      [["22", "Xã Tiên Yên", "xã", "06970"]],
      [["06970", "Nguyễn Văn An", "", "Chủ tịch", "an@example.vn", "0912345678", ""]],
    );
    expect(await read(bytes)).toEqual({
      ok: true,
      communes: [{ line: 2, province: "22", name: "Xã Tiên Yên", kind: "xã", adminCode: "06970" }],
      accounts: [
        {
          line: 2,
          communeCode: "06970",
          fullName: "Nguyễn Văn An",
          unit: "",
          role: "Chủ tịch",
          email: "an@example.vn",
          phone: "0912345678",
          username: "",
        },
      ],
    });
  });

  it("finds the header below a title, skips empty rows, and reads numbers as text", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Xã, phường");
    s.addRow(["DANH SÁCH XÃ, PHƯỜNG"]);
    s.addRow([]);
    s.addRow([...COMMUNE_COLUMNS]);
    s.addRow([22, "Phường Hồng Gai", "phường", 6652]);
    s.addRow([]);
    s.addRow(["Quảng Ninh", " Xã Bình Liêu ", "Xã", "07030"]);
    const r = await read(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.ok && r.communes).toEqual([
      { line: 4, province: "22", name: "Phường Hồng Gai", kind: "phường", adminCode: "6652" },
      { line: 6, province: "Quảng Ninh", name: "Xã Bình Liêu", kind: "Xã", adminCode: "07030" },
    ]);
    expect(r.ok && r.accounts).toEqual([]);
  });

  it("reads the downloadable template back as an empty file", async () => {
    const bytes = Buffer.from(await onboardingTemplate([{ name: "Tỉnh Quảng Ninh", adminCode: "22" }]).xlsx.writeBuffer());
    expect(await read(bytes)).toEqual({ ok: true, communes: [], accounts: [] });
  });

  it("reads a communes CSV and an accounts CSV", async () => {
    const r = await read(
      csv(COMMUNE_COLUMNS, [["22", "Xã Tiên Yên", "xã", "06970"]]),
      "xa.csv",
      csv(ACCOUNT_COLUMNS, [["06970", "Trần Thị Bình", "Phòng Văn hóa - Xã hội", "Văn hóa - Xã hội", "", "", "binh.tt"]]),
    );
    expect(r.ok && r.communes.map((c) => c.adminCode)).toEqual(["06970"]);
    expect(r.ok && r.accounts.map((a) => [a.fullName, a.username])).toEqual([["Trần Thị Bình", "binh.tt"]]);
  });

  it("says what is wrong with a file it cannot use", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trang 1").addRow(["a", "b"]);
    expect(await read(Buffer.from(await wb.xlsx.writeBuffer()))).toEqual({
      ok: false,
      message: "Tệp Excel thiếu trang “Xã, phường” (hãy dùng tệp mẫu)",
    });
    expect(await read(Buffer.from("x;y\n1;2\n"), "x.csv")).toEqual({
      ok: false,
      message: "Không tìm thấy dòng tiêu đề của tệp CSV xã, phường",
    });
    expect(await read(Buffer.alloc(0), "x.csv")).toEqual({ ok: false, message: "Tệp x.csv rỗng" });
    expect(await read(Buffer.from([0xff, 0xfe, 0x00, 0x41]), "x.csv")).toMatchObject({ ok: false });
  });
});
