// Opens a PDF with pdf.js and reports what the user must see: loading, a password prompt
// (again, saying so, after a wrong password), the document, or why it cannot be opened. A password
// that opened the document once opens it again without asking, for the rest of the session.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { pdfjsLib, PDF_OPTIONS } from '../lib/pdfjs';
import { preparePassword, rememberedPassword, rememberPassword } from './passwords';

export type PdfLoadState =
  | { kind: 'loading' }
  | { kind: 'password'; wrong: boolean }
  | { kind: 'error'; reason: 'invalid' | 'empty' | 'unknown'; detail: string }
  | { kind: 'ready'; doc: PDFDocumentProxy; loadId: number };

let loads = 0;

export function usePdfDocument(bytes: Uint8Array, documentSha256: string) {
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
    const remembered = rememberedPassword(documentSha256);
    const task = pdfjsLib.getDocument({ data: bytes.slice(), ...PDF_OPTIONS, ...(remembered !== undefined && { password: remembered }) });
    let cancelled = false;
    let tried: string | null = null;
    task.onPassword = (update: (password: string) => void, reason: number) => {
      if (cancelled) return;
      rememberPassword(documentSha256, null);
      answerPassword.current = (password) => {
        tried = password;
        update(password);
      };
      // A remembered password that no longer opens it is not the user's mistake: just ask.
      setState({ kind: 'password', wrong: tried !== null && reason === pdfjsLib.PasswordResponses.INCORRECT_PASSWORD });
    };
    task.promise.then(
      (doc) => {
        if (cancelled) return;
        if (tried !== null) rememberPassword(documentSha256, tried);
        setState({ kind: 'ready', doc, loadId: ++loads });
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
  }, [bytes, documentSha256]);

  const submitPassword = useCallback((password: string) => {
    const answer = answerPassword.current;
    if (!answer) return;
    setState({ kind: 'loading' });
    void preparePassword(password).then(answer);
  }, []);

  return { state, submitPassword };
}
