// The comment table as DOCX in the ISO/IEC template layout: one plain table, eight columns with the
// template's exact headers, a repeated header row, no merged cells.
//
// The document's body is written here as WordprocessingML text; docx packs the file around it
// (styles, fonts, properties). Built from docx's objects, a 500-comment table's 4,000 cells took ten
// times as long to build and serialise as the export takes now.
import { Document, Packer } from 'docx';
import type { Submission } from '../compile/types';
import { ISO_COLUMN_WEIGHTS, commentTableHeaders, commentTableRows } from './commentTable';
import { DOCX_STYLES } from './docxCommon';

/** A4 landscape, in twentieths of a point. */
const PAGE = { width: 16838, height: 11906, margin: 850 };
const TABLE_WIDTH = PAGE.width - 2 * PAGE.margin;
const WIDTHS = ISO_COLUMN_WEIGHTS.map((weight) => Math.round((TABLE_WIDTH * weight) / 100));

/** The cells' text: 9 pt, no space after a paragraph. */
const TABLE_TEXT_STYLE = { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { after: 0 } } };

/** Text as XML character data; characters XML cannot carry (control characters) are dropped. */
function xmlText(text: string): string {
  return text.replace(/[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char] ?? '');
}

/** One run, its line breaks kept; nothing for an empty text. */
function run(text: string, bold: boolean): string {
  if (!text) return '';
  const lines = text.split(/\r?\n/).map((line, i) => `${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t>`);
  return `<w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}${lines.join('')}</w:r>`;
}

function row(texts: readonly string[], header = false): string {
  const cells = texts.map(
    (text, i) => `<w:tc><w:tcPr><w:tcW w:w="${WIDTHS[i]}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE.id}"/></w:pPr>${run(text, header)}</w:p></w:tc>`,
  );
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
}

function documentXml(submission: Submission): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:color="auto"/>`;
  const table =
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>' +
    `</w:tblPr><w:tblGrid>${WIDTHS.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    row(commentTableHeaders(submission), true) +
    commentTableRows(submission)
      .map((texts) => row(texts))
      .join('') +
    '</w:tbl>';
  const title = `<w:p><w:pPr><w:spacing w:after="160"/></w:pPr>${run(submission.subject, true)}</w:p>`;
  const section =
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="landscape"/>` +
    `<w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="708" w:footer="708" w:gutter="0"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${title}${table}${section}</w:body></w:document>`
  );
}

export async function exportCommentTableDocx(submission: Submission): Promise<Uint8Array> {
  const document = new Document({
    creator: submission.sender.organisation || 'TBT Review Desk',
    title: submission.subject,
    styles: { ...DOCX_STYLES, paragraphStyles: [TABLE_TEXT_STYLE] },
    sections: [],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [{ path: 'word/document.xml', data: documentXml(submission) }]));
}
