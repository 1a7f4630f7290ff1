// A developer page (#/dev/pdf) that hosts the viewer on a local file: used by the end-to-end tests
// and for trying the viewer by hand. Anchors made with "Comment" become highlights, kept while
// the page is open (also when the same file is opened again).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextAnchor } from '../../shared/domain/comment';
import { sha256Hex } from '../../shared/util/sha256';
import { PdfViewer } from './PdfViewer';
import type { PdfHighlight, PdfSource } from './types';

/**
 * WebCrypto exists only in secure contexts; the e2e harness serves the app from plain
 * http://tbt-review-desk.test, where it is missing. This developer page then names the document by
 * its size and a few bytes instead, which is enough to tell files apart here.
 */
async function documentId(bytes: Uint8Array): Promise<string> {
  if (globalThis.crypto?.subtle) return sha256Hex(bytes);
  const sample = Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `dev-${bytes.byteLength}-${sample}`;
}

export function PdfDevPage() {
  const { t } = useTranslation('pdf');
  const [source, setSource] = useState<PdfSource | null>(null);
  const [opened, setOpened] = useState(0);
  const [textOnly, setTextOnly] = useState(false);
  const [highlights, setHighlights] = useState<PdfHighlight[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [scrollTo, setScrollTo] = useState<{ highlightId: string; nonce: number } | null>(null);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    setSource({ bytes, sha256: await documentId(bytes), fileName: file.name });
    setOpened((n) => n + 1);
  };
  const add = (anchor: TextAnchor) => {
    const id = `h${highlights.length + 1}`;
    setHighlights((list) => [...list, { id, anchor }]);
    setActive(id);
  };

  return (
    <div className="pdf-dev" data-testid="pdf-dev">
      <div className="pdf-dev-bar">
        <strong>{t('dev.title')}</strong>
        <label>
          {t('dev.chooseFile')}{' '}
          <input type="file" accept="application/pdf,.pdf" data-testid="pdf-dev-file" onChange={(e) => void open(e.target.files?.[0])} />
        </label>
        <label>
          <input type="checkbox" checked={textOnly} onChange={(e) => setTextOnly(e.target.checked)} data-testid="pdf-dev-text-only" />{' '}
          {t('dev.textOnly')}
        </label>
        {highlights.map((h) => (
          <button key={h.id} type="button" onClick={() => setScrollTo({ highlightId: h.id, nonce: Date.now() })} data-testid={`pdf-dev-goto-${h.id}`}>
            {h.id}: {h.anchor.quote.slice(0, 24)}
          </button>
        ))}
      </div>
      <div className="pdf-dev-main">
        {source ? (
          <PdfViewer
            key={opened}
            source={source}
            highlights={highlights.map((h) => ({ ...h, anchor: textOnly ? { ...h.anchor, rects: [] } : h.anchor, active: h.id === active }))}
            onCommentOnSelection={add}
            onHighlightClick={setActive}
            scrollTo={scrollTo}
          />
        ) : (
          <p className="pdf-status">{t('dev.noFile')}</p>
        )}
      </div>
      <pre hidden data-testid="pdf-dev-anchors" aria-label={t('dev.anchors')} data-active={active ?? ''}>
        {JSON.stringify(highlights.map((h) => h.anchor))}
      </pre>
    </div>
  );
}
