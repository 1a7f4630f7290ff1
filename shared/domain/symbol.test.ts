import { describe, expect, it } from 'vitest';
import { parseSymbol } from './symbol';

function parsed(input: string) {
  const result = parseSymbol(input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got ${result.error.code}`);
  return result.symbol;
}

describe('parseSymbol', () => {
  it('reads a base TBT notification', () => {
    expect(parsed('G/TBT/N/EU/1234')).toEqual({
      symbol: 'G/TBT/N/EU/1234',
      agreement: 'TBT',
      memberCode: 'EU',
      number: 1234,
      suffixes: [],
      baseSymbol: 'G/TBT/N/EU/1234',
      parentSymbol: null,
    });
  });

  it('reads a stacked addendum and corrigendum and links it to its parent and base', () => {
    const s = parsed('G/TBT/N/BRA/366/Add.1/Corr.1');
    expect(s.suffixes).toEqual([
      { kind: 'Add', n: 1 },
      { kind: 'Corr', n: 1 },
    ]);
    expect(s.parentSymbol).toBe('G/TBT/N/BRA/366/Add.1');
    expect(s.baseSymbol).toBe('G/TBT/N/BRA/366');
  });

  it('reads an SPS revision with an addendum', () => {
    const s = parsed('G/SPS/N/USA/3500/Rev.1/Add.2');
    expect(s.agreement).toBe('SPS');
    expect(s.parentSymbol).toBe('G/SPS/N/USA/3500/Rev.1');
    expect(s.baseSymbol).toBe('G/SPS/N/USA/3500');
  });

  it.each([
    [' G/TBT/N/USA/2211', 'G/TBT/N/USA/2211'],
    ['G/TBT/N/USA/2211  ', 'G/TBT/N/USA/2211'],
    ['\u00a0G/TBT/N/USA/2211\u00a0', 'G/TBT/N/USA/2211'],
    ['G/TBT/N/BRA/366/add.1', 'G/TBT/N/BRA/366/Add.1'],
    ['G/TBT/N/BRA/366/Add. 1', 'G/TBT/N/BRA/366/Add.1'],
    ['g/tbt/n/eu/1234/REV.2/corr.1', 'G/TBT/N/EU/1234/Rev.2/Corr.1'],
    ['G/TBT/N/TPKM/512', 'G/TBT/N/TPKM/512'],
  ])('normalises %j to %s', (input, expected) => {
    expect(parsed(input).symbol).toBe(expected);
  });

  it.each(['G/TBT/N/EU', 'TBT/N/EU/12', 'G/TBT/EU/12', 'G/XYZ/N/EU/12', 'G/TBT/N/EU/12/Add', 'G/TBT/N/EU/12/Suppl.1', 'G/TBT/N/EU/1 2x', 'hello'])(
    'rejects %j as not a WTO document symbol',
    (input) => {
      const result = parseSymbol(input);
      expect(result).toEqual({ ok: false, error: { code: 'not_a_symbol', input } });
    },
  );

  it('reports an empty cell as empty rather than malformed', () => {
    expect(parseSymbol(' \u00a0 ')).toEqual({ ok: false, error: { code: 'empty', input: ' \u00a0 ' } });
  });
});
