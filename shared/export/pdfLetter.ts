// The letter as PDF, laid out with pdf-lib. Standard PDF fonts have no Chinese, so the caller passes
// a CJK font (resources/fonts/NotoSansSC-GB2312.ttf, which also has Latin glyphs); only the glyphs
// used are embedded. Lines break between words in Latin text and between any two characters in
// Chinese, never before closing punctuation.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Submission } from '../compile/types';
import { letterBlocks, type LetterBlock } from './letterModel';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 64;
const BODY = 10.5;
const LEADING = 1.45;

/** Characters that may break on either side, one per token. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
/** Closing punctuation that must not start a line. */
const NO_LINE_START = /^[，。、；：？！）》」』】〉,.;:?!)\]]/u;

/** Words (with their trailing space), single CJK characters. */
function tokens(text: string): string[] {
  const result: string[] = [];
  let word = '';
  for (const char of text) {
    if (CJK.test(char)) {
      if (word) result.push(word);
      word = '';
      result.push(char);
    } else if (char === ' ') {
      result.push(`${word} `);
      word = '';
    } else word += char;
  }
  if (word) result.push(word);
  return result;
}

/** Characters the font cannot draw are replaced, so one rare character never fails the export. */
const characterSets = new WeakMap<PDFFont, Set<number>>();

function drawable(text: string, font: PDFFont): string {
  let supported = characterSets.get(font);
  if (!supported) characterSets.set(font, (supported = new Set(font.getCharacterSet())));
  const replacement = supported.has(0x25a1) ? '\u25A1' : '?';
  // Line breaks stay: wrapText breaks the text at them.
  return Array.from(text.replace(/\t/g, ' '))
    .map((char) => (char === '\n' || char === '\r' || supported.has(char.codePointAt(0)!) ? char : replacement))
    .join('');
}

/**
 * Token widths at size 1, kept per font file across letters: a letter repeats the same words and
 * Chinese characters thousands of times, and each measurement runs fontkit's text layout. Width
 * grows linearly with size, so one entry serves every size.
 */
type WidthCache = Map<string, number>;
const widthsByFontFile = new WeakMap<Uint8Array, WidthCache>();

/**
 * Lines of at most `width` points. Widths are summed per token (a word or one CJK character), each
 * measured once per font: measuring every candidate line anew makes a 500-comment letter several
 * times slower.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number, widths: WidthCache = new Map()): string[] {
  const measure = (token: string) => {
    let w = widths.get(token);
    if (w === undefined) widths.set(token, (w = font.widthOfTextAtSize(token, 1)));
    return w * size;
  };
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const token of tokens(paragraph)) {
      const visible = measure(token.trimEnd());
      if (line === '' || lineWidth + visible <= width || NO_LINE_START.test(token)) {
        line += token;
        lineWidth += measure(token);
        continue;
      }
      lines.push(line.trimEnd());
      line = token;
      lineWidth = measure(token);
      // A single word wider than the line is cut by characters.
      while (visible > width && lineWidth > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        lineWidth = font.widthOfTextAtSize(line, size);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * Makes `font` encode text token by token, each distinct token once per letter: pdf-lib runs
 * fontkit's full text layout on every string it encodes, which was most of the time of a
 * 500-comment letter. Tokens split at spaces and around CJK characters, where no ligature or
 * contextual form joins glyphs, so the glyphs are those a whole-line layout gives.
 */
export function encodeByToken(font: PDFFont): void {
  const encodeWhole = font.encodeText.bind(font);
  const hexByToken = new Map<string, string>();
  font.encodeText = (text: string) =>
    PDFHexString.of(
      tokens(text)
        .map((token) => {
          let hex = hexByToken.get(token);
          if (hex === undefined) hexByToken.set(token, (hex = encodeWhole(token).asString()));
          return hex;
        })
        .join(''),
    );
}

/**
 * fontkit with each font file parsed once: its glyph and layout tables fill lazily as text is laid
 * out, so a parsed font kept across letters makes the next letter's layout cheap. Each letter
 * still makes its own subset of it.
 */
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create(bytes: Uint8Array, postscriptName?: string) {
    if (postscriptName) return fontkit.create(bytes, postscriptName);
    let font = parsedFonts.get(bytes);
    if (!font) parsedFonts.set(bytes, (font = fontkit.create(bytes)));
    return font;
  },
};

class Writer {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly font: PDFFont,
    private readonly widths: WidthCache,
  ) {
    this.page = this.addPage();
    this.y = A4.height - MARGIN;
  }

  private addPage(): PDFPage {
    const page = this.pdf.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
    return page;
  }

  /** Starts a new page unless `points` of height are left on this one. */
  keepTogether(points: number): void {
    if (this.y - points < MARGIN) this.page = this.addPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  text(text: string, options: { size?: number; indent?: number; color?: [number, number, number]; label?: string } = {}): void {
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    const lineHeight = size * LEADING;
    const content = drawable(options.label ? `${options.label}${text}` : text, this.font);
    for (const line of wrapText(content, this.font, size, A4.width - 2 * MARGIN - indent, this.widths)) {
      if (this.y - lineHeight < MARGIN) this.page = this.addPage();
      this.y -= lineHeight;
      const color = options.color ? rgb(...options.color) : rgb(0, 0, 0);
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.25, size, font: this.font, color });
    }
  }
}

function write(writer: Writer, block: LetterBlock): void {
  switch (block.kind) {
    case 'field':
      writer.text(block.text, { label: block.label });
      writer.gap(2);
      break;
    case 'heading':
      writer.gap(10);
      writer.text(block.text, { size: 13 });
      writer.gap(4);
      break;
    case 'paragraph':
      writer.gap(4);
      writer.text(block.text);
      break;
    case 'comment':
      writer.gap(6);
      writer.text(block.reference ? `${block.number}. ${block.reference}` : `${block.number}.`, { color: [0.1, 0.2, 0.45] });
      writer.text(block.comment, { indent: 18 });
      for (const line of block.details) writer.text(line, { indent: 18, color: [0.25, 0.25, 0.25] });
      if (block.proposedChange) writer.text(block.proposedChange, { indent: 18, label: block.proposedLabel });
      if (block.observation) writer.text(block.observation, { indent: 18, label: block.observationLabel, color: [0.35, 0.35, 0.35] });
      break;
    case 'signature':
      writer.gap(8);
      writer.keepTogether((block.lines.length + 2) * BODY * LEADING + 14);
      writer.text(block.closing);
      writer.gap(14);
      for (const line of block.lines) writer.text(line);
      break;
  }
}

/** `fontBytes`: a TrueType font with Latin and CJK glyphs (see resources/fonts). */
export async function exportLetterPdf(submission: Submission, fontBytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(cachingFontkit);
  pdf.setTitle(submission.subject);
  pdf.setCreator('TBT Review Desk');
  pdf.setLanguage(submission.language === 'zh' ? 'zh-CN' : submission.language);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  encodeByToken(font);
  let widths = widthsByFontFile.get(fontBytes);
  if (!widths) widthsByFontFile.set(fontBytes, (widths = new Map()));
  const writer = new Writer(pdf, font, widths);
  for (const block of letterBlocks(submission)) write(writer, block);
  // No pause every 50 objects: the export runs in one go, as the DOCX and XLSX exports do.
  return pdf.save({ objectsPerTick: Infinity });
}
