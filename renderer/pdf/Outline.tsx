// The document's outline (bookmarks) as a tree; choosing an entry goes to its destination.
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useTranslation } from 'react-i18next';

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

export interface OutlineTarget {
  pageIndex: number;
  /** The destination's point in PDF space, when it names one (XYZ and FitH/FitBH destinations). */
  pdfX: number | null;
  pdfY: number | null;
}

export async function resolveDestination(doc: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<OutlineTarget | null> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || explicit.length === 0) return null;
  const [ref, kind] = explicit as [unknown, { name?: string } | undefined, ...unknown[]];
  const pageIndex =
    typeof ref === 'number' ? ref : ref && typeof ref === 'object' ? await doc.getPageIndex(ref as Parameters<PDFDocumentProxy['getPageIndex']>[0]) : null;
  if (pageIndex === null || pageIndex < 0 || pageIndex >= doc.numPages) return null;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  switch (kind?.name) {
    case 'XYZ':
      return { pageIndex, pdfX: num(explicit[2]), pdfY: num(explicit[3]) };
    case 'FitH':
    case 'FitBH':
      return { pageIndex, pdfX: null, pdfY: num(explicit[2]) };
    default:
      return { pageIndex, pdfX: null, pdfY: null };
  }
}

function OutlineItems({ items, onSelect }: { items: OutlineNode[]; onSelect: (node: OutlineNode) => void }) {
  return (
    <ul role="group">
      {items.map((item, i) => (
        <li key={i} role="treeitem" aria-selected={false}>
          <button type="button" className="pdf-outline-entry" onClick={() => onSelect(item)} title={item.title}>
            {item.title}
          </button>
          {item.items.length > 0 && <OutlineItems items={item.items} onSelect={onSelect} />}
        </li>
      ))}
    </ul>
  );
}

export function Outline({ doc, onNavigate }: { doc: PDFDocumentProxy; onNavigate: (target: OutlineTarget) => void }) {
  const { t } = useTranslation('pdf');
  const [outline, setOutline] = useState<OutlineNode[] | null | 'loading'>('loading');
  useEffect(() => {
    let cancelled = false;
    doc.getOutline().then(
      (items) => !cancelled && setOutline(items && items.length > 0 ? items : null),
      () => !cancelled && setOutline(null),
    );
    return () => {
      cancelled = true;
    };
  }, [doc]);

  const select = (node: OutlineNode) => {
    void resolveDestination(doc, node.dest).then((target) => target && onNavigate(target));
  };

  return (
    <nav className="pdf-sidebar" aria-label={t('sidebar')} data-testid="pdf-outline">
      {outline === 'loading' ? null : outline === null ? (
        <p className="pdf-sidebar-empty">{t('noOutline')}</p>
      ) : (
        <div role="tree">
          <OutlineItems items={outline} onSelect={select} />
        </div>
      )}
    </nav>
  );
}
