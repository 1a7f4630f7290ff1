// Passwords of encrypted PDFs: prepared as pdf.js needs them, and remembered for the session.
import { Buffer } from 'buffer';

/**
 * AES-256 (revision 6) passwords must be SASLprep-normalised (RFC 4013) before use, and pdf.js
 * does none: a soft hyphen, say, is mapped to nothing and a no-break space to a space.
 * @mongodb-js/saslprep's browser build reads its tables with Node's Buffer; the pure-JS `buffer`
 * package stands in for it. A password SASLprep refuses (a control character) is passed as
 * typed, so that pdf.js answers "wrong password".
 */
export async function preparePassword(password: string): Promise<string> {
  (globalThis as { Buffer?: unknown }).Buffer ??= Buffer;
  const { default: saslprep } = await import('@mongodb-js/saslprep');
  try {
    return saslprep(password);
  } catch {
    return password;
  }
}

/** Passwords that opened a document (by its sha256), in memory only: gone when the app closes. */
const sessionPasswords = new Map<string, string>();

export function rememberedPassword(documentSha256: string): string | undefined {
  return sessionPasswords.get(documentSha256);
}

export function rememberPassword(documentSha256: string, preparedPassword: string | null): void {
  if (preparedPassword === null) sessionPasswords.delete(documentSha256);
  else sessionPasswords.set(documentSha256, preparedPassword);
}
