// A report as it will be printed: the Nghị định 30/2020 layout in HTML, for the report page and its
// A4 print view (the browser's "Save as PDF"). Pure rendering of the same document the DOCX renders.
import { alignIn, columnsIn, groupLabel, REPORT_COLUMNS, shownCell, type ReportColumn, type ReportColumns } from "@/lib/reports/columns";
import {
  appendixNote,
  issuerLines,
  numberLine,
  paragraphsOf,
  placeDateLine,
  recipientLines,
  SECTION_HEADINGS,
  signatureLines,
  TONE_FILL,
} from "@/lib/reports/format";
import type { ReportDocument } from "@/lib/reports/types";

const cell = "border border-black px-1.5 py-1 align-top";

/** An appendix table's header row, repeated on every printed page. */
function PaperHead<Row>({ columns }: { columns: ReportColumn<Row>[] }) {
  return (
    <thead>
      <tr className="bg-slate-100">
        {columns.map((c) => (
          <th key={c.key} className={`${cell} text-center`}>
            {c.header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The cells of an appendix table's `index`-th row; an empty cell's text in italics, a tone as the fill. */
function paperCells<Row>(columns: ReportColumn<Row>[], row: Row, index: number) {
  return columns.map((c) => {
    const { value, tone, empty } = shownCell(c, row, index, "paper");
    return (
      <td
        key={c.key}
        className={alignIn(c, "paper") === "center" ? `${cell} text-center` : cell}
        style={tone ? { background: `#${TONE_FILL[tone]}` } : undefined}
      >
        {empty ? <i>{value}</i> : value}
      </td>
    );
  });
}

type BodyBlock = { heading: boolean; text: string };

/** The body as printed: each section's heading (if any) then its paragraphs, in order. */
function bodyBlocks(sections: ReportDocument["sections"]): BodyBlock[] {
  return SECTION_HEADINGS.flatMap(({ key, heading }) => [
    ...(heading ? [{ heading: true, text: heading }] : []),
    ...paragraphsOf(sections[key]).map((text) => ({ heading: false, text })),
  ]);
}

function Block({ block }: { block: BodyBlock }) {
  return block.heading ? (
    <p className="mt-2 text-justify font-bold">{block.text}</p>
  ) : (
    <p className="mt-1.5 indent-[1cm] text-justify">{block.text}</p>
  );
}

/** `columns`: the tables' columns (lib/reports/columns.ts); a parameter so that a test can add one. */
export function ReportPaper({ doc, columns = REPORT_COLUMNS }: { doc: ReportDocument; columns?: ReportColumns }) {
  const { heading, sections, data } = doc;
  const taskColumns = columnsIn(columns.tasks, "paper");
  const indicatorColumns = columnsIn(columns.indicators, "paper");
  const blocks = bodyBlocks(sections);
  // The last paragraph goes with Nơi nhận and the signature, so a signature never stands alone on a page.
  const last = blocks.at(-1)?.heading === false ? blocks.pop() : undefined;
  const [issuer1, issuer2] = issuerLines(data.commune.name);
  const groupOf = (t: (typeof data.tasks)[number]) => `${t.groupCode}|${t.groupTitle}`;
  return (
    <div className="report-paper text-[14pt] leading-snug text-black">
      <section className="report-page">
        {doc.draft ? <p className="text-center font-bold text-red-700">DỰ THẢO</p> : null}
        <div className="grid grid-cols-[2fr_3fr] gap-2 text-center">
          <div>
            <p className="text-[13pt] font-bold">{issuer1}</p>
            <p className="text-[13pt] font-bold">{issuer2}</p>
            <hr className="mx-auto my-1 w-1/3 border-black" />
            <p className="text-[13pt]">{numberLine(heading.number)}</p>
          </div>
          <div>
            <p className="text-[12pt] font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="text-[13pt] font-bold underline underline-offset-4">Độc lập - Tự do - Hạnh phúc</p>
            <p className="mt-3 italic">{placeDateLine(heading.place, heading.issuedDate)}</p>
          </div>
        </div>
        <h2 className="mt-6 text-center font-bold">BÁO CÁO</h2>
        <p className="text-center font-bold">{heading.summary}</p>
        <hr className="mx-auto mb-4 mt-1 w-1/4 border-black" />
        {blocks.map((b, i) => (
          <Block key={i} block={b} />
        ))}
        <div className="break-inside-avoid">
          {last ? <Block block={last} /> : null}
          <div className="mt-6 grid grid-cols-2 gap-4">
            <div>
              <p className="text-[12pt] font-bold italic">Nơi nhận:</p>
              {recipientLines(heading.recipients).map((r) => (
                <p key={r} className="text-[11pt]">
                  {r}
                </p>
              ))}
            </div>
            <div className="text-center font-bold">
              {signatureLines(heading.signerMode, heading.signerTitle).map((l) => (
                <p key={l}>{l}</p>
              ))}
              <p className="h-24" aria-hidden />
              <p>{heading.signerName}</p>
            </div>
          </div>
        </div>
      </section>
      <section className="report-appendix mt-10">
        <p className="text-center font-bold">PHỤ LỤC I</p>
        <p className="text-center font-bold">KẾT QUẢ THỰC HIỆN NHIỆM VỤ {data.period.label.toLocaleUpperCase("vi-VN")}</p>
        <p className="mb-3 text-center italic">{appendixNote(doc)}</p>
        <table className="w-full border-collapse text-[11pt]">
          <PaperHead columns={taskColumns} />
          <tbody>
            {data.tasks.flatMap((t, i) => {
              const group = groupOf(t);
              const previous = data.tasks[i - 1]; // undefined for the first row, which always opens a group
              const rows = [];
              if (!previous || group !== groupOf(previous)) {
                rows.push(
                  <tr key={`g-${group}`}>
                    <td colSpan={taskColumns.length} className={`${cell} font-bold`}>
                      {groupLabel(t)}
                    </td>
                  </tr>,
                );
              }
              rows.push(<tr key={t.code + t.title}>{paperCells(taskColumns, t, i)}</tr>);
              return rows;
            })}
          </tbody>
        </table>
        <p className="mt-8 text-center font-bold print:break-before-page">PHỤ LỤC II</p>
        <p className="text-center font-bold">KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU {data.period.label.toLocaleUpperCase("vi-VN")}</p>
        <p className="mb-3 text-center italic">{appendixNote(doc)}</p>
        {data.kpis.length === 0 ? (
          <p className="italic">Kế hoạch chưa có chỉ tiêu.</p>
        ) : (
          <table className="w-full border-collapse text-[11pt]">
            <PaperHead columns={indicatorColumns} />
            <tbody>
              {data.kpis.map((k, i) => (
                <tr key={k.code}>{paperCells(indicatorColumns, k, i)}</tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
