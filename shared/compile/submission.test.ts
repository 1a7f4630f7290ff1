import { describe, expect, it } from 'vitest';
import { approve, decide, startPosition } from './compilation';
import { CHINA } from './letterText';
import { submissionStatus, recordOutcome, type SendingRecord } from './sending';
import { combinePositions, enquiryPoint, tableRows, type CombineOptions } from './submission';
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

  it('uses the English text in a sent version, falls back to the Chinese and says so, and leaves observations out', () => {
    const rows = tableRows(combinePositions(SAMPLE_NOTIFICATION, [tc1, tc2], options('fr')));
    const c4 = rows.find((r) => r.compiledId === 'cc:c4')!;
    expect(c4.comment).toBe(sampleComment(4).commentZh);
    expect(c4.missingTranslation).toBe(true);
    const c1 = rows.find((r) => r.compiledId === 'cc:c1')!;
    expect(c1.comment).toBe(sampleComment(1).commentEn);
    expect(c1.missingTranslation).toBe(false);
    expect(rows.every((r) => r.observation === '')).toBe(true);
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
