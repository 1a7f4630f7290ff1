// A committee's declared scope as people write it in a spreadsheet or the scope editor: ICS codes
// or prefixes, HS chapters or headings, keywords in Chinese and English. One home for what a valid
// entry is, used by the server's import and edit routes and by the app's editor.
import { z } from 'zod';
import { listEntries } from '../import/listEntries';
import type { CommitteeScope } from './suggestCommittees';

/** `97`, `97.200`, `97.200.50`. */
export const ICS_CODE = /^\d{2}(\.\d{3}(\.\d{2})?)?$/;
/** A chapter (`95`), a heading (`9503`) or a subheading (`950300`); dots are dropped first (`95.03`). */
export const HS_CODE = /^\d{2}(\d{2}(\d{2})?)?$/;
export const MAX_SCOPE_ENTRIES = 200;
export const MAX_KEYWORD_LENGTH = 100;

/** Splits a cell or a field into entries (listEntries: `;`, `,`, their full-width forms, `、`, line breaks). */
export const scopeEntries = listEntries;

export const normaliseHs = (code: string) => code.replace(/[.\s]/g, '');

export type ScopeField = 'ics' | 'hs' | 'keywordsZh' | 'keywordsEn';

export type ScopeProblem = { field: ScopeField; problem: 'invalid_ics' | 'invalid_hs' | 'too_long' | 'too_many'; value: string };

/** The entries of each field, normalised, and every entry that is not valid. */
export function checkScope(fields: Record<ScopeField, string[]>): { scope: Omit<CommitteeScope, 'committeeId'>; problems: ScopeProblem[] } {
  const problems: ScopeProblem[] = [];
  const ics = fields.ics.map((c) => c.trim());
  const hs = fields.hs.map(normaliseHs);
  for (const c of ics) if (!ICS_CODE.test(c)) problems.push({ field: 'ics', problem: 'invalid_ics', value: c });
  for (const c of hs) if (!HS_CODE.test(c)) problems.push({ field: 'hs', problem: 'invalid_hs', value: c });
  for (const field of ['keywordsZh', 'keywordsEn'] as const) for (const k of fields[field]) if (k.length > MAX_KEYWORD_LENGTH) problems.push({ field, problem: 'too_long', value: k });
  const scope = { ics: [...new Set(ics)], hs: [...new Set(hs)], keywordsZh: [...new Set(fields.keywordsZh)], keywordsEn: [...new Set(fields.keywordsEn)] };
  for (const field of ['ics', 'hs', 'keywordsZh', 'keywordsEn'] as const) if (scope[field].length > MAX_SCOPE_ENTRIES) problems.push({ field, problem: 'too_many', value: String(scope[field].length) });
  return { scope, problems };
}

const entries = (pattern?: RegExp) => z.array(pattern ? z.string().regex(pattern) : z.string().trim().min(1).max(MAX_KEYWORD_LENGTH)).max(MAX_SCOPE_ENTRIES);

/** The body of `PUT /admin/committees/:id/scope`. */
export const scopeInputSchema = z.object({
  ics: entries(ICS_CODE),
  hs: z.array(z.string().transform(normaliseHs).pipe(z.string().regex(HS_CODE))).max(MAX_SCOPE_ENTRIES),
  keywordsZh: entries(),
  keywordsEn: entries(),
});
export type ScopeInput = z.infer<typeof scopeInputSchema>;

/** A scope as the server keeps and sends it (the `scope` change of a pull). */
export const storedScopeSchema = scopeInputSchema.extend({
  committeeId: z.string().min(1).max(200),
  committeeCode: z.string().max(1000),
  committeeName: z.string().max(1000),
  updatedAt: z.string().max(100),
});
export type StoredScope = z.infer<typeof storedScopeSchema>;
