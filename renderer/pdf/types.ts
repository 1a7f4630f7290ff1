// The contract between the PDF viewer (renderer/pdf) and the screens that show PDFs.
import type { TextAnchor } from '../../shared/domain/comment';

export interface PdfSource {
  /** The PDF bytes; the viewer never modifies them. */
  bytes: Uint8Array;
  sha256: string;
  fileName: string;
}

export interface PdfHighlight {
  id: string;
  anchor: TextAnchor;
  active?: boolean;
}

export interface PdfViewerProps {
  source: PdfSource;
  highlights?: PdfHighlight[];
  /** Called when the user selects text in the document and asks to comment on it. */
  onCommentOnSelection?: (anchor: TextAnchor) => void;
  onHighlightClick?: (highlightId: string) => void;
  /** Called once the document is open with its number of pages (known only then for an encrypted file). */
  onPageCount?: (pageCount: number) => void;
  /** Scroll to this highlight; change `nonce` to scroll again to the same one. */
  scrollTo?: { highlightId: string; nonce: number } | null;
  /** Label for the viewer's landmark, e.g. "Notified text" or "Reference standard". */
  label?: string;
}
