import { describe, expect, it } from 'vitest';
import { addNewComments, approve, CompilationError, decide, lockedSourceIds, mergeInPosition, moveTo, startPosition } from './compilation';
import { sampleComment, SAMPLE_NOTIFICATION } from './testing/sampleSubmission';

const committee = { id: 'tc1', code: 'SAC/TC 253', name: 'Toys' };

function threeComments() {
  return [
    sampleComment(1, { clause: '4.2', commentZh: '限值过严', commentEn: 'Limit too strict', type: 'ed' }),
    sampleComment(2, { clause: '3.1', commentZh: '定义不清', commentEn: 'Definition unclear' }),
    sampleComment(3, {
      clause: '4.2',
      commentZh: '限值过严',
      commentEn: 'The limit is too strict',
      type: 'te',
      concerns: ['more_trade_restrictive'],
      referenceStandard: 'ISO 8124-1:2022',
      referenceClause: '5.2',
    }),
    sampleComment(4, { clause: '1', status: 'draft' }),
  ];
}

describe('compiling a committee position', () => {
  it('starts from finished comments only, in clause order, each linked to its source', () => {
    const position = startPosition(SAMPLE_NOTIFICATION.id, committee, threeComments());
    expect(position.compiled.map((c) => [c.clause, c.sourceCommentIds])).toEqual([
      ['3.1', ['c2']],
      ['4.2', ['c1']],
      ['4.2', ['c3']],
    ]);
    expect(position.compiled.every((c) => c.decision === 'pending')).toBe(true);
  });

  it('merges comments into one that keeps every source, joins distinct texts and keeps the weightiest type', () => {
    const position = startPosition(SAMPLE_NOTIFICATION.id, committee, threeComments());
    const merged = mergeInPosition(position, ['cc:c1', 'cc:c3']);
    expect(merged.compiled).toHaveLength(2);
    const item = merged.compiled.find((c) => c.sourceCommentIds.length === 2)!;
    expect(item.sourceCommentIds).toEqual(['c1', 'c3']);
    expect(item.commentZh).toBe('限值过严');
    expect(item.commentEn).toBe('Limit too strict\nThe limit is too strict');
    expect(item.type).toBe('te');
    expect(item.concerns).toEqual(['not_international_standard', 'more_trade_restrictive']);
    expect([item.referenceStandard, item.referenceClause]).toEqual(['ISO 8124-3:2020; ISO 8124-1:2022', '4.2; 5.2']);
    expect(merged.compiled.map((c) => c.order)).toEqual([0, 1]);
  });

  it('records a decision with its observation and reworded texts', () => {
    let position = startPosition(SAMPLE_NOTIFICATION.id, committee, threeComments());
    position = decide(position, 'cc:c2', { decision: 'modified', observation: '措辞调整', texts: { commentEn: 'The definition of "toy" is unclear.' } });
    const item = position.compiled.find((c) => c.id === 'cc:c2')!;
    expect(item).toMatchObject({ decision: 'modified', observation: '措辞调整', commentEn: 'The definition of "toy" is unclear.', commentZh: '定义不清' });
  });

  it('reorders and renumbers', () => {
    const position = moveTo(startPosition(SAMPLE_NOTIFICATION.id, committee, threeComments()), 'cc:c3', 0);
    const ordered = [...position.compiled].sort((a, b) => a.order - b.order).map((c) => c.id);
    expect(ordered).toEqual(['cc:c3', 'cc:c2', 'cc:c1']);
  });

  it('refuses approval while a comment awaits a decision, naming it', () => {
    let position = startPosition(SAMPLE_NOTIFICATION.id, committee, threeComments());
    position = decide(position, 'cc:c1', { decision: 'accepted', observation: '' });
    try {
      approve(position, '2026-09-01T00:00:00Z');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CompilationError);
      expect((error as CompilationError).code).toBe('pending_decisions');
      expect((error as CompilationError).ids).toEqual(['cc:c2', 'cc:c3']);
    }
  });

  it('approval locks the compilation and its source comments against every change', () => {
    let position = startPosition(SAMPLE_NOTIFICATION.id, committee, threeComments());
    for (const id of ['cc:c1', 'cc:c2', 'cc:c3']) position = decide(position, id, { decision: id === 'cc:c2' ? 'rejected' : 'accepted', observation: '' });
    position = approve(position, '2026-09-01T00:00:00Z');
    expect(position).toMatchObject({ approved: true, approvedAt: '2026-09-01T00:00:00Z', locked: true });
    expect(lockedSourceIds(position)).toEqual(['c2', 'c1', 'c3']);
    expect(() => decide(position, 'cc:c1', { decision: 'rejected', observation: '' })).toThrow(CompilationError);
    expect(() => mergeInPosition(position, ['cc:c1', 'cc:c3'])).toThrow(CompilationError);
    expect(() => moveTo(position, 'cc:c1', 0)).toThrow(CompilationError);
    expect(addNewComments(position, [sampleComment(9)])).toBe(position);
  });

  it('adds comments finished later without duplicating known ones', () => {
    const position = startPosition(SAMPLE_NOTIFICATION.id, committee, threeComments());
    const next = addNewComments(position, [...threeComments(), sampleComment(5, { clause: '2' })]);
    expect(next.compiled.map((c) => c.id)).toEqual(['cc:c2', 'cc:c1', 'cc:c3', 'cc:c5']);
    expect(next.compiled.at(-1)!.order).toBe(3);
  });
});
