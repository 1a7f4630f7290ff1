import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeByToken, wrapText } from './pdfLetter';

let font: PDFFont;
beforeAll(async () => {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  font = await pdf.embedFont(new Uint8Array(readFileSync(new URL('../../resources/fonts/NotoSansSC-GB2312.ttf', import.meta.url))), { subset: true });
});

describe('line breaking in the PDF letter', () => {
  it('breaks English between words and keeps every word, within the width', () => {
    const text = 'The limit is stricter than the international standard EN 71-3 and should follow ISO 8124-3.';
    const lines = wrapText(text, font, 10, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks Chinese between characters but never puts closing punctuation first on a line', () => {
    const text = '限量要求严于国际标准，建议采用国际标准的迁移限值。过渡期太短，建议延长。'.repeat(4);
    const lines = wrapText(text, font, 10, 101);
    expect(lines.join('')).toBe(text);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。]/);
  });

  it('keeps the line breaks of a merged comment', () => {
    expect(wrapText('第一条。\nSecond.', font, 10, 400)).toEqual(['第一条。', 'Second.']);
  });

  it('encodes a line token by token into the same glyphs as the whole line', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const bytes = new Uint8Array(readFileSync(new URL('../../resources/fonts/NotoSansSC-GB2312.ttf', import.meta.url)));
    const whole = await pdf.embedFont(bytes, { subset: true });
    const byToken = await pdf.embedFont(bytes, { subset: true });
    encodeByToken(byToken);
    for (const line of ['Comment 7: the limit is stricter than ISO 8124-3:2020, 4.2 (item 7).', '第7条意见：限量要求严于国际标准 EN 71-3，建议采用 ISO 8124-3 的迁移限值。', 'office ﬁnal fi ffl “quoted” — dash']) {
      expect(byToken.encodeText(line).asString()).toBe(whole.encodeText(line).asString());
    }
  });
});
