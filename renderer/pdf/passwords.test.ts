import { describe, expect, it } from 'vitest';
import { preparePassword } from './passwords';

describe('a PDF password is prepared with SASLprep (RFC 4013), as AES-256 PDFs require', () => {
  it('maps a soft hyphen to nothing and a no-break space to a space', async () => {
    expect(await preparePassword('a\u00ADbc')).toBe('abc');
    expect(await preparePassword('pass\u00A0word')).toBe('pass word');
  });
  it('composes what is typed decomposed (NFKC)', async () => {
    expect(await preparePassword('e\u0301t\u00E9')).toBe('\u00E9t\u00E9');
  });
  it('passes a password SASLprep refuses as typed, so that pdf.js can say it is wrong', async () => {
    expect(await preparePassword('ab\u0007c')).toBe('ab\u0007c');
  });
});
