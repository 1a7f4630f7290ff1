// The institute's earlier comments and positions on similar measures, beside the comment editor:
// each with its notification, why it is shown, what became of it and the passage it targeted; one
// action starts a new comment from it.
import { useTranslation } from 'react-i18next';
import type { PrecedentReason, RankedPrecedent } from '../../shared/precedents';

function reasonText(t: (key: string, options?: Record<string, unknown>) => string, reason: PrecedentReason): string {
  switch (reason.kind) {
    case 'same_member':
      return t('precedents.reason.same_member', { member: reason.memberCode });
    case 'hs':
      return t(`precedents.reason.hs_${reason.level}`, { codes: reason.codes.join(', ') });
    case 'ics':
      return t(`precedents.reason.ics_${reason.level}`, { codes: reason.codes.join(', ') });
    case 'standard':
      return t('precedents.reason.standard', { standard: reason.standard });
    case 'similar_text':
      return t('precedents.reason.similar_text', { percent: reason.percent });
  }
}

function outcomeText(t: (key: string, options?: Record<string, unknown>) => string, precedent: RankedPrecedent): string {
  const { outcome } = precedent.source;
  const parts = [outcome.decision ? t(`precedents.decision.${outcome.decision}`) : t('precedents.decision.none')];
  if (outcome.sent) parts.push(t('precedents.sent'));
  if (outcome.memberOutcome) parts.push(t(`precedents.memberOutcome.${outcome.memberOutcome}`));
  return parts.join(' · ');
}

export function PrecedentsPanel({ precedents, onOpen, onReuse }: { precedents: RankedPrecedent[] | undefined; onOpen: (notificationId: string) => void; onReuse: (precedent: RankedPrecedent) => void }) {
  const { t, i18n } = useTranslation('review');
  if (!precedents) return <p className="muted precedents-empty">{t('precedents.loading')}</p>;
  if (precedents.length === 0) return <p className="muted precedents-empty">{t('precedents.none')}</p>;
  const zh = i18n.language.startsWith('zh');
  return (
    <ol className="precedents" data-testid="precedents">
      {precedents.map((p) => {
        const { source } = p;
        const text = (zh ? source.commentZh || source.commentEn : source.commentEn || source.commentZh).trim();
        return (
          <li key={`${source.kind}:${source.id}`} className="precedent" data-testid="precedent">
            <div className="precedent-head">
              <button className="link" onClick={() => onOpen(source.notificationId)} title={source.title}>
                {source.notificationId}
              </button>
              <span className="muted">{t(`precedents.kind.${source.kind}`)}</span>
            </div>
            <div className="precedent-title muted">{source.title}</div>
            <ul className="precedent-reasons">
              {p.reasons.map((reason, i) => (
                <li key={i}>{reasonText(t, reason)}</li>
              ))}
            </ul>
            <p className="precedent-text">
              {source.clause && <strong>{t('precedents.clause', { clause: source.clause })} </strong>}
              {text}
            </p>
            {source.anchor?.quote && <blockquote className="precedent-quote">{source.anchor.quote}</blockquote>}
            <div className="precedent-foot">
              <span className="precedent-outcome">{outcomeText(t, p)}</span>
              {source.outcome.replySummary && <span className="muted">{t('precedents.reply', { summary: source.outcome.replySummary })}</span>}
              <span className="spacer" />
              <button onClick={() => onReuse(p)} data-testid="precedent-reuse">
                {t('precedents.reuse')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
