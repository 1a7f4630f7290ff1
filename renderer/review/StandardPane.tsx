// A reference standard shown beside the notified text for comparison.
import { useTranslation } from 'react-i18next';
import type { StandardText } from '../../shared/domain/document';
import { PdfViewer } from '../pdf';
import { usePdfSource } from './usePdfSource';

export function StandardPane({
  standards,
  currentId,
  onSelect,
  onClose,
  onCite,
}: {
  standards: StandardText[];
  currentId: string | null;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** Set when a comment is open and editable. */
  onCite: ((identifier: string) => void) | null;
}) {
  const { t } = useTranslation('review');
  const current = standards.find((s) => s.id === currentId) ?? standards[0] ?? null;
  const pdf = usePdfSource(current?.sha256 ?? null, current?.fileName ?? '');

  return (
    <section className="pane" aria-label={t('referenceStandard')} data-testid="standard-pane">
      <header className="pane-head">
        <span className="pane-title">{t('referenceStandard')}</span>
        {current && (
          <select aria-label={t('compare.choose')} value={current.id} onChange={(e) => onSelect(e.target.value)} data-testid="standard-select">
            {standards.map((s) => (
              <option key={s.id} value={s.id}>
                {s.identifier} — {s.title}
              </option>
            ))}
          </select>
        )}
        <span className="spacer" />
        {current && onCite && (
          <button onClick={() => onCite(current.identifier)} title={t('compare.useAsReferenceTitle')}>
            {t('compare.useAsReference')}
          </button>
        )}
        <button className="icon" onClick={onClose} aria-label={t('compare.close')} title={t('compare.close')}>
          ×
        </button>
      </header>
      <div className="pane-body">
        {!current && <p className="pane-message">{t('compare.none')}</p>}
        {current && pdf.state === 'loading' && <p className="pane-message">{t('loadingDocument', { fileName: current.fileName })}</p>}
        {current && pdf.state === 'missing' && <p className="pane-message error-box">{t('fileMissing', { fileName: current.fileName })}</p>}
        {pdf.state === 'ready' && <PdfViewer key={pdf.source.sha256} source={pdf.source} label={t('referenceStandardNamed', { identifier: current?.identifier ?? '' })} />}
      </div>
    </section>
  );
}
