// Opens a PDF with pdf.js and reports what the user must see: loading, a password prompt
// (again, saying so, after a wrong password), the document, or why it cannot be opened.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { pdfjsLib, PDF_OPTIONS } from '../lib/pdfjs';

export type PdfLoadState =
  | { kind: 'loading' }
  | { kind: 'password'; wrong: boolean }
  | { kind: 'error'; reason: 'invalid' | 'empty' | 'unknown'; detail: string }
  | { kind: 'ready'; doc: PDFDocumentProxy; loadId: number };

/**
 * AES-256 (revision 6) passwords must be SASLprep-normalised (RFC 4013) before use. NFKC is the
 * core of SASLprep; the rest (mapping some spaces, prohibiting control characters) rarely matters
 * for passwords people type, so NFKC is used as an approximation.
 */
export function preparePassword(password: string): string {
  return password.normalize('NFKC');
}

let loads = 0;

export function usePdfDocument(bytes: Uint8Array) {
  const [state, setState] = useState<PdfLoadState>({ kind: 'loading' });
  const answerPassword = useRef<((password: string) => void) | null>(null);

  useEffect(() => {
    if (bytes.byteLength === 0) {
      setState({ kind: 'error', reason: 'empty', detail: '' });
      return;
    }
    setState({ kind: 'loading' });
    // pdf.js transfers the buffer it is given to its worker; give it a copy so the caller's
    // bytes stay usable (e.g. to open the same document again).
    const task = pdfjsLib.getDocument({ data: bytes.slice(), ...PDF_OPTIONS });
    let cancelled = false;
    task.onPassword = (update: (password: string) => void, reason: number) => {
      if (cancelled) return;
      answerPassword.current = update;
      setState({ kind: 'password', wrong: reason === pdfjsLib.PasswordResponses.INCORRECT_PASSWORD });
    };
    task.promise.then(
      (doc) => {
        if (!cancelled) setState({ kind: 'ready', doc, loadId: ++loads });
      },
      (error: unknown) => {
        if (cancelled) return;
        const name = (error as { name?: string })?.name;
        const detail = error instanceof Error ? error.message : String(error);
        setState({ kind: 'error', reason: name === 'InvalidPDFException' ? 'invalid' : 'unknown', detail });
      },
    );
    return () => {
      cancelled = true;
      answerPassword.current = null;
      void task.destroy();
    };
  }, [bytes]);

  const submitPassword = useCallback((password: string) => {
    const answer = answerPassword.current;
    if (!answer) return;
    setState({ kind: 'loading' });
    answer(preparePassword(password));
  }, []);

  return { state, submitPassword };
}
