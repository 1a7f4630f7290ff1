// The notified text: a document selector when there are several files or translations, and the viewer.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextAnchor } from '../../shared/domain/comment';
import type { NotifiedDocument } from '../../shared/domain/document';
import { PdfViewer, type PdfHighlight } from '../pdf';
import { usePdfSource } from './usePdfSource';
import { recordPageCount } from '../db/files';
import { db } from '../db/schema';

export function DocumentPane({
  documents,
  current,
  onSelectDocument,
  highlights,
  scrollTo,
  onCommentOnSelection,
  onHighlightClick,
}: {
  documents: NotifiedDocument[];
  current: NotifiedDocument;
  onSelectDocument: (id: string) => void;
  highlights: PdfHighlight[];
  scrollTo: { highlightId: string; nonce: number } | null;
  onCommentOnSelection: (anchor: TextAnchor) => void;
  onHighlightClick: (id: string) => void;
}) {
  const { t } = useTranslation('review');
  const pdf = usePdfSource(current.sha256, current.fileName);
  // An encrypted file's pages cannot be counted when it is attached, only once it is open.
  const { id, pageCount } = current;
  const onPageCount = useCallback((count: number) => {
    if (count !== pageCount) void recordPageCount(db, id, count);
  }, [id, pageCount]);
  const optionLabel = (d: NotifiedDocument) => {
    const name = d.language ? t('documentNameLang', { fileName: d.fileName, language: d.language }) : d.fileName;
    return d.pageCount > 0 ? t('documentOption', { name, pages: d.pageCount }) : name;
  };

  return (
    <section className="pane" aria-label={t('notifiedText')}>
      <header className="pane-head">
        <span className="pane-title">{t('notifiedText')}</span>
        {documents.length > 1 ? (
          <select aria-label={t('document')} value={current.id} onChange={(e) => onSelectDocument(e.target.value)} data-testid="document-select">
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {optionLabel(d)}
              </option>
            ))}
          </select>
        ) : (
          <span className="pane-file" title={current.fileName}>
            {optionLabel(current)}
          </span>
        )}
      </header>
      <div className="pane-body">
        {pdf.state === 'loading' && <p className="pane-message">{t('loadingDocument', { fileName: current.fileName })}</p>}
        {pdf.state === 'missing' && <p className="pane-message error-box">{t('fileMissing', { fileName: current.fileName })}</p>}
        {pdf.state === 'ready' && (
          <PdfViewer
            key={current.sha256}
            source={pdf.source}
            label={t('notifiedText')}
            highlights={highlights}
            scrollTo={scrollTo}
            onCommentOnSelection={onCommentOnSelection}
            onHighlightClick={onHighlightClick}
            onPageCount={onPageCount}
          />
        )}
      </div>
    </section>
  );
}
