// The list, the review screen and the submission screen show one final date for comments: the list
// through prepareRows, both screens through deadlineInForce(notification, related), as they call it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineInForce } from '../../shared/domain/deadline';
import type { Notification, SymbolSuffix } from '../../shared/domain/notification';
import { prepareRows } from './listModel';

const BASE = 'G/TBT/N/EU/1234';

function doc(suffixes: SymbolSuffix[], finalDateForComments: string | null, distributionDate: string | null): Notification {
  const id = [BASE, ...suffixes.map((s) => `${s.kind}.${s.n}`)].join('/');
  return {
    id, baseSymbol: BASE, suffixes, finalDateForComments, distributionDate, memberCode: 'EU', member: 'European Union', title: id,
    agreement: 'TBT', type: 'regular', hsCodes: [], icsCodes: [], keywords: [], links: [],
  } as unknown as Notification;
}

/** What each screen would show for `n`, given every document stored. */
function shown(n: Notification, all: Notification[]) {
  const list = prepareRows(all, new Map(), '2025-01-01').find((r) => r.id === n.id)!.deadline;
  const related = all.filter((d) => d.baseSymbol === n.baseSymbol);
  const review = deadlineInForce(n, related).date;
  const submission = deadlineInForce(n, related).date;
  return { list, review, submission };
}

describe('one final date for comments on every screen', () => {
  it('a revision without a final date leaves none in force, on the list and on both screens', () => {
    const base = doc([], '2025-03-01', '2025-01-01');
    const rev = doc([{ kind: 'Rev', n: 1 }], null, '2025-02-01');
    for (const n of [base, rev]) expect(shown(n, [base, rev])).toEqual({ list: null, review: null, submission: null });
  });

  it('agree on any chain of base, Add., Rev. and Corr. documents', () => {
    const suffix = fc.record({ kind: fc.constantFrom<'Add' | 'Rev' | 'Corr'>('Add', 'Rev', 'Corr'), n: fc.integer({ min: 1, max: 3 }) });
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, '0')}`);
    const follow = fc.record({ suffixes: fc.array(suffix, { minLength: 1, maxLength: 2 }), final: fc.option(day), distributed: fc.option(day) });
    fc.assert(
      fc.property(fc.option(day), fc.array(follow, { maxLength: 5 }), (baseFinal, follows) => {
        const docs = new Map<string, Notification>();
        const base = doc([], baseFinal, '2025-01-01');
        docs.set(base.id, base);
        for (const f of follows) {
          const d = doc(f.suffixes, f.final, f.distributed);
          docs.set(d.id, d);
        }
        const all = [...docs.values()];
        const expected = deadlineInForce(base, all).date;
        for (const n of all) expect(shown(n, all)).toEqual({ list: expected, review: expected, submission: expected });
      }),
    );
  });
});
