// One conflict: this device's version and the server's side by side, field by field, with the
// differences marked; keep mine, keep the server's, or merge into an edited text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Comment } from '../../shared/domain/comment';
import { finishIssues } from '../../shared/schemas/comment';
import { db } from '../db/schema';
import { useRoute } from '../lib/route';
import { formatDateTime } from './syncHooks';
import { resolveConflict, type Resolution } from './conflicts';
import './sync.css';

const FIELDS = ['clause', 'type', 'concerns', 'commentZh', 'commentEn', 'proposedChangeZh', 'proposedChangeEn', 'referenceStandard'] as const;
type Field = (typeof FIELDS)[number];
const EDITABLE: Exclude<Field, 'type' | 'concerns'>[] = ['clause', 'commentZh', 'commentEn', 'proposedChangeZh', 'proposedChangeEn', 'referenceStandard'];
const LONG: Field[] = ['commentZh', 'commentEn', 'proposedChangeZh', 'proposedChangeEn'];

export function ConflictView({ commentId }: { commentId: string }) {
  const { t } = useTranslation('sync');
  const navigate = useRoute((s) => s.navigate);
  const conflict = useLiveQuery(async () => (await db.conflicts.get(commentId)) ?? null, [commentId]);
  const [merged, setMerged] = useState<Comment | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const back = () => navigate({ name: 'sync' });

  if (conflict === undefined) return null;
  if (conflict === null) {
    return (
      <div className="sync-screen">
        <p className="muted">{t('conflicts.none')}</p>
        <button type="button" onClick={back}>
          {t('conflicts.back')}
        </button>
      </div>
    );
  }
  const mine = conflict.mine;
  const theirs = conflict.server;
  const resolve = async (resolution: Resolution) => {
    await resolveConflict(db, commentId, resolution);
    back();
  };
  const saveMerge = () => {
    if (!merged) return;
    if (finishIssues({ ...merged, status: 'finished' }).length > 0) {
      setIncomplete(true);
      return;
    }
    void resolve({ choice: 'merged', comment: merged });
  };
  const value = (comment: Comment, field: Field): string => {
    if (field === 'type') return t(`types.${comment.type}`, { ns: 'review' });
    if (field === 'concerns') return comment.concerns.map((c) => t(`concerns.${c}`, { ns: 'review' })).join('; ');
    return comment[field];
  };

  return (
    <div className="sync-screen conflict" data-testid="conflict-view">
      <h1>
        {t('conflicts.heading', { notification: conflict.notificationId })}
      </h1>
      <p className="muted">{t('conflicts.explainOne')}</p>
      <div className="conflict-columns">
        <section className="sync-card" data-testid="conflict-mine">
          <h2>{t('conflicts.mine')}</h2>
          {mine ? <Fields comment={mine} other={theirs.withdrawn ? null : theirs.comment} value={value} /> : <p>{t('conflicts.withdrawnMine')}</p>}
        </section>
        <section className="sync-card" data-testid="conflict-theirs">
          <h2>{t('conflicts.theirs', { version: theirs.version, author: theirs.authorName, time: formatDateTime(theirs.updatedAt) })}</h2>
          {theirs.withdrawn ? <p>{t('conflicts.withdrawnTheirs')}</p> : <Fields comment={theirs.comment} other={mine} value={value} />}
        </section>
      </div>
      {merged ? (
        <section className="sync-card merge" data-testid="conflict-merge">
          <h2>{t('conflicts.mergeTitle')}</h2>
          {EDITABLE.map((field) => (
            <label key={field}>
              {t(`conflicts.fields.${field}`)}
              {LONG.includes(field) ? (
                <textarea value={merged[field]} rows={3} onChange={(e) => setMerged({ ...merged, [field]: e.target.value })} />
              ) : (
                <input value={merged[field]} onChange={(e) => setMerged({ ...merged, [field]: e.target.value })} />
              )}
            </label>
          ))}
          {incomplete && (
            <p className="error-box" role="alert">
              {t('conflicts.incomplete')}
            </p>
          )}
          <div className="row">
            <button type="button" className="primary" onClick={saveMerge}>
              {t('conflicts.saveMerge')}
            </button>
            <button type="button" onClick={() => setMerged(null)}>
              {t('conflicts.cancel')}
            </button>
          </div>
        </section>
      ) : (
        <div className="row">
          <button type="button" className="primary" onClick={() => void resolve({ choice: 'mine' })}>
            {t('conflicts.keepMine')}
          </button>
          <button type="button" onClick={() => void resolve({ choice: 'theirs' })}>
            {t('conflicts.keepTheirs')}
          </button>
          {mine && !theirs.withdrawn && (
            <button type="button" onClick={() => setMerged({ ...mine })}>
              {t('conflicts.merge')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" onClick={back}>
            {t('conflicts.back')}
          </button>
        </div>
      )}
    </div>
  );
}

function Fields({ comment, other, value }: { comment: Comment; other: Comment | null; value: (c: Comment, f: Field) => string }) {
  const { t } = useTranslation('sync');
  return (
    <dl className="conflict-fields">
      {FIELDS.map((field) => {
        const differs = other !== null && value(comment, field) !== value(other, field);
        return (
          <div key={field} className={differs ? 'differs' : undefined}>
            <dt>
              {t(`conflicts.fields.${field}`)}
              {differs && <span className="sync-badge sync-badge-warn">{t('conflicts.differs')}</span>}
            </dt>
            <dd>{value(comment, field) || '—'}</dd>
          </div>
        );
      })}
    </dl>
  );
}
