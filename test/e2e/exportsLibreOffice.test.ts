// Renders the DOCX and XLSX exports with LibreOffice, as a recipient without Word or Excel would see
// them: to PDF, then every page to PNG in test-results/exports/ for a person to look at; the PDF
// letter is rasterised with pdftoppm. Checks what the rendering shows: the template's headers,
// every comment with its TBT concerns and reference, Chinese text drawn with a CJK font, no
// replacement boxes, and no Chinese in the English version.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSubmission } from '../../shared/compile/testing/sampleSubmission';
import { tableRows } from '../../shared/compile/submission';
import { hasChinese } from '../../shared/compile/submission';
import { commentDetails, commentTableHeaders } from '../../shared/export/commentTable';
import { exportCommentTableDocx } from '../../shared/export/docxCommentTable';
import { exportLetterDocx } from '../../shared/export/docxLetter';
import { exportLetterPdf } from '../../shared/export/pdfLetter';
import { exportCommentTableXlsx } from '../../shared/export/xlsx';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const OUT = resolve('test-results/exports');
const tools = has('soffice') && has('pdftoppm') && has('pdftotext') && has('pdffonts');

/** DOCX or XLSX → PDF with a throwaway LibreOffice profile, so a running LibreOffice never interferes. */
function sofficeToPdf(file: string): string {
  const profile = join(OUT, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, file], { stdio: 'pipe', timeout: 180_000 });
  return file.replace(/\.(docx|xlsx)$/, '.pdf');
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

/** Every row's comment with its labelled lines (concerns, reference), as the table and letter show them. */
function expectedTexts(submission: ReturnType<typeof sampleSubmission>): string[] {
  return tableRows(submission).flatMap((row) => [row.comment, ...commentDetails(row, submission)]);
}

describe.skipIf(!tools)('exports rendered by LibreOffice and pdftoppm (skipped when soffice, pdftoppm, pdftotext or pdffonts is not installed: apt-get install libreoffice-writer libreoffice-calc poppler-utils)', () => {
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
      for (const header of commentTableHeaders(submission)) expect(rendered).toContain(squeeze(header));
      for (const part of expectedTexts(submission)) expect(rendered).toContain(squeeze(part));
      if (language === 'en') expect(text(pdf).split('\n').filter(hasChinese)).toEqual([]);
    });

    it(`the ${language} comment table as XLSX renders in LibreOffice Calc with its headers and every comment`, async () => {
      const xlsx = join(OUT, `sheet_${language}.xlsx`);
      writeFileSync(xlsx, await exportCommentTableXlsx(submission));
      const pdf = sofficeToPdf(xlsx);
      expect(toPngs(pdf)).toBeGreaterThanOrEqual(1);
      const rendered = squeeze(text(pdf));
      for (const header of commentTableHeaders(submission)) expect(rendered).toContain(squeeze(header));
      // Calc's PDF reads wrapped cells side by side, line by line: the start of each comment is what stays whole.
      for (const row of tableRows(submission)) expect(rendered).toContain(squeeze(row.comment.slice(0, 12)));
      if (language === 'en') expect(text(pdf).split('\n').filter(hasChinese)).toEqual([]);
    });

    it(`the ${language} letter renders with subject, comments and requests`, async () => {
      const docx = join(OUT, `letter_${language}.docx`);
      writeFileSync(docx, await exportLetterDocx(submission));
      const pdf = sofficeToPdf(docx);
      expect(toPngs(pdf)).toBeGreaterThanOrEqual(1);
      const rendered = squeeze(text(pdf));
      expect(rendered).toContain(squeeze(submission.subject));
      for (const part of expectedTexts(submission)) expect(rendered).toContain(squeeze(part));
      if (language === 'en') expect(text(pdf).split('\n').filter(hasChinese)).toEqual([]);
      if (language === 'zh') {
        // Chinese drawn with a CJK font, not boxes of a Latin one.
        expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/CJK|SC|Song|Hei|Ming|Droid/i);
      }
    });
  }

  for (const language of ['en', 'zh'] as const) {
    it(`the ${language} PDF letter export, rasterised, keeps every comment and the addressee's line breaks, with no box`, async () => {
      const font = new Uint8Array(readFileSync(resolve('resources/fonts/NotoSansSC-GB2312.ttf')));
      const sample = sampleSubmission(14, language);
      const submission = { ...sample, addressee: sample.addressee.replace(/, /g, '\n') };
      const pdf = join(OUT, `letter_${language}_pdflib.pdf`);
      writeFileSync(pdf, await exportLetterPdf(submission, font));
      expect(toPngs(pdf)).toBeGreaterThanOrEqual(2);
      expect(existsSync(join(OUT, `letter_${language}_pdflib-1.png`))).toBe(true);
      const rendered = text(pdf);
      expect(rendered).not.toContain('□');
      expect(squeeze(rendered)).toContain(squeeze(submission.subject));
      for (const part of expectedTexts(submission)) expect(squeeze(rendered)).toContain(squeeze(part));
    });
  }
});
