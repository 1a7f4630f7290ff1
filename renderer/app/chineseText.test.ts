// A zh review of every screen's strings, kept as a test: Chinese sentences use full-width
// punctuation, carry no stray English words, and name each concept with one term.
import { describe, expect, it } from 'vitest';
import { namespaces } from './namespaces';

function entries(value: unknown, prefix: string): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => entries(child, `${prefix}.${key}`));
}

const CJK = /[\u3400-\u9FFF]/u;
/** Names, codes and formats that stay in Latin letters in Chinese text. */
const LATIN_ALLOWED = new Set(['TBT', 'SPS', 'WTO', 'ePing', 'PDF', 'DOCX', 'XLSX', 'CSV', 'JSON', 'HS', 'ICS', 'ISO', 'IEC', 'TC', 'SC', 'ge', 'te', 'ed', 'URL', 'ID', 'PostgreSQL', 'PGlite', 'HTTPS', 'HTTP', 'IndexedDB', 'Excel', 'Word', 'Add', 'Rev', 'Corr', 'MB', 'NC', 'PNG', 'TLS', 'Electron', 'API', 'E', 'Table', 'KB', 'MB', 'SAC', 'localhost']);

const zhStrings = Object.entries(namespaces).flatMap(([ns, locales]) => entries(locales['zh-CN'], ns)).filter(([, text]) => CJK.test(text));
/** The text with interpolations ({{name}}) and symbols such as G/TBT/N/EU/1234 set aside. */
const prose = (text: string) =>
  text
    .replace(/\{\{[^}]*\}\}/g, '¤')
    // Symbols, file extensions, addresses: G/TBT/N/EU/1234, .xlsx, https://…, 127.0.0.1.
    .replace(/[A-Za-z0-9.]*[/.:][A-Za-z0-9./:…]+/g, '¤');

describe('the Chinese interface text', () => {
  it('uses full-width punctuation next to Chinese text (no ASCII colon, comma, semicolon, brackets, ? or !)', () => {
    const bad = zhStrings.filter(([, text]) => {
      const p = prose(text);
      return /[\u3400-\u9FFF¤]\s*[:,;!?]|[:,;!?]\s*[\u3400-\u9FFF]|\([^)]*[\u3400-\u9FFF][^)]*\)/u.test(p);
    });
    expect(bad).toEqual([]);
  });

  it('carries no English words besides names, codes and formats', () => {
    const bad = zhStrings.filter(([, text]) => (prose(text).match(/[A-Za-z]{2,}/g) ?? []).some((word) => !LATIN_ALLOWED.has(word)));
    expect(bad).toEqual([]);
  });

  it('names each concept with one term (glossary in ../shared/domain.md)', () => {
    const all = zhStrings.map(([, text]) => text).join('\n');
    // "ge" is 一般性 everywhere (not 总体); comments are 评议 (not 评论).
    expect(all).not.toMatch(/总体/);
    expect(all).not.toMatch(/评论/);
    expect(all).not.toMatch(/技术性贸易壁垒措施/);
  });
});
