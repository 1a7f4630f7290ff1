import { describe, expect, it } from 'vitest';
import { approve, decide, startPosition } from './compilation';
import { CHINA } from './letterText';
import { submissionStatus, recordOutcome, type SendingRecord } from './sending';
import { combinePositions, enquiryPoint, hasChinese, tableRows, type CombineOptions } from './submission';
import { sampleComment, SAMPLE_NOTIFICATION } from './testing/sampleSubmission';

const options = (language: CombineOptions['language']): CombineOptions => ({
  language,
  country: CHINA[language],
  mbNc: 'CN',
  date: '2026-09-01',
  sender: { name: 'Zhang Wei', organisation: 'Centre', address: 'Beijing', email: 'a@b.cn' },
  requests: { extendCommentPeriod: false, writtenReply: true },
});

function approved(committeeCode: string, comments: ReturnType<typeof sampleComment>[], reject: string[] = []) {
  let position = startPosition(SAMPLE_NOTIFICATION.id, { id: committeeCode, code: committeeCode, name: committeeCode }, comments);
  for (const c of position.compiled) position = decide(position, c.id, { decision: reject.includes(c.id) ? 'rejected' : 'accepted', observation: `obs ${c.id}` });
  return approve(position, '2026-08-30T00:00:00Z');
}

describe('combining positions into a submission', () => {
  const tc1 = approved('TC1', [sampleComment(1, { clause: '4.2' }), sampleComment(2, { clause: '' }), sampleComment(3, { clause: '2.10' })], ['cc:c3']);
  const tc2 = approved('TC2', [sampleComment(4, { clause: '2.9', commentEn: '', proposedChangeEn: '' }), sampleComment(5, { clause: '4.2' })]);
  const draft = startPosition(SAMPLE_NOTIFICATION.id, { id: 'TC3', code: 'TC3', name: 'TC3' }, [sampleComment(6, { clause: '1' })]);

  it('addresses the enquiry point of item 11 with the subject naming country, symbol and title', () => {
    const submission = combinePositions(SAMPLE_NOTIFICATION, [tc1, tc2], options('en'));
    expect(submission.addressee).toBe(SAMPLE_NOTIFICATION.textsAvailableFrom);
    expect(submission.subject).toBe(`Comments of China on G/TBT/N/EU/1234 – ${SAMPLE_NOTIFICATION.title}`);
    expect(enquiryPoint({ agency: 'Ministry X', textsAvailableFrom: '  ' })).toBe('Ministry X');
  });

  it('takes approved positions only, leaves out rejected comments, puts general comments first and specific ones clause by clause', () => {
    const submission = combinePositions(SAMPLE_NOTIFICATION, [tc1, tc2, draft], options('en'));
    expect(submission.generalComments.map((c) => c.compiledId)).toEqual(['cc:c2']);
    expect(submission.specificComments.map((c) => [c.clause, c.committeeCode])).toEqual([
      ['2.9', 'TC2'],
      ['4.2', 'TC1'],
      ['4.2', 'TC2'],
    ]);
    expect(submission.committees.map((c) => c.code)).toEqual(['TC1', 'TC2']);
  });

  it('never carries Chinese in a sent version: fields in Chinese only are left empty and listed, until the officer fills them in', () => {
    const withTable = approved('TC4', [sampleComment(7, { clause: '5.1', paragraph: '表 1' })]);
    const rows = tableRows(combinePositions(SAMPLE_NOTIFICATION, [tc1, tc2, withTable], options('fr')));
    const c4 = rows.find((r) => r.compiledId === 'cc:c4')!;
    expect([c4.comment, c4.proposedChange, c4.missing]).toEqual(['', '', ['comment', 'proposedChange']]);
    const c7 = rows.find((r) => r.compiledId === 'cc:c7')!;
    expect([c7.paragraph, c7.missing]).toEqual(['', ['paragraph']]);
    const c1 = rows.find((r) => r.compiledId === 'cc:c1')!;
    expect([c1.comment, c1.missing]).toEqual([sampleComment(1).commentEn, []]);
    expect(rows.every((r) => r.observation === '')).toBe(true);
    for (const row of rows) expect(Object.values(row).filter((v) => typeof v === 'string' && hasChinese(v))).toEqual([]);

    const filled = combinePositions(SAMPLE_NOTIFICATION, [tc1, tc2, withTable], {
      ...options('fr'),
      fillIns: { 'cc:c4': { comment: 'Filled in.', proposedChange: '改' }, 'cc:c7': { paragraph: 'Table 1' } },
    });
    const after = tableRows(filled);
    expect(after.find((r) => r.compiledId === 'cc:c4')).toMatchObject({ comment: 'Filled in.', proposedChange: '', missing: ['proposedChange'] });
    expect(after.find((r) => r.compiledId === 'cc:c7')).toMatchObject({ paragraph: 'Table 1', missing: [] });
  });

  it('carries the clause, paragraph, type, TBT concerns, reference standard and its clause to each row', () => {
    const row = tableRows(combinePositions(SAMPLE_NOTIFICATION, [tc1], options('en'))).find((r) => r.compiledId === 'cc:c1')!;
    expect(row).toMatchObject({ clause: '4.2', paragraph: 'Table 2', type: 'ge', concerns: ['not_international_standard'], referenceStandard: 'ISO 8124-3:2020', referenceClause: '4.2', sourceCommentIds: ['c1'] });
  });

  it('names the notifying member with its article in every language', () => {
    const intro = (language: CombineOptions['language']) => combinePositions(SAMPLE_NOTIFICATION, [tc1], options(language)).introduction;
    expect(intro('en')).toMatch(/^China thanks the European Union for the opportunity/);
    expect(intro('fr')).toMatch(/^La Chine remercie l'Union européenne de la possibilité/);
    expect(intro('es')).toMatch(/^China agradece a la Unión Europea la oportunidad/);
    expect(intro('zh')).toMatch(/^中国感谢欧盟就/);
    const brazil = { ...SAMPLE_NOTIFICATION, member: 'Brazil', memberCode: 'BRA' };
    expect(combinePositions(brazil, [], options('es')).introduction).toMatch(/^China agradece al Brasil la/);
  });

  it('the Chinese internal version uses the Chinese texts and carries the secretariat observations', () => {
    const submission = combinePositions(SAMPLE_NOTIFICATION, [tc1, tc2], options('zh'));
    expect(submission.subject).toBe(`中国对 G/TBT/N/EU/1234《${SAMPLE_NOTIFICATION.title}》的评议意见`);
    const c1 = tableRows(submission).find((r) => r.compiledId === 'cc:c1')!;
    expect(c1.comment).toBe(sampleComment(1).commentZh);
    expect(c1.observation).toBe('obs cc:c1');
  });
});

describe('after sending', () => {
  const record: SendingRecord = { notificationId: 'n', sentAt: '2026-09-02', channel: 'email', reply: null, outcomes: {} };

  it('is sent until a reply arrives, and closed once every comment has an outcome', () => {
    expect(submissionStatus(null, ['a'])).toBe('not_sent');
    expect(submissionStatus(record, ['a', 'b'])).toBe('sent');
    const replied = { ...record, reply: { receivedAt: '2026-10-01', summary: 'ok', attachment: null } };
    expect(submissionStatus(recordOutcome(replied, 'a', 'taken'), ['a', 'b'])).toBe('reply_received');
    expect(submissionStatus(recordOutcome(recordOutcome(replied, 'a', 'taken'), 'b', 'partly'), ['a', 'b'])).toBe('closed');
  });
});
