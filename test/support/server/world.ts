// A small world for tests: two committees, a user of every role, one notification assigned to each
// committee (the first with a document), and helpers to log in and build finished comments.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../server/db/db';
import { addMember, createCommittee, createUser } from '../../../server/services/people';
import { hashPassword } from '../../../server/auth/passwords';
import { createSession } from '../../../server/auth/sessions';
import { addDocument, assign, upsertNotifications } from '../../../server/services/catalog';
import { demoNotification, tinyPdf } from '../../../server/services/seed';
import type { Comment } from '../../../shared/domain/comment';
import type { Role } from '../../../shared/sync/protocol';

export const PASSWORD = 'correct-horse-battery';

// scrypt at N=2^17 costs about a second on a busy machine: one hash of PASSWORD per test process.
let passwordHash: Promise<string> | null = null;
const worldPasswordHash = () => (passwordHash ??= hashPassword(PASSWORD));
export const N_A = 'G/TBT/N/EU/1001';
export const N_B = 'G/TBT/N/CHN/2002';

export interface World {
  committeeA: string;
  committeeB: string;
  users: Record<'reviewerA' | 'reviewerA2' | 'reviewerB' | 'secretaryA' | 'secretaryB' | 'officer' | 'admin', string>;
  documentA: string;
}

const PEOPLE: { key: keyof World['users']; role: Role; committee: 'A' | 'B' | null }[] = [
  { key: 'reviewerA', role: 'reviewer', committee: 'A' },
  { key: 'reviewerA2', role: 'reviewer', committee: 'A' },
  { key: 'reviewerB', role: 'reviewer', committee: 'B' },
  { key: 'secretaryA', role: 'secretary', committee: 'A' },
  { key: 'secretaryB', role: 'secretary', committee: 'B' },
  { key: 'officer', role: 'desk_officer', committee: null },
  { key: 'admin', role: 'admin', committee: null },
];

export async function buildWorld(db: Db, extraReviewersA = 0): Promise<World & { extraReviewers: string[] }> {
  const hash = await worldPasswordHash();
  return db.transaction(async (tx) => {
    const committeeA = (await createCommittee(tx, null, { code: 'TC-A', name: 'Committee A' })).id;
    const committeeB = (await createCommittee(tx, null, { code: 'TC-B', name: 'Committee B' })).id;
    const users = {} as World['users'];
    for (const person of PEOPLE) {
      users[person.key] = (await createUser(tx, null, { username: person.key.toLowerCase(), displayName: person.key, password: PASSWORD, role: person.role }, hash)).id;
      if (person.committee) await addMember(tx, null, person.committee === 'A' ? committeeA : committeeB, users[person.key]);
    }
    const extraReviewers: string[] = [];
    for (let i = 0; i < extraReviewersA; i++) {
      const id = (await createUser(tx, null, { username: `rev${i}`, displayName: `Reviewer ${i}`, password: PASSWORD, role: 'reviewer' }, hash)).id;
      await addMember(tx, null, committeeA, id);
      extraReviewers.push(id);
    }
    const now = new Date().toISOString();
    await upsertNotifications(tx, null, [
      demoNotification(N_A, { member: 'European Union', title: 'Toys', products: 'Toys', finalDateForComments: '2099-01-01' }, now),
      demoNotification(N_B, { member: 'China', title: 'Batteries', products: 'Batteries', finalDateForComments: '2099-01-01' }, now),
    ]);
    const documentA = (await addDocument(tx, null, N_A, 'toys.pdf', 'en', tinyPdf('Draft toy regulation'))).id;
    await assign(tx, null, N_A, committeeA, []);
    await assign(tx, null, N_B, committeeB, []);
    return { committeeA, committeeB, users, documentA, extraReviewers };
  });
}

/** A session for a world user without the password check (tests of login itself use `login`). */
export async function sessionFor(db: Db, userId: string): Promise<string> {
  return (await createSession(db, userId, 24)).token;
}

export async function login(app: FastifyInstance, username: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { username: username.toLowerCase(), password: PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  return response.json().token as string;
}

export function finishedComment(notificationId: string, overrides: Partial<Comment> = {}): Comment {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    notificationId,
    anchor: null,
    clause: '4.2',
    paragraph: '',
    line: '',
    type: 'te',
    concerns: ['not_international_standard'],
    commentZh: '建议采用国际标准。',
    commentEn: 'Please align with the international standard.',
    proposedChangeZh: '',
    proposedChangeEn: '',
    referenceStandard: 'ISO 8124-1:2022',
    referenceClause: '4.2',
    status: 'finished',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}
