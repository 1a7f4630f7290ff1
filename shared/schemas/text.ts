// Text as the server's database stores it. PostgreSQL refuses a NUL character anywhere and a lone
// UTF-16 surrogate in jsonb; pdf.js text extracted from PDFs contains both. A push body is cleaned
// with `storableJson` before its schema runs (pushRequestSchema), and every string field has a
// length limit here, so what the schema accepts is exactly what can be stored.
import { z } from 'zod';

/** Ids: at most this many characters (far below PostgreSQL's ~2.7 kB btree entry limit). */
export const MAX_ID_LENGTH = 200;
/** Names, clauses, codes, dates. */
export const MAX_SHORT_TEXT = 1000;
/** Comment texts, observations, quotes. */
export const MAX_LONG_TEXT = 20_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops NUL characters and replaces lone surrogates with U+FFFD. */
export function storableText(value: string): string {
  return value.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Every string (values and keys) of a JSON value, cleaned with `storableText`. */
export function storableJson(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [storableText(key), storableJson(inner)]));
  }
  return value;
}

/** A string of at most `max` characters (and at least `min`). */
export function text(max: number, min = 0) {
  // No `.min(0)`: every check costs a call per string of every pulled change.
  const atMost = z.string().max(max);
  return min > 0 ? atMost.min(min) : atMost;
}

export const idText = text(MAX_ID_LENGTH, 1);
export const shortText = text(MAX_SHORT_TEXT);
export const longText = text(MAX_LONG_TEXT);
