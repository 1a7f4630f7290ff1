// The comment table as DOCX in the ISO/IEC template layout: one plain table, eight columns with the
// template's exact headers, a repeated header row, no merged cells.
import { Document, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Submission } from '../compile/types';
import { ISO_COLUMN_WEIGHTS, commentTableHeaders, commentTableRows } from './commentTable';
import { DOCX_STYLES, packDocx, textRuns } from './docxCommon';

/** A4 landscape less 1.5 cm margins, in twentieths of a point. */
const TABLE_WIDTH = 16838 - 2 * 850;

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: { top: 40, bottom: 40, left: 80, right: 80 } });
}

export async function exportCommentTableDocx(submission: Submission): Promise<Uint8Array> {
  const widths = ISO_COLUMN_WEIGHTS.map((weight) => Math.round((TABLE_WIDTH * weight) / 100));
  const header = new TableRow({
    tableHeader: true,
    children: commentTableHeaders(submission).map((text, i) => cell([new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: true, size: 18 })] })], widths[i]!)),
  });
  const body = commentTableRows(submission).map(
    (row) => new TableRow({ children: row.map((text, i) => cell([new Paragraph({ spacing: { after: 0 }, children: textRuns(text, { size: 18 }) })], widths[i]!)) }),
  );
  const document = new Document({
    creator: submission.sender.organisation || 'TBT Review Desk',
    title: submission.subject,
    styles: DOCX_STYLES,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 850, bottom: 850, left: 850, right: 850 } } },
        children: [
          new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: submission.subject, bold: true })] }),
          new Table({ width: { size: TABLE_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return packDocx(document);
}
