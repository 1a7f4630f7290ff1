// What the DOCX exports share: fonts that render both Latin and Chinese text, and line breaks kept.
import { Packer, TextRun, type Document, type IRunOptions } from 'docx';

/**
 * Latin text in Arial, Chinese in SimSun (宋体), which Word on Windows and macOS has; other
 * renderers (LibreOffice) substitute their own CJK font for SimSun by name.
 */
export const DOCX_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'SimSun' } as const;

export const DOCX_STYLES = {
  default: { document: { run: { font: DOCX_FONT, size: 21 }, paragraph: { spacing: { after: 120 } } } },
};

/** One run per line: a text with `\n` keeps its line breaks in Word. */
export function textRuns(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
