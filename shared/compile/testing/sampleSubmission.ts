// A submission built through the real compile functions, for export tests and benchmarks.
import type { Comment, CommentType } from '../../domain/comment';
import { approve, decide, startPosition } from '../compilation';
import { CHINA } from '../letterText';
import { combinePositions, type SubmissionSource } from '../submission';
import type { CommitteePosition, Submission, SubmissionLanguage } from '../types';

export const SAMPLE_NOTIFICATION: SubmissionSource = {
  id: 'G/TBT/N/EU/1234',
  title: 'Draft Commission Regulation on the safety of toys – chemical requirements',
  member: 'European Union',
  memberCode: 'EU',
  agency: 'European Commission',
  textsAvailableFrom: 'European Commission, EU-TBT Enquiry Point, Fax: +32 2 299 80 43, E-mail: grow-eu-tbt@ec.europa.eu',
  finalDateForComments: '2026-09-15',
};

const TYPES: CommentType[] = ['te', 'ge', 'ed'];

export function sampleComment(i: number, overrides: Partial<Comment> = {}): Comment {
  const clause = i % 7 === 0 ? '' : `${(i % 9) + 1}.${(i % 4) + 1}`;
  return {
    id: `c${i}`,
    notificationId: SAMPLE_NOTIFICATION.id,
    anchor: null,
    clause,
    paragraph: clause ? `Table ${(i % 3) + 1}` : '',
    line: clause ? String(10 + i) : '',
    type: TYPES[i % 3]!,
    concerns: ['not_international_standard'],
    commentZh: `第${i}条意见：限量要求严于国际标准 EN 71-3，建议采用 ISO 8124-3 的迁移限值。`,
    commentEn: `Comment ${i}: the limit is stricter than the international standard EN 71-3; the migration limits of ISO 8124-3 should be used.`,
    proposedChangeZh: `将铅的迁移限值改为 13.5 mg/kg（第${i}项）。`,
    proposedChangeEn: `Change the lead migration limit to 13.5 mg/kg (item ${i}).`,
    referenceStandard: 'ISO 8124-3:2020',
    referenceClause: '4.2',
    status: 'finished',
    createdAt: `2026-08-01T08:${String(i % 60).padStart(2, '0')}:00Z`,
    updatedAt: `2026-08-01T08:${String(i % 60).padStart(2, '0')}:00Z`,
    ...overrides,
  };
}

/** An approved position of `count` accepted comments with observations. */
export function samplePosition(count: number, committee = { id: 'tc1', code: 'SAC/TC 253', name: '全国玩具标准化技术委员会' }): CommitteePosition {
  let position = startPosition(SAMPLE_NOTIFICATION.id, committee, Array.from({ length: count }, (_, i) => sampleComment(i + 1)));
  for (const compiled of position.compiled) {
    position = decide(position, compiled.id, { decision: 'accepted', observation: `秘书处同意（${compiled.id}）` });
  }
  return approve(position, '2026-08-20T09:00:00Z');
}

export function sampleSubmission(count: number, language: SubmissionLanguage = 'en'): Submission {
  return combinePositions(SAMPLE_NOTIFICATION, [samplePosition(count)], {
    language,
    country: CHINA[language],
    mbNc: 'CN',
    date: '2026-09-01',
    sender: {
      name: language === 'zh' ? '张伟' : 'Zhang Wei',
      organisation: language === 'zh' ? '中国WTO/TBT国家通报咨询中心' : 'China WTO/TBT National Notification and Enquiry Center',
      address: 'No. 9 Madian Donglu, Haidian District, Beijing 100088',
      email: 'tbt@example.cn',
    },
    requests: { extendCommentPeriod: true, writtenReply: true },
  });
}
