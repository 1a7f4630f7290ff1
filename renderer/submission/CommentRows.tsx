// The rows the submission sends, each field in the letter's language. Where a sent version lacks a
// field (the compiled comment has it in Chinese only), an input asks the officer for the text.
import { useTranslation } from 'react-i18next';
import { LETTER_TEXT } from '../../shared/compile/letterText';
import type { FillIns, SentField, Submission, SubmissionComment } from '../../shared/compile/types';

interface CommentRowsProps {
  submission: Submission;
  rows: SubmissionComment[];
  fillIns: FillIns;
  onFillIn(compiledId: string, field: SentField, text: string): void;
}

export function CommentRows({ submission, rows, fillIns, onFillIn }: CommentRowsProps) {
  const { t } = useTranslation('submission');
  const text = LETTER_TEXT[submission.language];
  const cell = (row: SubmissionComment, field: SentField) =>
    row.missing.includes(field) || fillIns[row.compiledId]?.[field] !== undefined ? (
      <input
        className="fill-in"
        aria-label={t('fillIn', { field: t(`fields.${field}`) })}
        placeholder={t('fillIn', { field: t(`fields.${field}`) })}
        value={fillIns[row.compiledId]?.[field] ?? ''}
        onChange={(e) => onFillIn(row.compiledId, field, e.target.value)}
        data-testid={`fill-in-${field}`}
      />
    ) : (
      row[field]
    );
  return (
    <table className="submission-rows" data-testid="submission-rows">
      <thead>
        <tr>
          <th>#</th>
          <th>{t('rows.clause')}</th>
          <th>{t('rows.paragraph')}</th>
          <th>{t('rows.type')}</th>
          <th>{t('rows.comment')}</th>
          <th>{t('rows.reference')}</th>
          <th>{t('rows.proposedChange')}</th>
          <th>{t('rows.committee')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.compiledId} className={row.missing.length ? 'missing-translation' : undefined}>
            <td>{i + 1}</td>
            <td>{row.clause || row.missing.includes('clause') ? cell(row, 'clause') : t('rows.general')}</td>
            <td>{cell(row, 'paragraph')}</td>
            <td>{t(`rows.types.${row.type}`)}</td>
            <td>
              {cell(row, 'comment')}
              {row.concerns.length > 0 && (
                <div className="submission-concerns">{text.concernsLabel}{text.colon}{row.concerns.map((c) => text.concernNames[c]).join(submission.language === 'zh' ? '；' : '; ')}</div>
              )}
            </td>
            <td>
              {cell(row, 'referenceStandard')} {cell(row, 'referenceClause')}
            </td>
            <td>{cell(row, 'proposedChange')}</td>
            <td>{row.committeeCode}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
