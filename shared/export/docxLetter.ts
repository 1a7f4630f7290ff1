// The letter as DOCX.
import { Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Submission } from '../compile/types';
import { DOCX_STYLES, packDocx, textRuns } from './docxCommon';
import { letterBlocks, type LetterBlock } from './letterModel';

/**
 * The comments' layout as styles rather than on every paragraph and run: a 500-comment letter has
 * some 3,000 paragraphs, and the export time goes into building and writing their properties.
 */
const COMMENT_HEADING = 'CommentHeading';
const COMMENT_TEXT = 'CommentText';
const COMMENT_DETAIL = 'CommentDetail';
const COMMENT_STYLES = [
  { id: COMMENT_HEADING, name: 'Comment Heading', basedOn: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 60 } } },
  { id: COMMENT_TEXT, name: 'Comment Text', basedOn: 'Normal', paragraph: { indent: { left: 360 } } },
  { id: COMMENT_DETAIL, name: 'Comment Detail', basedOn: COMMENT_TEXT, run: { italics: true } },
];

function paragraphs(block: LetterBlock): Paragraph[] {
  switch (block.kind) {
    case 'field':
      return [new Paragraph({ children: [new TextRun({ text: block.label, bold: true }), ...textRuns(block.text)] })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun({ text: block.text, bold: true, size: 24, color: '000000' })] })];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.text) })];
    case 'comment': {
      const result = [
        new Paragraph({ style: COMMENT_HEADING, children: [new TextRun(`${block.number}. ${block.reference}`)] }),
        new Paragraph({ style: COMMENT_TEXT, children: textRuns(block.comment) }),
        ...block.details.map((line) => new Paragraph({ style: COMMENT_DETAIL, children: textRuns(line) })),
      ];
      if (block.proposedChange) {
        result.push(new Paragraph({ style: COMMENT_TEXT, children: [new TextRun({ text: block.proposedLabel, italics: true }), ...textRuns(block.proposedChange)] }));
      }
      if (block.observation) {
        result.push(new Paragraph({ style: COMMENT_TEXT, children: [new TextRun({ text: block.observationLabel, italics: true }), ...textRuns(block.observation, { color: '555555' })] }));
      }
      return result;
    }
    case 'signature':
      // Kept on one page with the closing formula.
      return [
        new Paragraph({ keepNext: true, spacing: { before: 120, after: 240 }, children: textRuns(block.closing) }),
        ...block.lines.map((line, i) => new Paragraph({ keepNext: i < block.lines.length - 1, spacing: { after: 0 }, children: textRuns(line, i === 0 ? { bold: true } : {}) })),
      ];
  }
}

export async function exportLetterDocx(submission: Submission): Promise<Uint8Array> {
  const document = new Document({
    creator: submission.sender.organisation || 'TBT Review Desk',
    title: submission.subject,
    styles: { ...DOCX_STYLES, paragraphStyles: COMMENT_STYLES },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        children: letterBlocks(submission).flatMap(paragraphs),
      },
    ],
  });
  return packDocx(document);
}
