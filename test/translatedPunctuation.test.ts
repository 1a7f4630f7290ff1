// Punctuation belongs in the translations: a colon or bracket typed in a component after a translated
// string shows as ASCII punctuation in a Chinese sentence ("现行评议截止日期:"). Every component
// is scanned for punctuation glued to a t(…) call.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

/** `{t('x')}:` in JSX, `${t('x')}: ` in a template, `t('x') + ': '`. */
const GLUED = /\bt\([^()]*(?:\([^()]*\)[^()]*)*\)\}\s?[:;,(]|\$\{t\([^}]*\)\}\s?[:;,(]|\bt\([^()]*\)\s*\+\s*['"`]\s?[:;,(]/;

describe('translated text carries its own punctuation', () => {
  it('no component glues ASCII punctuation to a translated string', () => {
    const offenders = tsxFiles('renderer').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => [`${file}:${i + 1}`, line.trim()] as const)
        .filter(([, line]) => GLUED.test(line)),
    );
    expect(offenders).toEqual([]);
  });

  it('the scan finds the pattern it looks for', () => {
    expect(GLUED.test("<strong>{t('data.inForce')}:</strong>")).toBe(true);
    expect(GLUED.test('label={`${t(\'referenceStandard\')}: ${id}`}')).toBe(true);
    expect(GLUED.test("<strong>{t('data.inForceLabel')}</strong>")).toBe(false);
  });
});
