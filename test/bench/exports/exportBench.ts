// Export timings for a 500-comment submission, in Node: the letter as DOCX (with the comment
// table as DOCX, as an officer exports them together), the letter as PDF with the embedded CJK
// font, and the comment table as XLSX. Each figure is the median of a few runs after a warm-up.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sampleSubmission } from '../../../shared/compile/testing/sampleSubmission';
import { exportCommentTableDocx } from '../../../shared/export/docxCommentTable';
import { exportLetterDocx } from '../../../shared/export/docxLetter';
import { exportLetterPdf } from '../../../shared/export/pdfLetter';
import { exportCommentTableXlsx } from '../../../shared/export/xlsx';

export interface ExportFigure {
  name: string;
  value: number;
  unit: string;
}

const COMMENTS = 500;
const RUNS = 5;

async function median(task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)]! * 10) / 10;
}

export async function runExportBenchmarks(): Promise<ExportFigure[]> {
  const submission = sampleSubmission(COMMENTS, 'en');
  const internal = sampleSubmission(COMMENTS, 'zh');
  const font = new Uint8Array(await readFile(resolve('resources/fonts/NotoSansSC-GB2312.ttf')));
  return [
    { name: 'export_500_docx_ms', value: await median(() => Promise.all([exportLetterDocx(submission), exportCommentTableDocx(submission)])), unit: 'ms' },
    { name: 'export_500_pdf_ms', value: await median(() => exportLetterPdf(internal, font)), unit: 'ms' },
    { name: 'export_500_xlsx_ms', value: await median(() => exportCommentTableXlsx(submission)), unit: 'ms' },
  ];
}
