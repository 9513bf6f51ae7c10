import { describe, expect, it } from "vitest";
import { renderReportDocx } from "@/lib/reports/docx";
import { paragraphsOf, recipientLines, SECTION_HEADINGS } from "@/lib/reports/format";
import type { ReportDocument } from "@/lib/reports/types";
import { docxParagraphs, docxTables, docxText, docxXml } from "../support/docx-xml";
import { sampleReport } from "../support/report-document";

async function render(doc: ReportDocument = sampleReport()) {
  const buf = await renderReportDocx(doc);
  const xml = await docxXml(buf);
  return { buf, xml, paragraphs: docxParagraphs(xml), text: docxText(xml), tables: docxTables(xml) };
}

/** The one paragraph whose text is exactly `text` (fails when there is none or several). */
function only(paragraphs: { xml: string; text: string }[], text: string) {
  const found = paragraphs.filter((p) => p.text === text);
  expect(found, `paragraph "${text}"`).toHaveLength(1);
  return found[0]!.xml;
}

const BOLD = "<w:b/>";
const ITALIC = "<w:i/>";
const CENTRE = '<w:jc w:val="center"/>';
const size = (pt: number) => `<w:sz w:val="${pt * 2}"/>`;

describe("renderReportDocx: the first page (NĐ 30/2020)", () => {
  it("writes the issuing body in bold capitals 13 pt over the number", async () => {
    const { paragraphs, text } = await render();
    for (const line of ["ỦY BAN NHÂN DÂN", "XÃ HÀ LONG"]) {
      const xml = only(paragraphs, line);
      expect(xml).toContain(BOLD);
      expect(xml).toContain(size(13));
      expect(xml).toContain(CENTRE);
    }
    const number = only(paragraphs, "Số: 05/BC-UBND");
    expect(number).not.toContain(BOLD);
    expect(number).toContain(size(13));
    expect(text.indexOf("XÃ HÀ LONG")).toBeLessThan(text.indexOf("Số: 05/BC-UBND"));
  });

  it("writes the national title, the underlined motto and the italic place and date on the right", async () => {
    const { paragraphs, tables } = await render();
    const national = only(paragraphs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(national).toContain(BOLD);
    expect(national).toContain(size(12));
    const motto = only(paragraphs, "Độc lập - Tự do - Hạnh phúc");
    expect(motto).toContain(BOLD);
    expect(motto).toContain('<w:u w:val="single"/>');
    expect(motto).toContain(size(13));
    const date = only(paragraphs, "Hà Long, ngày 05 tháng 01 năm 2026");
    expect(date).toContain(ITALIC);
    expect(date).toContain(CENTRE);
    // Both blocks are the two cells of one borderless table, issuing body on the left.
    const head = tables[0]!;
    expect(head.rows).toHaveLength(1);
    expect(head.rows[0]?.cells.map((c) => c.text.split("\n")[0])).toEqual(["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(head.xml).toMatch(/<w:tblBorders>(?:(?!<\/w:tblBorders>)[\s\S])*w:val="none"/);
    expect(head.xml).not.toMatch(/<w:tblBorders>(?:(?!<\/w:tblBorders>)[\s\S])*w:val="single"/);
  });

  it("titles the document BÁO CÁO over the summary, both bold and centred", async () => {
    const { paragraphs, text } = await render();
    const title = only(paragraphs, "BÁO CÁO");
    expect(title).toContain(BOLD);
    expect(title).toContain(CENTRE);
    const summary = only(paragraphs, "Kết quả thực hiện Kế hoạch chuyển đổi số tháng 12 năm 2025");
    expect(summary).toContain(BOLD);
    expect(summary).toContain(CENTRE);
    expect(text.indexOf("BÁO CÁO") + 1).toBe(text.indexOf("Kết quả thực hiện Kế hoạch chuyển đổi số tháng 12 năm 2025"));
  });

  it("has no DỰ THẢO mark on a final report", async () => {
    const { text } = await render();
    expect(text).not.toContain("DỰ THẢO");
  });
});

describe("renderReportDocx: the body", () => {
  it("writes every section's paragraphs justified with a 1 cm first-line indent, in the headings' order", async () => {
    const doc = sampleReport();
    const { paragraphs, text } = await render(doc);
    const expected = SECTION_HEADINGS.flatMap(({ key, heading }) => [...(heading ? [heading] : []), ...paragraphsOf(doc.sections[key])]);
    const start = text.indexOf(expected[0]!);
    expect(text.slice(start, start + expected.length)).toEqual(expected);
    for (const { key } of SECTION_HEADINGS) {
      for (const line of paragraphsOf(doc.sections[key])) {
        const xml = only(paragraphs, line);
        expect(xml).toContain('<w:jc w:val="both"/>');
        expect(xml).toContain('w:firstLine="567"');
        expect(xml).toContain(size(14));
        expect(xml).not.toContain(BOLD);
      }
    }
    for (const { heading } of SECTION_HEADINGS) if (heading) expect(only(paragraphs, heading)).toContain(BOLD);
  });

  it("keeps the heading of an empty section and adds nothing under it", async () => {
    const doc = sampleReport();
    doc.sections.overdue = "  \n";
    const { text } = await render(doc);
    const i = text.indexOf("2. Nhiệm vụ chậm, quá hạn");
    expect(i).toBeGreaterThan(0);
    expect(text[i + 1]).toBe("II. KHÓ KHĂN, VƯỚNG MẮC");
  });
});

describe("renderReportDocx: Nơi nhận and the signature", () => {
  it("lists the recipients in 11 pt under a bold italic 12 pt Nơi nhận, ending with Lưu", async () => {
    const doc = sampleReport();
    const { paragraphs, tables } = await render(doc);
    const left = tables[1]!.rows[0]!.cells[0]!;
    const lines = left.text.split("\n");
    expect(lines).toEqual(["Nơi nhận:", ...recipientLines(doc.heading.recipients)]);
    expect(lines.at(-1)).toBe("- Lưu: VT, VHXH.");
    const heading = only(paragraphs, "Nơi nhận:");
    expect(heading).toContain(BOLD);
    expect(heading).toContain(ITALIC);
    expect(heading).toContain(size(12));
    expect(only(paragraphs, "- Lưu: VT, VHXH.")).toContain(size(11));
  });

  it("keeps the last paragraph with Nơi nhận and the signature on one page", async () => {
    const doc = sampleReport();
    const { paragraphs, tables } = await render(doc);
    expect(only(paragraphs, doc.sections.closing)).toContain("<w:keepNext/>");
    expect(tables[1]?.rows[0]?.xml).toContain("<w:cantSplit/>");
  });

  it("signs TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, room for the signature, then the name, all bold and centred", async () => {
    const { paragraphs, tables } = await render();
    const right = tables[1]!.rows[0]!.cells[1]!;
    const lines = right.text.split("\n");
    expect(lines[0]).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(lines[1]).toBe("CHỦ TỊCH");
    expect(lines.slice(2, -1).every((l) => l === "")).toBe(true);
    expect(lines.length - 3).toBeGreaterThanOrEqual(3);
    expect(lines.at(-1)).toBe("Nguyễn Văn An");
    for (const line of ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]) {
      const xml = only(paragraphs, line);
      expect(xml).toContain(BOLD);
      expect(xml).toContain(CENTRE);
    }
  });

  it("signs KT. CHỦ TỊCH / PHÓ CHỦ TỊCH for a deputy", async () => {
    const { text } = await render(sampleReport({ signerMode: "KT", signerTitle: "Phó Chủ tịch", signerName: "Trần Thị Bình" }));
    expect(text).toContain("KT. CHỦ TỊCH");
    expect(text).toContain("PHÓ CHỦ TỊCH");
    expect(text).toContain("Trần Thị Bình");
    expect(text).not.toContain("TM. ỦY BAN NHÂN DÂN");
  });

  it("marks a draft DỰ THẢO at the very top and leaves blanks for the number and the date", async () => {
    const { paragraphs, text } = await render(sampleReport({ number: "", issuedDate: "" }, true));
    expect(text[0]).toBe("DỰ THẢO");
    expect(paragraphs[0]?.xml).toContain(BOLD);
    expect(paragraphs[0]?.xml).toContain(CENTRE);
    expect(text).toContain("Số:      /BC-UBND");
    expect(text).toContain("Hà Long, ngày     tháng     năm");
  });
});

describe("renderReportDocx: pages", () => {
  it("lays the body on portrait A4 with NĐ 30 margins and the appendix on landscape A4", async () => {
    const { xml } = await render();
    const sections = xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sections[0]).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // Page numbers run on through the appendix: no restart.
    expect(sections[1]).not.toMatch(/<w:pgNumType[^>]*w:start=/);
  });

  it("numbers the pages at the top from page 2: a PAGE field in the default header, none on the first page", async () => {
    const { buf, xml } = await render();
    const rels = await docxXml(buf, "word/_rels/document.xml.rels");
    const target = (id: string) => rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
    const header = async (section: string, type: string) => {
      const id = section.match(new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`))?.[1];
      return id ? docxXml(buf, `word/${target(id)}`) : null;
    };
    const [body = "", appendix = ""] = xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(body).toContain("<w:titlePg/>");
    const first = await header(body, "first");
    expect(first).not.toBeNull();
    expect(first).not.toContain(">PAGE<");
    for (const section of [body, appendix]) {
      const page = await header(section, "default");
      expect(page).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(page).toContain(CENTRE);
      expect(page).toContain(size(13));
    }
    // The appendix starts on a page of its own, so it must not hide that page's number.
    expect(appendix).not.toContain("<w:titlePg/>");
  });

  it("sets Times New Roman for every script as the document default", async () => {
    const { buf, xml } = await render();
    const styles = await docxXml(buf, "word/styles.xml");
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? "";
    expect(defaults).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    expect(defaults).toContain(size(14));
    const fonts = new Set([...xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
  });

  it("depends on the report only", async () => {
    const a = await render();
    const b = await render();
    expect(a.xml).toBe(b.xml);
  });
});

describe("renderReportDocx: the appendices", () => {
  it("opens Phụ lục I with the period and the note of the report it belongs to", async () => {
    const { paragraphs, text } = await render();
    const i = text.indexOf("PHỤ LỤC I");
    expect(text.slice(i, i + 3)).toEqual([
      "PHỤ LỤC I",
      "KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 12/2025",
      "(Kèm theo Báo cáo số 05/BC-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Hà Long)",
    ]);
    expect(only(paragraphs, "PHỤ LỤC I")).toContain(BOLD);
    expect(paragraphs.find((p) => p.text.startsWith("(Kèm theo"))?.xml).toContain(ITALIC);
  });

  it("lists the tasks by group under a repeated grey header row, the status cell in its tone", async () => {
    const { tables } = await render();
    const tasks = tables[2]!;
    const rows = tasks.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows).toEqual([
      ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Kết quả", "Tình trạng"],
      ["I. Thể chế"],
      [
        "1.1",
        "Ban hành quy chế chuyển đổi số",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND-UBND",
        "30/09/2025",
        "Đã ban hành Quy chế số 01/QC-UBND.",
        "Hoàn thành đúng hạn",
      ],
      ["II. Hạ tầng"],
      [
        "2.1",
        "Nâng cấp mạng LAN",
        "Văn phòng HĐND-UBND",
        "Các đơn vị có liên quan",
        "30/11/2025 (đã được gia hạn từ 31/10/2025)",
        "Chưa có kinh phí.",
        "Quá hạn",
      ],
      ["2.2", "Lắp camera giám sát", "Công an xã", "", "Thường xuyên", "Chưa có báo cáo trong kỳ", "Đang thực hiện trong hạn"],
    ]);
    const [header, group, done, , overdue, running] = tasks.rows;
    expect(header?.xml).toContain("<w:tblHeader/>");
    expect(header?.cells.every((c) => c.xml.includes('w:fill="D9D9D9"') && c.xml.includes(BOLD))).toBe(true);
    expect(group?.cells[0]?.xml).toContain('<w:gridSpan w:val="7"/>');
    expect(group?.cells[0]?.xml).toContain(BOLD);
    expect(done?.cells[6]?.xml).toContain('w:fill="D1FAE5"');
    expect(overdue?.cells[6]?.xml).toContain('w:fill="FEE2E2"');
    expect(running?.cells[6]?.xml).toContain('w:fill="DBEAFE"');
    expect(running?.cells[5]?.xml).toContain(ITALIC);
    expect(done?.cells[5]?.xml).not.toContain(ITALIC);
    expect(tasks.xml).toMatch(/<w:tblBorders><w:top w:val="single"/);
  });

  it("writes a group row without a code as its title alone", async () => {
    const doc = sampleReport();
    doc.data.tasks = doc.data.tasks.map((t) => ({ ...t, groupCode: "", groupTitle: "Nhiệm vụ khác" }));
    const { tables } = await render(doc);
    expect(tables[2]?.rows.filter((r) => r.cells.length === 1).map((r) => r.cells[0]?.text)).toEqual(["Nhiệm vụ khác"]);
  });

  it("lists the KPIs in Phụ lục II, a missing value in italics", async () => {
    const { tables, text } = await render();
    expect(text).toContain("PHỤ LỤC II");
    expect(text).toContain("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THÁNG 12/2025");
    const kpis = tables[3]!;
    expect(kpis.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["STT", "Chỉ tiêu", "Mục tiêu", "Thời hạn", "Kết quả", "Kỳ số liệu", "Đánh giá"],
      ["1", "Tỷ lệ hồ sơ TTHC xử lý hoàn toàn trực tuyến", "≥ 80%", "31/12/2025", "81,2%", "Tháng 12/2025", "Đạt"],
      ["2", "Tỷ lệ số hóa tài liệu lưu trữ", "≥ 30%", "31/12/2025", "Chưa có số liệu", "", "Chưa có số liệu"],
    ]);
    expect(kpis.rows[0]?.xml).toContain("<w:tblHeader/>");
    expect(kpis.rows[1]?.cells[6]?.xml).toContain('w:fill="D1FAE5"');
    expect(kpis.rows[2]?.cells[6]?.xml).toContain('w:fill="E5E7EB"');
    expect(kpis.rows[2]?.cells[4]?.xml).toContain(ITALIC);
    expect(kpis.rows[1]?.cells[4]?.xml).not.toContain(ITALIC);
  });

  it("says so instead of an empty KPI table", async () => {
    const doc = sampleReport();
    doc.data.kpis = [];
    const { tables, paragraphs } = await render(doc);
    expect(tables).toHaveLength(3);
    expect(only(paragraphs, "Kế hoạch chưa có chỉ tiêu.")).toContain(ITALIC);
  });
});
