// The comment table as DOCX in the ISO/IEC template layout: one plain table, eight columns with the
// template's exact headers, a repeated header row, no merged cells.
import { Document, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Submission } from '../compile/types';
import { ISO_COLUMN_WEIGHTS, commentTableHeaders, commentTableRows } from './commentTable';
import { DOCX_STYLES, packDocx } from './docxCommon';

/** A4 landscape less 1.5 cm margins, in twentieths of a point. */
const TABLE_WIDTH = 16838 - 2 * 850;

/**
 * The cells' text size and spacing, as a style rather than on every run: a 500-comment table has
 * some 10,000 runs, and the export time goes into building and writing their properties.
 */
const TABLE_TEXT = 'TableText';
const TABLE_TEXT_STYLE = { id: TABLE_TEXT, name: 'Table Text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { after: 0 } } };

/** A cell's text, its line breaks kept; an empty cell holds an empty paragraph. */
function cellParagraph(text: string, bold = false): Paragraph {
  const children = text ? text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, bold: bold || undefined, break: i > 0 ? 1 : undefined })) : [];
  return new Paragraph({ style: TABLE_TEXT, children });
}

export async function exportCommentTableDocx(submission: Submission): Promise<Uint8Array> {
  const widths = ISO_COLUMN_WEIGHTS.map((weight) => Math.round((TABLE_WIDTH * weight) / 100));
  const row = (texts: readonly string[], header = false) =>
    new TableRow({
      tableHeader: header || undefined,
      children: texts.map((text, i) => new TableCell({ children: [cellParagraph(text, header)], width: { size: widths[i]!, type: WidthType.DXA } })),
    });
  const document = new Document({
    creator: submission.sender.organisation || 'TBT Review Desk',
    title: submission.subject,
    styles: { ...DOCX_STYLES, paragraphStyles: [TABLE_TEXT_STYLE] },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 850, bottom: 850, left: 850, right: 850 } } },
        children: [
          new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: submission.subject, bold: true })] }),
          new Table({
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths: widths,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            rows: [row(commentTableHeaders(submission), true), ...commentTableRows(submission).map((texts) => row(texts))],
          }),
        ],
      },
    ],
  });
  return packDocx(document);
}
