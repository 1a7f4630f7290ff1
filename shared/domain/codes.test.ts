import { describe, expect, it } from 'vitest';
import { hsChapter, parseCodeList } from './codes';

describe('parseCodeList', () => {
  it('splits code - description pairs and drops repeats', () => {
    expect(parseCodeList('6506 - Headgear, nes; 6506 - Headgear, nes; 9503 - Toys')).toEqual([
      { code: '6506', description: 'Headgear, nes' },
      { code: '9503', description: 'Toys' },
    ]);
  });

  it('reads dotted ICS codes', () => {
    expect(parseCodeList('11.040.25 - Syringes, needles and catheters')).toEqual([{ code: '11.040.25', description: 'Syringes, needles and catheters' }]);
  });

  it('keeps a semicolon that belongs to a description', () => {
    expect(parseCodeList('8471 - Automatic data-processing machines; magnetic or optical readers; 8504 - Transformers')).toEqual([
      { code: '8471', description: 'Automatic data-processing machines; magnetic or optical readers' },
      { code: '8504', description: 'Transformers' },
    ]);
  });

  it('accepts bare codes, non-breaking spaces and line breaks', () => {
    expect(parseCodeList('8703;\u00a08704 -\nMotor vehicles for goods')).toEqual([
      { code: '8703', description: '' },
      { code: '8704', description: 'Motor vehicles for goods' },
    ]);
  });

  it('gives an empty list for an empty cell', () => {
    expect(parseCodeList('  ')).toEqual([]);
  });

  it('keeps free text that has no code as a description', () => {
    expect(parseCodeList('Medical devices')).toEqual([{ code: '', description: 'Medical devices' }]);
  });
});

describe('hsChapter', () => {
  it.each([
    ['6506', '65'],
    ['850760', '85'],
    ['ex 0101', '01'],
    ['8', null],
    ['', null],
  ])('chapter of %j is %j', (code, chapter) => {
    expect(hsChapter(code)).toBe(chapter);
  });
});
