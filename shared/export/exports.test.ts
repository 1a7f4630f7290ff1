// Golden tests: each export is opened the way another program would open it and its structure
// checked, with Chinese text that must come back unchanged.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { sampleSubmission } from '../compile/testing/sampleSubmission';
import { tableRows } from '../compile/submission';
import { commentTableRows, ISO_TABLE_HEADERS } from './commentTable';
import { exportCommentTableCsv, exportSubmissionJson, SUBMISSION_JSON_FORMAT } from './csvJson';
import { exportCommentTableDocx } from './docxCommentTable';
import { exportLetterDocx } from './docxLetter';
import { exportLetterPdf } from './pdfLetter';
import { docxDocumentXml, tableCells, wordText } from './testing';
import { exportCommentTableXlsx } from './xlsx';

const english = sampleSubmission(12, 'en');
const chinese = sampleSubmission(12, 'zh');
const FONT = new Uint8Array(readFileSync(new URL('../../resources/fonts/NotoSansSC-GB2312.ttf', import.meta.url)));

describe('comment table as DOCX (ISO/IEC template layout)', () => {
  it('is one plain table with exactly the eight template headers and no merged cells', async () => {
    const xml = await docxDocumentXml(await exportCommentTableDocx(english));
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml).not.toMatch(/gridSpan|vMerge|hMerge/);
    const rows = tableCells(xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>')));
    expect(rows[0]).toEqual([...ISO_TABLE_HEADERS]);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    expect(rows.slice(1)).toEqual(commentTableRows(english));
    expect(xml.match(/<w:gridCol /g)).toHaveLength(8);
  });

  it('repeats the header row on every page', async () => {
    const xml = await docxDocumentXml(await exportCommentTableDocx(english));
    const firstRow = xml.slice(xml.indexOf('<w:tr>'), xml.indexOf('</w:tr>'));
    expect(firstRow).toContain('<w:tblHeader/>');
  });

  it('carries the Chinese internal version unchanged, line breaks of merged comments included', async () => {
    const merged = { ...chinese, specificComments: [{ ...chinese.specificComments[0]!, comment: '第一条意见。\n第二条意见：“引号”与 <尖括号> & 符号' }] };
    const xml = await docxDocumentXml(await exportCommentTableDocx(merged));
    const rows = tableCells(xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>')));
    expect(rows[1]![5]).toBe(chinese.generalComments[0]!.comment);
    expect(rows.at(-1)![5]).toBe('第一条意见。\n第二条意见：“引号”与 <尖括号> & 符号');
    expect(rows.at(-1)![7]).toBe(merged.specificComments[0]!.observation);
  });

  it('names a Chinese font for East Asian text, so Word does not fall back to a Latin one', async () => {
    const zip = await JSZip.loadAsync(await exportCommentTableDocx(chinese));
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
  });
});

describe('letter as DOCX', () => {
  it('has addressee, date, subject, introduction, every comment in order, the requests and the sender', async () => {
    const text = wordText(await docxDocumentXml(await exportLetterDocx(english)));
    const expected = [
      `To: ${english.addressee}`,
      'Date: 2026-09-01',
      `Subject: Comments of China on G/TBT/N/EU/1234 – ${english.title}`,
      english.introduction,
      'General comments',
      ...english.generalComments.map((c) => c.comment),
      'Specific comments',
      ...english.specificComments.map((c) => c.comment),
      'Requests',
      'We request that the period for comments (currently ending on 2026-09-15) be extended',
      'We would be grateful for a written reply',
      english.sender.organisation,
    ];
    let at = 0;
    for (const part of expected) {
      const found = text.indexOf(part, at);
      expect(found, `"${part}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + part.length;
    }
    expect(text).not.toContain('Observation');
  });

  it('in the Chinese internal version, writes the Chinese texts and observations', async () => {
    const text = wordText(await docxDocumentXml(await exportLetterDocx(chinese)));
    expect(text).toContain(`事由：中国对 G/TBT/N/EU/1234《${chinese.title}》的评议意见`);
    expect(text).toContain('一般性意见');
    for (const row of tableRows(chinese)) {
      expect(text).toContain(row.comment);
      expect(text).toContain(`秘书处意见：${row.observation}`);
    }
  });
});

describe('comment table as XLSX', () => {
  it('has the template headers in row 1 and one row per comment, Chinese unchanged', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportCommentTableXlsx(chinese)).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (row: number) => Array.from({ length: 8 }, (_, i) => sheet.getRow(row).getCell(i + 1).text);
    expect(values(1)).toEqual([...ISO_TABLE_HEADERS]);
    const expected = commentTableRows(chinese);
    expect(sheet.rowCount).toBe(expected.length + 1);
    expected.forEach((row, i) => expect(values(i + 2)).toEqual(row));
    expect(values(2)[5]).toMatch(/^第\d+条意见：限量要求严于国际标准/);
  });
});

describe('comment table as CSV', () => {
  it('is UTF-8 with a byte-order mark, the template headers and every row, Chinese unchanged', () => {
    const bytes = exportCommentTableCsv(chinese);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...ISO_TABLE_HEADERS]);
    expect(parsed.data.slice(1)).toEqual(commentTableRows(chinese));
  });

  it('keeps commas, quotes and line breaks inside a cell', () => {
    const tricky = { ...english, generalComments: [{ ...english.generalComments[0]!, comment: 'a, "b"\nc；中文' }], specificComments: [] };
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(exportCommentTableCsv(tricky)).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.data[1]![5]).toBe('a, "b"\nc；中文');
  });
});

describe('submission as JSON', () => {
  it('round-trips the whole submission with its format and version', () => {
    const parsed = JSON.parse(new TextDecoder().decode(exportSubmissionJson(chinese)));
    expect(parsed.format).toBe(SUBMISSION_JSON_FORMAT);
    expect(parsed.version).toBe(1);
    expect(parsed.submission).toEqual(chinese);
  });
});

describe('letter as PDF', () => {
  async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
    const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
    }
    return { pages: doc.numPages, text };
  }

  it('embeds a font subset and its text extracts back, Chinese and English alike', async () => {
    const bytes = await exportLetterPdf(chinese, FONT);
    expect(bytes.length).toBeLessThan(FONT.length / 10);
    const { text } = await pdfText(bytes);
    expect(text).toContain('中国对 G/TBT/N/EU/1234《Draft Commission Regulation');
    expect(text).toContain('一般性意见');
    expect(text).toContain('限量要求严于国际标准 EN 71-3');
  });

  it('flows a long submission over several pages without losing a comment', async () => {
    const long = sampleSubmission(60, 'en');
    const { pages, text } = await pdfText(await exportLetterPdf(long, FONT));
    expect(pages).toBeGreaterThan(3);
    for (let i = 1; i <= 60; i++) expect(text).toContain(`(item ${i}).`);
  });

  it('replaces a character the font lacks instead of failing', async () => {
    const rare = { ...english, introduction: 'Rare: 𠀀 end.' };
    const { text } = await pdfText(await exportLetterPdf(rare, FONT));
    expect(text).toContain('Rare: □ end.');
  });
});
