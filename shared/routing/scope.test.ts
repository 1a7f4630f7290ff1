import { describe, expect, it } from 'vitest';
import { checkScope, scopeEntries, scopeInputSchema } from './scope';

describe('committee scope entries', () => {
  it('splits cells on ; , and their full-width forms and on line breaks, without duplicates', () => {
    expect(scopeEntries('97.200.50；97.190, 97.200.50\n 13 ')).toEqual(['97.200.50', '97.190', '13']);
  });

  it('normalises HS entries and names every bad entry', () => {
    const { scope, problems } = checkScope({ ics: ['97.200', '97.2', 'x'], hs: ['95.03', '9', '950300'], keywordsZh: ['玩具'], keywordsEn: ['t'.repeat(101)] });
    expect(scope.hs).toEqual(['9503', '9', '950300']);
    expect(problems).toEqual([
      { field: 'ics', problem: 'invalid_ics', value: '97.2' },
      { field: 'ics', problem: 'invalid_ics', value: 'x' },
      { field: 'hs', problem: 'invalid_hs', value: '9' },
      { field: 'keywordsEn', problem: 'too_long', value: 't'.repeat(101) },
    ]);
  });

  it('the edit route accepts what the check accepts', () => {
    expect(scopeInputSchema.parse({ ics: ['97.200.50'], hs: ['95.03'], keywordsZh: ['玩具'], keywordsEn: ['toys'] }).hs).toEqual(['9503']);
    expect(scopeInputSchema.safeParse({ ics: ['97.2'], hs: [], keywordsZh: [], keywordsEn: [] }).success).toBe(false);
  });
});
