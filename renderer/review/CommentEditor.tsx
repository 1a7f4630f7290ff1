// Edits one comment. Every change goes straight to `onChange` (the screen saves it at once);
// a finished comment is read-only until reopened.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_TYPES, TBT_CONCERNS, type Comment, type TbtConcern } from '../../shared/domain/comment';
import type { CommentIssue, CommentIssueField } from '../../shared/schemas/comment';
import { RefusedChip, RefusedNotice } from '../sync/RefusedNotice';
import type { Rejection } from '../sync/syncState';

type TextField = 'clause' | 'paragraph' | 'line' | 'commentZh' | 'commentEn' | 'proposedChangeZh' | 'proposedChangeEn' | 'referenceStandard' | 'referenceClause';

export interface CommentEditorProps {
  comment: Comment;
  /** Shown next to their fields once the reviewer has tried to finish. */
  issues: CommentIssue[];
  standardIdentifiers: string[];
  onChange: (patch: Partial<Comment>) => void;
  onFinish: () => void;
  onReopen: () => void;
  onDelete: () => void;
  onShowInText: () => void;
  onClose: () => void;
  /** Locked by the committee's approval: read-only, cannot be reopened or deleted. */
  locked?: boolean;
  /** A colleague's comment pulled by a secretary, by `author`: read-only here. */
  colleague?: { author: string };
  /** The server refused this comment for good: why, and what the reviewer can do. */
  refused?: Rejection;
}

export function CommentEditor(props: CommentEditorProps) {
  const { comment: c, issues, onChange } = props;
  const { t } = useTranslation('review');
  const base = useId();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const readOnly = c.status === 'finished';
  const id = (field: string) => `${base}-${field}`;

  const errorFor = (field: CommentIssueField) => issues.find((i) => i.field === field);
  const errorText = (field: CommentIssueField) => {
    const issue = errorFor(field);
    return issue ? (
      <p className="field-error" id={id(`${field}-error`)} role="alert">
        {t(`errors.${issue.code}`)}
      </p>
    ) : null;
  };
  const described = (field: CommentIssueField) => (errorFor(field) ? id(`${field}-error`) : undefined);

  const input = (field: TextField, label: string, placeholder?: string, extra?: { list?: string; error?: CommentIssueField }) => (
    <div className={`field${extra?.error && errorFor(extra.error) ? ' invalid' : ''}`}>
      <label htmlFor={id(field)}>{label}</label>
      <input
        id={id(field)}
        value={c[field]}
        placeholder={placeholder}
        readOnly={readOnly}
        list={extra?.list}
        aria-invalid={extra?.error ? Boolean(errorFor(extra.error)) : undefined}
        aria-describedby={extra?.error ? described(extra.error) : undefined}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
      {extra?.error && errorText(extra.error)}
    </div>
  );

  const textarea = (field: TextField, label: string, lang: string, error?: CommentIssueField) => (
    <div className={`field${error && errorFor(error) ? ' invalid' : ''}`}>
      <label htmlFor={id(field)}>{label}</label>
      <textarea
        id={id(field)}
        lang={lang}
        rows={4}
        value={c[field]}
        readOnly={readOnly}
        aria-invalid={error ? Boolean(errorFor(error)) : undefined}
        aria-describedby={error ? described(error) : undefined}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
    </div>
  );

  const toggleConcern = (concern: TbtConcern, on: boolean) => {
    const next = on ? [...c.concerns, concern] : c.concerns.filter((x) => x !== concern);
    onChange({ concerns: TBT_CONCERNS.filter((x) => next.includes(x)) });
  };

  const section = (title: string, children: ReactNode) => (
    <fieldset className="editor-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );

  return (
    <form className={`editor${readOnly ? ' read-only' : ''}`} data-testid="comment-editor" onSubmit={(e) => e.preventDefault()}>
      <div className="editor-head">
        <h2>{c.anchor ? t('editor.title') : t('editor.generalTitle')}</h2>
        <span className={`status-chip status-${c.status}`} data-testid="editor-status">
          {t(`status.${c.status}`)}
        </span>
        {props.refused && <RefusedChip rejection={props.refused} />}
        <span className="spacer" />
        <button type="button" className="icon" onClick={props.onClose} aria-label={t('editor.close')} title={t('editor.close')}>
          ×
        </button>
      </div>

      {props.refused && <RefusedNotice rejection={props.refused} />}

      {c.anchor ? (
        <blockquote className="editor-quote">
          <span className="muted">{t('list.page', { page: c.anchor.pageIndex + 1 })} · </span>
          <span data-testid="editor-quote">{c.anchor.quote}</span>{' '}
          <button type="button" className="link" onClick={props.onShowInText}>
            {t('editor.showInText')}
          </button>
        </blockquote>
      ) : (
        <p className="editor-quote muted">{t('editor.noQuote')}</p>
      )}
      {c.precedent && (
        <p className="editor-note muted" data-testid="editor-precedent">
          {t('editor.fromPrecedent', { symbol: c.precedent.notificationId })}
        </p>
      )}

      {readOnly && props.colleague ? (
        <p className="editor-note editor-locked" data-testid="comment-colleague">
          {t('editor.colleagueNote', { author: props.colleague.author })}
        </p>
      ) : (
        // A refused comment never reached the compilation: its notice says what applies, not the lock.
        readOnly &&
        !props.refused && (
          <p className={`editor-note${props.locked ? ' editor-locked' : ''}`} data-testid={props.locked ? 'comment-locked' : undefined}>
            {t(props.locked ? 'editor.lockedNote' : 'editor.finishedNote')}
          </p>
        )
      )}

      <div className="field-row">
        {input('clause', t('editor.clause'), t('editor.clausePlaceholder'), { error: 'clause' })}
        {input('paragraph', t('editor.paragraph'), t('editor.paragraphPlaceholder'))}
        <div className="field field-narrow">
          <label htmlFor={id('line')}>{t('editor.line')}</label>
          <input id={id('line')} value={c.line} readOnly={readOnly} onChange={(e) => onChange({ line: e.target.value })} />
        </div>
      </div>

      <div className={`field${errorFor('type') ? ' invalid' : ''}`} role="radiogroup" aria-labelledby={id('type-label')} aria-describedby={described('type')}>
        <span className="label" id={id('type-label')}>
          {t('editor.type')}
        </span>
        <div className="segmented">
          {COMMENT_TYPES.map((type) => (
            <label key={type} className={c.type === type ? 'checked' : undefined}>
              <input type="radio" name={id('type')} value={type} checked={c.type === type} disabled={readOnly} onChange={() => onChange({ type })} />
              {t(`types.${type}`)}
            </label>
          ))}
        </div>
        {errorText('type')}
      </div>

      <fieldset className={`field concerns${errorFor('concerns') ? ' invalid' : ''}`} aria-describedby={described('concerns')}>
        <legend className="label">{t('editor.concerns')}</legend>
        {TBT_CONCERNS.map((concern) => (
          <label key={concern} className="check">
            <input type="checkbox" checked={c.concerns.includes(concern)} disabled={readOnly} onChange={(e) => toggleConcern(concern, e.target.checked)} />
            {t(`concerns.${concern}`)}
          </label>
        ))}
        {errorText('concerns')}
      </fieldset>

      {section(
        t('editor.title'),
        <>
          <div className="field-pair">
            {textarea('commentZh', t('editor.commentZh'), 'zh-CN', 'commentZh')}
            {textarea('commentEn', t('editor.commentEn'), 'en', 'commentZh')}
          </div>
          {errorText('commentZh')}
          <div className="field-pair">
            {textarea('proposedChangeZh', t('editor.proposedZh'), 'zh-CN')}
            {textarea('proposedChangeEn', t('editor.proposedEn'), 'en')}
          </div>
        </>,
      )}

      <div className="field-row">
        {input('referenceStandard', t('editor.referenceStandard'), t('editor.referencePlaceholder'), { list: id('standards') })}
        {input('referenceClause', t('editor.referenceClause'), t('editor.referenceClausePlaceholder'))}
        <datalist id={id('standards')}>
          {props.standardIdentifiers.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>

      {issues.length > 0 && (
        <p className="editor-summary" role="status">
          {t('editor.cannotFinish', { count: issues.length })}
        </p>
      )}

      <div className="editor-actions">
        {props.locked || props.colleague ? null : readOnly ? (
          <button type="button" onClick={props.onReopen}>
            {t('editor.reopen')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={props.onFinish}>
            {t('editor.finish')}
          </button>
        )}
        <span className="spacer" />
        {!readOnly &&
          (confirmingDelete ? (
            <span className="confirm" role="alertdialog" aria-label={t('editor.confirmDelete')}>
              {t('editor.confirmDelete')}
              <button type="button" className="danger" onClick={props.onDelete}>
                {t('editor.confirmDeleteYes')}
              </button>
              <button type="button" onClick={() => setConfirmingDelete(false)}>
                {t('cancel', { ns: 'common' })}
              </button>
            </span>
          ) : (
            <button type="button" className="danger-outline" onClick={() => setConfirmingDelete(true)}>
              {t('editor.delete')}
            </button>
          ))}
      </div>
    </form>
  );
}
