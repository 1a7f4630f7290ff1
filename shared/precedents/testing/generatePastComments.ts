// Deterministic past comments for the precedents benchmark and tests: experts' comments spread
// over generated notifications, each naming one of the standards usual for its products, some
// compiled, sent and answered. The same seed always gives the same records.
import type { Comment } from '../../domain/comment';
import type { Notification } from '../../domain/notification';
import type { CommitteePosition } from '../../compile/types';
import type { SendingRecord } from '../../compile/sending';
import { generateNotifications } from '../../search/testing/generateNotifications';
import type { PrecedentData } from '../precedentSources';

const STANDARDS = ['ISO 8124-1:2022', 'IEC 62133-2:2017', 'ISO 22716:2007', 'EN 71-3:2019', 'ISO 7886-1:2017', 'IEC 62368-1:2023', 'GB 6675.2-2014', 'ISO 3166-1', ''];
const TEXTS = [
  ['该条款要求严于相关国际标准，建议采用国际标准的限值。', 'The requirement is stricter than the relevant international standard; please align the limit with it.'],
  ['过渡期过短，建议延长至12个月。', 'The transition period is too short; we propose 12 months.'],
  ['请说明该检测方法的依据。', 'Please clarify the basis of this test method.'],
  ['建议承认国外认证机构的检测结果。', 'Please recognise test results of foreign conformity assessment bodies.'],
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `comments` past comments over `comments / 4` notifications; a third compiled, half of those sent. */
export function generatePastComments(comments: number, seed = 11): PrecedentData {
  const rand = random(seed);
  const notifications: Notification[] = generateNotifications({ count: Math.max(1, Math.ceil(comments / 4)), seed });
  const list: Comment[] = [];
  const positions: CommitteePosition[] = [];
  const sendingRecords: SendingRecord[] = [];
  for (let i = 0; i < comments; i++) {
    const notification = notifications[Math.floor(rand() * notifications.length)]!;
    const [zh, en] = TEXTS[Math.floor(rand() * TEXTS.length)]!;
    const at = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 5 * 365) * 86_400_000).toISOString();
    list.push({
      id: `c${i}`,
      notificationId: notification.id,
      anchor: null,
      clause: `${1 + Math.floor(rand() * 9)}.${1 + Math.floor(rand() * 5)}`,
      paragraph: '',
      line: '',
      type: 'te',
      concerns: ['not_international_standard'],
      commentZh: zh!,
      commentEn: en!,
      proposedChangeZh: '',
      proposedChangeEn: '',
      referenceStandard: STANDARDS[Math.floor(rand() * STANDARDS.length)]!,
      referenceClause: '',
      status: 'finished',
      createdAt: at,
      updatedAt: at,
    });
  }
  for (let i = 0; i < list.length; i += 3) {
    const comment = list[i]!;
    const compiledId = `p${i}`;
    positions.push({
      notificationId: comment.notificationId,
      committee: { id: 'tc1', code: 'SAC/TC 253', name: 'Toys' },
      compiled: [{ ...comment, id: compiledId, sourceCommentIds: [comment.id], decision: rand() < 0.7 ? 'accepted' : 'rejected', observation: '', order: 0 }],
      approved: true,
      approvedAt: comment.updatedAt,
      locked: true,
    });
    if (rand() < 0.5) sendingRecords.push({ notificationId: comment.notificationId, sentAt: comment.updatedAt.slice(0, 10), channel: 'email', reply: null, outcomes: { [compiledId]: 'taken' } });
  }
  return { notifications, comments: list, positions, sendingRecords };
}
