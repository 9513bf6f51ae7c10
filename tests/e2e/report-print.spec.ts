import { writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { getDocumentProxy } from "unpdf";
import { stateFile } from "./accounts";

// The A4 print view as the browser prints it (page.pdf() is Chromium's own print): page numbers from
// page 2, and the signature never alone on the last page, wherever the text happens to end.

test.use({ storageState: stateFile("coordinator") });

const MM = 72 / 25.4; // PDF points per millimetre

type PdfPage = { lines: string[]; topNumber: string | null };

/** Each page's text items, and the number printed in the top margin (above the 20 mm body), if any. */
async function pdfPages(bytes: Buffer): Promise<PdfPage[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const page = await pdf.getPage(i);
    const height = page.getViewport({ scale: 1 }).height;
    const items = (await page.getTextContent()).items.flatMap((it) => ("str" in it && it.str.trim() ? [it] : []));
    const top = items.find((it) => it.transform[5] > height - 20 * MM && /^\d+$/.test(it.str.trim()));
    pages.push({ lines: items.map((it) => it.str), topNumber: top ? top.str.trim() : null });
  }
  return pages;
}

const print = (page: Page) => page.pdf({ preferCSSPageSize: true, printBackground: true });

test("bản in A4: số trang từ trang 2, Nơi nhận và chữ ký không bị tách khỏi đoạn cuối", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/");
  await page.goto(`${new URL(page.url()).pathname.replace(/\/nhiem-vu$/, "")}/bao-cao`);
  await page.getByRole("button", { name: /Lập dự thảo báo cáo/ }).click();
  await expect(page).toHaveURL(/\/bao-cao\/[a-z0-9]{20,}$/);
  await page.goto(`${new URL(page.url()).pathname}/in`);
  await expect(page.getByText("TM. ỦY BAN NHÂN DÂN")).toBeVisible();

  const firstPdf = await print(page);
  await writeFile(test.info().outputPath("bản-in.pdf"), firstPdf); // to look at (pdftoppm)
  const first = await pdfPages(firstPdf);
  expect(first.length).toBeGreaterThan(2);
  expect(first[0]?.topNumber).toBeNull();
  expect(first.slice(1).map((p) => p.topNumber)).toEqual(first.slice(1).map((_, i) => String(i + 2)));

  // Lengthen the text one line at a time over more than a page, so that the end of the body falls at
  // every height of a page: the closing paragraph, Nơi nhận and the signature stay on one page.
  for (let added = 0; added <= 44; added += 1) {
    const pages = await pdfPages(await print(page));
    const signed = pages.findIndex((p) => p.lines.some((l) => l.includes("TM. ỦY BAN NHÂN DÂN")));
    const closing = pages.findIndex((p) => p.lines.some((l) => l.includes("Trên đây là báo cáo")));
    const recipients = pages.findIndex((p) => p.lines.some((l) => l.includes("Nơi nhận:")));
    expect({ added, closing, recipients }).toEqual({ added, closing: signed, recipients: signed });
    await page.evaluate((n) => {
      const closingParagraph = [...document.querySelectorAll(".report-page p")].find((p) => p.textContent?.startsWith("Trên đây"))!;
      const line = document.createElement("p");
      line.className = closingParagraph.className;
      line.textContent = `- Nội dung bổ sung thứ ${n}.`;
      closingParagraph.parentElement!.before(line);
    }, added + 1);
  }
});
