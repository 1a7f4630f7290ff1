// The notification's comments in document order; each row shows type, clause, status (and whether
// the server refused it) and quote.
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../shared/domain/comment';
import { RefusedChip } from '../sync/RefusedNotice';
import type { Rejection } from '../sync/syncState';

export function CommentList({
  comments,
  documentSha256,
  activeId,
  refused,
  onSelect,
}: {
  comments: Comment[];
  documentSha256: string | null;
  activeId: string | null;
  /** Comments the server refused for good, by id. */
  refused: ReadonlyMap<string, Rejection>;
  onSelect: (comment: Comment) => void;
}) {
  const { t } = useTranslation('review');
  if (comments.length === 0) return <p className="comment-list-empty">{t('list.empty')}</p>;
  return (
    <ol className="comment-list" data-testid="comment-list">
      {comments.map((c) => {
        const where = !c.anchor
          ? t('list.general')
          : c.anchor.documentSha256 === documentSha256
            ? t('list.page', { page: c.anchor.pageIndex + 1 })
            : t('list.otherDocument');
        const text = c.commentZh.trim() || c.commentEn.trim();
        return (
          <li key={c.id}>
            <button
              className={`comment-row${c.id === activeId ? ' active' : ''}`}
              aria-current={c.id === activeId}
              data-testid="comment-row"
              onClick={() => onSelect(c)}
            >
              <span className="comment-row-head">
                <span className={`type-chip type-${c.type}`}>{t(`typeShort.${c.type}`)}</span>
                <span className="comment-row-clause">{c.clause.trim() || <span className="muted">{t('list.noClause')}</span>}</span>
                <span className="comment-row-where">{where}</span>
                <span className={`status-chip status-${c.status}`}>{t(`status.${c.status}`)}</span>
                {refused.has(c.id) && <RefusedChip rejection={refused.get(c.id)!} />}
              </span>
              {c.anchor && <span className="comment-row-quote">“{c.anchor.quote}”</span>}
              <span className="comment-row-text">{text || <span className="muted">{t('list.untitled')}</span>}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
