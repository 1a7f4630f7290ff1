// Builds one export from the submission and saves it: the native dialog on the desktop, a download
// in the browser. The CJK font for the PDF ships with the app and is fetched only when needed; the
// writers (docx, PDF, XLSX: megabytes of code) are loaded on the first export, not at start-up.
import fontUrl from '../../resources/fonts/NotoSansSC-GB2312.ttf?url';
import type { Submission } from '../../shared/compile/types';
import { saveBytes } from '../lib/desktop';

export const EXPORT_KINDS = ['letterDocx', 'letterPdf', 'tableDocx', 'tableXlsx', 'csv', 'json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

let font: Promise<Uint8Array> | null = null;
function cjkFont(): Promise<Uint8Array> {
  font ??= fetch(fontUrl).then(async (response) => {
    if (!response.ok) throw new Error(`${fontUrl}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  });
  return font;
}

export async function buildExport(kind: ExportKind, submission: Submission): Promise<{ name: string; bytes: Uint8Array; extension: string }> {
  const { exportCommentTableCsv, exportCommentTableDocx, exportCommentTableXlsx, exportLetterDocx, exportLetterPdf, exportSubmissionJson, fileStem } =
    await import('../../shared/export');
  switch (kind) {
    case 'letterDocx':
      return { name: `${fileStem(submission, 'letter')}.docx`, bytes: await exportLetterDocx(submission), extension: 'docx' };
    case 'letterPdf':
      return { name: `${fileStem(submission, 'letter')}.pdf`, bytes: await exportLetterPdf(submission, await cjkFont()), extension: 'pdf' };
    case 'tableDocx':
      return { name: `${fileStem(submission, 'comments')}.docx`, bytes: await exportCommentTableDocx(submission), extension: 'docx' };
    case 'tableXlsx':
      return { name: `${fileStem(submission, 'comments')}.xlsx`, bytes: await exportCommentTableXlsx(submission), extension: 'xlsx' };
    case 'csv':
      return { name: `${fileStem(submission, 'comments')}.csv`, bytes: exportCommentTableCsv(submission), extension: 'csv' };
    case 'json':
      return { name: `${fileStem(submission, 'comments')}.json`, bytes: exportSubmissionJson(submission), extension: 'json' };
  }
}

/** Name of the file saved, or null when the user cancelled. */
export async function saveExport(kind: ExportKind, submission: Submission): Promise<string | null> {
  const file = await buildExport(kind, submission);
  const saved = await saveBytes(file.name, file.bytes, [{ name: file.extension.toUpperCase(), extensions: [file.extension] }]);
  return saved ? file.name : null;
}
