export { SubmissionView, type SubmissionViewProps } from './SubmissionView';
export { submissionLocales } from './locales';
export { buildExport, saveExport, EXPORT_KINDS, type ExportKind } from './exportFile';
export { SubmissionScreen } from './SubmissionScreen';
