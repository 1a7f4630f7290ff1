// Helpers for the sync tests: a fresh local store, comments, and an engine wired for tests.
import type { Comment } from '../../shared/domain/comment';
import { openReviewDb, type ReviewDb } from '../db/schema';
import { SyncEngine, type EngineOptions, type Timers } from './engine';
import { memoryTokenStore, type TokenStore } from './tokenStore';

export function freshDb(name = `sync-test-${crypto.randomUUID()}`): ReviewDb {
  return openReviewDb(name);
}

export function finishedComment(notificationId: string, overrides: Partial<Comment> = {}): Comment {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
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
    referenceStandard: '',
    referenceClause: '',
    status: 'finished',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** Timers that only record what was scheduled; tests fire nothing by time. */
export function recordingTimers(): Timers & { delays: number[] } {
  const delays: number[] = [];
  return { delays, set: (_callback, ms) => delays.push(ms), clear: () => {} };
}

export function testEngine(db: ReviewDb, options: Partial<EngineOptions> & { tokens?: TokenStore } = {}): SyncEngine {
  return new SyncEngine({
    db,
    tokens: options.tokens ?? memoryTokenStore(),
    random: () => 0.5,
    isOnline: () => true,
    events: null,
    timers: recordingTimers(),
    watchOutbox: false,
    ...options,
  });
}
