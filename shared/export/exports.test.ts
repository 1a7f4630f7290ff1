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
import { hasChinese } from '../compile/submission';
import { commentTableRows, ISO_TABLE_HEADERS } from './commentTable';
import { exportCommentTableCsv, exportSubmissionJson, SUBMISSION_JSON_FORMAT } from './csvJson';
import { exportCommentTableDocx } from './docxCommentTable';
import { exportLetterDocx } from './docxLetter';
import { exportLetterPdf } from './pdfLetter';
import { docxDocumentXml, tableCells, wordText } from './testing';
import { exportCommentTableXlsx } from './xlsx';

const english = sampleSubmission(12, 'en');
const chinese = sampleSubmission(12, 'zh');
const ZH_HEADERS = ['成员机构', '行号', '条款/子条款', '段落/图/表', '意见类型', '评议意见', '修改建议', '秘书处意见'];
const CONCERN_EN = 'TBT concerns: not based on the relevant international standard (Art. 2.4)';
const REFERENCE_EN = 'Reference: ISO 8124-3:2020, 4.2';
const FONT = new Uint8Array(readFileSync(new URL('../../resources/fonts/NotoSansSC-GB2312.ttf', import.meta.url)));

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return { pages: doc.numPages, text };
}

/** A paragraph style's own XML and that of the styles it is based on, nearest first. */
function styleChain(stylesXml: string, id: string | undefined): string {
  const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0];
  if (!style) return '';
  return style + styleChain(stylesXml, /<w:basedOn w:val="([^"]+)"\/>/.exec(style)?.[1]);
}

/** The style of each paragraph in a DOCX fragment. */
const paragraphStyles = (xml: string) => [...xml.matchAll(/<w:p>(?:<w:pPr><w:pStyle w:val="([^"]+)"\/>)?/g)].map((m) => m[1]);

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

  it('sets every cell in 9 pt with no space after its paragraphs', async () => {
    const zip = await JSZip.loadAsync(await exportCommentTableDocx(english));
    const xml = await zip.file('word/document.xml')!.async('string');
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const styles = new Set(paragraphStyles(table));
    expect(styles.size).toBe(1);
    const style = styleChain(await zip.file('word/styles.xml')!.async('string'), [...styles][0]);
    expect(style).toContain('<w:sz w:val="18"/>');
    expect(style).toContain('<w:spacing w:after="0"/>');
    expect(table).not.toMatch(/<w:sz /);
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
    expect(rows[0]).toEqual(ZH_HEADERS);
    expect(rows[1]![5]).toBe(`${chinese.generalComments[0]!.comment}\n技术性贸易措施关注点：未以相关国际标准为基础（第 2.4 条）\n参考标准：ISO 8124-3:2020 第 4.2 条`);
    expect(rows.at(-1)![5]).toMatch(/^第一条意见。\n第二条意见：“引号”与 <尖括号> & 符号\n技术性贸易措施关注点：/);
    expect(rows.at(-1)![7]).toBe(merged.specificComments[0]!.observation);
  });

  it('drops characters XML cannot carry (a vertical tab or bell pasted from another program), so Word still opens the file', async () => {
    const pasted = { ...english, specificComments: [{ ...english.specificComments[0]!, comment: 'before\u000B\u0007after & <done>' }] };
    const xml = await docxDocumentXml(await exportCommentTableDocx(pasted));
    expect(xml).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F]/);
    const rows = tableCells(xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>')));
    expect(rows.at(-1)![5]).toMatch(/^beforeafter & <done>\n/);
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
      `From: ${english.sender.organisation}, ${english.sender.email}`,
      `To: ${english.addressee}`,
      'Date: 1 September 2026',
      `Subject: Comments of China on G/TBT/N/EU/1234 – ${english.title}`,
      english.introduction,
      'General comments',
      ...english.generalComments.map((c) => c.comment),
      'Specific comments',
      ...english.specificComments.map((c) => c.comment),
      'Requests',
      'We request that the period for comments (currently ending on 15 September 2026) be extended',
      'We would be grateful for a written reply',
      'Yours faithfully,',
      english.sender.name,
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

  it('indents each comment under its bold number, its TBT concerns and reference in italics', async () => {
    const zip = await JSZip.loadAsync(await exportLetterDocx(english));
    const xml = await zip.file('word/document.xml')!.async('string');
    const stylesXml = await zip.file('word/styles.xml')!.async('string');
    const paragraphWith = (text: string) => xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf(text)), xml.indexOf(text));
    const first = english.specificComments[0]!;
    const number = `${english.generalComments.length + 1}. `;
    expect(styleChain(stylesXml, paragraphStyles(paragraphWith(number))[0])).toMatch(/<w:b\/>/);
    expect(styleChain(stylesXml, paragraphStyles(paragraphWith(first.comment))[0])).toContain('<w:ind w:left="360"/>');
    for (const detail of [CONCERN_EN, REFERENCE_EN]) {
      const style = styleChain(stylesXml, paragraphStyles(paragraphWith(detail))[0]);
      expect(style).toContain('<w:ind w:left="360"/>');
      expect(style).toMatch(/<w:i\/>/);
    }
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
    expect(values(1)).toEqual(ZH_HEADERS);
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
    expect(parsed.data[0]).toEqual(ZH_HEADERS);
    expect(parsed.data.slice(1)).toEqual(commentTableRows(chinese));
  });

  it('keeps commas, quotes and line breaks inside a cell', () => {
    const tricky = { ...english, generalComments: [{ ...english.generalComments[0]!, comment: 'a, "b"\nc；中文' }], specificComments: [] };
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(exportCommentTableCsv(tricky)).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.data[1]![5]!.startsWith('a, "b"\nc；中文\n')).toBe(true);
  });
});

describe('every field the expert typed, in every export', () => {
  it('the ISO table keeps eight columns, with TBT concerns and reference as labelled lines in "Comments"', () => {
    const rows = commentTableRows(english);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    const first = english.specificComments[0]!;
    const row = rows[english.generalComments.length]!;
    expect(row.slice(0, 5)).toEqual(['CN', first.line, first.clause, first.paragraph, first.type]);
    expect(row[5]).toBe(`${first.comment}\n${CONCERN_EN}\n${REFERENCE_EN}`);
    expect(row[6]).toBe(first.proposedChange);
  });

  it('DOCX letter, DOCX table, XLSX, CSV, PDF and JSON all carry clause, paragraph, concerns, reference and proposed change', async () => {
    const row = english.specificComments[0]!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportCommentTableXlsx(english)).buffer as ArrayBuffer);
    const xlsxText = workbook.worksheets[0]!.getSheetValues().flat().join('\n');
    const texts = {
      letterDocx: wordText(await docxDocumentXml(await exportLetterDocx(english))),
      tableDocx: wordText(await docxDocumentXml(await exportCommentTableDocx(english))),
      xlsx: xlsxText,
      csv: new TextDecoder().decode(exportCommentTableCsv(english)),
      pdf: (await pdfText(await exportLetterPdf(english, FONT))).text,
      json: new TextDecoder().decode(exportSubmissionJson(english)),
    };
    for (const [format, text] of Object.entries(texts)) {
      const flat = text.replace(/\s+/g, ' ');
      for (const part of [row.clause, row.paragraph, row.proposedChange, 'ISO 8124-3:2020']) expect(flat, format).toContain(part);
      if (format !== 'json') for (const part of [CONCERN_EN, REFERENCE_EN]) expect(flat, format).toContain(part);
    }
    const json = JSON.parse(texts.json).submission.specificComments[0];
    expect(json).toMatchObject({ concerns: ['not_international_standard'], referenceStandard: 'ISO 8124-3:2020', referenceClause: '4.2', paragraph: row.paragraph });
  });

  it('no English export carries a Chinese character', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportCommentTableXlsx(english)).buffer as ArrayBuffer);
    const texts = [
      wordText(await docxDocumentXml(await exportLetterDocx(english))),
      wordText(await docxDocumentXml(await exportCommentTableDocx(english))),
      workbook.worksheets[0]!.getSheetValues().flat().join('\n'),
      new TextDecoder().decode(exportCommentTableCsv(english)).replace(/^\uFEFF/, ''),
      (await pdfText(await exportLetterPdf(english, FONT))).text,
      new TextDecoder().decode(exportSubmissionJson(english)),
    ];
    for (const text of texts) expect(text.split('\n').filter(hasChinese)).toEqual([]);
  });

  it('the Chinese internal version names the member, the date and the headers in Chinese', async () => {
    const text = wordText(await docxDocumentXml(await exportLetterDocx(chinese)));
    expect(text).toContain('中国感谢欧盟就');
    expect(text).toContain('日期：2026年9月1日');
    expect(text).toContain('现截止日期为 2026年9月15日');
    expect(text).not.toMatch(/European Union|September/);
  });
});

describe('comment table as CSV, opened in a spreadsheet', () => {
  it("prefixes a cell that would start a formula with ', multi-line cells included (OWASP)", () => {
    const cells = ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR', '=1+1\nsecond line', 'safe - text'];
    const hostile = { ...english, generalComments: cells.map((comment, i) => ({ ...english.generalComments[0]!, compiledId: `x${i}`, comment, concerns: [], referenceStandard: '', referenceClause: '' })), specificComments: [] };
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(exportCommentTableCsv(hostile)).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.data.slice(1).map((row) => row[5])).toEqual([...cells.slice(0, 7).map((c) => `'${c}`), 'safe - text']);
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

  it('breaks lines where the text has line breaks, with no replacement box', async () => {
    const multiline = { ...english, addressee: 'European Commission\nEU-TBT Enquiry Point\nBrussels' };
    const { text } = await pdfText(await exportLetterPdf(multiline, FONT));
    expect(text).toContain('To: European CommissionEU-TBT Enquiry PointBrussels');
    expect(text).not.toContain('□');
  });

  it('replaces a character the font lacks instead of failing', async () => {
    const rare = { ...english, introduction: 'Rare: 𠀀 end.' };
    const { text } = await pdfText(await exportLetterPdf(rare, FONT));
    expect(text).toContain('Rare: □ end.');
  });
});
