import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Notification } from '../../shared/domain/notification';
import { generateNotifications } from '../../shared/search/testing/generateNotifications';
import { submissionStages } from '../../shared/compile/sending';
import {
  countComments,
  filterNotifications,
  NO_FILTERS,
  prepareRows,
  sortNotifications,
  type ListFilters,
  type ListRow,
  type SortColumn,
  type Sorting,
} from './listModel';
import { ListRows, type RowMarks } from './listView';

const TODAY = '2025-06-15';
const template = generateNotifications({ count: 1, seed: 7, today: TODAY })[0]!;

/** A notification built from the generator's template with the fields a test cares about. */
function n(id: string, fields: Partial<Notification> = {}): Notification {
  const parts = id.split('/');
  const baseSymbol = parts.slice(0, 5).join('/');
  const suffixes = parts.slice(5).map((p) => {
    const [kind, num] = p.split('.');
    return { kind: kind as 'Add' | 'Rev' | 'Corr', n: Number(num) };
  });
  const last = suffixes.at(-1)?.kind;
  return {
    ...template,
    id,
    agreement: parts[1] as 'TBT' | 'SPS',
    memberCode: parts[3]!,
    number: Number(parts[4]),
    baseSymbol,
    suffixes,
    parentSymbol: suffixes.length ? parts.slice(0, -1).join('/') : null,
    type: last === 'Add' ? 'addendum' : last === 'Rev' ? 'revision' : last === 'Corr' ? 'corrigendum' : 'regular',
    ...fields,
  };
}

const filters = (f: Partial<ListFilters>): ListFilters => ({ ...NO_FILTERS, ...f });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** The lines of a view, as the table gets them. */
function lines(rows: ListRow[], sorting: Sorting, expanded: Record<string, boolean> = {}, filters = NO_FILTERS, searched: (list: ListRows) => RowMarks = () => null) {
  const list = new ListRows(rows);
  const view = list.view(list.sorted(sorting), list.passing(filters), searched(list), expanded);
  return view.slice(0, view.lineCount);
}

/** The groups of a view as [head, its follow-ups], every group open. */
function groupFollowUps(rows: ListRow[], sorting: Sorting, filters = NO_FILTERS, searched?: (list: ListRows) => RowMarks) {
  const all = Object.fromEntries(rows.map((r) => [r.id, true]));
  const groups: { head: string; followUps: string[] }[] = [];
  for (const line of lines(rows, sorting, all, filters, searched)) {
    if (line.depth === 0) groups.push({ head: line.row.id, followUps: [] });
    else groups.at(-1)!.followUps.push(line.row.id);
  }
  return groups;
}

/** A search's marks for the rows with these ids. */
const found = (matched: string[]) => (list: ListRows) => list.matching(matched, new Uint8Array(matched.length).fill(1));

describe('filtering the list', () => {
  const data = [
    n('G/TBT/N/EU/10', { member: 'European Union', finalDateForComments: '2025-06-10', distributionDate: '2025-04-10', hsCodes: [{ code: '850760', description: '' }], icsCodes: [{ code: '29.220.30', description: '' }] }),
    n('G/TBT/N/EU/11', { member: 'European Union', finalDateForComments: '2025-06-20', distributionDate: '2025-04-20', hsCodes: [{ code: '9503', description: '' }], icsCodes: [{ code: '97.200.50', description: '' }] }),
    n('G/SPS/N/USA/20', { member: 'United States of America', finalDateForComments: '2025-07-10', distributionDate: '2025-05-10', hsCodes: [{ code: '0808', description: '' }], icsCodes: [{ code: '67.080', description: '' }] }),
    n('G/TBT/N/CHN/30', { member: 'China', finalDateForComments: null, distributionDate: '2025-06-01', hsCodes: [], icsCodes: [] }),
    n('G/TBT/N/EU/10/Add.1', { member: 'European Union', finalDateForComments: null, distributionDate: '2025-05-01', hsCodes: [], icsCodes: [] }),
  ];
  const counts = countComments([
    ['G/TBT/N/EU/11', 'draft'],
    ['G/TBT/N/EU/11', 'finished'],
    ['G/SPS/N/USA/20', 'finished'],
    ['G/SPS/N/USA/20', 'finished'],
  ]);
  const rows = prepareRows(data, counts, TODAY);

  it('keeps everything with no filter', () => {
    expect(filterNotifications(rows, NO_FILTERS)).toHaveLength(5);
  });

  it('keeps exactly the notifications of a dashboard selection', () => {
    expect(ids(filterNotifications(rows, filters({ selection: { ids: ['G/TBT/N/EU/11', 'G/TBT/N/EU/10/Add.1'], label: 'EU' } })))).toEqual(['G/TBT/N/EU/11', 'G/TBT/N/EU/10/Add.1']);
  });

  it('narrows by member', () => {
    expect(ids(filterNotifications(rows, filters({ member: 'EU' })))).toEqual(['G/TBT/N/EU/10', 'G/TBT/N/EU/11', 'G/TBT/N/EU/10/Add.1']);
  });

  it('narrows by agreement and by document type', () => {
    expect(ids(filterNotifications(rows, filters({ agreement: 'SPS' })))).toEqual(['G/SPS/N/USA/20']);
    expect(ids(filterNotifications(rows, filters({ type: 'addendum' })))).toEqual(['G/TBT/N/EU/10/Add.1']);
  });

  it('narrows by HS chapter and by ICS code prefix', () => {
    expect(ids(filterNotifications(rows, filters({ hsChapter: '85' })))).toEqual(['G/TBT/N/EU/10']);
    expect(ids(filterNotifications(rows, filters({ icsPrefix: '97.200' })))).toEqual(['G/TBT/N/EU/11']);
    expect(ids(filterNotifications(rows, filters({ icsPrefix: '6' })))).toEqual(['G/SPS/N/USA/20']);
  });

  it('narrows by deadline window, using the deadline in force for follow-ups', () => {
    expect(ids(filterNotifications(rows, filters({ deadline: 'overdue' })))).toEqual(['G/TBT/N/EU/10', 'G/TBT/N/EU/10/Add.1']);
    expect(ids(filterNotifications(rows, filters({ deadline: 'next7' })))).toEqual(['G/TBT/N/EU/11']);
    expect(ids(filterNotifications(rows, filters({ deadline: 'next30' })))).toEqual(['G/TBT/N/EU/11', 'G/SPS/N/USA/20']);
    expect(ids(filterNotifications(rows, filters({ deadline: 'none' })))).toEqual(['G/TBT/N/CHN/30']);
  });

  it('narrows by review status derived from the comments', () => {
    expect(ids(filterNotifications(rows, filters({ status: 'in_review' })))).toEqual(['G/TBT/N/EU/11']);
    expect(ids(filterNotifications(rows, filters({ status: 'finished' })))).toEqual(['G/SPS/N/USA/20']);
    expect(filterNotifications(rows, filters({ status: 'new' }))).toHaveLength(3);
  });

  it('combines filters and search results', () => {
    expect(ids(filterNotifications(rows, filters({ member: 'EU', deadline: 'overdue' }), new Set(['G/TBT/N/EU/10/Add.1', 'G/SPS/N/USA/20'])))).toEqual([
      'G/TBT/N/EU/10/Add.1',
    ]);
  });

  it('counts draft and finished comments per notification', () => {
    const row = rows.find((r) => r.id === 'G/TBT/N/EU/11')!;
    expect([row.drafts, row.finished, row.status]).toEqual([1, 1, 'in_review']);
  });
});

describe('deadlines and days left', () => {
  it('marks overdue, near (≤ 7 days) and open deadlines, and none', () => {
    const rows = prepareRows(
      [
        n('G/TBT/N/JPN/1', { finalDateForComments: '2025-06-14' }),
        n('G/TBT/N/JPN/2', { finalDateForComments: '2025-06-15' }),
        n('G/TBT/N/JPN/3', { finalDateForComments: '2025-06-22' }),
        n('G/TBT/N/JPN/4', { finalDateForComments: '2025-06-23' }),
        n('G/TBT/N/JPN/5', { finalDateForComments: null }),
      ],
      new Map(),
      TODAY,
    );
    expect(rows.map((r) => [r.daysLeft, r.deadlineState])).toEqual([
      [-1, 'overdue'],
      [0, 'near'],
      [7, 'near'],
      [8, 'open'],
      [null, 'none'],
    ]);
  });

  it('gives the whole group the deadline an addendum extended', () => {
    const rows = prepareRows(
      [
        n('G/TBT/N/BRA/366', { finalDateForComments: '2025-06-01', distributionDate: '2025-04-01' }),
        n('G/TBT/N/BRA/366/Add.1', { finalDateForComments: '2025-07-30', distributionDate: '2025-05-30' }),
      ],
      new Map(),
      TODAY,
    );
    expect(rows.map((r) => [r.deadline, r.deadlineSetBy])).toEqual([
      ['2025-07-30', 'G/TBT/N/BRA/366/Add.1'],
      ['2025-07-30', 'G/TBT/N/BRA/366/Add.1'],
    ]);
  });
});

describe('sorting the list', () => {
  const rows = prepareRows(
    [
      n('G/TBT/N/USA/2211', { member: 'United States of America', title: 'Toys', finalDateForComments: '2025-08-01', distributionDate: '2025-06-01' }),
      n('G/TBT/N/BRA/366', { member: 'Brazil', title: 'batteries', finalDateForComments: null, distributionDate: '2025-06-03' }),
      n('G/TBT/N/BRA/90', { member: 'Brazil', title: 'Apples', finalDateForComments: '2025-06-20', distributionDate: '2025-06-02' }),
      n('G/TBT/N/EU/1000', { member: 'European Union', title: 'Cosmetics', finalDateForComments: '2025-07-01', distributionDate: null }),
    ],
    new Map(),
    TODAY,
  );

  it('sorts symbols by member and then by number, not as text', () => {
    expect(ids(sortNotifications(rows, [{ id: 'symbol', desc: false }]))).toEqual(['G/TBT/N/BRA/90', 'G/TBT/N/BRA/366', 'G/TBT/N/EU/1000', 'G/TBT/N/USA/2211']);
  });

  it('sorts by deadline with notifications without one last in both directions', () => {
    expect(ids(sortNotifications(rows, [{ id: 'deadline', desc: false }]))).toEqual(['G/TBT/N/BRA/90', 'G/TBT/N/EU/1000', 'G/TBT/N/USA/2211', 'G/TBT/N/BRA/366']);
    expect(ids(sortNotifications(rows, [{ id: 'deadline', desc: true }]))).toEqual(['G/TBT/N/USA/2211', 'G/TBT/N/EU/1000', 'G/TBT/N/BRA/90', 'G/TBT/N/BRA/366']);
  });

  it('sorts titles without regard to case, and members with ties broken by symbol', () => {
    expect(ids(sortNotifications(rows, [{ id: 'title', desc: false }]))).toEqual(['G/TBT/N/BRA/90', 'G/TBT/N/BRA/366', 'G/TBT/N/EU/1000', 'G/TBT/N/USA/2211']);
    expect(ids(sortNotifications(rows, [{ id: 'member', desc: true }]))).toEqual(['G/TBT/N/USA/2211', 'G/TBT/N/EU/1000', 'G/TBT/N/BRA/90', 'G/TBT/N/BRA/366']);
  });

  it('sorts by distribution date', () => {
    expect(ids(sortNotifications(rows, [{ id: 'distributionDate', desc: true }]))).toEqual(['G/TBT/N/BRA/366', 'G/TBT/N/BRA/90', 'G/TBT/N/USA/2211', 'G/TBT/N/EU/1000']);
  });

  it('does not reorder the rows it was given', () => {
    const before = ids(rows);
    sortNotifications(rows, [{ id: 'title', desc: true }]);
    expect(ids(rows)).toEqual(before);
  });
});

describe('grouping follow-ups under their base', () => {
  const data = [
    n('G/TBT/N/BRA/366/Add.2', { distributionDate: '2025-05-20' }),
    n('G/TBT/N/EU/5', { distributionDate: '2025-05-01' }),
    n('G/TBT/N/BRA/366/Add.1/Corr.1', { distributionDate: '2025-05-10' }),
    n('G/TBT/N/BRA/366', { distributionDate: '2025-04-01' }),
    n('G/TBT/N/BRA/366/Add.1', { distributionDate: '2025-05-02' }),
    n('G/TBT/N/KEN/77/Add.1', { distributionDate: '2025-05-05' }),
    n('G/TBT/N/KEN/77/Add.2', { distributionDate: '2025-05-06' }),
  ];
  const rows = prepareRows(data, new Map(), TODAY);

  it('puts addenda and corrigenda under the base in symbol order, at the base’s place', () => {
    expect(groupFollowUps(rows, [{ id: 'distributionDate', desc: false }])).toEqual([
      { head: 'G/TBT/N/BRA/366', followUps: ['G/TBT/N/BRA/366/Add.1', 'G/TBT/N/BRA/366/Add.1/Corr.1', 'G/TBT/N/BRA/366/Add.2'] },
      { head: 'G/TBT/N/EU/5', followUps: [] },
      { head: 'G/TBT/N/KEN/77/Add.1', followUps: ['G/TBT/N/KEN/77/Add.2'] },
    ]);
  });

  it('keeps follow-ups whose base is not stored as their own group', () => {
    const kenya = groupFollowUps(rows, [{ id: 'symbol', desc: false }]).find((g) => g.head.startsWith('G/TBT/N/KEN/77'))!;
    expect(kenya).toEqual({ head: 'G/TBT/N/KEN/77/Add.1', followUps: ['G/TBT/N/KEN/77/Add.2'] });
  });

  it('shows a follow-up on its own when a filter hides its base', () => {
    expect(groupFollowUps(rows, [{ id: 'symbol', desc: false }], filters({ type: 'corrigendum' }))).toEqual([{ head: 'G/TBT/N/BRA/366/Add.1/Corr.1', followUps: [] }]);
  });

  it('groups the rows a search found: the first found follow-up heads a group whose base was not found', () => {
    const searched = found(['G/TBT/N/BRA/366/Add.2', 'G/TBT/N/BRA/366/Add.1', 'G/TBT/N/EU/5', 'not stored']);
    expect(groupFollowUps(rows, [{ id: 'distributionDate', desc: true }], NO_FILTERS, searched)).toEqual([
      { head: 'G/TBT/N/BRA/366/Add.2', followUps: ['G/TBT/N/BRA/366/Add.1'] },
      { head: 'G/TBT/N/EU/5', followUps: [] },
    ]);
  });

  it('keeps a found base at its place and its found follow-ups under it', () => {
    const searched = found(['G/TBT/N/BRA/366/Add.2', 'G/TBT/N/BRA/366', 'G/TBT/N/EU/5']);
    expect(groupFollowUps(rows, [{ id: 'distributionDate', desc: true }], NO_FILTERS, searched)).toEqual([
      { head: 'G/TBT/N/EU/5', followUps: [] },
      { head: 'G/TBT/N/BRA/366', followUps: ['G/TBT/N/BRA/366/Add.2'] },
    ]);
  });

  it('lists every notification exactly once', () => {
    const many = prepareRows(generateNotifications({ count: 2000, seed: 3, today: TODAY }), new Map(), TODAY);
    const groups = groupFollowUps(many, [{ id: 'deadline', desc: false }]);
    const listed = groups.flatMap((g) => [g.head, ...g.followUps]);
    expect(listed).toHaveLength(2000);
    expect(new Set(listed).size).toBe(2000);
    expect(groups.some((g) => g.followUps.length > 0)).toBe(true);
  });
});

describe('the test data generator', () => {
  it('gives the same records for the same seed and varied records', () => {
    const a = generateNotifications({ count: 500, seed: 11 });
    const b = generateNotifications({ count: 500, seed: 11 });
    expect(a).toEqual(b);
    expect(new Set(a.map((x) => x.type))).toEqual(new Set(['regular', 'addendum', 'corrigendum', 'revision']));
    expect(new Set(a.map((x) => x.agreement))).toEqual(new Set(['TBT', 'SPS']));
    expect(a.some((x) => /[\u4e00-\u9fff]/.test(x.title))).toBe(true);
    expect(a.some((x) => x.finalDateForComments === null)).toBe(true);
  });
});

describe("the desk officer's submission stage in the list", () => {
  const data = generateNotifications({ count: 40, seed: 11, today: TODAY });
  const [a, b, c, d] = data;
  const position = (notificationId: string, approved: boolean, decision = 'accepted') => ({ notificationId, approved, compiled: [{ id: `cc:${notificationId}`, decision }] });
  const record = (notificationId: string, reply: boolean, outcome: boolean) => ({
    notificationId,
    sentAt: '2026-09-01',
    channel: 'email' as const,
    reply: reply ? { receivedAt: '2026-10-01', summary: '', attachment: null } : null,
    outcomes: outcome ? { [`cc:${notificationId}`]: 'taken' as const } : {},
  });
  const stages = submissionStages(
    [position(a!.id, true), position(b!.id, true), position(c!.id, false), position(d!.id, true, 'rejected')],
    [record(b!.id, true, false)],
  );
  const rows = prepareRows(data, new Map(), TODAY, stages);

  it('marks an approved position not yet sent as ready to send, and a sent one by its reply status', () => {
    const stageOf = (id: string) => rows.find((r) => r.id === id)!.submission;
    expect([stageOf(a!.id), stageOf(b!.id), stageOf(c!.id), stageOf(d!.id)]).toEqual(['ready_to_send', 'reply_received', 'none', 'none']);
  });

  it('filters on the stage', () => {
    expect(filterNotifications(rows, { ...NO_FILTERS, submission: 'ready_to_send' }).map((r) => r.id)).toEqual([a!.id]);
    expect(filterNotifications(rows, { ...NO_FILTERS, submission: 'reply_received' }).map((r) => r.id)).toEqual([b!.id]);
    expect(filterNotifications(rows, NO_FILTERS)).toHaveLength(rows.length);
  });

  it('closes once every sent comment has an outcome', () => {
    const closed = submissionStages([position(a!.id, true)], [record(a!.id, true, true)]);
    expect(closed.get(a!.id)).toBe('closed');
  });
});

describe('the lines the list shows', () => {
  const rows = prepareRows(
    [n('G/TBT/N/BRA/366'), n('G/TBT/N/BRA/366/Add.1'), n('G/TBT/N/BRA/366/Add.2'), n('G/TBT/N/EU/5')],
    new Map(),
    TODAY,
  );
  const bySymbol: Sorting = [{ id: 'symbol', desc: false }];

  it('shows follow-ups only under an expanded group, one level down', () => {
    expect(lines(rows, bySymbol).map((l) => [l.row.id, l.depth, l.followUps])).toEqual([
      ['G/TBT/N/BRA/366', 0, 2],
      ['G/TBT/N/EU/5', 0, 0],
    ]);
    expect(lines(rows, bySymbol, { 'G/TBT/N/BRA/366': true }).map((l) => [l.row.id, l.depth, l.expanded])).toEqual([
      ['G/TBT/N/BRA/366', 0, true],
      ['G/TBT/N/BRA/366/Add.1', 1, false],
      ['G/TBT/N/BRA/366/Add.2', 1, false],
      ['G/TBT/N/EU/5', 0, false],
    ]);
  });

  it('gives a window of the lines, and counts the notifications shown', () => {
    const list = new ListRows(rows);
    const view = list.view(list.sorted(bySymbol), null, null, { 'G/TBT/N/BRA/366': true });
    expect([view.lineCount, view.shown]).toEqual([4, 4]);
    expect(view.slice(1, 3).map((l) => l.row.id)).toEqual(['G/TBT/N/BRA/366/Add.1', 'G/TBT/N/BRA/366/Add.2']);
  });

  it('lists every notification once when every group is open (property)', () => {
    const many = prepareRows(generateNotifications({ count: 600, seed: 5, today: TODAY }), new Map(), TODAY);
    fc.assert(
      fc.property(fc.constantFrom<SortColumn>('symbol', 'member', 'title', 'distributionDate', 'deadline', 'status'), fc.boolean(), (id, desc) => {
        const closed = lines(many, [{ id, desc }]);
        const all = Object.fromEntries(closed.map((l) => [l.row.id, true]));
        const open = lines(many, [{ id, desc }], all);
        expect(open).toHaveLength(many.length);
        expect(new Set(open.map((l) => l.row.id)).size).toBe(many.length);
      }),
      { numRuns: 12 },
    );
  });

  it('keeps the sort order among the rows the filters and the search keep (property)', () => {
    const many = prepareRows(generateNotifications({ count: 600, seed: 5, today: TODAY }), new Map(), TODAY);
    const members = [...new Set(many.map((r) => r.notification.memberCode))];
    fc.assert(
      fc.property(
        fc.constantFrom<SortColumn>('symbol', 'member', 'title', 'distributionDate', 'deadline', 'status'),
        fc.boolean(),
        fc.constantFrom('', ...members.slice(0, 5)),
        fc.subarray(many.map((r) => r.id)),
        (id, desc, member, matched) => {
          const sorting = [{ id, desc }];
          const expected = sortNotifications(filterNotifications(many, filters({ member }), new Set(matched)), sorting);
          const all = Object.fromEntries(many.map((r) => [r.id, true]));
          const shown = lines(many, sorting, all, filters({ member }), found(matched));
          // Heads keep the sort order; every kept row is shown once.
          const heads = shown.filter((l) => l.depth === 0).map((l) => l.row.id);
          expect(heads).toEqual(ids(expected).filter((i) => heads.includes(i)));
          expect(new Set(shown.map((l) => l.row.id))).toEqual(new Set(ids(expected)));
          expect(shown).toHaveLength(expected.length);
        },
      ),
      { numRuns: 30 },
    );
  });
});
