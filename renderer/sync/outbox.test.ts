import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openReviewDb } from '../db/schema';
import { deleteComment, IncompleteCommentError, saveComment } from './outbox';
import { getState } from './syncState';
import { finishedComment, freshDb } from './testing';

const N = 'G/TBT/N/EU/1001';

describe('the outbox is written with the comment it carries', () => {
  it('finishing a comment queues it with the next mutation id; drafts and unchanged saves queue nothing', async () => {
    const db = freshDb();
    const draft = finishedComment(N, { status: 'draft' });
    await saveComment(db, draft);
    await saveComment(db, { ...draft, commentEn: 'still typing' });
    expect(await db.outbox.count()).toBe(0);

    await saveComment(db, { ...draft, status: 'finished' });
    await saveComment(db, { ...draft, status: 'finished', updatedAt: new Date(Date.now() + 1000).toISOString() });
    const other = finishedComment(N);
    await saveComment(db, other);
    const entries = await db.outbox.orderBy('id').toArray();
    expect(entries.map((e) => [e.id, e.op, e.commentId])).toEqual([
      [1, 'comment.put', draft.id],
      [2, 'comment.put', other.id],
    ]);
    expect(await getState(db, 'nextMutationId')).toBe(3);
  });

  it('a revision of a finished comment is queued again, and deleting a sent comment queues its withdrawal', async () => {
    const db = freshDb();
    const comment = finishedComment(N);
    await saveComment(db, comment);
    await saveComment(db, { ...comment, status: 'draft' });
    await saveComment(db, { ...comment, status: 'finished', commentEn: 'Revised.' });
    await deleteComment(db, comment.id);
    const entries = await db.outbox.orderBy('id').toArray();
    expect(entries.map((e) => e.op)).toEqual(['comment.put', 'comment.put', 'comment.withdraw']);
    expect(await db.comments.get(comment.id)).toBeUndefined();

    const neverSent = finishedComment(N, { status: 'draft' });
    await saveComment(db, neverSent);
    await deleteComment(db, neverSent.id);
    expect(await db.outbox.count()).toBe(3);
  });

  it('a failing transaction leaves neither the comment nor its outbox entry', async () => {
    const db = freshDb();
    await db.open();
    db.outbox.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    const comment = finishedComment(N);
    await expect(saveComment(db, comment)).rejects.toThrow('quota exceeded');
    expect(await db.comments.get(comment.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    expect(await getState(db, 'nextMutationId')).toBeUndefined();
  });

  it('a client closed mid-transaction leaves no half outbox entry', async () => {
    const name = `sync-close-${crypto.randomUUID()}`;
    const db = openReviewDb(name);
    await db.open();
    // The window closes after the comment is written and before the outbox entry is: the browser
    // aborts the open transaction.
    db.outbox.hook('creating', () => {
      Dexie.currentTransaction!.abort();
    });
    const comment = finishedComment(N);
    await expect(saveComment(db, comment)).rejects.toThrow();
    db.close();

    const reopened = openReviewDb(name);
    expect(await reopened.comments.get(comment.id)).toBeUndefined();
    expect(await reopened.outbox.count()).toBe(0);
    await saveComment(reopened, comment);
    expect((await reopened.outbox.toArray()).map((e) => e.id)).toEqual([1]);
    reopened.close();
  });

  it('an incomplete comment cannot be queued as finished, so it can never block the outbox', async () => {
    const db = freshDb();
    const comment = finishedComment(N, { concerns: [], commentEn: '', commentZh: '' });
    await expect(saveComment(db, comment)).rejects.toBeInstanceOf(IncompleteCommentError);
    expect(await db.comments.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
