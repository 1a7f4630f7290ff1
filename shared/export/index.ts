export * from './commentTable';
export * from './letterModel';
export { exportLetterDocx } from './docxLetter';
export { exportCommentTableDocx } from './docxCommentTable';
export { exportCommentTableXlsx } from './xlsx';
export { exportCommentTableCsv, exportSubmissionJson, SUBMISSION_JSON_FORMAT, SUBMISSION_JSON_VERSION } from './csvJson';
export { exportLetterPdf, wrapText } from './pdfLetter';
export { exportTablesXlsx, type SheetTable } from './tablesXlsx';
