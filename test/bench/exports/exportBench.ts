// Export timings for a 500-comment submission, in Node: the letter as DOCX (with the comment
// table as DOCX, as an officer exports them together), the letter as PDF with the embedded CJK
// font, and the comment table as XLSX. Each figure is the median of a few runs after a warm-up:
// wall-clock time (what the officer waits for) and, beside it, the process's CPU time, which a busy
// shared machine inflates far less.
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

const middle = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! * 10) / 10;

async function medians(task: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await task();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: middle(wall), cpu: middle(cpu) };
}

async function figures(name: string, task: () => Promise<unknown>): Promise<ExportFigure[]> {
  const { wall, cpu } = await medians(task);
  return [
    { name: `${name}_ms`, value: wall, unit: 'ms' },
    { name: `${name}_cpu_ms`, value: cpu, unit: 'ms' },
  ];
}

export async function runExportBenchmarks(): Promise<ExportFigure[]> {
  const submission = sampleSubmission(COMMENTS, 'en');
  const internal = sampleSubmission(COMMENTS, 'zh');
  const font = new Uint8Array(await readFile(resolve('resources/fonts/NotoSansSC-GB2312.ttf')));
  return [
    ...(await figures('export_500_docx', () => Promise.all([exportLetterDocx(submission), exportCommentTableDocx(submission)]))),
    ...(await figures('export_500_pdf', () => exportLetterPdf(internal, font))),
    ...(await figures('export_500_xlsx', () => exportCommentTableXlsx(submission))),
  ];
}
