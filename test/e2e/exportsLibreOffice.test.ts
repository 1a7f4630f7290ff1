// Renders the DOCX exports with LibreOffice, as a recipient without Word would see them: to PDF,
// then each first page to PNG in test-results/exports/ for a person to look at. Checks what the
// rendering shows: the template's headers, every comment, Chinese text drawn with a CJK font.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSubmission } from '../../shared/compile/testing/sampleSubmission';
import { tableRows } from '../../shared/compile/submission';
import { ISO_TABLE_HEADERS } from '../../shared/export/commentTable';
import { exportCommentTableDocx } from '../../shared/export/docxCommentTable';
import { exportLetterDocx } from '../../shared/export/docxLetter';
import { exportLetterPdf } from '../../shared/export/pdfLetter';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const OUT = resolve('test-results/exports');
const tools = has('soffice') && has('pdftoppm') && has('pdftotext') && has('pdffonts');

/** DOCX → PDF with a throwaway LibreOffice profile, so a running LibreOffice never interferes. */
function sofficeToPdf(docx: string): string {
  const profile = join(OUT, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: 'pipe', timeout: 120_000 });
  return docx.replace(/\.docx$/, '.pdf');
}

function text(pdf: string): string {
  // Reading order, not -layout: a table cell's lines then stay together.
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
}

/** Renders every page to PNG at 80 dpi; returns how many there are. */
function toPngs(pdf: string): number {
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, pdf.replace(/\.pdf$/, '')]);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

/** Squeezes out spaces, line breaks and hyphens (pdftotext joins `71-⏎3`), to find a text however it wrapped. */
const squeeze = (s: string) => s.replace(/[\s-]+/g, '');

describe.skipIf(!tools)('DOCX exports rendered by LibreOffice (skipped when soffice, pdftoppm, pdftotext or pdffonts is not installed: apt-get install libreoffice-writer poppler-utils)', () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  for (const language of ['en', 'zh'] as const) {
    const submission = sampleSubmission(14, language);

    it(`the ${language} comment table renders as one landscape table with the template headers and every comment`, async () => {
      const docx = join(OUT, `comments_${language}.docx`);
      writeFileSync(docx, await exportCommentTableDocx(submission));
      const pdf = sofficeToPdf(docx);
      expect(toPngs(pdf)).toBeGreaterThanOrEqual(1);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
      expect(width).toBeGreaterThan(height!);
      const rendered = squeeze(text(pdf));
      for (const header of ISO_TABLE_HEADERS) expect(rendered).toContain(squeeze(header));
      for (const row of tableRows(submission)) expect(rendered).toContain(squeeze(row.comment));
    });

    it(`the ${language} letter renders with subject, comments and requests`, async () => {
      const docx = join(OUT, `letter_${language}.docx`);
      writeFileSync(docx, await exportLetterDocx(submission));
      const pdf = sofficeToPdf(docx);
      expect(toPngs(pdf)).toBeGreaterThanOrEqual(1);
      const rendered = squeeze(text(pdf));
      expect(rendered).toContain(squeeze(submission.subject));
      for (const row of tableRows(submission)) expect(rendered).toContain(squeeze(row.comment));
      if (language === 'zh') {
        // Chinese drawn with a CJK font, not boxes of a Latin one.
        expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/CJK|SC|Song|Hei|Ming|Droid/i);
      }
    });
  }

  it('the PDF letter export, rasterised, keeps its Chinese text', async () => {
    const font = new Uint8Array(readFileSync(resolve('resources/fonts/NotoSansSC-GB2312.ttf')));
    const submission = sampleSubmission(14, 'zh');
    const pdf = join(OUT, 'letter_zh_pdflib.pdf');
    writeFileSync(pdf, await exportLetterPdf(submission, font));
    expect(toPngs(pdf)).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(OUT, 'letter_zh_pdflib-1.png'))).toBe(true);
    expect(squeeze(text(pdf))).toContain(squeeze(submission.subject));
  });
});
