// WTO document symbols: `G/TBT/N/BRA/366/Add.1/Corr.1`, `G/SPS/N/USA/3500/Rev.1/Add.2`.
// Parsing is tolerant of how symbols arrive from spreadsheets and e-mails (stray and non-breaking
// spaces, `add.1`, `Add. 1`) and always gives back one normalised spelling.
import type { Agreement, ParsedSymbol, SuffixKind, SymbolSuffix } from './notification';

export type SymbolErrorCode = 'empty' | 'not_a_symbol';

export interface SymbolError {
  code: SymbolErrorCode;
  input: string;
}

export type SymbolResult = { ok: true; symbol: ParsedSymbol } | { ok: false; error: SymbolError };

const BASE = /^G\/(TBT|SPS)\/N\/([A-Z][A-Z0-9]{1,5})\/(\d{1,6})$/;
const SUFFIX = /^(ADD|REV|CORR)\.(\d{1,3})$/;
const SUFFIX_KINDS: Record<string, SuffixKind> = { ADD: 'Add', REV: 'Rev', CORR: 'Corr' };

export function formatSymbol(base: string, suffixes: readonly SymbolSuffix[]): string {
  return [base, ...suffixes.map((s) => `${s.kind}.${s.n}`)].join('/');
}

export function parseSymbol(input: string): SymbolResult {
  // Symbols never contain spaces, so every kind of whitespace (\s includes U+00A0) can go.
  const compact = input.replace(/[\s\u200B\uFEFF]+/g, '').toUpperCase();
  if (!compact) return { ok: false, error: { code: 'empty', input } };
  const parts = compact.split('/');
  const base = BASE.exec(parts.slice(0, 5).join('/'));
  if (!base) return { ok: false, error: { code: 'not_a_symbol', input } };
  const suffixes: SymbolSuffix[] = [];
  for (const part of parts.slice(5)) {
    const suffix = SUFFIX.exec(part);
    if (!suffix) return { ok: false, error: { code: 'not_a_symbol', input } };
    suffixes.push({ kind: SUFFIX_KINDS[suffix[1]!]!, n: Number(suffix[2]) });
  }
  const agreement = base[1] as Agreement;
  const memberCode = base[2]!;
  const number = Number(base[3]);
  const baseSymbol = `G/${agreement}/N/${memberCode}/${number}`;
  return {
    ok: true,
    symbol: {
      symbol: formatSymbol(baseSymbol, suffixes),
      agreement,
      memberCode,
      number,
      suffixes,
      baseSymbol,
      parentSymbol: suffixes.length ? formatSymbol(baseSymbol, suffixes.slice(0, -1)) : null,
    },
  };
}
