import { describe, expect, it } from 'vitest';
import { sampleSubmission } from '../compile/testing/sampleSubmission';
import { letterBlocks } from './letterModel';

const fields = (language: 'en' | 'fr' | 'es' | 'zh') =>
  letterBlocks(sampleSubmission(2, language)).flatMap((b) => (b.kind === 'field' ? [`${b.label}${b.text}`] : b.kind === 'paragraph' ? [b.text] : []));

describe('the letter in each template language', () => {
  it('English: sender and addressee first, a written date, "the European Union"', () => {
    const lines = fields('en');
    expect(lines[0]).toBe('From: China WTO/TBT National Notification and Enquiry Center, tbt@example.cn');
    expect(lines[1]).toMatch(/^To: European Commission/);
    expect(lines[2]).toBe('Date: 1 September 2026');
    expect(lines).toContain('Dear Sir or Madam,');
    expect(lines.join('\n')).toContain('China thanks the European Union for');
  });

  it('French: a no-break space before each colon, "1er", "l’Union européenne"', () => {
    const lines = fields('fr');
    expect(lines[0]).toMatch(/^De\u00A0: /);
    expect(lines[2]).toBe('Date\u00A0: 1er septembre 2026');
    expect(lines.join('\n')).toContain("La Chine remercie l'Union européenne de la possibilité");
    const labels = letterBlocks(sampleSubmission(2, 'fr')).flatMap((b) => (b.kind === 'field' ? [b.label] : b.kind === 'comment' ? [b.proposedLabel] : []));
    for (const label of labels) expect(label).toMatch(/\S\u00A0: $/u);
  });

  it('Spanish: "1 de septiembre de 2026", "agradece a la Unión Europea"', () => {
    const lines = fields('es');
    expect(lines[2]).toBe('Fecha: 1 de septiembre de 2026');
    expect(lines.join('\n')).toContain('China agradece a la Unión Europea la oportunidad');
  });

  it('Chinese: full-width colons, a Chinese date and member name', () => {
    const lines = fields('zh');
    expect(lines[2]).toBe('日期：2026年9月1日');
    expect(lines.join('\n')).toContain('中国感谢欧盟就');
    expect(lines.join('\n')).not.toMatch(/[\u4E00-\u9FFF][:;,]/u);
  });
});
