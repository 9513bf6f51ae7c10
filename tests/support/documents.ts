// Builds DOCX and PDF versions of a plan text, as a commune's office would upload them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { Document, Packer, Paragraph, TextRun } from "docx";

export const PLAN_FILES = ["phuong-hai-an.txt", "phuong-thach-khoi.txt", "xa-ha-long.txt"] as const;

export function planText(name: (typeof PLAN_FILES)[number]): string {
  return readFileSync(path.join("prisma/seed/plans", name), "utf8");
}

/** One paragraph per line of the text, in Times New Roman 14 as the decree prescribes. */
export async function docxFromText(text: string): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: text
          .split("\n")
          .map((line) => new Paragraph({ children: [new TextRun({ text: line, font: "Times New Roman", size: 28 })] })),
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A PDF with a text layer, printed by Chromium (the browser the e2e tests already need). */
export async function pdfFromText(text: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    const body = text
      .split("\n")
      .map((l) => `<p style="margin:0">${escape(l) || "&nbsp;"}</p>`)
      .join("");
    await page.setContent(`<html><body style="font-family:'Times New Roman',serif;font-size:13pt">${body}</body></html>`);
    return Buffer.from(await page.pdf({ format: "A4" }));
  } finally {
    await browser.close();
  }
}

/** A PDF of page images only (a scan): no text layer. */
export async function scannedPdf(): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(`<html><body><svg width="400" height="200"><rect width="400" height="200" fill="#ccc"/></svg></body></html>`);
    return Buffer.from(await page.pdf({ format: "A4" }));
  } finally {
    await browser.close();
  }
}
