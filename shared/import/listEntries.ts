// A list in one spreadsheet cell or form field, as people type it: `;`, `,`, their full-width
// forms, `、` and line breaks separate entries. Spaces do not: an entry may contain one (`SAC/TC 48`).

/** The trimmed, distinct, non-empty entries of `text`. */
export function listEntries(text: string): string[] {
  return [...new Set(text.split(/[;,；，、\n\r]+/).map((s) => s.trim()).filter(Boolean))];
}
