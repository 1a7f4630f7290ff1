// What a secretary does to a committee's position: start it from the experts' finished comments,
// merge near-duplicates, decide on each, reorder, approve (which locks it). Every function returns a
// new position and leaves its argument unchanged.
import type { Comment, CommentType } from '../domain/comment';
import { compareClauses } from './clauseOrder';
import type { CommitteePosition, CommitteeRef, CompiledComment, Decision } from './types';

export type CompilationErrorCode = 'locked' | 'pending_decisions' | 'not_found' | 'merge_needs_two';

export class CompilationError extends Error {
  constructor(
    readonly code: CompilationErrorCode,
    readonly ids: string[] = [],
  ) {
    super(`${code}${ids.length ? `: ${ids.join(', ')}` : ''}`);
  }
}

export function compiledFromComment(comment: Comment, order: number): CompiledComment {
  return {
    id: `cc:${comment.id}`,
    notificationId: comment.notificationId,
    sourceCommentIds: [comment.id],
    decision: 'pending',
    observation: '',
    clause: comment.clause,
    paragraph: comment.paragraph,
    line: comment.line,
    type: comment.type,
    concerns: [...comment.concerns],
    commentZh: comment.commentZh,
    commentEn: comment.commentEn,
    proposedChangeZh: comment.proposedChangeZh,
    proposedChangeEn: comment.proposedChangeEn,
    referenceStandard: comment.referenceStandard,
    referenceClause: comment.referenceClause,
    order,
  };
}

function byClauseThenCreation(a: Comment, b: Comment): number {
  return compareClauses(a.clause, b.clause) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
}

/** A new, unapproved position holding one compiled comment per finished comment, in clause order. */
export function startPosition(notificationId: string, committee: CommitteeRef, comments: readonly Comment[]): CommitteePosition {
  const finished = comments.filter((c) => c.notificationId === notificationId && c.status === 'finished').sort(byClauseThenCreation);
  return { notificationId, committee, compiled: finished.map(compiledFromComment), approved: false, approvedAt: null, locked: false };
}

/** Comments finished since the position was started, appended at the end; none once locked. */
export function addNewComments(position: CommitteePosition, comments: readonly Comment[]): CommitteePosition {
  if (position.locked) return position;
  const known = new Set(position.compiled.flatMap((c) => c.sourceCommentIds));
  const fresh = comments.filter((c) => c.notificationId === position.notificationId && c.status === 'finished' && !known.has(c.id)).sort(byClauseThenCreation);
  if (fresh.length === 0) return position;
  const compiled = [...position.compiled, ...fresh.map((c, i) => compiledFromComment(c, position.compiled.length + i))];
  return { ...position, compiled };
}

function distinctJoined(values: readonly string[], separator: string): string {
  const seen: string[] = [];
  for (const value of values.map((v) => v.trim())) if (value && !seen.includes(value)) seen.push(value);
  return seen.join(separator);
}

/** A technical objection outweighs a general remark, which outweighs an editorial one. */
const TYPE_WEIGHT: Record<CommentType, number> = { te: 3, ge: 2, ed: 1 };

/** One compiled comment from several: every source kept, distinct texts joined in order. */
export function mergeCompiled(items: readonly CompiledComment[]): CompiledComment {
  if (items.length < 2) throw new CompilationError('merge_needs_two', items.map((i) => i.id));
  const ordered = [...items].sort((a, b) => a.order - b.order);
  const first = ordered[0]!;
  const pick = (key: 'commentZh' | 'commentEn' | 'proposedChangeZh' | 'proposedChangeEn' | 'observation') =>
    distinctJoined(ordered.map((i) => i[key]), '\n');
  // Positions stored before references were compiled have none.
  const reference = (key: 'referenceStandard' | 'referenceClause') => distinctJoined(ordered.map((i) => i[key] ?? ''), '; ');
  return {
    id: `cc:${ordered.flatMap((i) => i.sourceCommentIds).join('+')}`,
    notificationId: first.notificationId,
    sourceCommentIds: ordered.flatMap((i) => i.sourceCommentIds),
    decision: 'pending',
    observation: pick('observation'),
    clause: distinctJoined(ordered.map((i) => i.clause), ', '),
    paragraph: distinctJoined(ordered.map((i) => i.paragraph), ', '),
    line: distinctJoined(ordered.map((i) => i.line), ', '),
    type: ordered.reduce<CommentType>((best, i) => (TYPE_WEIGHT[i.type] > TYPE_WEIGHT[best] ? i.type : best), first.type),
    concerns: [...new Set(ordered.flatMap((i) => i.concerns))],
    commentZh: pick('commentZh'),
    commentEn: pick('commentEn'),
    proposedChangeZh: pick('proposedChangeZh'),
    proposedChangeEn: pick('proposedChangeEn'),
    referenceStandard: reference('referenceStandard'),
    referenceClause: reference('referenceClause'),
    order: first.order,
  };
}

function assertUnlocked(position: CommitteePosition): void {
  if (position.locked) throw new CompilationError('locked');
}

function renumber(compiled: CompiledComment[]): CompiledComment[] {
  return compiled.map((c, order) => (c.order === order ? c : { ...c, order }));
}

function sorted(position: CommitteePosition): CompiledComment[] {
  return [...position.compiled].sort((a, b) => a.order - b.order);
}

/** Replaces the compiled comments `ids` with their merge, at the place of the first of them. */
export function mergeInPosition(position: CommitteePosition, ids: readonly string[]): CommitteePosition {
  assertUnlocked(position);
  const items = sorted(position);
  const chosen = items.filter((c) => ids.includes(c.id));
  const missing = ids.filter((id) => !items.some((c) => c.id === id));
  if (missing.length) throw new CompilationError('not_found', missing);
  const merged = mergeCompiled(chosen);
  const compiled: CompiledComment[] = [];
  for (const item of items) {
    if (item.id === chosen[0]!.id) compiled.push(merged);
    else if (!ids.includes(item.id)) compiled.push(item);
  }
  return { ...position, compiled: renumber(compiled) };
}

export interface DecisionChange {
  decision: Decision;
  observation: string;
  /** Reworded texts; given with 'modified'. */
  texts?: Partial<
    Pick<CompiledComment, 'commentZh' | 'commentEn' | 'proposedChangeZh' | 'proposedChangeEn' | 'clause' | 'paragraph' | 'line' | 'type' | 'referenceStandard' | 'referenceClause'>
  >;
}

export function decide(position: CommitteePosition, id: string, change: DecisionChange): CommitteePosition {
  assertUnlocked(position);
  if (!position.compiled.some((c) => c.id === id)) throw new CompilationError('not_found', [id]);
  const compiled = position.compiled.map((c) =>
    c.id === id ? { ...c, ...(change.texts ?? {}), decision: change.decision, observation: change.observation } : c,
  );
  return { ...position, compiled };
}

/** Moves compiled comment `id` to index `to` of the ordered list. */
export function moveTo(position: CommitteePosition, id: string, to: number): CommitteePosition {
  assertUnlocked(position);
  const items = sorted(position);
  const from = items.findIndex((c) => c.id === id);
  if (from < 0) throw new CompilationError('not_found', [id]);
  const [item] = items.splice(from, 1);
  items.splice(Math.max(0, Math.min(to, items.length)), 0, item!);
  return { ...position, compiled: renumber(items) };
}

/** Approves and locks; refused while any comment awaits a decision. */
export function approve(position: CommitteePosition, now: string): CommitteePosition {
  assertUnlocked(position);
  const pending = position.compiled.filter((c) => c.decision === 'pending').map((c) => c.id);
  if (pending.length) throw new CompilationError('pending_decisions', pending);
  return { ...position, approved: true, approvedAt: now, locked: true };
}

/** The source comment ids a locked position freezes. */
export function lockedSourceIds(position: CommitteePosition): string[] {
  return position.locked ? position.compiled.flatMap((c) => c.sourceCommentIds) : [];
}
