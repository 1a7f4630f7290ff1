import { describe, expect, it } from 'vitest';
import { letterProblems } from './readiness';
import { sampleSubmission } from './testing/sampleSubmission';

describe('a letter fit to send', () => {
  const ready = sampleSubmission(3, 'en');

  it('has no problem once sender, addressee, date and every English text are there', () => {
    expect(letterProblems(ready)).toEqual([]);
  });

  it('lists an empty sender, addressee and date', () => {
    const bare = { ...ready, addressee: ' ', date: '', sender: { name: '', organisation: 'Centre', address: '', email: '' } };
    expect(letterProblems(bare)).toEqual([
      { kind: 'sender', field: 'name' },
      { kind: 'sender', field: 'email' },
      { kind: 'addressee' },
      { kind: 'date' },
    ]);
  });

  it('lists each row whose English is missing, by its number in the letter, and Chinese the officer typed', () => {
    const rows = ready.specificComments.map((r, i) => (i === 1 ? { ...r, comment: '', missing: ['comment' as const] } : r));
    const problems = letterProblems({ ...ready, specificComments: rows, addressee: '欧盟咨询点' });
    expect(problems).toEqual([
      { kind: 'chinese_text', field: 'addressee' },
      { kind: 'missing_text', number: ready.generalComments.length + 2, compiledId: rows[1]!.compiledId, clause: rows[1]!.clause, fields: ['comment'] },
    ]);
  });

  it('refuses a letter with no comment', () => {
    expect(letterProblems({ ...ready, generalComments: [], specificComments: [] })).toEqual([{ kind: 'no_comments' }]);
  });

  it('lets the Chinese internal version through without a sender', () => {
    const zh = sampleSubmission(3, 'zh');
    expect(letterProblems({ ...zh, sender: { name: '', organisation: '', address: '', email: '' } })).toEqual([]);
  });
});
