// The secretary's compile view for one notification and committee: the experts' finished comments
// compiled into the committee's position, grouped by clause, near-duplicates flagged; merge,
// decide with an observation, reorder, approve (which locks). The caller loads and stores the
// position (`onChange`) and opens a passage in the PDF (`onShowPassage`).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../shared/domain/comment';
import { approve, CompilationError, decide, mergeInPosition, moveTo } from '../../shared/compile/compilation';
import { duplicateGroups } from '../../shared/compile/similarity';
import { DECISIONS, type CommitteePosition, type CompiledComment, type Decision } from '../../shared/compile/types';
import { formatDate } from '../i18n';
import './compile.css';

export interface SourceComment {
  comment: Comment;
  authorName: string;
}

export interface CompileViewProps {
  symbol: string;
  position: CommitteePosition;
  sources: SourceComment[];
  onChange(position: CommitteePosition): void;
  /** The server reports the compilation locked by an approval made elsewhere: read-only here too. */
  lockedOnServer?: boolean;
  onShowPassage?(comment: Comment): void;
}

interface Group {
  clause: string;
  items: CompiledComment[];
}

function groupByClause(compiled: CompiledComment[]): Group[] {
  const groups: Group[] = [];
  for (const item of [...compiled].sort((a, b) => a.order - b.order)) {
    const last = groups.at(-1);
    if (last && last.clause === item.clause) last.items.push(item);
    else groups.push({ clause: item.clause, items: [item] });
  }
  return groups;
}

export function CompileView({ symbol, position, sources, onChange, onShowPassage, lockedOnServer = false }: CompileViewProps) {
  const { t } = useTranslation('compile');
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const byId = useMemo(() => new Map(sources.map((s) => [s.comment.id, s])), [sources]);
  const duplicates = useMemo(() => {
    const of = new Map<string, string[]>();
    for (const group of duplicateGroups(position.compiled)) for (const id of group) of.set(id, group.filter((other) => other !== id));
    return of;
  }, [position.compiled]);
  const ordered = useMemo(() => [...position.compiled].sort((a, b) => a.order - b.order), [position.compiled]);
  const label = (id: string) => `#${ordered.findIndex((c) => c.id === id) + 1}`;

  function run(change: () => CommitteePosition) {
    try {
      onChange(change());
      setError(null);
    } catch (caught) {
      if (!(caught instanceof CompilationError)) throw caught;
      const first = position.compiled.find((c) => c.id === caught.ids[0]);
      setError(t(`errors.${caught.code}`, { count: caught.ids.length, ids: caught.ids.join(', '), clause: first?.clause || t('general') }));
    }
  }

  const sourceCount = position.compiled.reduce((n, c) => n + c.sourceCommentIds.length, 0);
  const locked = position.locked || lockedOnServer;

  return (
    <section className="compile">
      <header className="compile-header">
        <h1>{t('title', { symbol })}</h1>
        <p>
          {t('committee', { code: position.committee.code || t('noCommitteeCode') })} · {t('counts', { compiled: position.compiled.length, sources: sourceCount })}
        </p>
        {locked ? (
          <p className="compile-locked" role="status" data-testid="compile-locked">
            {position.locked ? t('approved', { date: formatDate(position.approvedAt) }) : t('lockedOnServer')}
          </p>
        ) : (
          <div className="compile-actions">
            <button type="button" disabled={selected.length < 2} onClick={() => run(() => { const next = mergeInPosition(position, selected); setSelected([]); return next; })}>
              {t('merge', { count: selected.length })}
            </button>
            <button type="button" className="primary" onClick={() => run(() => approve(position, new Date().toISOString()))}>
              {t('approve')}
            </button>
          </div>
        )}
        {error && <p className="compile-error" role="alert">{error}</p>}
      </header>
      {groupByClause(position.compiled).map((group, g) => (
        <section key={`${group.clause}-${g}`} className="compile-group">
          <h2>{group.clause ? t('clause', { clause: group.clause }) : t('general')}</h2>
          {group.items.map((item) => {
            const index = ordered.indexOf(item);
            const authors = [...new Set(item.sourceCommentIds.map((id) => byId.get(id)?.authorName).filter(Boolean))].join(', ');
            const anchored = item.sourceCommentIds.map((id) => byId.get(id)?.comment).find((c) => c?.anchor);
            const dupes = duplicates.get(item.id);
            return (
              <article key={item.id} className={`compile-item decision-${item.decision}`} data-testid="compiled-comment">
                <div className="compile-item-head">
                  {!locked && (
                    <input
                      type="checkbox"
                      aria-label={t('select')}
                      checked={selected.includes(item.id)}
                      onChange={(e) => setSelected((s) => (e.target.checked ? [...s, item.id] : s.filter((id) => id !== item.id)))}
                    />
                  )}
                  <strong>{label(item.id)}</strong>
                  <span className="compile-type">{t(`types.${item.type}`)}</span>
                  {item.paragraph && <span>{item.paragraph}</span>}
                  {item.line && <span>{t('line', { line: item.line })}</span>}
                  <span className="compile-author">{t('author', { names: authors || '—' })}</span>
                  {dupes && <span className="compile-duplicate">{t('duplicate', { others: dupes.map(label).join(', ') })}</span>}
                  {!locked && (
                    <span className="compile-move">
                      <button type="button" disabled={index === 0} aria-label={t('moveUp')} title={t('moveUp')} onClick={() => run(() => moveTo(position, item.id, index - 1))}>↑</button>
                      <button type="button" disabled={index === ordered.length - 1} aria-label={t('moveDown')} title={t('moveDown')} onClick={() => run(() => moveTo(position, item.id, index + 1))}>↓</button>
                    </span>
                  )}
                </div>
                <Evidence item={item} />
                {anchored?.anchor && (
                  <blockquote className="compile-passage">
                    {anchored.anchor.quote}
                    {onShowPassage && (
                      <button type="button" className="link" onClick={() => onShowPassage(anchored)}>{t('showInPdf')}</button>
                    )}
                  </blockquote>
                )}
                <CompiledTexts item={item} locked={locked} onEdit={(texts) => run(() => decide(position, item.id, { decision: item.decision === 'rejected' ? 'rejected' : 'modified', observation: item.observation, texts }))} />
                <div className="compile-decision">
                  <label>
                    {t('decision')}
                    <select value={item.decision} disabled={locked} onChange={(e) => run(() => decide(position, item.id, { decision: e.target.value as Decision, observation: item.observation }))}>
                      {DECISIONS.map((d) => <option key={d} value={d}>{t(`decisions.${d}`)}</option>)}
                    </select>
                  </label>
                  <label className="compile-observation">
                    {t('observation')}
                    <textarea
                      rows={2}
                      disabled={locked}
                      defaultValue={item.observation}
                      onBlur={(e) => e.target.value !== item.observation && run(() => decide(position, item.id, { decision: item.decision, observation: e.target.value }))}
                    />
                  </label>
                </div>
              </article>
            );
          })}
        </section>
      ))}
    </section>
  );
}

/** What the experts rest the comment on: their TBT concerns and the standard they cite (merges keep all). */
function Evidence({ item }: { item: CompiledComment }) {
  const { t } = useTranslation('compile');
  const reference = [item.referenceStandard, item.referenceClause].filter((part) => part?.trim()).join(', ');
  if (item.concerns.length === 0 && !reference) return null;
  return (
    <p className="compile-evidence" data-testid="compile-evidence">
      {item.concerns.map((c) => t(`review:concerns.${c}`)).join(t('listSeparator'))}
      {item.concerns.length > 0 && reference && ' · '}
      {reference && t('reference', { reference })}
    </p>
  );
}

function CompiledTexts({ item, locked, onEdit }: { item: CompiledComment; locked: boolean; onEdit(texts: Partial<CompiledComment>): void }) {
  const { t } = useTranslation('compile');
  const field = (key: 'commentZh' | 'commentEn' | 'proposedChangeZh' | 'proposedChangeEn', heading: string) => (
    <label className="compile-text">
      {heading}
      <textarea rows={2} disabled={locked} defaultValue={item[key]} onBlur={(e) => e.target.value !== item[key] && onEdit({ [key]: e.target.value })} />
    </label>
  );
  return (
    <div className="compile-texts">
      <div>
        <h3>{t('textZh')}</h3>
        {field('commentZh', t('comment'))}
        {field('proposedChangeZh', t('proposedChange'))}
      </div>
      <div>
        <h3>{t('textEn')}</h3>
        {field('commentEn', t('comment'))}
        {field('proposedChangeEn', t('proposedChange'))}
      </div>
    </div>
  );
}
