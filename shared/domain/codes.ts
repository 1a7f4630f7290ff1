// HS and ICS code cells as ePing exports them: `code - description` pairs joined by `; `,
// sometimes repeated, e.g. `6506 - Headgear…; 6506 - Headgear…` or
// `11.040.25 - Syringes, needles and catheters`.
import type { CodeEntry } from './notification';

// A new entry starts where a code (HS digits, optionally `ex`, or a dotted ICS code) follows a
// `;`. Descriptions themselves may contain `;` (HS 8471: "...units thereof; magnetic or optical
// readers..."), so a plain split on `;` would cut them.
const ENTRY_START = /;\s*(?=(?:ex\s*)?\d[\d.]*\s*(?:[-–]\s|$|;))/i;
const ENTRY = /^((?:ex\s*)?\d[\d.]*)\s*(?:[-–]\s*([\s\S]*))?$/i;

export function parseCodeList(cell: string): CodeEntry[] {
  const text = cell.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const entries: CodeEntry[] = [];
  const seen = new Set<string>();
  for (const piece of text.split(ENTRY_START)) {
    const item = piece.trim().replace(/;$/, '').trim();
    if (!item) continue;
    const match = ENTRY.exec(item);
    const entry: CodeEntry = match ? { code: match[1]!.replace(/\s+/g, ' '), description: (match[2] ?? '').trim() } : { code: '', description: item };
    const key = entry.code || entry.description;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  return entries;
}

/** The HS chapter (first two digits) of an HS code such as `6506` or `ex 850760`; null if none. */
export function hsChapter(code: string): string | null {
  const digits = code.replace(/\D/g, '');
  return digits.length >= 2 ? digits.slice(0, 2) : null;
}
