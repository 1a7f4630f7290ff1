import { describe, expect, it } from 'vitest';
import { duplicateGroups, findDuplicatePairs, textSimilarity } from './similarity';

const blank = { commentZh: '', commentEn: '', proposedChangeZh: '', proposedChangeEn: '' };

describe('near-duplicate detection', () => {
  it('finds Chinese comments that differ only in punctuation, spacing and a few characters', () => {
    const a = '铅的迁移限值严于国际标准，建议采用ISO 8124-3的限值。';
    const b = '铅迁移限值严于国际标准；建议采用 ISO 8124-3 的限值';
    expect(textSimilarity(a, b)).toBeGreaterThan(0.7);
  });

  it('finds English comments that differ in case, punctuation and a word', () => {
    const a = 'The lead limit is stricter than the international standard ISO 8124-3.';
    const b = 'the lead limit is stricter than international standard ISO 8124-3';
    expect(textSimilarity(a, b)).toBeGreaterThan(0.8);
  });

  it('treats full-width and half-width characters alike', () => {
    expect(textSimilarity('ＩＳＯ　８１２４', 'ISO 8124')).toBe(1);
  });

  it('does not flag unrelated comments', () => {
    expect(textSimilarity('标签应使用中文标注', '铅的迁移限值严于国际标准')).toBeLessThan(0.2);
    expect(textSimilarity('The labelling requirement is unclear', 'The transition period is too short')).toBeLessThan(0.4);
  });

  it('compares Chinese with Chinese and English with English, so a comment written in both matches one written in either', () => {
    const pairs = findDuplicatePairs([
      { ...blank, id: 'a', commentZh: '过渡期太短，建议延长至24个月', commentEn: 'The transition period is too short; extend it to 24 months' },
      { ...blank, id: 'b', commentEn: 'The transition period is too short, please extend it to 24 months.' },
      { ...blank, id: 'c', commentZh: '过渡期太短，建议延长到24个月。' },
      { ...blank, id: 'd', commentZh: '标签要求不明确', commentEn: 'Labelling requirements are unclear' },
    ]);
    expect(pairs.map((p) => [p.a, p.b].join('-')).sort()).toEqual(['a-b', 'a-c']);
  });

  it('groups comments that are near-duplicates through one another', () => {
    const groups = duplicateGroups([
      { ...blank, id: 'a', commentZh: '过渡期太短，建议延长至24个月', commentEn: 'Transition period too short' },
      { ...blank, id: 'b', commentEn: 'Transition period too short!' },
      { ...blank, id: 'c', commentZh: '过渡期太短，建议延长到24个月。' },
      { ...blank, id: 'd', commentZh: '标签要求不明确' },
    ]);
    expect(groups).toEqual([['a', 'b', 'c']]);
  });

  it('never flags empty texts as duplicates of each other', () => {
    expect(findDuplicatePairs([{ ...blank, id: 'a' }, { ...blank, id: 'b' }])).toEqual([]);
  });
});
